import NumKit

/// What the reduction named `name` computes (one of `NumpyMethods.reductions`), told apart
/// once where the method or function is made rather than by comparing names on each call.
enum ReductionKind {
  /// sum, mean, max, min, prod.
  case reduce(NDArray.Reduction)
  /// argmax (`max`) and argmin.
  case argExtreme(max: Bool)
  /// var, and std (its square `root`).
  case variance(root: Bool)

  init(_ name: String) {
    switch name {
    case "argmax": self = .argExtreme(max: true)
    case "argmin": self = .argExtreme(max: false)
    case "var": self = .variance(root: false)
    case "std": self = .variance(root: true)
    default: self = .reduce(NDArray.Reduction(rawValue: name)!)
    }
  }

  var isArgExtreme: Bool {
    if case .argExtreme = self { return true }
    return false
  }
}
