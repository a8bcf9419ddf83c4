import Interpreter
import NumKit
import PlotKit

/// `binascii`: hex and base64 between bytes and their ASCII forms (`hexlify`/`unhexlify`,
/// `b2a_base64`/`a2b_base64` with CPython's lenient and strict decoding), `crc32`, and
/// `binascii.Error`. The `base64` module is written on these.
enum BinasciiModule {
  static let error = PyClass.exception("Error", .valueError, module: "binascii")

  static let incomplete = PyClass.exception("Incomplete", .exception, module: "binascii")

  static func make() -> PyModule {
    let m = PyModule(name: "binascii")
    m.define("Error", .object(error))
    m.define("Incomplete", .object(incomplete))
    for name in ["hexlify", "b2a_hex"] {
      m.define(name) { (a, _) throws(PyException) in
        try a.expect(name, min: 1, max: 3)
        let data = try PyBytes.operand(try a[0])
        let text = try PyBytes.hex(data, a.parameter(1, "sep"), a.parameter(2, "bytes_per_sep"))
        return .object(PyBytes(Array(text.utf8)))
      }
    }
    for name in ["unhexlify", "a2b_hex"] {
      m.define(name) { (a, _) throws(PyException) in
        try a.expect(name, min: 1, max: 1)
        return .object(PyBytes(try unhexlify(try asciiOperand(try a[0]))))
      }
    }
    m.define("b2a_base64") { (a, interp) throws(PyException) in
      try a.expect("b2a_base64", min: 1, max: 1)
      let newline =
        try a.keyword("newline").map { (v) throws(PyException) in
          try interp.isTruthy(v)
        } ?? true
      var out = Base64Text.encode(try PyBytes.operand(try a[0]))
      if newline { out.append(10) }
      return .object(PyBytes(out))
    }
    m.define("a2b_base64") { (a, interp) throws(PyException) in
      try a.expect("a2b_base64", min: 1, max: 1)
      let strict =
        try a.keyword("strict_mode").map { (v) throws(PyException) in
          try interp.isTruthy(v)
        } ?? false
      let text = try asciiOperand(try a[0])
      do throws(Base64Text.DecodingError) {
        return .object(PyBytes(try Base64Text.decode(text, strict: strict)))
      } catch {
        throw PyException(BinasciiModule.error, error.message)
      }
    }
    m.define("crc32") { (a, _) throws(PyException) in
      try a.expect("crc32", min: 1, max: 2)
      let data = try PyBytes.operand(try a[0])
      let start =
        try a.parameter(1, "crc").map { (v) throws(PyException) in
          UInt32(truncatingIfNeeded: try Arguments.index(v))
        } ?? 0
      return .int(Int(Deflate.crc(data, start: start)))
    }
    return m
  }

  /// The bytes of an argument the `a2b_` functions decode: bytes, or a str of ASCII only.
  static func asciiOperand(_ v: Value) throws(PyException) -> [UInt8] {
    if let b = v.as(PyBytes.self) { return b.bytes }
    if let s = v.as(PyStr.self)?.value {
      guard s.utf8.allSatisfy({ $0 < 128 }) else {
        throw .valueError("string argument should contain only ASCII characters")
      }
      return Array(s.utf8)
    }
    throw .typeError("argument should be bytes, buffer or ASCII string, not '\(v.typeName)'")
  }

  /// Pairs of hex digits (either case) to their bytes.
  static func unhexlify(_ text: [UInt8]) throws(PyException) -> [UInt8] {
    guard text.count % 2 == 0 else { throw PyException(error, "Odd-length string") }
    func digit(_ c: UInt8) throws(PyException) -> UInt8 {
      switch c {
      case 48...57: return c - 48
      case 65...70: return c - 55
      case 97...102: return c - 87
      default: throw PyException(error, "Non-hexadecimal digit found")
      }
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.count / 2)
    var i = 0
    while i < text.count {
      out.append(try digit(text[i]) << 4 | digit(text[i + 1]))
      i += 2
    }
    return out
  }
}
