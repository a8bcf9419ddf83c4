import BigInt

#if canImport(Glibc)
  import Glibc
#endif

/// An int beyond 64 bits. Ints live inline as `Value.int` while they fit; an operation whose
/// result does not fit makes one of these, and one whose result fits again gives back an inline
/// int, so a value has one form only and `2**64 - 2**64 + 1` is the ordinary `1`.
public final class PyBigInt: PyObject {
  public let value: BigInt

  init(_ value: BigInt) { self.value = value }

  /// The most bits a result may have (about 3 million decimal digits): beyond it an
  /// operation raises MemoryError instead of running for minutes.
  public static let bitLimit = 10_000_000

  public static func tooBig() -> PyException {
    PyException(.memoryError, "int result too large (NumBook stops ints at 10 million bits)")
  }

  /// `value` as the language's int: inline when it fits in 64 bits.
  public static func make(_ value: BigInt) -> Value {
    if let small = Int(exactly: value) { return .int(small) }
    return .object(PyBigInt(value))
  }

  /// A finite whole float as the int it equals (`int(1e20)`).
  public static func truncating(_ d: Double) -> Value {
    abs(d) < 9.2e18 ? .int(Int(d)) : .object(PyBigInt(BigInt(d)))
  }

  /// A float's whole part as an int, with `int()`'s errors for NaN and infinities.
  public static func integral(_ d: Double) throws(PyException) -> Value {
    guard d.isFinite else {
      throw d.isNaN
        ? .valueError("cannot convert float NaN to integer")
        : .overflow("cannot convert float infinity to integer")
    }
    return truncating(d)
  }

  /// Ints, bools and big ints as a BigInt; nil for anything else.
  public static func integer(_ v: Value) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o): return (o as? PyBigInt)?.value
    default: return nil
    }
  }

  /// The int parsed from digits (an optional sign, then digits in `radix`), or nil.
  public static func parse(_ text: Substring, radix: Int) -> Value? {
    var body = text
    var negative = false
    if let first = body.first, first == "-" || first == "+" {
      negative = first == "-"
      body = body.dropFirst()
    }
    // (One sign only: the library's reading would take a second one, `int('-+1')`.)
    guard let first = body.first, first != "-", first != "+",
      let magnitude = BigInt(body, radix: radix)
    else { return nil }
    return make(negative ? -magnitude : magnitude)
  }

  override public var pyClass: PyClass { .int }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    try PyBigInt.checkedDecimal(value)
  }

  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException) -> String {
    let value = self.value
    return try FormatSpec.parse(spec, for: "int").apply(
      toInteger: value.sign == .minus, digits: { String(value.magnitude, radix: $0) },
      asDouble: { () throws(PyException) in try PyBigInt.double(value) }, scalar: nil)
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !value.isZero
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    // Equal to the float with the same value (`2**70 == 2.0**70` share a dict key); otherwise
    // a key no other kind of value can have.
    if let d = Double(exactly: value) { return .float(d.bitPattern) }
    return .tuple([.identity(ObjectIdentifier(PyBigInt.self)), .string(value.description)])
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "real", "numerator": return .object(self)
    case "imag": return .int(0)
    case "denominator": return .int(1)
    default: return try super.getAttribute(name, interp)
    }
  }

  // MARK: - Operators

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    if let y = PyBigInt.integer(other) {
      return try reflected
        ? Arithmetic.bigs(op, y, value, .object(self)) : Arithmetic.bigs(op, value, y, other)
    }
    if op == .multiply, case .object(let o) = other, o is PySequence || o is PyStr {
      throw .overflow("cannot fit 'int' into an index-sized integer")
    }
    if case .float(let y) = other {
      let x = try PyBigInt.double(value)
      let me = Value.float(x)
      return try reflected
        ? Arithmetic.floats(op, y, x, other, me) : Arithmetic.floats(op, x, y, me, other)
    }
    return nil
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    let order: Int
    if let y = PyBigInt.integer(other) {
      order = value < y ? -1 : value > y ? 1 : 0
    } else if case .float(let y) = other {
      if y.isNaN { return .bool(op == .notEqual) }
      if y.isInfinite {
        order = y > 0 ? -1 : 1
      } else {
        // Exact: a finite float is an integer plus a fraction; compare with its floor.
        let whole = BigInt(y.rounded(.down))
        let fraction = y - y.rounded(.down)
        order = value < whole ? -1 : value > whole ? 1 : fraction > 0 ? -1 : 0
      }
    } else {
      return try super.compare(op, other, interp)
    }
    switch op {
    case .less: return .bool(order < 0)
    case .lessEqual: return .bool(order <= 0)
    case .greater: return .bool(order > 0)
    case .greaterEqual: return .bool(order >= 0)
    case .equal: return .bool(order == 0)
    case .notEqual: return .bool(order != 0)
    }
  }

  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    switch op {
    case .negate: return PyBigInt.make(-value)
    case .plus: return .object(self)
    case .invert: return PyBigInt.make(-value - 1)
    }
  }

  // MARK: - Conversions

  /// The nearest float, or CPython's OverflowError when the int is beyond float's range.
  public static func double(_ value: BigInt) throws(PyException) -> Double {
    let d = rounded(value.magnitude)
    guard d.isFinite else { throw .overflow("int too large to convert to float") }
    return value.sign == .minus ? -d : d
  }

  /// The float nearest `m` (ties to even), as CPython converts: the top 64 bits with a sticky
  /// last bit for any bits below them, rounded once, then scaled. (The library's conversion
  /// of a multi-word value truncates: `float(2**70 + 2**17 + 1)` came out one unit low.)
  static func rounded(_ m: BigUInt) -> Double {
    let width = m.bitWidth
    guard width > 64 else { return Double(UInt64(truncatingIfNeeded: m)) }
    let drop = width - 64
    var top = UInt64(truncatingIfNeeded: m >> drop)
    if m.trailingZeroBitCount < drop { top |= 1 }
    let significand: Double = Double(top)
    return Double(sign: .plus, exponent: drop, significand: significand)
  }

  /// The decimal digits, refused past CPython's limit of 4300 digits (its ValueError).
  static func checkedDecimal(_ value: BigInt) throws(PyException) -> String {
    // 4300 decimal digits need at least 14284 bits.
    if value.magnitude.bitWidth > 14_284 {
      let text = value.description
      if text.count - (value.sign == .minus ? 1 : 0) > 4300 {
        throw .valueError(
          "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )
      }
      return text
    }
    return value.description
  }
}

