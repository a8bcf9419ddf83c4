import FloatText

/// Formats the elements of one array with a shared width, as numpy's `FloatingFormat` and
/// `IntegerFormat` do (default print options: precision 8, floatmode 'maxprec').
struct ElementFormatter {
  let format: (Int) -> String

  /// Widths come from the `shown` elements (flat C-order indices) only, as numpy computes
  /// them from the edge items of a summarised array.
  init(_ a: NDArray, shown: [Int], _ options: PrintOptions) {
    switch a.dtype {
    case .bool:
      // numpy writes True as " True" in arrays, so columns line up with False.
      let width = a.ndim == 0 ? (a.bool(at: 0) ? 4 : 5) : 5
      format = { i in ElementFormatter.pad(a.bool(at: i) ? "True" : "False", width) }
    case .int32, .int64, .uint8:
      let width = shown.map { String(a.int(at: $0)).count }.max() ?? 0
      format = { i in ElementFormatter.pad(String(a.int(at: i)), width) }
    case .float32, .float64:
      format = ElementFormatter.floats(
        a, shown: shown, precision: options.precision, suppress: options.suppress)
    }
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
  }

  /// numpy's FloatingFormat.fillFormat for floatmode 'maxprec'.
  static func floats(_ a: NDArray, shown: [Int], precision: Int, suppress: Bool)
    -> (Int) -> String
  {
    let values = shown.map { a.double(at: $0) }
    let finite = values.filter { $0.isFinite }
    let magnitudes = finite.map(abs).filter { $0 != 0 }
    let maxValue = magnitudes.max() ?? 0
    let minValue = magnitudes.min() ?? 0
    let isFloat32 = a.dtype == .float32
    // numpy's cutoff for large values: 10**min(8, precision of the dtype) (1e6 for float32).
    let cutoff = isFloat32 ? 1e6 : 1e8
    let scientific =
      !magnitudes.isEmpty
      && (maxValue >= cutoff || (!suppress && (minValue < 0.0001 || maxValue / minValue > 1000)))

    // Each finite value's digits: shortest round-trip, at most `precision` after the point.
    func parts(_ x: Double) -> (intPart: String, fraction: String, exponent: String) {
      if scientific {
        let digits = uniqueScientific(abs(x), precision: precision, float32: isFloat32)
        return ((x.sign == .minus ? "-" : "") + digits.0, digits.1, digits.2)
      }
      let text = uniquePositional(abs(x), precision: precision, float32: isFloat32)
      let split = text.split(separator: ".", omittingEmptySubsequences: false)
      return ((x.sign == .minus ? "-" : "") + split[0], split.count > 1 ? String(split[1]) : "", "")
    }
    let finiteParts = finite.map(parts)
    let padLeft = finiteParts.map(\.intPart.count).max() ?? 0
    let padRight = finiteParts.map(\.fraction.count).max() ?? 0
    let expWidth = finiteParts.map(\.exponent.count).max() ?? 0
    func render(_ x: Double) -> String {
      guard x.isFinite else { return x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf") }
      var p = parts(x)
      if scientific && p.fraction.count < padRight {
        // numpy prints the value's own further digits, not zeros (dragon4's min_digits):
        // float32 1e-8 beside 954.09546 is 9.9999999e-09.
        p = exactScientific(x, digits: padRight)
      }
      let left = String(repeating: " ", count: max(0, padLeft - p.intPart.count)) + p.intPart
      if scientific {
        let fraction = p.fraction
        // numpy zero-pads every exponent to the widest one (e+00 beside e+300 is e+000).
        let digits = p.exponent.dropFirst()
        let exponent =
          String(p.exponent.prefix(1))
          + String(repeating: "0", count: max(0, expWidth - p.exponent.count)) + digits
        return left + "." + fraction + "e" + exponent
      }
      return left + "." + p.fraction
        + String(repeating: " ", count: max(0, padRight - p.fraction.count))
    }
    // The layout comes from the shown values; any element is then formatted with it.
    let width = values.map { render($0).count }.max() ?? 0
    return { i in pad(render(a.double(at: i)), width) }
  }

  /// Scientific parts with exactly `digits` fraction digits of the binary value (correctly
  /// rounded), exponent like `+05`.
  static func exactScientific(_ x: Double, digits: Int) -> (
    intPart: String, fraction: String, exponent: String
  ) {
    let text = CFormat.scientific(x, digits: digits)
    let halves = text.split(separator: "e", maxSplits: 1)
    let mantissa = halves[0].split(separator: ".", omittingEmptySubsequences: false)
    return (
      String(mantissa[0]), mantissa.count > 1 ? String(mantissa[1]) : "",
      halves.count > 1 ? String(halves[1]) : "+00"
    )
  }

  /// Positional digits: shortest unique, rounded to `precision` decimals, trailing zeros trimmed.
  static func uniquePositional(_ x: Double, precision: Int, float32: Bool) -> String {
    let shortest = ShortestDigits(x, float32: float32)
    let text = PythonFloat.positional(shortest, minimumFractionDigits: 0)
    let fractionDigits =
      text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
    if fractionDigits <= precision { return text }
    var rounded = CFormat.fixed(x, digits: precision)
    while rounded.hasSuffix("0") { rounded.removeLast() }
    return rounded
  }

  /// Scientific parts: mantissa integer digit, fraction digits, exponent like `+05`.
  static func uniqueScientific(_ x: Double, precision: Int, float32: Bool) -> (
    String, String, String
  ) {
    var d = ShortestDigits(x, float32: float32)
    if d.digits.count - 1 > precision {
      let text = CFormat.scientific(x, digits: precision)
      d = ShortestDigits(Double(text) ?? x)
    }
    let mantissa = d.digitString
    let exp = abs(d.exponent)
    let exponent = (d.exponent < 0 ? "-" : "+") + (exp < 10 ? "0" : "") + String(exp)
    return (String(mantissa.prefix(1)), String(mantissa.dropFirst()), exponent)
  }
}

extension ShortestDigits {
  /// Shortest digits of a float32 value when `float32` (numpy prints float32 with its own
  /// shortest round-trip digits).
  init(_ x: Double, float32: Bool) {
    if float32 {
      self.init(Double(Float(x).description) ?? x)
    } else {
      self.init(x)
    }
  }
}
