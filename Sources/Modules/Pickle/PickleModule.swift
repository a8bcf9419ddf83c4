import Interpreter

/// `pickle`: `dump`, `load`, `dumps`, `loads` in Python's pickle format, so files written by
/// CPython (with numpy arrays inside) load here and files written here load in CPython.
enum PickleModule {
  static let defaultProtocol = 4
  static let highestProtocol = 5

  static func make() -> PyModule {
    let m = PyModule(name: "pickle")
    m.define("DEFAULT_PROTOCOL", .int(defaultProtocol))
    m.define("HIGHEST_PROTOCOL", .int(highestProtocol))
    m.define("PickleError", .object(PickleGlobals.pickleError))
    m.define("PicklingError", .object(PickleGlobals.picklingError))
    m.define("UnpicklingError", .object(PickleGlobals.unpicklingError))
    m.define("dumps") { (a, interp) throws(PyException) in
      .object(PyBytes(try pickled(try a[0], a, position: 1, interp)))
    }
    m.define("dump") { (a, interp) throws(PyException) in
      let bytes = try pickled(try a[0], a, position: 2, interp)
      try binaryFile(try a.count > 1 ? a[1] : a.keyword("file") ?? .none, writing: true)
        .write(bytes: bytes)
      return .none
    }
    m.define("loads") { (a, interp) throws(PyException) in
      guard let data = try a[0].as(PyBytes.self) else {
        throw .typeError("a bytes-like object is required, not '\(try a[0].typeName)'")
      }
      var reader = PickleReader(data.bytes, interp)
      return try reader.read()
    }
    m.define("load") { (a, interp) throws(PyException) in
      let file = try binaryFile(try a[0], writing: false)
      var reader = PickleReader(try file.readBytes(), interp)
      return try reader.read()
    }
    return m
  }

  /// The pickle of `value`; the protocol is the argument at `position` or `protocol=`.
  private static func pickled(
    _ value: Value, _ a: Arguments, position: Int, _ interp: Interpreter
  ) throws(PyException) -> [UInt8] {
    var version = defaultProtocol
    let given = a.count > position ? try a[position] : a.keyword("protocol")
    if let given, !given.isNone {
      guard case .int(let p) = given else {
        throw .typeError("'\(given.typeName)' object cannot be interpreted as an integer")
      }
      guard p <= highestProtocol else {
        throw .valueError("pickle protocol must be <= \(highestProtocol)")
      }
      version = p < 0 ? highestProtocol : p
    }
    var writer = PickleWriter(protocol: version, interp)
    try writer.write(value)
    return writer.finish()
  }

  /// The file a pickle goes to or comes from: opened in a binary mode.
  private static func binaryFile(_ v: Value, writing: Bool) throws(PyException) -> PyFile {
    guard let file = v.as(PyFile.self) else {
      throw .typeError(
        writing
          ? "file must have a 'write' attribute" : "file must have 'read' and 'readline' attributes"
      )
    }
    guard file.isBinary else {
      throw .typeError(
        writing
          ? "write() argument must be str, not bytes"
          : "a bytes-like object is required, not 'str'")
    }
    return file
  }
}
