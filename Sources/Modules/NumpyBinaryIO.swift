import Interpreter
import NumKit

/// `np.save`, `np.load`, `np.savez`, `np.savez_compressed`: files real numpy reads and writes.
enum NumpyBinaryIO {
  static func install(in m: PyModule) {
    m.define("save") { (a, interp) throws(PyException) in
      var path = try interp.str(a[0])
      if !path.hasSuffix(".npy") { path += ".npy" }
      let array = try NumpyFunctions.array(a[1], interp)
      guard FileAccess.write(NPYFormat.encode(array), to: path) else { throw .fileNotFound(path) }
      return .none
    }
    m.define("savez") { (a, interp) throws(PyException) in try savez(a, interp, compress: false) }
    m.define("savez_compressed") { (a, interp) throws(PyException) in
      try savez(a, interp, compress: true)
    }
    m.define("frombuffer") { (a, interp) throws(PyException) in try frombuffer(a, interp) }
    m.define("fromfile") { (a, interp) throws(PyException) in try fromfile(a, interp) }
    m.define("load") { (a, interp) throws(PyException) in
      let path = try interp.str(a[0])
      guard let bytes = FileAccess.readBytes(path) else { throw .fileNotFound(path) }
      if bytes.starts(with: [0x50, 0x4b, 0x03, 0x04])
        || bytes.starts(with: [0x50, 0x4b, 0x05, 0x06])
      {
        let members = try NumpyBridge.check { () throws(NumKitError) in try ZipArchive.read(bytes) }
        return .object(PyNpzFile(path: path, members: members))
      }
      return .object(
        PyNDArray(try NumpyBridge.check { () throws(NumKitError) in try NPYFormat.decode(bytes) }))
    }
  }

  /// `np.frombuffer(buffer, dtype=float, count=-1, offset=0)`: the buffer's bytes as a 1-D
  /// array (a copy: NumBook's bytes are immutable anyway).
  static func frombuffer(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    guard let buffer = try a[0].as(PyBytes.self) else {
      throw .typeError("a bytes-like object is required, not '\(try a[0].typeName)'")
    }
    let (dtype, bigEndian) = try storedDType(a.count > 1 ? try a[1] : a.keyword("dtype"))
    return try decode(
      buffer.bytes, dtype, bigEndian: bigEndian, count: try intArgument(a, 2, "count") ?? -1,
      offset: try intArgument(a, 3, "offset") ?? 0, fromFile: false)
  }

  /// `np.fromfile(file, dtype=float, count=-1, sep='', offset=0)`: a binary file's bytes (a
  /// path, or a file opened for reading bytes, from where it stands) as a 1-D array. Text
  /// files (`sep` not empty) are `NotImplementedError`: `np.loadtxt` reads them.
  static func fromfile(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    if let sep = a.count > 3 ? try a[3] : a.keyword("sep"), try interp.str(sep) != "" {
      throw .notImplemented("np.fromfile with sep= (text) is not supported; use np.loadtxt")
    }
    let (dtype, bigEndian) = try storedDType(a.count > 1 ? try a[1] : a.keyword("dtype"))
    let count = try intArgument(a, 2, "count") ?? -1
    let offset = try intArgument(a, 4, "offset") ?? 0
    // (numpy sizes the result before it reads: a count too large is its MemoryError.)
    if count >= 0 { try NumpyBridge.budget([count], dtype) }
    let bytes: [UInt8]
    if let path = try a[0].as(PyStr.self)?.value {
      guard let read = FileAccess.readBytes(path) else { throw .fileNotFound(path) }
      bytes = read
    } else {
      // An open file: as many bytes as asked for (the file then stands after them).
      let (wanted, over) = count.multipliedReportingOverflow(by: dtype.itemSize)
      let size =
        count >= 0 && offset >= 0 && !over && wanted <= Int.max - offset
        ? [Value.int(offset + wanted)] : []
      let read = try interp.callMethod(try a[0], "read", Arguments(size))
      guard let data = read.as(PyBytes.self) else {
        throw .typeError("a bytes-like object is required, not '\(read.typeName)'")
      }
      bytes = data.bytes
    }
    return try decode(
      bytes, dtype, bigEndian: bigEndian, count: count, offset: offset, fromFile: true)
  }

