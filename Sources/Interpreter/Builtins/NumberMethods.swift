import BigInt

/// Methods of `int` and `float` beyond arithmetic: `bit_length`, `bit_count`,
/// `as_integer_ratio`, `conjugate`, `float.hex`, `float.fromhex` (`float.is_integer` is with the
/// constructors).
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
      if let big = a.positional.first?.as(PyBigInt.self) {
        return .int(big.value.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
      }
      return .int(try integer(a).magnitude.nonzeroBitCount)
    }
    // (A big int is its own conjugate and numerator: `statistics.mean` of big ints asks.)
    i.method("conjugate") { (a, _) throws(PyException) in try wholeInt(a) }
    i.method("as_integer_ratio") { (a, _) throws(PyException) in
      .tuple([try wholeInt(a), .int(1)])
    }
    let f = PyClass.float
    f.method("conjugate") { (a, interp) throws(PyException) in .float(try real(a, interp)) }
    f.method("hex") { (a, interp) throws(PyException) in .str(hex(try real(a, interp))) }
    // float.fromhex(s): a class method, the inverse of `hex`.
    f.classMethod("fromhex") { (a, _) throws(PyException) in
      try a.expectMethod("fromhex", min: 1, max: 1)
      guard let text = try a[1].as(PyStr.self)?.value else {
        throw .typeError("bad argument type for built-in operation")
      }
      return .float(try fromHex(text))
    }
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
      // (Beyond 64 bits, the parts are big ints, as in CPython: `(1e-300).as_integer_ratio()`.)
      let numerator = BigInt(m) * (d < 0 ? -1 : 1)
      if e >= 0 { return .tuple([PyBigInt.make(numerator << e), .int(1)]) }
      return .tuple([PyBigInt.make(numerator), PyBigInt.make(BigInt(1) << -e)])
    }
  }

  /// `float.fromhex`: `[sign] [0x] digits [. digits] [p exponent]`, or inf/infinity/nan,
  /// within whitespace; correctly rounded.
  static func fromHex(_ text: String) throws(PyException) -> Double {
    let invalid = PyException(.valueError, "invalid hexadecimal floating-point string")
    var s = text.drop { $0.isWhitespace }
    while s.last?.isWhitespace == true { s = s.dropLast() }
    var negative = false
    if let c = s.first, c == "+" || c == "-" {
      negative = c == "-"
      s = s.dropFirst()
    }
    switch s.lowercased() {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return .nan
    default: break
    }
    if s.lowercased().hasPrefix("0x") { s = s.dropFirst(2) }
    let parts = s.split(separator: "p", maxSplits: 1, omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: "P", maxSplits: 1, omittingEmptySubsequences: false) }
    guard parts.count <= 2, let mantissa = parts.first else { throw invalid }
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let digits = pieces.joined()
    guard !digits.isEmpty, digits.allSatisfy(\.isHexDigit) else { throw invalid }
    var exponent = "0"
    if parts.count == 2 {
      let e = parts[1]
      let body = e.first == "+" || e.first == "-" ? e.dropFirst() : e
      guard !body.isEmpty, body.allSatisfy({ ("0"..."9").contains($0) }) else { throw invalid }
      exponent = String(e)
    }
    guard let value = Double("0x" + mantissa + "p" + exponent) else { throw invalid }
    if value.isInfinite {
      throw PyException(.overflowError, "hexadecimal value too large to represent as a float")
    }
    return negative ? -value : value
  }

  /// The receiver as a plain int: a bool as 0 or 1, a big int as it is.
  private static func wholeInt(_ a: Arguments) throws(PyException) -> Value {
    if let first = a.positional.first, first.as(PyBigInt.self) != nil { return first }
    return .int(try integer(a))
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
