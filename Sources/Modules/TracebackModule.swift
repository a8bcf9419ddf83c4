import Interpreter

/// `traceback`: an exception's traceback as CPython 3.11 prints it (`format_exc`,
/// `print_exc`, `format_exception`, `print_exception`, `format_exception_only`), rendered
/// by the same code as uncaught errors, with the program's source lines.
enum TracebackModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "traceback")
    m.define("format_exc") { (_, interp) throws(PyException) in
      .str(text(interp.handling.last, interp))
    }
    m.define("print_exc") { (a, interp) throws(PyException) in
      try write(text(interp.handling.last, interp), to: a.keyword("file"), interp)
      return .none
    }
    m.define("format_exception") { (a, interp) throws(PyException) in
      .list(lines(text(try exception(a, interp), interp)))
    }
    m.define("print_exception") { (a, interp) throws(PyException) in
      try write(text(try exception(a, interp), interp), to: a.keyword("file"), interp)
      return .none
    }
    m.define("format_exception_only") { (a, interp) throws(PyException) in
      guard let e = try exception(a, interp) else { return .list([.str("NoneType: None\n")]) }
      // A SyntaxError brings its place: the file and line, the source line and the carets.
      if let syntax = TracebackRenderer(sourceLines: interp.sourceLine).syntaxErrorText(
        e, interp, byTracebackModule: true)
      {
        return .list(lines(syntax))
      }
      return .list([.str(PyException.finalLine(e, interp) + "\n")])
    }
    return m
  }

  /// `sys.exc_info()`: the exception being handled as (type, value, traceback), the traceback
  /// being None here; (None, None, None) outside an `except` block.
  static func excInfo(_ interp: Interpreter) -> Value {
    guard let e = interp.handling.last else { return .tuple([.none, .none, .none]) }
    let traceback = (try? e.getAttribute("__traceback__", interp)) ?? Value.none
    return .tuple([.object(e.instanceClass), .object(e), traceback])
  }

  /// The exception argument: an exception, or (type, value, tb) as separate arguments.
  private static func exception(_ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> PyException?
  {
    let first = a.count > 1 ? try a[1] : try a[0]
    if first.isNone { return nil }
    guard let e = first.as(PyException.self) else {
      throw .typeError("Exception expected for value, \(first.typeName) found")
    }
    return e
  }

  private static func text(_ e: PyException?, _ interp: Interpreter) -> String {
    guard let e else { return "NoneType: None\n" }
    let renderer = TracebackRenderer(sourceLines: interp.sourceLine)
    return renderer.render(e, interp, handled: true, suggest: false)
  }

  private static func lines(_ text: String) -> [Value] {
    var out: [Value] = []
    var current = ""
    for c in text {
      current.append(c)
      if c == "\n" {
        out.append(.str(current))
        current = ""
      }
    }
    if !current.isEmpty { out.append(.str(current)) }
    return out
  }

  private static func write(_ text: String, to file: Value?, _ interp: Interpreter)
    throws(PyException)
  {
    if let file, !file.isNone {
      _ = try interp.callMethod(file, "write", Arguments([.str(text)]))
    } else {
      interp.writeErr(text)
    }
  }
}
