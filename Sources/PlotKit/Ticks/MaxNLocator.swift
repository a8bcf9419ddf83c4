#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's MaxNLocator: at most `nbins` intervals of a "nice" step (a member of `steps`
/// times a power of ten), covering the view. AutoLocator is this with steps 1, 2, 2.5, 5, 10.
public struct MaxNLocator: Sendable {
  public var nbins: Int
  public var steps: [Double] = [1, 2, 2.5, 5, 10]
  public var minTicks = 2
  /// Whole-number ticks only (matshow's axes): steps above 1 must be integers, and a step
  /// below 1 is raised to 1 when the view holds enough integers.
  public var integer = false
  /// `prune`: 'lower', 'upper' or 'both' drop the first, the last or both ticks.
  public var prune: String?
  /// `symmetric`: the view taken as symmetric about zero.
  public var symmetric = false

  public init(
    nbins: Int, steps: [Double] = [1, 2, 2.5, 5, 10], minTicks: Int = 2, integer: Bool = false
  ) {
    self.nbins = nbins
    self.steps = steps
    self.minTicks = minTicks
    self.integer = integer
  }

  /// The tick budget of an axis: its length over 3 (x) or 2 (y) label font sizes, in 1…9.
  public static func autoBins(length: Double, horizontal: Bool, fontSize: Double = 10) -> Int {
    min(9, max(1, Int(saturating: floor(length / ((horizontal ? 3 : 2) * fontSize)))))
  }

  /// Every tick the locator produces, including those just outside the view (they matter for
  /// the label format).
  public func ticks(_ a: Double, _ b: Double) -> [Double] {
    guard a.isFinite, b.isFinite else { return [] }
    var (a, b) = (a, b)
    if symmetric { (a, b) = (-max(abs(a), abs(b)), max(abs(a), abs(b))) }
    let ticks = raw(a, b)
    switch prune {
    case "lower": return Array(ticks.dropFirst())
    case "upper": return Array(ticks.dropLast())
    case "both": return Array(ticks.dropFirst().dropLast())
    default: return ticks
    }
  }

  private func raw(_ a: Double, _ b: Double) -> [Double] {
    var (vmin, vmax) = Autoscale.nonsingular(min(a, b), max(a, b), log: false)
    guard vmax - vmin > 0, (vmax - vmin).isFinite else { return [vmin] }
    let range = vmax - vmin
    let mean = (vmax + vmin) / 2
    let offset = abs(mean) / range < 100 ? 0 : copysign(pow(10, floor(log10(abs(mean)))), mean)
    let n = Double(nbins)
    let scale = pow(10, floor(log10(range / n)))
    vmin -= offset
    vmax -= offset
    let extended = steps.dropLast().map { $0 * 0.1 } + steps + [10 * steps[1]]
    var candidates = extended.map { $0 * scale }
    if integer { candidates = candidates.filter { $0 < 1 || abs($0 - $0.rounded()) < 0.001 } }
    let raw = (vmax - vmin) / n
    let first = candidates.firstIndex { $0 >= raw } ?? candidates.count - 1
    var ticks: [Double] = []
    for candidate in candidates[...first].reversed() {
      var step = candidate
      if integer && floor(vmax) - ceil(vmin) >= Double(minTicks - 1) { step = max(1, step) }
      let best = (vmin / step).rounded(.down) * step
      let edge = Edge(step: step, offset: offset)
      let low = edge.le(vmin - best), high = edge.ge(vmax - best)
      guard high - low < 1000 else { return [vmin + offset, vmax + offset] }
      ticks = stride(from: low, through: high, by: 1).map { $0 * step + best }
      let inside = ticks.filter { $0 <= vmax && $0 >= vmin }.count
      if inside >= minTicks { break }
    }
    return ticks.map { $0 + offset }
  }

  /// Floor/ceil of x / step that tolerate float error (matplotlib's `_Edge_integer`).
  struct Edge {
    let step, offset: Double

    func closeTo(_ ms: Double, _ edge: Double) -> Bool {
      var tol = 1e-10
      if offset > 0 {
        tol = min(0.4999, max(1e-10, pow(10, log10(offset / step) - 12)))
      }
      return abs(ms - edge) < tol
    }

    private func divmod(_ x: Double) -> (Double, Double) { PythonDivision.divmod(x, step) }

    func le(_ x: Double) -> Double {
      let (d, m) = divmod(x)
      return closeTo(m / step, 1) ? d + 1 : d
    }

    func ge(_ x: Double) -> Double {
      let (d, m) = divmod(x)
      return closeTo(m / step, 0) ? d : d + 1
    }
  }
}
