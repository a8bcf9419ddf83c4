#if canImport(Glibc)
  import Glibc
#endif

/// A file from `open()`: read, readline, readlines, write, iteration over lines, `with`. In a
/// binary mode (`'rb'`, `'wb'`, ...) reads give and writes take `bytes`.
public final class PyFile: PyObject {
  private var handle: UnsafeMutablePointer<FILE>?
  public let name: String
  public let mode: String
  /// Universal newlines (`newline=None`, the default in text mode): reading turns "\r\n"
  /// and a lone "\r" into "\n". `newline=''` keeps line ends as they are (what `csv` wants).
  let translatesNewlines: Bool

  /// The classes of open files, as `io` names them: text files are `_io.TextIOWrapper`,
  /// binary ones `_io.BufferedReader`, `BufferedWriter` or (`+` modes) `BufferedRandom`.
  public static let fileClass = ioClass("TextIOWrapper")
  static let readerClass = ioClass("BufferedReader")
  static let writerClass = ioClass("BufferedWriter")
  static let randomClass = ioClass("BufferedRandom")

  private static func ioClass(_ name: String) -> PyClass {
    let c = PyClass(name, bases: [.object])
    c.moduleName = "_io"
    c.namesModuleInMessages = true
    return c
  }

  /// Whether the handle is this object's to close (not the process's standard input).
  private let ownsHandle: Bool
  /// The `encoding` given to `open` (`'UTF-8'` when none was); the text itself is UTF-8.
  var encodingName = "UTF-8"
  /// `utf-8-sig`: the byte order mark still to be written before the first text.
  var signaturePending = false

  init(
    handle: UnsafeMutablePointer<FILE>, name: String, mode: String,
    translatesNewlines: Bool = false,
    ownsHandle: Bool = true
  ) {
    self.handle = handle
    self.name = name
    self.mode = mode
    self.translatesNewlines = translatesNewlines
    self.ownsHandle = ownsHandle
  }

  /// `sys.stdin`: the process's standard input as a text file (read, readline, readlines,
  /// iteration), shared with `input()`.
  public static func standardInput() -> PyFile {
    PyFile(handle: stdin, name: "<stdin>", mode: "r", translatesNewlines: true, ownsHandle: false)
  }

  deinit { if let handle, ownsHandle { fclose(handle) } }

  override public var pyClass: PyClass {
    guard isBinary else { return PyFile.fileClass }
    if mode.contains("+") { return PyFile.randomClass }
    return mode.contains("r") ? PyFile.readerClass : PyFile.writerClass
  }

  /// `open(path, mode='r', encoding=None)`: modes r, w, a, x, their `+` forms, text or binary.
  static func open(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let path = try a.path(0, interp)
    let mode =
      a.count > 1
      ? try a.string(1, "open() argument 'mode'")
      : (a.keyword("mode").flatMap { $0.as(PyStr.self)?.value } ?? "r")
    guard !(mode.contains("b") && mode.contains("t")) else {
      throw .valueError("can't have text and binary mode at once")
    }
    let base = mode.replacingAll("t", with: "").replacingAll("b", with: "")
    guard ["r", "w", "a", "x", "r+", "w+", "a+", "x+"].contains(base) else {
      throw .valueError("invalid mode: '\(mode)'")
    }
    // glibc's "x" flag creates exclusively (O_EXCL): EEXIST when the file is there.
    let cMode = base.hasPrefix("x") ? "w" + base.dropFirst() + "x" : base
    guard let handle = fopen(path, cMode) else {
      throw .os(errno: errno, filename: path)
    }
    // A directory opens for reading in C; Python refuses it, as it does for writing.
    var info = stat()
    if fstat(fileno(handle), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
      fclose(handle)
      throw .os(errno: EISDIR, filename: path)
    }
    let newline = a.count > 5 ? a.positional[5] : (a.keyword("newline") ?? .none)
    let translates = !mode.contains("b") && newline.isNone
    let file = PyFile(handle: handle, name: path, mode: mode, translatesNewlines: translates)
    let encoding = a.count > 3 ? a.positional[3] : a.keyword("encoding")
    if !mode.contains("b"), let name = encoding?.as(PyStr.self)?.value {
      file.encodingName = name
      if (try? TextCodec.kind(name)) == .utf8Signature { file.startSignature(base) }
    }
    return .object(file)
  }

