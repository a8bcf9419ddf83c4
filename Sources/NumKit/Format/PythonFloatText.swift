import FloatText

/// Python-style float text for numpy scalars.
enum PythonFloatText {
  static func repr(_ x: Double) -> String { PythonFloat.repr(x) }
  /// numpy's float32 scalar text: its own shortest digits, positional from 1e-4 (compared
  /// with the value itself) up to 1e6, scientific outside (numpy's cutoff for float32 is
  /// 10**6 where float64's is 10**16).
  static func repr32(_ x: Float) -> String {
    guard x.isFinite else { return PythonFloat.repr(Double(x)) }
    let digits = ShortestDigits(Double(x.description) ?? Double(x))
    let magnitude = Double(x.magnitude)
    let positional = magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e6)
    let text =
      positional
      ? PythonFloat.positional(digits, minimumFractionDigits: 1) : PythonFloat.scientific(digits)
    return (digits.isNegative ? "-" : "") + text
  }
}
