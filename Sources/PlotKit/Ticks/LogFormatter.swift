#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's LogFormatterSciNotation: 10^k for decades, m×10^k for labelled minor ticks.
enum LogFormatter {
  static func label(_ v: Double) -> TickLabel {
    guard v > 0, v.isFinite else { return TickLabel("") }
    let e = floor(log10(v) + 1e-10)
    let mantissa = (v / pow(10, e)).rounded()
    let exponent = ScalarFormatter.minus(String(Int(saturating: e)))
    if abs(mantissa - 1) < 1e-9 { return TickLabel("10", exponent: exponent) }
    return TickLabel("\(Int(saturating: mantissa))\u{00D7}10", exponent: exponent)
  }

  /// Whether minor tick `v` is labelled, given the view (matplotlib labels minor ticks only
  /// when the view spans at most one decade).
  static func labelsMinor(_ v: Double, view: (Double, Double)) -> Bool {
    let decades = abs(log10(view.1) - log10(view.0))
    if decades > 1 { return false }
    if decades > 0.4 {
      let m = (v / pow(10, floor(log10(v) + 1e-10))).rounded()
      return [2, 3, 4, 6].contains(m)
    }
    return true
  }
}
