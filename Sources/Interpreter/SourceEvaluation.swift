import Syntax

/// `eval`, `exec` and `locals()`: source text compiled at run time and run in the calling
/// code's namespace.
///
/// At module level the text sees and assigns the module's globals. Inside a function it sees
/// a snapshot of the function's local variables (assignments go to that snapshot, as in
/// CPython, where they do not change the function's variables either), then the globals. An
/// explicit `globals`/`locals` dict is searched before the caller's globals.
extension Interpreter {
  enum SourceMode { case eval, exec }

  /// `eval(source[, globals[, locals]])` or `exec(...)`: the expression's value, or None.
  func evaluate(_ source: String, _ mode: SourceMode, namespace: PyDict?) throws(PyException)
    -> Value
  {
    let caller = currentFrame?.takeUnretainedValue()
    let globals = caller?.globals ?? main.globals
    // eval ignores leading spaces and tabs, as Python's does.
    let text = mode == .eval ? String(source.drop { $0 == " " || $0 == "\t" }) : source
    let file = "<string>"
    let parsed: Module
    do throws(SyntaxError) {
      parsed = try Parser.parse(text)
      if mode == .eval {
        guard parsed.body.count == 1, case .expression = parsed.body[0].kind else {
          throw SyntaxError(
            "invalid syntax",
            at: parsed.body.first?.location ?? SourceLocation(line: 1, column: 1))
        }
      }
    } catch {
      throw PyException.syntax(error, file: file, source: text, firstLine: 1)
    }
    let locals = namespace ?? caller.flatMap { isModuleFrame($0) ? nil : localVariables(of: $0) }
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
    let compiler = Compiler(interp: self, file: file, scope: scope, moduleName: moduleName)
    let run: ExpressionCode
    do throws(SyntaxError) {
      if mode == .eval, case .expression(let e) = parsed.body[0].kind {
        run = try compiler.compile(e)
      } else {
        let body = try compiler.compileModule(parsed, displayLast: false)
        run = { (f: Frame) throws(PyException) -> Value in
          _ = try body(f)
          return .none
        }
      }
    } catch {
      throw PyException.syntax(error, file: file, source: text, firstLine: 1)
    }
    let frame = Frame(globals: globals, name: "<module>", file: file)
    frame.namespace = locals
    frame.line = 1
    return try runModuleFrame(frame, run)
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
