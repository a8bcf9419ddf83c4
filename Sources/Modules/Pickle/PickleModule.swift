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
      let target = try a.count > 1 ? a[1] : a.keyword("file") ?? .none
      if target.as(PyFile.self) == nil, case .object(let o) = target,
        try o.getAttribute("write", interp) != nil
      {
        // Any object with `write` (io.BytesIO, a gzip file).
        _ = try interp.callMethod(target, "write", Arguments([.object(PyBytes(bytes))]))
        return .none
      }
      try binaryFile(target, writing: true).write(bytes: bytes)
      return .none
    }
    m.define("loads") { (a, interp) throws(PyException) in
      guard let data = try a[0].as(PyBytes.self) else {
        throw .typeError("a bytes-like object is required, not '\(try a[0].typeName)'")
      }
      var reader = PickleReader(data.bytes, interp)
      return try reader.read()
    }
    // A file may hold several pickles one after another: each load leaves it after its own.
    m.define("load") { (a, interp) throws(PyException) in
      let (bytes, stepBack) = try contents(of: try a[0], interp)
      var reader = PickleReader(bytes, interp)
      let value = try reader.read()
      if reader.position < bytes.count { try stepBack(bytes.count - reader.position) }
      return value
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

  /// The rest of the file `source` (a binary file, or any object with `read`: io.BytesIO, a
  /// gzip file), and how to move its position back by the bytes a load leaves unread.
  private static func contents(of source: Value, _ interp: Interpreter) throws(PyException) -> (
    [UInt8], (Int) throws(PyException) -> Void
  ) {
    if source.as(PyFile.self) == nil, case .object(let o) = source,
      try o.getAttribute("read", interp) != nil
    {
      let data = try interp.callMethod(source, "read", Arguments([]))
      guard let bytes = data.as(PyBytes.self)?.bytes else {
        throw .typeError("a bytes-like object is required, not '\(data.typeName)'")
      }
      return (
        bytes,
        { (unread) throws(PyException) in
          guard try o.getAttribute("seek", interp) != nil else { return }
          _ = try interp.callMethod(source, "seek", Arguments([.int(-unread), .int(1)]))
        }
      )
    }
    let file = try binaryFile(source, writing: false)
    return (
      try file.readBytes(),
      { (unread) throws(PyException) in _ = try file.seek(-unread, whence: 1) }
    )
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
