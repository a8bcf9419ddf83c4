import Interpreter
import NumKit

/// `zlib`: `compress` (`level`, `wbits`), `decompress` (`wbits`: zlib, raw, gzip or either),
/// `crc32`, `adler32` and the constants, with CPython's `zlib.error` messages. What zipfile's
/// members and other binary formats are compressed with.
enum ZlibModule {
  static func make() -> PyModule {
    let m = PyModule(name: "zlib")
    for (name, value) in [
      ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384),
      ("Z_DEFAULT_COMPRESSION", -1), ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1),
      ("Z_BEST_COMPRESSION", 9),
    ] {
      m.define(name, .int(value))
    }
    m.define("ZLIB_VERSION", .str("1.2.13"))
    m.define("error", .object(error))
    m.define("compress") { (a, interp) throws(PyException) in
      let data = try bytes(try a[0])
      let level =
        try a.parameter(1, "level").map { (v) throws(PyException) in try Arguments.index(v) } ?? -1
      let bits =
        try a.parameter(2, "wbits").map { (v) throws(PyException) in try Arguments.index(v) } ?? 15
      guard (-1...9).contains(level) else {
        throw PyException(error, "Bad compression level")
      }
      guard (9...15).contains(bits) || (-15 ... -9).contains(bits) || (25...31).contains(bits)
      else {
        throw .valueError("Invalid initialization option")
      }
      return .object(
        PyBytes(Deflate.compress(data, windowBits: Int32(bits), level: Int32(level))))
    }
    m.define("decompress") { (a, interp) throws(PyException) in
      let data = try bytes(try a[0])
      let bits =
        try a.parameter(1, "wbits").map { (v) throws(PyException) in try Arguments.index(v) } ?? 15
      do throws(NumKitError) {
        return .object(PyBytes(try Deflate.decompress(data, windowBits: Int32(bits))))
      } catch {
        throw PyException(ZlibModule.error, error.message)
      }
    }
    for (name, start) in [("crc32", UInt32(0)), ("adler32", UInt32(1))] {
      m.define(name) { (a, interp) throws(PyException) in
        let data = try bytes(try a[0])
        let value =
          try a.parameter(1, "value").map { (v) throws(PyException) in
            UInt32(truncatingIfNeeded: try Arguments.index(v))
          } ?? start
        let sum =
          name == "crc32" ? Deflate.crc(data, start: value) : Deflate.adler(data, start: value)
        return .int(Int(sum))
      }
    }
    return m
  }

  static func bytes(_ v: Value) throws(PyException) -> [UInt8] {
    guard let b = v.as(PyBytes.self) else {
      throw .typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
    return b.bytes
  }

  static let error: PyClass = {
    let c = PyClass("error", bases: [.exception])
    c.moduleName = "zlib"
    return c
  }()
}
