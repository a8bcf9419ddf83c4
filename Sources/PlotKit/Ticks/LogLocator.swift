#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's LogLocator (base 10, matplotlib 3.10's rule): majors at powers of ten, every
/// `stride`-th decade when there are more decades than the tick budget, placed at multiples of
/// the stride where the budget allows, with one more tick beyond each end; minors at
/// 2…9 × 10^k.
public enum LogLocator {
  /// The decades holding major ticks, and the stride between them.
  struct Decades {
    var exponents: [Int]
    var stride: Int
    /// Decades whose power of ten lies in the view.
    var available: Int
  }

  static func decades(_ vmin: Double, _ vmax: Double, budget: Int) -> Decades {
    let (efmin, efmax) = (log10(vmin), log10(vmax))
    let (emin, emax) = (Int(ceil(efmin)), Int(floor(efmax)))
    let available = emax - emin + 1
    var requested = min(9, max(2, budget))
    // The largest tick count, no more than requested, that some stride can draw.
    var stride = available / (requested + 1) + 1
    let reachable = (available + stride - 1) / stride
    if reachable <= requested { requested = reachable }
    switch requested {
    case 0:
      // No power of ten in the view: one just outside each end.
      return Decades(exponents: [emin - 1, emax + 1], stride: emax - emin + 2, available: 0)
    case 1:
      // One tick near the middle, and one beyond each end.
      let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
      stride = max(mid - (emin - 1), (emax + 1) - mid)
      return Decades(
        exponents: [mid - stride, mid, mid + stride], stride: stride, available: available)
    default:
      // The largest stride giving exactly `requested` ticks, at multiples of it if it can.
      stride = (available - 1) / (requested - 1)
      if Double(stride) < Double(available) / Double(requested) {
        stride = available / requested
      }
      let lowest = max(available - stride * requested, 0)
      let highest = min(available - stride * (requested - 1), stride)
      var offset = ((-emin) % stride + stride) % stride
      if !(lowest <= offset && offset < highest) { offset = lowest }
      let exponents = Array(
        Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride))
      return Decades(exponents: exponents, stride: stride, available: available)
    }
  }

  public static func major(_ a: Double, _ b: Double, budget: Int) -> [Double] {
    let (vmin, vmax) = (min(a, b), max(a, b))
    guard vmin > 0, vmax.isFinite, log10(vmax) - log10(vmin) < 2000 else { return [] }
    return decades(vmin, vmax, budget: budget).exponents.map { pow(10, Double($0)) }
  }

  /// Minor ticks: none past ten decades, nor when majors skip decades.
  public static func minor(_ a: Double, _ b: Double, budget: Int) -> [Double] {
    let (vmin, vmax) = (min(a, b), max(a, b))
    guard vmin > 0, vmax.isFinite, log10(vmax) - log10(vmin) < 2000 else { return [] }
    let plan = decades(vmin, vmax, budget: budget)
    guard plan.available < 10, plan.stride == 1 || plan.available <= 1 else { return [] }
    let (lo, hi) = (log10(vmin), log10(vmax))
    var ticks: [Double] = []
    for k in Int(floor(lo))...Int(ceil(hi)) {
      for m in 2...9 {
        let v = Double(m) * pow(10, Double(k))
        if v >= vmin && v <= vmax { ticks.append(v) }
      }
    }
    return ticks
  }
}
