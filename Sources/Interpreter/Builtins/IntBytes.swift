import BigInt

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the class method
/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, with CPython's errors.
enum IntBytes {
  static func install() {
    PyClass.int.method("to_bytes") { (a, interp) throws(PyException) in
      guard a.positional.count <= 3 else {
        throw .typeError(
          "to_bytes() takes at most 2 positional arguments (\(a.positional.count - 1) given)")
      }
      guard let value = PyBigInt.integer(try a[0]) else {
        throw .typeError("descriptor 'to_bytes' requires a 'int' object")
      }
      let length =
        try a.parameter(1, "length").map { (v) throws(PyException) in
          try Arguments.index(v)
        } ?? 1
      let little = try byteOrder(a.parameter(2, "byteorder"))
      let signed = try isSigned(a, interp)
      guard length >= 0 else { throw .valueError("length argument must be non-negative") }
      if value < 0 && !signed {
        throw .overflow("can't convert negative int to unsigned")
      }
      // Two's complement in `length` bytes: the value must fit.
      let bits = (value < 0 ? -value - 1 : value).magnitude.bitWidth
      guard bits + (signed ? 1 : 0) <= 8 * length else {
        throw .overflow("int too big to convert")
      }
      try SequenceBudget.check(length, 1)
      var rest = value < 0 ? (BigInt(1) << (8 * length)) + value : value
      var out = [UInt8](repeating: 0, count: length)
      for i in 0..<length {
        out[little ? i : length - 1 - i] = UInt8(truncatingIfNeeded: rest & 0xFF)
        rest >>= 8
      }
      return .object(PyBytes(out))
    }
    PyClass.int.classMethod("from_bytes") { (a, interp) throws(PyException) in
      // Argument 0 is the class.
      guard a.count <= 4 else {
        throw .typeError("from_bytes() takes at most 3 arguments (\(a.count - 1) given)")
      }
      guard let source = a.parameter(1, "bytes") else {
        throw .typeError("from_bytes() missing required argument 'bytes' (pos 1)")
      }
      let bytes = try byteValues(source, interp)
      let little = try byteOrder(a.parameter(2, "byteorder"))
      let signed = try isSigned(a, interp)
      var value = BigInt(0)
      for byte in little ? bytes.reversed() : bytes { value = value << 8 | BigInt(byte) }
      if signed, let top = little ? bytes.last : bytes.first, top >= 0x80 {
        value -= BigInt(1) << (8 * bytes.count)
      }
      return PyBigInt.make(value)
    }
  }

  /// `bytes.fromhex(string)`: pairs of hex digits, whitespace allowed between pairs;
  /// CPython's ValueError names the position of the first character that is not a digit
  /// where one was due (the end of an odd-length string).
  static func installFromHex() {
    PyBytes.bytesClass.classMethod("fromhex") { (a, interp) throws(PyException) in
      // Argument 0 is the class.
      try a.expectMethod("fromhex", min: 1, max: 1)
      guard let text = try a[1].as(PyStr.self)?.value else {
        throw .typeError("fromhex() argument must be str, not \(try a[1].typeName)")
      }
      let scalars = Array(text.unicodeScalars)
      func digit(_ i: Int) throws(PyException) -> UInt8 {
        guard i < scalars.count, scalars[i].isASCII,
          let d = UInt8(String(scalars[i]), radix: 16)
        else {
          throw .valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
        }
        return d
      }
      var out: [UInt8] = []
      var i = 0
      while i < scalars.count {
        if scalars[i].properties.isWhitespace && scalars[i].isASCII {
          i += 1
          continue
        }
        let high = try digit(i)
        let low = try digit(i + 1)
        out.append(high << 4 | low)
        i += 2
      }
      return .object(PyBytes(out))
    }
  }

  /// The keyword-only `signed` (False when not given).
  private static func isSigned(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Bool {
    guard let given = a.keyword("signed") else { return false }
    return try interp.isTruthy(given)
  }

  /// Whether `byteorder` says little-endian ('big' when not given).
  private static func byteOrder(_ given: Value?) throws(PyException) -> Bool {
    guard let given else { return false }
    guard let order = given.as(PyStr.self) else {
      throw .typeError("to_bytes() argument 'byteorder' must be str, not \(given.typeName)")
    }
    switch order.value {
    case "little": return true
    case "big": return false
    default: throw .valueError("byteorder must be either 'little' or 'big'")
    }
  }

  /// The bytes of `bytes`, a bytes object or an iterable of ints in range(0, 256).
  private static func byteValues(_ source: Value, _ interp: Interpreter) throws(PyException)
    -> [UInt8]
  {
    if let b = source.as(PyBytes.self) { return b.bytes }
    let refusal = "cannot convert '\(source.typeName)' object to bytes"
    if source.as(PyStr.self) != nil { throw .typeError(refusal) }
    let items = try interp.iterate(source, notIterable: refusal)
    return try interp.collect(.object(items)).map { (v) throws(PyException) -> UInt8 in
      guard case .int(let b) = v.asIndexLike else {
        throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
      }
      guard let byte = UInt8(exactly: b) else {
        throw .valueError("bytes must be in range(0, 256)")
      }
      return byte
    }
  }
}
