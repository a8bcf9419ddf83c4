import FloatText
import Glibc

/// Python's `complex`: two floats, with CPython's arithmetic (Smith's division, integer powers
/// by repeated squaring), printing (`(1+2j)`, `1j`, `(-0-1j)`) and hashing (equal to the
/// int or float it equals).
public final class PyComplex: PyObject {
  public let real: Double
  public let imag: Double

  public init(_ real: Double, _ imag: Double) {
    self.real = real
    self.imag = imag
  }

  public static let complexClass = PyClass("complex", bases: [.object])

  override public var pyClass: PyClass { PyComplex.complexClass }

  /// A number as a complex (ints, bools, floats and complexes); nil for anything else.
  static func operand(_ v: Value) throws(PyException) -> (Double, Double)? {
    switch v {
    case .int(let i): return (Double(i), 0)
    case .bool(let b): return (b ? 1 : 0, 0)
    case .float(let d): return (d, 0)
    case .object(let o):
      if let c = o as? PyComplex { return (c.real, c.imag) }
      if let big = o as? PyBigInt { return (try PyBigInt.double(big.value), 0) }
      return nil
    case .none: return nil
    }
  }

  // MARK: Text

  /// `(1+2j)`, `1j`, `(-0-1j)`: each part as float's repr without a forced `.0`; the real part
  /// left out when it is +0.
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    PyComplex.text(real, imag)
  }

  static func text(_ real: Double, _ imag: Double) -> String {
    let imagText = PythonFloat.reprWithoutPoint(imag) + "j"
    if real == 0 && real.sign == .plus { return imagText }
    let sign = imagText.hasPrefix("-") ? "" : "+"
    return "(" + PythonFloat.reprWithoutPoint(real) + sign + imagText + ")"
  }

  /// `format(z, spec)`: without a type, `str`'s text (a precision formats the parts as `g`,
  /// still in parentheses); with one, both parts by it, the imaginary one signed, no
  /// parentheses. Right-aligned in the width, as numbers are.
  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException)
    -> String
  {
    let s = try FormatSpec.parse(spec, for: "complex")
    if s.zeroPad && !s.fillGiven {
      throw .valueError("Zero padding is not allowed in complex format specifier")
    }
    if s.align == "=" {
      throw .valueError("'=' alignment flag is not allowed in complex format specifier")
    }
    var text: String
    if s.type == nil && s.precision == nil {
      text = PyComplex.text(real, imag)
      if s.signGiven && s.sign != "-" && !text.hasPrefix("(") && !text.hasPrefix("-") {
        text = String(s.sign) + text
      }
    } else {
      if let type = s.type, !"eEfFgG".contains(type) {
        throw .valueError("Unknown format code '\(type)' for object of type 'complex'")
      }
      let tail =
        (s.alternate ? "#" : "") + (s.grouping.map { String($0) } ?? "")
        + (s.precision.map { ".\($0)" } ?? "") + String(s.type ?? "g")
      let sign = s.signGiven ? String(s.sign) : ""
      let bare = s.type == nil
      let realText =
        bare && real == 0 && real.sign == .plus
        ? "" : try interp.format(.float(real), sign + tail)
      text =
        realText + (try interp.format(.float(imag), (realText.isEmpty ? sign : "+") + tail))
        + "j"
      if bare && !realText.isEmpty { text = "(" + text + ")" }
    }
    let padding = max(s.width - text.count, 0)
    guard padding > 0 else { return text }
    let fill = String(repeating: s.fill, count: padding)
    switch s.align {
    case "<": return text + fill
    case "^":
      return String(repeating: s.fill, count: padding / 2) + text
        + String(repeating: s.fill, count: padding - padding / 2)
    default: return fill + text
    }
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    real != 0 || imag != 0
  }

  /// Equal to the float (or int) it equals when the imaginary part is zero, as CPython's hash
  /// makes it.
  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    if imag == 0 { return try HashKey.from(.float(real), interp) }
    return .tuple([.string("complex"), .float(real.bitPattern), .float(imag.bitPattern)])
  }

  // MARK: Arithmetic

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard let o = try PyComplex.operand(other) else { return nil }
    let (a, b) = reflected ? (o, (real, imag)) : ((real, imag), o)
    let r: (Double, Double)
    switch op {
    case .add: r = (a.0 + b.0, a.1 + b.1)
    case .subtract: r = (a.0 - b.0, a.1 - b.1)
    case .multiply: r = ComplexMath.product(a, b)
    case .trueDivide:
      guard let q = ComplexMath.quotient(a, b) else {
        throw .zeroDivision("complex division by zero")
      }
      r = q
    case .power: r = try ComplexMath.power(a, b)
    default: return nil
    }
    return .object(PyComplex(r.0, r.1))
  }

  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    switch op {
    case .negate: return .object(PyComplex(-real, -imag))
    case .plus: return .object(PyComplex(real, imag))
    default: return try super.unary(op, interp)
    }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    guard let o = try PyComplex.operand(other) else { return nil }
    return .bool((real == o.0 && imag == o.1) == (op == .equal))
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "real": return .float(real)
    case "imag": return .float(imag)
    case "conjugate":
      return .object(
        PyBuiltinFunction("conjugate") { [self] (a, _) throws(PyException) in
          try a.expect("conjugate", min: 0, max: 0)
          return .object(PyComplex(real, -imag))
        })
    case "__abs__":
      return .object(
        PyBuiltinFunction("__abs__") { [self] (_, _) throws(PyException) in
          .float(try ComplexMath.magnitude((real, imag)))
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
