import Interpreter
import NumKit

/// numpy's RuntimeWarnings for a mean over no elements ("Mean of empty slice") and a variance
/// without degrees of freedom left ("Degrees of freedom <= 0 for slice"), followed by the
/// warnings of the divisions numpy's `_mean` and `_var` then make (`invalid value encountered
/// in scalar divide` for 0 / 0, `divide by zero ...` for x / 0), which `np.errstate` governs.
/// All are shown at the user's line (numpy shows the function forms' at its own lines).
enum EmptySliceWarnings {
  /// Warns for `kind` over `axes` of `a` (nil: all) with `ddof`, given its `result`. Costs a
  /// comparison unless `a` is empty or `ddof` is positive.
  static func check(
    _ kind: ReductionKind, _ a: NDArray, axes: [Int]?, ddof: Int, result: NDArray,
    _ interp: Interpreter
  ) throws(PyException) {
    let isMean: Bool
    switch kind {
    case .reduce(.mean): isMean = true
    case .variance: isMean = false
    default: return
    }
    guard a.size == 0 || (!isMean && ddof > 0) else { return }
    let count = reducedCount(a.shape, axes)
    // The division's name in numpy's message: a float64 scalar divides as a scalar.
    let division = result.ndim == 0 && result.dtype == .float64 ? "scalar divide" : "divide"
    if isMean {
      guard count == 0 else { return }
      try interp.raiseOrWarn("RuntimeWarning", "Mean of empty slice")
      if result.size > 0 {
        try NumpyErrorState.report(FloatStatus.Raised(invalid: true), division, interp)
      }
      return
    }
    guard ddof >= count else { return }
    try interp.raiseOrWarn("RuntimeWarning", "Degrees of freedom <= 0 for slice")
    guard result.size > 0 else { return }
    // `_var` first divides the sums by the count (0 / 0 when there are no elements), then
    // the squared deviations by max(count - ddof, 0).
    if count == 0 {
      try NumpyErrorState.report(FloatStatus.Raised(invalid: true), "divide", interp)
    }
    var raised = FloatStatus.Raised()
    for i in 0..<result.size {
      let value = result.double(at: i)
      if value.isNaN {
        raised.invalid = true
      } else if value.isInfinite {
        raised.divideByZero = true
      }
    }
    try NumpyErrorState.report(raised, division, interp)
  }

  /// The number of elements each result reduces: the product of the sizes of `axes`.
  private static func reducedCount(_ shape: [Int], _ axes: [Int]?) -> Int {
    guard let axes else { return shape.reduce(1, *) }
    var count = 1
    for axis in axes {
      let i = axis < 0 ? axis + shape.count : axis
      if i >= 0 && i < shape.count { count *= shape[i] }
    }
    return count
  }
}
