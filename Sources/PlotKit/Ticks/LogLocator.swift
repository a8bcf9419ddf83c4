#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's LogLocator (base 10): majors at powers of ten, every `stride`-th decade when
/// there are more decades than the tick budget; minors at 2…9 × 10^k.
public enum LogLocator {
  public static func major(_ a: Double, _ b: Double, budget: Int) -> [Double] {
    let (vmin, vmax) = (min(a, b), max(a, b))
    guard vmin > 0, vmax.isFinite, log10(vmax) - log10(vmin) < 2000 else { return [] }
    let (lo, hi) = (log10(vmin), log10(vmax))
    let numdec = floor(hi) - ceil(lo)
    let numticks = Double(min(9, max(2, budget)))
    var stride = floor(numdec / numticks) + 1
    if stride >= numdec { stride = max(1, numdec - 1) }
    var ticks: [Double] = []
    var k = floor(lo) - stride
    while k < ceil(hi) + 2 * stride {
      ticks.append(pow(10, k))
      k += stride
    }
    return ticks
  }

  /// Minor ticks (none when majors skip decades or there are more than 10 decades).
  public static func minor(_ a: Double, _ b: Double, budget: Int) -> [Double] {
    let (vmin, vmax) = (min(a, b), max(a, b))
    guard vmin > 0, vmax.isFinite else { return [] }
    let (lo, hi) = (log10(vmin), log10(vmax))
    let numdec = floor(hi) - ceil(lo)
    if numdec > 10 { return [] }
    let majors = major(a, b, budget: budget)
    if majors.count > 1, majors[1] / majors[0] > 10.5 { return [] }
    var ticks: [Double] = []
    for k in Int(saturating: floor(lo))...Int(saturating: ceil(hi)) {
      for m in 2...9 {
        let v = Double(m) * pow(10, Double(k))
        if v >= vmin && v <= vmax { ticks.append(v) }
      }
    }
    return ticks
  }
}
