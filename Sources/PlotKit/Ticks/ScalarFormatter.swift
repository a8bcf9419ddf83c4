import FloatText

#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's ScalarFormatter: one fixed-point format for the whole axis, an offset when
/// it saves four or more digits, scientific scaling outside 1e-5…1e6, and U+2212 minus.
public struct ScalarFormatter: Sendable {
  public private(set) var offset = 0.0
  public private(set) var orderOfMagnitude = 0
  public private(set) var decimals = 0
  public private(set) var useMathText = false

  /// `locs`: every tick the locator produced; `view`: the axis' view interval; `options`:
  /// `ticklabel_format`'s settings.
  public init(locs: [Double], view: (Double, Double), options: ScalarFormatting? = nil) {
    useMathText = options?.useMathText ?? false
    let (vmin, vmax) = (min(view.0, view.1), max(view.0, view.1))
    let visible = locs.filter { $0 >= vmin && $0 <= vmax }
    let useOffset = options?.useOffset ?? true
    offset = useOffset ? ScalarFormatter.offset(visible) : options?.offset ?? 0
    let limits = options?.powerLimits ?? (-5, 6)
    if !(options?.scientific ?? true) {
      orderOfMagnitude = 0
    } else if limits.0 == limits.1 && limits.0 != 0 {
      orderOfMagnitude = limits.0
    } else if !visible.isEmpty {
      var oom: Int
      if offset != 0 {
        oom = Int(saturating: floor(log10(vmax - vmin)))
      } else {
        let top = visible.map(abs).max()!
        oom = top == 0 || !top.isFinite ? 0 : Int(saturating: floor(log10(top)))
      }
      orderOfMagnitude = oom <= limits.0 || oom >= limits.1 ? oom : 0
    }
    var values = locs.count < 2 ? locs + [view.0, view.1] : locs
    values = values.map { ($0 - offset) / pow(10, Double(orderOfMagnitude)) }
    var range = (values.max() ?? 0) - (values.min() ?? 0)
    if range == 0 { range = values.map(abs).max() ?? 0 }
    if range == 0 { range = 1 }
    if locs.count < 2 { values.removeLast(2) }
    let rangeOOM = range.isFinite ? Int(saturating: floor(log10(range))) : 0
    var sigfigs = max(0, 3 - rangeOOM)
    let threshold = 1e-3 * pow(10, Double(rangeOOM))
    while sigfigs >= 0 {
      let scale = pow(10, Double(sigfigs))
      let error = values.map { abs($0 - rint($0 * scale) / scale) }.max() ?? 0
      if error < threshold { sigfigs -= 1 } else { break }
    }
    decimals = sigfigs + 1
  }

  static func offset(_ locs: [Double]) -> Double {
    guard let lmin = locs.min(), let lmax = locs.max(), lmin != lmax, !(lmin <= 0 && 0 <= lmax)
    else { return 0 }
    let (absMin, absMax) = (min(abs(lmin), abs(lmax)), max(abs(lmin), abs(lmax)))
    let sign: Double = lmin < 0 ? -1 : 1
    let oomMax = ceil(log10(absMax))
    func firstDiffering(_ test: (Double) -> Bool) -> Double {
      var oom = oomMax
      while !test(oom) && oom > -400 { oom -= 1 }
      return oom + 1
    }
    var oom = firstDiffering {
      (absMin / pow(10, $0)).rounded(.down) != (absMax / pow(10, $0)).rounded(.down)
    }
    if (absMax - absMin) / pow(10, oom) <= 1e-2 {
      oom = firstDiffering { absMax - absMin > pow(10, $0) }
    }
    let lead = (absMax / pow(10, oom)).rounded(.down)
    return lead >= 1000 ? sign * lead * pow(10, oom) : 0
  }

  public func label(_ v: Double) -> String {
    var x = (v - offset) / pow(10, Double(orderOfMagnitude))
    if abs(x) < 1e-8 { x = 0 }
    let text = ScalarFormatter.minus(CFormat.fixed(x, digits: decimals))
    return useMathText ? "$\\mathdefault{\(text)}$" : text
  }

  /// The text beside the axis: "1e6", "+1e5", "1e−5+2" (empty when neither applies); with
  /// `useMathText`, "$\\times\\mathdefault{10^{6}}\\mathdefault{}$" and the like.
  public var offsetText: String {
    guard orderOfMagnitude != 0 || offset != 0 else { return "" }
    var scientific = ""
    var offsetPart = ""
    if offset != 0 { offsetPart = (offset > 0 ? "+" : "") + dataText(offset) }
    if orderOfMagnitude != 0 {
      scientific =
        useMathText ? dataText(pow(10, Double(orderOfMagnitude))) : "1e\(orderOfMagnitude)"
    }
    guard useMathText else { return ScalarFormatter.minus(scientific + offsetPart) }
    if !scientific.isEmpty { scientific = "\\times\\mathdefault{\(scientific)}" }
    return ScalarFormatter.minus("$\(scientific)\\mathdefault{\(offsetPart)}$")
  }

  /// matplotlib's `format_data`: "2e5", or "2 \\times 10^{5}" as mathtext.
  private func dataText(_ value: Double) -> String {
    let e = floor(log10(abs(value)))
    let significand = (value / pow(10, e) * 1e10).rounded() / 1e10
    let text =
      significand.truncatingRemainder(dividingBy: 1) == 0
      ? String(Int(significand)) : CFormat.general(significand, digits: 10)
    if e == 0 { return text }
    guard useMathText else { return text + "e\(Int(saturating: e))" }
    let power = "10^{\(Int(saturating: e))}"
    return significand == 1 ? power : "\(text) \\times \(power)"
  }

  static func minus(_ s: String) -> String { s.replacingOccurrences(of: "-", with: "\u{2212}") }
}

extension String {
  func replacingOccurrences(of a: String, with b: String) -> String {
    split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
  }
}
