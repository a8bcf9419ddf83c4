import FloatText

/// Python-style float text for numpy scalars.
enum PythonFloatText {
  static func repr(_ x: Double) -> String { PythonFloat.repr(x) }
  static func repr32(_ x: Float) -> String {
    guard x.isFinite else { return PythonFloat.repr(Double(x)) }
    return PythonFloat.repr(Double(x.description) ?? Double(x))
  }
}
