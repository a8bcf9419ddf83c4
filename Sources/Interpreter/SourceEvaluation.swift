import Syntax

/// `eval`, `exec` and `locals()`: source text compiled at run time and run in the calling
/// code's namespace.
///
/// At module level the text sees and assigns the module's globals. Inside a function it sees
/// a snapshot of the function's local variables (assignments go to that snapshot, as in
/// CPython, where they do not change the function's variables either), then the globals. An
/// explicit `globals` dict (merged with `locals` when both are given) is the code's globals.
extension Interpreter {
  enum SourceMode { case eval, exec }

  /// `eval(source[, globals[, locals]])` or `exec(...)`: the expression's value, or None.
  func evaluate(_ source: String, _ mode: SourceMode, namespace: PyDict?) throws(PyException)
    -> Value
  {
    if let namespace { return try evaluate(source, mode, globalsDict: namespace) }
    let caller = currentFrame?.takeUnretainedValue()
    let globals = caller?.globals ?? main.globals
    let (text, parsed) = try parseSource(source, mode)
    let locals = caller.flatMap { isModuleFrame($0) ? nil : localVariables(of: $0) }
    let scope: Scope
    if let locals {
      scope = Scope(kind: .classBody, parent: nil, globals: globals, qualifiedPrefix: "")
      var names = Set(Symbols.ofFunction(parameters: [], body: parsed.body).assigned)
      for key in locals.keys { if let name = key.as(PyStr.self)?.value { names.insert(name) } }
      scope.classLocals = names
    } else {
      scope = Scope(kind: .module, parent: nil, globals: globals, qualifiedPrefix: "")
    }
    let moduleName = globals.value(of: "__name__")?.as(PyStr.self)?.value ?? "__main__"
    let run = try compileSource(text, parsed, mode, scope, moduleName)
    let frame = Frame(globals: globals, name: "<module>", file: "<string>")
    frame.namespace = locals
    frame.line = 1
    return try runModuleFrame(frame, run)
  }

  /// `exec(source, d)` / `eval(source, d)`: `d` is the code's globals, as in Python (the
  /// caller's are not visible; functions defined there see `d`'s names). The code runs in a
  /// module made from `d`, whose names are copied back into `d` afterwards, even on errors.
  private func evaluate(_ source: String, _ mode: SourceMode, globalsDict: PyDict)
    throws(PyException) -> Value
  {
    let module = PyModule(name: "__main__")
    for (key, value) in zip(globalsDict.keys, globalsDict.values) {
      if let name = key.as(PyStr.self)?.value { module.define(name, value) }
    }
    defer {
      for name in module.globals.definedNames {
        if let value = module.globals.value(of: name) { globalsDict.set(name, value) }
      }
    }
    let (text, parsed) = try parseSource(source, mode)
    let scope = Scope(kind: .module, parent: nil, globals: module.globals, qualifiedPrefix: "")
    let run = try compileSource(text, parsed, mode, scope, "__main__")
    let frame = Frame(globals: module.globals, name: "<module>", file: "<string>")
    frame.line = 1
    return try runModuleFrame(frame, run)
  }

  /// The source's text (eval ignores leading spaces and tabs, as Python's does) and syntax
  /// tree; eval accepts one expression only.
  private func parseSource(_ source: String, _ mode: SourceMode) throws(PyException) -> (
    String, Module
  ) {
    let text = mode == .eval ? String(source.drop { $0 == " " || $0 == "\t" }) : source
    do throws(SyntaxError) {
      let parsed = try Parser.parse(text)
      if mode == .eval {
        guard parsed.body.count == 1, case .expression = parsed.body[0].kind else {
          throw SyntaxError(
            "invalid syntax",
            at: parsed.body.first?.location ?? SourceLocation(line: 1, column: 1))
        }
      }
      return (text, parsed)
    } catch {
      throw PyException.syntax(error, file: "<string>", source: text, firstLine: 1)
    }
  }

  /// Code for the parsed source: the expression's value for eval, None after exec.
  private func compileSource(
    _ text: String, _ parsed: Module, _ mode: SourceMode, _ scope: Scope, _ moduleName: String
  ) throws(PyException) -> ExpressionCode {
    let compiler = Compiler(interp: self, file: "<string>", scope: scope, moduleName: moduleName)
    do throws(SyntaxError) {
      if mode == .eval, case .expression(let e) = parsed.body[0].kind {
        return try compiler.compile(e)
      }
      let body = try compiler.compileModule(parsed, displayLast: false)
      return { (f: Frame) throws(PyException) -> Value in
        _ = try body(f)
        return .none
      }
    } catch {
      throw PyException.syntax(error, file: "<string>", source: text, firstLine: 1)
    }
  }

  /// The local variables of the running function (nil at module level or in a class body):
  /// what IPython's magics are given as `local_ns` when a cell calls them inside a function.
  public var functionLocals: PyDict? {
    guard let frame = currentFrame?.takeUnretainedValue(), frame.function != nil else {
      return nil
    }
    return localVariables(of: frame)
  }

  /// A module's own frame (its names are the globals).
  private func isModuleFrame(_ frame: Frame) -> Bool {
    frame.function == nil && frame.namespace == nil
  }

  /// `locals()`: a function's bound local variables as a new dict; a class body's namespace;
  /// at module level the globals.
  func localVariables(of frame: Frame) -> PyDict {
    if let namespace = frame.namespace { return namespace }
    let d = PyDict()
    guard let code = frame.function?.code else {
      for name in frame.globals.definedNames {
        if let v = frame.globals.value(of: name) { d.set(name, v) }
      }
      return d
    }
    for (slot, name) in code.localNames.enumerated() where slot < frame.slotCount {
      if let v = frame.slots[slot] { d.set(name, v) }
    }
    for (name, cell) in code.localCells where cell < frame.cells.count {
      if let v = frame.cells[cell].value { d.set(name, v) }
    }
    return d
  }
}
