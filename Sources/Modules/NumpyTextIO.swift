import Interpreter
import NumKit

/// `np.loadtxt`, `np.genfromtxt`, `np.savetxt`.
enum NumpyTextIO {
  static func install(in m: PyModule) {
    m.define("loadtxt") { (a, interp) throws(PyException) in try load(a, interp, genfromtxt: false)
    }
    m.define("genfromtxt") { (a, interp) throws(PyException) in
      try load(a, interp, genfromtxt: true)
    }
    m.define("savetxt") { (a, interp) throws(PyException) in try save(a, interp) }
  }

  /// The text of `fname` as numpy accepts it: a path (str or os.PathLike), an open file or any
  /// object with `read()` (`io.StringIO`), or an iterable of lines.
  static func sourceText(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> String {
    let source = try a[0]
    if source.as(PyStr.self) != nil || (try? a.path(0, interp)) != nil {
      let path = try a.path(0, interp)
      guard let text = FileAccess.readText(path) else {
        throw PyException(.fileNotFoundError, "\(path) not found.")
      }
      return text
    }
    if case .object(let o) = source, try o.getAttribute("read", interp) != nil {
      let content = try interp.callMethod(source, "read", Arguments())
      if let bytes = content.as(PyBytes.self) {
        return String(decoding: bytes.bytes, as: UTF8.self)
      }
      return try interp.str(content)
    }
    return try interp.collect(source).map { (line) throws(PyException) -> String in
      let text = try interp.str(line)
      return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }.joined(separator: "\n")
  }

  static func load(_ a: Arguments, _ interp: Interpreter, genfromtxt: Bool) throws(PyException)
    -> Value
  {
    let text = try sourceText(a, interp)
    var options = TextTableOptions()
    options.missingAsNaN = genfromtxt
    // Both take (fname, dtype, comments, delimiter, ...) positionally.
    if let d = NumpyFunctions.argument(a, 3, "delimiter") {
      options.delimiter = try interp.str(d)
    }
    if let d = NumpyFunctions.argument(a, 1, "dtype") {
      options.dtype = try NumpyModule.dtypeArgument(d) ?? .float64
    }
    if let c = a.count > 2 ? try a[2] : a.keyword("comments") {
      options.comments = c.isNone ? nil : try interp.str(c)
    }
    if let s = a.keyword(genfromtxt ? "skip_header" : "skiprows") {
      options.skipRows = try NumpyFunctions.int(s)
    }
    if let u = a.keyword("usecols"), !u.isNone {
      options.usecols = try NumpyFunctions.ints(u, interp)
    }
    if let r = a.keyword("max_rows"), !r.isNone { options.maxRows = try NumpyFunctions.int(r) }
    if let n = a.keyword("ndmin") { options.ndmin = try NumpyFunctions.int(n) }
    return .object(
      PyNDArray(
        try NumpyBridge.check { () throws(NumKitError) in try TextTable.load(text, options) }))
  }

  /// numpy writes `fmt % tuple(row)` for each row, joined by the delimiter.
  static func save(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    // A path, or a file object to write to (`io.StringIO`, an open file).
    let path = (try? a.path(0, interp)) ?? nil
    let array = try NumpyFunctions.array(a[1], interp)
    guard array.ndim == 1 || array.ndim == 2 else {
      throw .valueError("Expected 1D or 2D array, got \(array.ndim)D array instead")
    }
    let fmt =
      try NumpyFunctions.argument(a, 2, "fmt").map { (v) throws(PyException) in try interp.str(v) }
      ?? "%.18e"
    let delimiter =
      try NumpyFunctions.argument(a, 3, "delimiter").map { (v) throws(PyException) in
        try interp.str(v)
      } ?? " "
    let newline =
      try a.keyword("newline").map { (v) throws(PyException) in try interp.str(v) } ?? "\n"
    let header = try a.keyword("header").map { (v) throws(PyException) in try interp.str(v) } ?? ""
    let footer = try a.keyword("footer").map { (v) throws(PyException) in try interp.str(v) } ?? ""
    let comments =
      try a.keyword("comments").map { (v) throws(PyException) in try interp.str(v) } ?? "# "
    let table = array.ndim == 1 ? array.reshapedView([array.size, 1]) : array
    let columns = table.shape[1]
    let rowFormat =
      fmt.filter { $0 == "%" }.count > 1
      ? fmt : Array(repeating: fmt, count: columns).joined(separator: delimiter)
    var out = ""
    if !header.isEmpty {
      out +=
        header.split(separator: "\n", omittingEmptySubsequences: false).map { comments + $0 }
        .joined(separator: newline) + newline
    }
    for r in 0..<table.shape[0] {
      let row: [Value] = (0..<columns).map { c in
        let i = r * columns + c
        return table.dtype.isFloat ? .float(table.double(at: i)) : .int(table.int(at: i))
      }
      out += try interp.str(interp.binary(.modulo, .str(rowFormat), .tuple(row))) + newline
    }
    if !footer.isEmpty {
      out +=
        footer.split(separator: "\n", omittingEmptySubsequences: false).map { comments + $0 }
        .joined(separator: newline) + newline
    }
    if let path {
      guard FileAccess.write(out, to: path) else { throw .fileNotFound(path) }
    } else {
      _ = try interp.callMethod(a[0], "write", Arguments([.str(out)]))
    }
    return .none
  }
}