extension Arithmetic {

  /// Python's int operators on ints of any size; `b` is the right operand as a value (for the
  /// TypeError of `@`).
  static func bigs(_ op: BinaryOp, _ x: BigInt, _ y: BigInt, _ b: Value) throws(PyException)
    -> Value
  {
    switch op {
    case .add: return PyBigInt.make(x + y)
    case .subtract: return PyBigInt.make(x - y)
    case .multiply:
      if x.magnitude.bitWidth + y.magnitude.bitWidth > PyBigInt.bitLimit { throw PyBigInt.tooBig() }
      return PyBigInt.make(x * y)
    case .trueDivide:
      if y.isZero { throw .zeroDivision("division by zero") }
      return .float(try trueQuotient(x, y))
    case .floorDivide, .modulo:
      if y.isZero {
        throw .zeroDivision(
          op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero")
      }
      var (q, r) = x.quotientAndRemainder(dividingBy: y)
      if !r.isZero && (r.sign == .minus) != (y.sign == .minus) {
        q -= 1
        r += y
      }
      return PyBigInt.make(op == .modulo ? r : q)
    case .power:
      if y.sign == .minus {
        if x.isZero { throw .zeroDivision("0.0 cannot be raised to a negative power") }
        return .float(Glibc.pow(try PyBigInt.double(x), try PyBigInt.double(y)))
      }
      if x.magnitude <= 1 {
        return PyBigInt.make(
          x.isZero ? (y.isZero ? 1 : 0) : x.sign == .minus && y % 2 != 0 ? -1 : 1)
      }
      guard let e = Int(exactly: y), e <= PyBigInt.bitLimit / max(1, x.magnitude.bitWidth - 1)
      else { throw PyBigInt.tooBig() }
      return PyBigInt.make(x.power(e))
    case .leftShift:
      if y.sign == .minus { throw .valueError("negative shift count") }
      if x.isZero { return .int(0) }
      guard let n = Int(exactly: y), n <= PyBigInt.bitLimit else { throw PyBigInt.tooBig() }
      return PyBigInt.make(x << n)
    case .rightShift:
      if y.sign == .minus { throw .valueError("negative shift count") }
      guard let n = Int(exactly: y), n < x.magnitude.bitWidth + 1 else {
        return .int(x.sign == .minus ? -1 : 0)
      }
      return PyBigInt.make(x >> n)
    case .bitAnd: return PyBigInt.make(x & y)
    case .bitOr: return PyBigInt.make(x | y)
    case .bitXor: return PyBigInt.make(x ^ y)
    case .matrixMultiply:
      throw .unsupportedOperands("@", PyBigInt.make(x), b)
    }
  }

  /// `x / y` correctly rounded, as CPython divides ints too large for a float: the quotient
  /// scaled to 55 significant bits, its last bit set when the division was inexact, rounded
  /// once to a float, then scaled back.
  static func trueQuotient(_ x: BigInt, _ y: BigInt) throws(PyException) -> Double {
    if let a = Double(exactly: x), let b = Double(exactly: y),
      a.magnitude < 0x1p53, b.magnitude < 0x1p53
    {
      return a / b
    }
    let negative = (x.sign == .minus) != (y.sign == .minus)
    let n = x.magnitude
    let d = y.magnitude
    let shift = 55 - (Int(n.bitWidth) - Int(d.bitWidth))
    let (q, r) = (shift >= 0 ? n << shift : n >> -shift).quotientAndRemainder(dividingBy: d)
    var bits = q
    if !r.isZero || (shift < 0 && !(n & ((BigUInt(1) << -shift) - 1)).isZero) { bits |= 1 }
    let result = Double(sign: .plus, exponent: -shift, significand: PyBigInt.rounded(bits))
    guard result.isFinite else {
      throw .overflow("integer division result too large for a float")
    }
    return negative ? -result : result
  }
}
