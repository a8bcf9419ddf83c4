/// Python's `repr(float)`: the shortest round-tripping digits, positional when the decimal
/// exponent is in [-4, 16), otherwise scientific with at least two exponent digits.
///
/// Python: `repr(0.1) == '0.1'`, `repr(1e16) == '1e+16'`, `repr(1e-05) == '1e-05'`,
/// `repr(2.0) == '2.0'`, `repr(float('nan')) == 'nan'`.
public enum PythonFloat {
  public static func repr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let d = ShortestDigits(value)
    let sign = d.isNegative ? "-" : ""
    if d.exponent < -4 || d.exponent >= 16 {
      return sign + scientific(d)
    }
    return sign + positional(d, minimumFractionDigits: 1)
  }

  /// A part of a complex number's repr: as `repr` without a forced `.0` (`2`, `1.5`, `1e+16`).
  public static func reprWithoutPoint(_ value: Double) -> String {
    if value.isNaN || value.isInfinite { return repr(value) }
    let d = ShortestDigits(value)
    let sign = value.sign == .minus ? "-" : ""
    if d.exponent < -4 || d.exponent >= 16 { return sign + scientific(d) }
    let text = positional(d, minimumFractionDigits: 0)
    return sign + (text.hasSuffix(".") ? String(text.dropLast()) : text)
  }

  /// `d1.d2d3e±XX` as Python writes it (no trailing ".0" when there is one digit).
  public static func scientific(_ d: ShortestDigits) -> String {
    var s = String(d.digits[0])
    if d.digits.count > 1 {
      s += "." + String(decoding: d.digits.dropFirst().map { $0 + 48 }, as: UTF8.self)
    }
    let e = abs(d.exponent)
    return s + "e" + (d.exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
  }

  /// Positional digits with at least `minimumFractionDigits` after the point.
  public static func positional(_ d: ShortestDigits, minimumFractionDigits: Int) -> String {
    let text = d.digitString
    var intPart: String
    var fracPart: String
    if d.exponent >= 0 {
      let n = d.exponent + 1
      if text.count <= n {
        intPart = text + String(repeating: "0", count: n - text.count)
        fracPart = ""
      } else {
        intPart = String(text.prefix(n))
        fracPart = String(text.dropFirst(n))
      }
    } else {
      intPart = "0"
      fracPart = String(repeating: "0", count: -d.exponent - 1) + text
    }
    if fracPart.count < minimumFractionDigits {
      fracPart += String(repeating: "0", count: minimumFractionDigits - fracPart.count)
    }
    return fracPart.isEmpty ? intPart + "." : intPart + "." + fracPart
  }
}
