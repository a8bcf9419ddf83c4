/// Methods of `int` and `float` beyond arithmetic: `bit_length`, `bit_count`,
/// `as_integer_ratio`, `conjugate`, `float.hex` (`float.is_integer` is with the constructors).
enum NumberMethods {
  static func install() {
    let i = PyClass.int
    i.method("bit_length") { (a, _) throws(PyException) in
      if let big = a.positional.first?.as(PyBigInt.self) {
        return .int(big.value.magnitude.bitWidth)
      }
      let value = try integer(a)
      return .int(Int.bitWidth - value.magnitude.leadingZeroBitCount)
    }
    i.method("bit_count") { (a, _) throws(PyException) in
      .int(try integer(a).magnitude.nonzeroBitCount)
    }
    i.method("conjugate") { (a, _) throws(PyException) in .int(try integer(a)) }
    i.method("as_integer_ratio") { (a, _) throws(PyException) in
      .tuple([.int(try integer(a)), .int(1)])
    }
    let f = PyClass.float
    f.method("conjugate") { (a, interp) throws(PyException) in .float(try real(a, interp)) }
    f.method("hex") { (a, interp) throws(PyException) in .str(hex(try real(a, interp))) }
    f.method("as_integer_ratio") { (a, interp) throws(PyException) in
      let d = try real(a, interp)
      guard d.isFinite else {
        throw PyException(
          d.isNaN ? .valueError : .overflowError,
          d.isNaN
            ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio")
      }
      // d = m * 2^e with m odd (or zero); a negative e is the denominator's power of two.
      if d == 0 { return .tuple([.int(0), .int(1)]) }
      var m = d.significandBitPattern | (d.isNormal ? 1 << 52 : 0)
      var e = d.isNormal ? Int(d.exponent) - 52 : -1074
      while m & 1 == 0 {
        m >>= 1
        e += 1
      }
      let numerator = Int(m) * (d < 0 ? -1 : 1)
      if e >= 0 {
        guard e <= 63 - (UInt64.bitWidth - m.leadingZeroBitCount) else {
          throw PyException(.overflowError, "int too large to convert (NumBook's ints are 64-bit)")
        }
        return .tuple([.int(numerator << e), .int(1)])
      }
      guard -e < 63 else {
        throw PyException(.overflowError, "int too large to convert (NumBook's ints are 64-bit)")
      }
      return .tuple([.int(numerator), .int(1 << -e)])
    }
  }

  private static func integer(_ a: Arguments) throws(PyException) -> Int {
    switch try a[0] {
    case .int(let v): return v
    case .bool(let b): return b ? 1 : 0
    default: throw .typeError("descriptor requires an 'int' object")
    }
  }

  /// The receiver of a float method: a float, or a number object converting to one (numpy's
  /// float scalars derive from float).
  static func real(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Double {
    let receiver = try a[0]
    if case .float(let d) = receiver { return d }
    if case .object = receiver, let d = try interp.floatValue(receiver) { return d }
    throw .typeError("descriptor requires a 'float' object")
  }

  /// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>`, subnormals as `0x0.<digits>p-1022`.
  static func hex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    var digits = String(d.significandBitPattern, radix: 16)
    digits = String(repeating: "0", count: 13 - digits.count) + digits
    let lead = d.isNormal ? "1" : "0"
    let exponent = d.isNormal ? Int(d.exponent) : -1022
    return sign + "0x" + lead + "." + digits + "p" + (exponent >= 0 ? "+" : "") + String(exponent)
  }
}
