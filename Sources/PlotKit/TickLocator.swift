#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's AutoLocator: MaxNLocator with steps 1, 2, 2.5, 5, 10.
public enum TickLocator {
  /// Tick values covering [vmin, vmax] with at most `maxIntervals` intervals (all candidates,
  /// including the ones just outside the view, which matter for label formatting).
  public static func ticks(_ vmin: Double, _ vmax: Double, maxIntervals: Int) -> [Double] {
    let nbins = Double(max(1, min(9, maxIntervals)))
    let range = vmax - vmin
    guard range > 0, range.isFinite else { return [vmin] }
    let scale = pow(10, floor(log10(range / nbins)))
    let raw = range / nbins
    let steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20].map { $0 * scale }
    var index = steps.firstIndex { $0 >= raw * (1 - 1e-10) } ?? steps.count - 1
    while true {
      let step = steps[index]
      let first = floor(vmin / step + 1e-10) * step
      let last = ceil(vmax / step - 1e-10) * step
      let count = Int(((last - first) / step).rounded())
      let locs = (0...count).map { Double($0) * step + first }.map {
        abs($0) < step * 1e-10 ? 0 : $0
      }
      let inside = locs.filter { $0 >= vmin - 1e-10 * range && $0 <= vmax + 1e-10 * range }
      if inside.count >= 2 || index == 0 { return locs }
      index -= 1
    }
  }

  /// Matplotlib's interval budget: axis length / (3 × font size) for x, / (2 × font size) for y.
  public static func maxIntervals(axisLength: Double, horizontal: Bool) -> Int {
    Int(floor(axisLength / (horizontal ? 30 : 20)))
  }
}

/// ScalarFormatter's fixed-point labels: one decimal count for the whole axis, U+2212 minus.
public enum TickFormatter {
  public static func labels(_ locs: [Double]) -> [String] {
    guard let lo = locs.min(), let hi = locs.max() else { return [] }
    let range = hi - lo
    let p = range > 0 ? Int(floor(log10(range))) : 0
    var decimals = max(0, 3 - p)
    let tolerance = pow(10, Double(p - 3))
    func fits(_ d: Int) -> Bool {
      let scale = pow(10, Double(d))
      return locs.allSatisfy { abs(($0 * scale).rounded() / scale - $0) < tolerance }
    }
    if range > 0 {
      if !fits(decimals) {
        decimals += 1
      } else {
        while decimals > 0 && fits(decimals - 1) { decimals -= 1 }
      }
    }
    return locs.map { v in
      let value = abs(v) < 1e-8 ? 0 : v
      var text = formatFixed(abs(value), decimals)
      if value < 0 { text = "\u{2212}" + text }
      return text
    }
  }

  static func formatFixed(_ v: Double, _ decimals: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([Int32(decimals), v]) { vsnprintf(&buffer, 64, "%.*f", $0) }
    return String(cString: buffer)
  }
}