  /// `utf-8-sig`: reading skips the byte order mark at the start; writing puts one before
  /// the first text of an empty file.
  private func startSignature(_ base: String) {
    guard let handle else { return }
    if base.hasPrefix("r") {
      var head = [UInt8](repeating: 0, count: 3)
      let n = fread(&head, 1, 3, handle)
      if n < 3 || head != [0xEF, 0xBB, 0xBF] { fseek(handle, 0, SEEK_SET) }
      signaturePending = base == "r+" && n == 0
    } else {
      fseek(handle, 0, SEEK_END)
      signaturePending = ftell(handle) == 0
    }
  }

  private func open() throws(PyException) -> UnsafeMutablePointer<FILE> {
    guard let handle else { throw .valueError("I/O operation on closed file.") }
    return handle
  }

  public var isBinary: Bool { mode.contains("b") }

  /// The rest of the file.
  func read() throws(PyException) -> String {
    let bytes = FileAccess.readAll(try open())
    guard translatesNewlines, bytes.contains(13) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == 13 {
        out.append(10)
        if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
      } else {
        out.append(bytes[i])
      }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The rest of the file as bytes (binary modes).
  public func readBytes() throws(PyException) -> [UInt8] {
    FileAccess.readAll(try open())
  }

  /// Writes bytes (binary modes).
  public func write(bytes: [UInt8]) throws(PyException) {
    let f = try open()
    guard !mode.hasPrefix("r") || mode.contains("+") else {
      throw PyException(.unsupportedOperation, "write")
    }
    guard fwrite(bytes, 1, bytes.count, f) == bytes.count else {
      throw .os(errno: errno == 0 ? ENOSPC : errno)
    }
  }

  /// Whether the mode reads: 'r' or any '+' mode (else CPython's "not readable").
  private func checkReadable() throws(PyException) {
    guard mode.hasPrefix("r") || mode.contains("+") else {
      throw PyException(.unsupportedOperation, "not readable")
    }
  }

  /// `read(size)` in text mode: up to `size` characters (code points), newlines translated.
  func read(characters count: Int) throws(PyException) -> String {
    let f = try open()
    var bytes: [UInt8] = []
    var characters = 0
    while characters < count, let b = nextByte(f) {
      bytes.append(b)
      // The rest of a multi-byte character.
      let rest = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0
      for _ in 0..<rest {
        let d = fgetc(f)
        if d == EOF { break }
        bytes.append(UInt8(d))
      }
      characters += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `read(size)` in a binary mode: up to `size` bytes.
  func readBytes(count: Int) throws(PyException) -> [UInt8] {
    let f = try open()
    var bytes = [UInt8](repeating: 0, count: count)
    let n = fread(&bytes, 1, count, f)
    bytes.removeLast(count - n)
    return bytes
  }

  /// `seek(offset, whence)`: the new position. A text file seeks only to a position `tell`
  /// gave (whence 0) or by 0 from the current place or the end, as in CPython.
  public func seek(_ offset: Int, whence: Int) throws(PyException) -> Int {
    let f = try open()
    guard (0...2).contains(whence) else {
      throw .valueError(
        "invalid whence (\(whence), should be \(SEEK_SET), \(SEEK_CUR) or \(SEEK_END))")
    }
    if !isBinary && whence != 0 && offset != 0 {
      throw PyException(
        .unsupportedOperation,
        whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks")
    }
    if whence == 0 && offset < 0 { throw .valueError("negative seek position \(offset)") }
    guard fseek(f, offset, Int32(whence)) == 0 else { throw .os(errno: errno) }
    return ftell(f)
  }

  /// The next byte, nil at the end; with universal newlines "\r\n" and a lone "\r" read as
  /// "\n".
  private func nextByte(_ f: UnsafeMutablePointer<FILE>) -> UInt8? {
    let c = fgetc(f)
    if c == EOF { return nil }
    if c == 13 && translatesNewlines {
      let next = fgetc(f)
      if next != 10 && next != EOF { ungetc(next, f) }
      return 10
    }
    return UInt8(c)
  }

  /// One line with its newline; "" at the end of the file.
  func readLine() throws(PyException) -> String {
    let f = try open()
    var bytes: [UInt8] = []
    while let b = nextByte(f) {
      bytes.append(b)
      if b == 10 { break }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `read`'s size argument: nil (read everything) when absent, None or negative.
  private static func readSize(_ a: Arguments) throws(PyException) -> Int? {
    guard let size = a.parameter(0, "size"), !size.isNone else { return nil }
    let n = try Arguments.index(size)
    return n >= 0 ? n : nil
  }

  func write(_ text: String) throws(PyException) -> Int {
    let f = try open()
    guard !mode.hasPrefix("r") || mode.contains("+") else {
      throw PyException(.unsupportedOperation, "not writable")
    }
    if signaturePending {
      fputs("\u{FEFF}", f)
      signaturePending = false
    }
    fputs(text, f)
    return text.unicodeScalars.count
  }

  func close() {
    if let handle, ownsHandle { fclose(handle) }
    handle = nil
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if isBinary {
      let kind =
        mode.contains("+")
        ? "BufferedRandom" : mode.hasPrefix("r") ? "BufferedReader" : "BufferedWriter"
      return "<_io.\(kind) name='\(name)'>"
    }
    return "<_io.TextIOWrapper name='\(name)' mode='\(mode)' encoding='\(encodingName)'>"
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    PyGeneratorIterator { [self] (_) throws(PyException) in
      let line = try self.readLine()
      return line.isEmpty ? nil : .str(line)
    }
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    let method: PyBuiltinFunction.Body
    switch name {
    case "name": return .str(self.name)
    case "mode": return .str(mode)
    case "closed": return .bool(handle == nil)
    case "encoding" where !isBinary: return .str(encodingName)
    case "readable", "writable", "seekable":
      let answer =
        name == "seekable" || mode.contains("+")
        || (name == "readable") == mode.hasPrefix("r")
      method = { [self] (_, _) throws(PyException) in
        // (CPython words this one without the period.)
        guard self.handle != nil else { throw .valueError("I/O operation on closed file") }
        return .bool(answer)
      }
    case "tell":
      method = { [self] (_, _) throws(PyException) in .int(ftell(try self.open())) }
    case "seek":
      method = { [self] (a, _) throws(PyException) in
        try a.expect("seek", min: 1, max: 2)
        let whence = a.count > 1 ? try a.int(1) : 0
        return .int(try self.seek(try a.int(0), whence: whence))
      }
    case "read" where isBinary:
      method = { [self] (a, _) throws(PyException) in
        try self.checkReadable()
        if let size = try PyFile.readSize(a) {
          return .object(PyBytes(try self.readBytes(count: size)))
        }
        return .object(PyBytes(try self.readBytes()))
      }
    case "readinto" where isBinary:
      method = { [self] (a, _) throws(PyException) in
        try a.expect("readinto", min: 1, max: 1)
        guard let buffer = try a[0].as(PyByteArray.self) else {
          throw .typeError(
            "readinto() argument must be read-write bytes-like object, not \(try a[0].typeName)")
        }
        try self.checkReadable()
        let got = try self.readBytes(count: buffer.bytes.count)
        buffer.bytes.replaceSubrange(0..<got.count, with: got)
        return .int(got.count)
      }
    case "write" where isBinary:
      method = { [self] (a, _) throws(PyException) in
        guard let data = try a[0].as(PyBytes.self) else {
          throw .typeError("a bytes-like object is required, not '\(try a[0].typeName)'")
        }
        try self.write(bytes: data.bytes)
        return .int(data.bytes.count)
      }
    case "read":
      method = { [self] (a, _) throws(PyException) in
        try self.checkReadable()
        if let size = try PyFile.readSize(a) { return .str(try self.read(characters: size)) }
        return .str(try self.read())
      }
    case "readline":
      method = { [self] (_, _) throws(PyException) in
        try self.checkReadable()
        return .str(try self.readLine())
      }
    case "readlines":
      method = { [self] (_, _) throws(PyException) in
        var lines: [Value] = []
        while true {
          let line = try self.readLine()
          if line.isEmpty { break }
          lines.append(.str(line))
        }
        return .list(lines)
      }
    case "write":
      method = { [self] (a, _) throws(PyException) in
        .int(try self.write(try a.string(0, "write() argument")))
      }
    case "writelines":
      method = { [self] (a, interp) throws(PyException) in
        for line in try interp.collect(a[0]) { _ = try self.write(try interp.str(line)) }
        return .none
      }
    case "close", "__exit__":
      method = { [self] (_, _) throws(PyException) in
        self.close()
        return .none
      }
    case "__enter__": method = { [self] (_, _) throws(PyException) in .object(self) }
    case "flush":
      method = { [self] (_, _) throws(PyException) in
        fflush(try self.open())
        return .none
      }
    default: return nil
    }
    return .object(PyBuiltinFunction(name, method))
  }
}
