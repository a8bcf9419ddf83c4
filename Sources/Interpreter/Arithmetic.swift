import BigInt
import FloatText

#if canImport(Glibc)
  import Glibc
#endif

/// Python arithmetic on the inline number values (an int result beyond 64 bits becomes a
/// `PyBigInt`).
enum Arithmetic {
  /// `i op d` by their exact values, as CPython compares an int with a float
  /// (`2**63 - 1 == float(2**63)` is False; as doubles both are 2**63).
  static func compare(int i: Int, _ op: ComparisonOp, double d: Double) -> Bool {
    // Ints below 2**53 are exact as doubles.
    if i.magnitude < 1 << 53 { return Compiler.compareNumbers(Double(i), op, d) }
    if d.isNaN { return op == .notEqual }
    // Doubles from 2**63 on (or below -2**63) lie beyond every Int.
    if d >= 0x1p63 { return Compiler.compareNumbers(0, op, 1) }
    if d < -0x1p63 { return Compiler.compareNumbers(1, op, 0) }
    // The same whole part: the fraction decides (it lies strictly between -1 and 1).
    let whole = d.rounded(.towardZero)
    let w = Int(whole)
    if w != i { return Compiler.compareNumbers(i, op, w) }
    return Compiler.compareNumbers(0, op, d - whole)
  }

  static func ints(_ op: BinaryOp, _ x: Int, _ y: Int) throws(PyException) -> Value {
    // An int result beyond 64 bits: the same operation on big ints.
    func overflow() throws(PyException) -> Value {
      try bigs(op, BigInt(x), BigInt(y), .int(y))
    }
    switch op {
    case .add:
      let (r, o) = x.addingReportingOverflow(y)
      if o { return try overflow() }
      return .int(r)
    case .subtract:
      let (r, o) = x.subtractingReportingOverflow(y)
      if o { return try overflow() }
      return .int(r)
    case .multiply:
      let (r, o) = x.multipliedReportingOverflow(by: y)
      if o { return try overflow() }
      return .int(r)
    case .trueDivide:
      if y == 0 { throw .zeroDivision("division by zero") }
      // Operands a float holds exactly: one rounding. Beyond 2^53 an int may not be a float:
      // the big-int quotient, correctly rounded as CPython's.
      if x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 { return .float(Double(x) / Double(y)) }
      return .float(try trueQuotient(BigInt(x), BigInt(y)))
    case .floorDivide:
      if y == 0 { throw .zeroDivision("integer division or modulo by zero") }
      if x == .min && y == -1 { return try overflow() }
      let q = x / y
      return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
    case .modulo:
      if y == 0 { throw .zeroDivision("integer modulo by zero") }
      if y == -1 { return .int(0) }
      let r = x % y
      return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
    case .power:
      if y < 0 {
        if x == 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
        return .float(Glibc.pow(Double(x), Double(y)))
      }
      var result = 1
      var base = x
      var e = y
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { return try overflow() }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (b, o) = base.multipliedReportingOverflow(by: base)
          if o { return try overflow() }
          base = b
        }
      }
      return .int(result)
    case .leftShift:
      if y < 0 { throw .valueError("negative shift count") }
      if x == 0 { return .int(0) }
      if y >= 63 || (x << y) >> y != x { return try overflow() }
      return .int(x << y)
    case .rightShift:
      if y < 0 { throw .valueError("negative shift count") }
      return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .matrixMultiply:
      throw .unsupportedOperands("@", .int(x), .int(y))
    }
  }

  static func floats(_ op: BinaryOp, _ x: Double, _ y: Double, _ a: Value, _ b: Value)
    throws(PyException) -> Value
  {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .trueDivide:
      if y == 0 { throw .zeroDivision("float division by zero") }
      return .float(x / y)
    case .floorDivide:
      if y == 0 { throw .zeroDivision("float floor division by zero") }
      return .float(FloatDivision.floorDivide(x, y))
    case .modulo:
      if y == 0 { throw .zeroDivision("float modulo") }
      return .float(FloatDivision.modulo(x, y))
    case .power:
      if x == 0 && y < 0 { throw .zeroDivision("0.0 cannot be raised to a negative power") }
      if x < 0 && y != y.rounded() && y.isFinite {
        // A complex result, as Python gives: `(-8) ** 0.5`.
        let r = try ComplexMath.power((x, 0), (y, 0))
        return .object(PyComplex(r.0, r.1))
      }
      let r = Glibc.pow(x, y)
      if r.isInfinite && x.isFinite && y.isFinite {
        throw .overflow("(34, 'Numerical result out of range')")
      }
      return .float(r)
    default:
      throw .unsupportedOperands(op.symbol, a, b)
    }
  }
}

extension Arithmetic {
  /// `+`, `-` and `*` of two ints (without overflow) or two floats, the common cases of
  /// `total += x`, and `//`, `%`, bitwise operators and shifts of two ints when an Int holds
  /// the result; nil for everything else (the general way decides, and raises).
  @inline(__always) static func quick(_ op: BinaryOp, _ a: Value, _ b: Value) -> Value? {
    if case .int(let x) = a, case .int(let y) = b {
      let (r, overflow): (Int, Bool)
      switch op {
      case .add: (r, overflow) = x.addingReportingOverflow(y)
      case .subtract: (r, overflow) = x.subtractingReportingOverflow(y)
      case .multiply: (r, overflow) = x.multipliedReportingOverflow(by: y)
      case .floorDivide, .modulo:
        // (`n //= 10`, `h %= m`; zero and -1 divisors go the general way.)
        guard y != 0 && y != -1 else { return nil }
        let (q, m) = Arithmetic.floored(x, y)
        return .int(op == .modulo ? m : q)
      default:
        // `h ^= c`, `x >>= 1`: what an Int holds exactly.
        return Arithmetic.bitwise(op, x, y).map { .int($0) }
      }
      return overflow ? nil : .int(r)
    }
    if case .float(let x) = a, case .float(let y) = b {
      switch op {
      case .add: return .float(x + y)
      case .subtract: return .float(x - y)
      case .multiply: return .float(x * y)
      default: return nil
      }
    }
    return nil
  }

  /// `i op j` for a bitwise operator or a shift whose result an Int holds (nil: the general
  /// way decides, raising for a negative shift or making a big int).
  @inline(__always)
  static func bitwise(_ op: BinaryOp, _ i: Int, _ j: Int) -> Int? {
    switch op {
    case .bitAnd: return i & j
    case .bitOr: return i | j
    case .bitXor: return i ^ j
    case .rightShift: return j >= 0 && j < 64 ? i >> j : nil
    case .leftShift:
      guard j >= 0 && j < 63 else { return nil }
      let r = i << j
      return r >> j == i ? r : nil
    default: return nil
    }
  }

  /// `i // j` and `i % j` rounded as Python rounds them (towards minus infinity), for a
  /// divisor other than 0 and -1.
  @inline(__always)
  static func floored(_ i: Int, _ j: Int) -> (quotient: Int, remainder: Int) {
    let (q, r) = i.quotientAndRemainder(dividingBy: j)
    return r != 0 && ((r < 0) != (j < 0)) ? (q &- 1, r &+ j) : (q, r)
  }
}