  /// A dtype for bytes as stored: numpy's byte-order prefixes `<`, `=`, `|` (this machine's
  /// order) and `>` (big-endian, as file formats such as MNIST's store their ints) are read
  /// into NumBook's native arrays (`'>i4'` data becomes an int32 array).
  private static func storedDType(_ v: Value?) throws(PyException) -> (DType, bigEndian: Bool) {
    if let text = v?.as(PyStr.self)?.value, let order = text.first, "<>=|".contains(order) {
      let dtype = try NumpyModule.dtypeArgument(.str(String(text.dropFirst()))) ?? .float64
      return (dtype, order == ">")
    }
    return (try NumpyModule.dtypeArgument(v) ?? .float64, false)
  }

  private static func decode(
    _ bytes: [UInt8], _ dtype: DType, bigEndian: Bool, count: Int, offset: Int, fromFile: Bool
  ) throws(PyException) -> Value {
    guard offset >= 0 && offset <= bytes.count else {
      throw .valueError(
        "offset must be non-negative and no greater than buffer length (\(bytes.count))")
    }
    let available = bytes.count - offset
    // (A file's partial last element is left out, as numpy's fromfile leaves it.)
    guard count >= 0 || fromFile || available % dtype.itemSize == 0 else {
      throw .valueError("buffer size must be a multiple of element size")
    }
    if count.multipliedReportingOverflow(by: dtype.itemSize).overflow {
      try NumpyBridge.budget([count], dtype)
    }
    var n = count >= 0 ? count : available / dtype.itemSize
    if n > available / dtype.itemSize {
      guard fromFile else { throw .valueError("buffer is smaller than requested size") }
      n = available / dtype.itemSize
    }
    return .object(
      PyNDArray(
        try NumpyBridge.check { () throws(NumKitError) in
          try NPYFormat.array(
            raw: bytes[offset..<(offset + n * dtype.itemSize)], dtype: dtype,
            bigEndian: bigEndian, shape: [n], fortran: false)
        }))
  }

  /// An int argument given at `position` or by `name`, if given.
  static func intArgument(_ a: Arguments, _ position: Int, _ name: String) throws(PyException)
    -> Int?
  {
    guard let v = a.count > position ? try a[position] : a.keyword(name) else { return nil }
    guard case .int(let n) = v else {
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return n
  }

  /// Keyword arrays keep their names and come first; positional ones follow as `arr_0`, ...
  /// (numpy's order in the archive).
  static func savez(_ a: Arguments, _ interp: Interpreter, compress: Bool) throws(PyException)
    -> Value
  {
    var path = try interp.str(a[0])
    if !path.hasSuffix(".npz") { path += ".npz" }
    var named: [(String, Value)] = a.keywords.map { ($0.name, $0.value) }
    for (i, v) in a.positional.dropFirst().enumerated() {
      let name = "arr_\(i)"
      guard !named.contains(where: { $0.0 == name }) else {
        throw .valueError("Cannot use un-named variables and keyword \(name)")
      }
      named.append((name, v))
    }
    var members: [ZipArchive.Member] = []
    for (name, v) in named {
      members.append(
        .init(name: name + ".npy", data: NPYFormat.encode(try NumpyFunctions.array(v, interp))))
    }
    guard FileAccess.write(ZipArchive.write(members, compress: compress), to: path) else {
      throw .fileNotFound(path)
    }
    return .none
  }
}

/// What `np.load` returns for a `.npz`: arrays by name (`data['w']`), `files`, `keys()`.
final class PyNpzFile: PyObject {
  let path: String
  let members: [ZipArchive.Member]

  static let npzClass: PyClass = {
    let c = PyClass("NpzFile", bases: [.object])
    c.moduleName = "numpy.lib.npyio"
    return c
  }()

  init(path: String, members: [ZipArchive.Member]) {
    self.path = path
    self.members = members
  }

  override var pyClass: PyClass { PyNpzFile.npzClass }

  var files: [String] {
    members.map { $0.name.hasSuffix(".npy") ? String($0.name.dropLast(4)) : $0.name }
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "NpzFile '\(path)' with keys: \(files.joined(separator: ", "))"
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int { members.count }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let names = files
    return PyClosureIterator(count: names.count) { .str(names[$0]) }
  }

  override func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    files.contains(try interp.str(value))
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    let name = try interp.str(key)
    guard let i = files.firstIndex(of: name) else {
      throw PyException(.keyError, args: [.str("\(name) is not a file in the archive")])
    }
    return .object(
      PyNDArray(
        try NumpyBridge.check { () throws(NumKitError) in try NPYFormat.decode(members[i].data) }))
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "files": return .list(files.map { .str($0) })
    case "keys":
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in
          .list(self.files.map { .str($0) })
        })
    case "__enter__":
      return .object(PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in .object(self) })
    case "__exit__", "close":
      return .object(PyBuiltinFunction(name) { (_, _) throws(PyException) in .none })
    default: return nil
    }
  }
}
