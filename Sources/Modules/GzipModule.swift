import Interpreter
import NumKit

/// `gzip`: `open` (modes `rb`, `wb`, `rt`, `wt`, `ab`), `compress`, `decompress`, in the gzip
/// format Python reads and writes (the MNIST files are gzip).
enum GzipModule {
  static func make() -> PyModule {
    let m = PyModule(name: "gzip")
    m.define("open") { (a, interp) throws(PyException) in
      let path = try interp.str(a[0])
      let mode =
        a.count > 1
        ? try a.string(1, "mode") : (a.keyword("mode").flatMap { $0.as(PyStr.self)?.value } ?? "rb")
      return .object(try GzipFile(path: path, mode: mode))
    }
    m.define("compress") { (a, _) throws(PyException) in
      .object(PyBytes(GzipFormat.compress(try bytes(try a[0]))))
    }
    m.define("decompress") { (a, _) throws(PyException) in
      .object(PyBytes(try decompress(try bytes(try a[0]))))
    }
    return m
  }

  static func bytes(_ v: Value) throws(PyException) -> [UInt8] {
    guard let b = v.as(PyBytes.self) else {
      throw .typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
    return b.bytes
  }

  static func decompress(_ data: [UInt8]) throws(PyException) -> [UInt8] {
    do {
      return try GzipFormat.decompress(data)
    } catch {
      throw PyException(
        error.message.hasPrefix("Compressed") ? .eofError : GzipModule.badGzipFile, error.message)
    }
  }

  static let badGzipFile: PyClass = {
    let c = PyClass("BadGzipFile", bases: [.osError])
    c.moduleName = "gzip"
    return c
  }()
}

/// What `gzip.open` returns: the whole file decompressed on opening (reads), or collected
/// and compressed on closing (writes).
final class GzipFile: PyObject {
  let path: String
  let mode: String
  private var content: [UInt8] = []
  private var position = 0
  private var closed = false

  init(path: String, mode: String) throws(PyException) {
    self.path = path
    self.mode = mode
    super.init()
    guard ["r", "rb", "rt", "w", "wb", "wt", "a", "ab", "at", "x", "xb"].contains(mode) else {
      throw .valueError("Invalid mode: '\(mode)'")
    }
    if mode.hasPrefix("r") {
      guard let raw = FileAccess.readBytes(path) else { throw .fileNotFound(path) }
      content = try GzipModule.decompress(raw)
    }
  }

  private var isText: Bool { mode.contains("t") }

  private func checkOpen() throws(PyException) {
    if closed { throw .valueError("I/O operation on closed file.") }
  }

  private func close() throws(PyException) {
    guard !closed else { return }
    closed = true
    guard !mode.hasPrefix("r") else { return }
    var data = GzipFormat.compress(content)
    if mode.hasPrefix("a"), let existing = FileAccess.readBytes(path) { data = existing + data }
    guard FileAccess.write(data, to: path) else { throw .fileNotFound(path) }
  }

  deinit { try? close() }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<gzip _io.BufferedReader name='\(path)' \(Interpreter.address(of: self))>"
  }

  private func chunk(_ bytes: ArraySlice<UInt8>) -> Value {
    isText ? .str(String(decoding: bytes, as: UTF8.self)) : .object(PyBytes(Array(bytes)))
  }

  private func readLine() -> ArraySlice<UInt8> {
    let start = position
    while position < content.count {
      position += 1
      if content[position - 1] == 0x0a { break }
    }
    return content[start..<position]
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    PyGeneratorIterator { [self] (_) throws(PyException) in
      let line = readLine()
      return line.isEmpty ? nil : chunk(line)
    }
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    let method: PyBuiltinFunction.Body
    switch name {
    case "name": return .str(path)
    case "mode": return .str(mode.hasPrefix("r") ? "rb" : "wb")
    case "closed": return .bool(closed)
    case "read":
      method = { [self] (a, _) throws(PyException) in
        try checkOpen()
        let size = a.count > 0 ? try a.int(0) : -1
        let end = size < 0 ? content.count : min(content.count, position + size)
        defer { position = end }
        return chunk(content[position..<end])
      }
    case "readline":
      method = { [self] (_, _) throws(PyException) in
        try checkOpen()
        return chunk(readLine())
      }
    case "write":
      method = { [self] (a, _) throws(PyException) in
        try checkOpen()
        let v = try a[0]
        if isText {
          let text = try interp.str(v)
          content += Array(text.utf8)
          return .int(text.unicodeScalars.count)
        }
        let data = try GzipModule.bytes(v)
        content += data
        return .int(data.count)
      }
    case "close", "__exit__":
      method = { [self] (_, _) throws(PyException) in
        try close()
        return .none
      }
    case "__enter__": method = { [self] (_, _) throws(PyException) in .object(self) }
    default: return try super.getAttribute(name, interp)
    }
    return .object(PyBuiltinFunction(name, method))
  }
}
