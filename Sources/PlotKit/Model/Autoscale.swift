#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's autoscaling: the data interval, widened when (nearly) empty, plus 5 % margins
/// (in log space on log axes) that stop at sticky edges (bar baselines, image extents).
enum Autoscale {
  static func limits(_ axis: AxisState, _ data: [([Double], [Double])]) -> (Double, Double) {
    if let lo = axis.fixedLow, let hi = axis.fixedHigh { return (lo, hi) }
    let log = axis.scale == .log
    let values = data.flatMap(\.0).filter { $0.isFinite && (!log || $0 > 0) }
    var (lo, hi): (Double, Double)
    if let mn = values.min(), let mx = values.max() {
      let sticky = data.flatMap(\.1).filter { !log || $0 > 0 }.sorted()
      let tol = 1e-5 * abs(mx - mn)
      let lowBound = sticky.last { $0 <= mn + tol }
      let highBound = sticky.first { $0 >= mx - tol }
      (lo, hi) = nonsingular(mn, mx, log: log)
      if log {
        let (a, b) = (log10(lo), log10(hi))
        let delta = (b - a) * axis.margin
        // matplotlib's inverse log transform: exp(v × ln 10).
        (lo, hi) = (Glibc.exp((a - delta) * Glibc.log(10)), Glibc.exp((b + delta) * Glibc.log(10)))
      } else {
        let delta = (hi - lo) * axis.margin
        (lo, hi) = (lo - delta, hi + delta)
      }
      if let lowBound { lo = max(lo, lowBound) }
      if let highBound { hi = min(hi, highBound) }
    } else {
      (lo, hi) = log ? (1, 10) : (0, 1)
    }
    if !lo.isFinite || !hi.isFinite { (lo, hi) = log ? (1, 10) : (0, 1) }
    if axis.inverted { (lo, hi) = (hi, lo) }
    return (axis.fixedLow ?? lo, axis.fixedHigh ?? hi)
  }

  /// Widens an empty interval: v ≠ 0 → v ± 5 %, 0 → ±0.05 (log: a decade around v).
  static func nonsingular(_ lo: Double, _ hi: Double, log: Bool) -> (Double, Double) {
    if hi - lo > 1e-12 * max(abs(lo), abs(hi), 1e-300) { return (lo, hi) }
    if log { return (lo / 10, hi * 10) }
    if lo == 0 { return (-0.05, 0.05) }
    return (lo - 0.05 * abs(lo), hi + 0.05 * abs(hi))
  }
}
