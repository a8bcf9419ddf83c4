import Syntax

/// Compiles a resolved AST into Swift closures over frame slots.
///
/// Each statement becomes a `StatementCode` and each expression an `ExpressionCode`; names are
/// resolved once, here, to local slots, cells or global slots (see `Scope`).
final class Compiler {
  let interp: Interpreter
  let file: String
  var scope: Scope

  /// The module whose code this is (classes defined in it report it as theirs).
  var moduleName = "__main__"

  /// While a condition compiles: where a failing truth test in it is blamed (see
  /// `compileCondition`).
  var conditionBlame: SourceSpan?
  /// The SyntaxWarnings given, by place and text: code compiled twice warns once, while
  /// CPython's compiler warns for each offending expression, even on one line.
  var givenWarnings: Set<String> = []

  init(interp: Interpreter, file: String, scope: Scope, moduleName: String = "__main__") {
    self.interp = interp
    self.file = file
    self.scope = scope
    self.moduleName = moduleName
  }

  /// Compiles module-level code. With `displayLast`, a trailing expression statement's value
  /// is handed to `interp.displayHook` (notebook cells, REPL inputs).
  func compileModule(_ module: Module, displayLast: Bool) throws(SyntaxError) -> StatementCode {
    try Symbols.ofFunction(parameters: [], body: module.body).checkDeclarations()
    var body = module.body
    var last: StatementCode?
    if displayLast, let final = body.last, case .expression(let e) = final.kind {
      body.removeLast()
      let value = try compile(e)
      let line = final.location.line
      let interp = self.interp
      last = { (f: Frame) throws(PyException) -> Completion in
        f.line = line
        interp.displayHook(try value(f))
        return .normal
      }
    }
    var codes = try body.map { (s) throws(SyntaxError) in try compileLined(s) }
    if let last { codes.append(CompiledStatement(run: last)) }
    return sequence(codes)
  }

  /// Runs statements in order, stopping at break/continue/return. Each statement's line is
  /// recorded in the frame before it runs (for tracebacks), here rather than in a wrapper
  /// closure around every statement. Statements are held three to a closure, each in a
  /// field of its own, the rest in a nested sequence: running closures read out of an array
  /// retains and releases each one, which cost more than the statements themselves.
  func sequence(_ codes: [CompiledStatement]) -> StatementCode {
    switch codes.count {
    case 0: return { _ throws(PyException) in .normal }
    case 1:
      let a = codes[0]
      if a.line == 0 { return a.run }
      return { (f: Frame) throws(PyException) -> Completion in
        f.line = a.line
        return try a.run(f)
      }
    case 2:
      let (a, b) = (codes[0], codes[1])
      return { (f: Frame) throws(PyException) -> Completion in
        let r = try a.execute(in: f)
        guard case .normal = r else { return r }
        return try b.execute(in: f)
      }
    case 3:
      let (a, b, c) = (codes[0], codes[1], codes[2])
      return { (f: Frame) throws(PyException) -> Completion in
        var r = try a.execute(in: f)
        guard case .normal = r else { return r }
        r = try b.execute(in: f)
        guard case .normal = r else { return r }
        return try c.execute(in: f)
      }
    default:
      let (a, b, c) = (codes[0], codes[1], codes[2])
      let rest = CompiledStatement(run: sequence(Array(codes[3...])))
      return { (f: Frame) throws(PyException) -> Completion in
        var r = try a.execute(in: f)
        guard case .normal = r else { return r }
        r = try b.execute(in: f)
        guard case .normal = r else { return r }
        r = try c.execute(in: f)
        guard case .normal = r else { return r }
        return try rest.run(f)
      }
    }
  }

  func compileBlock(_ body: [Stmt]) throws(SyntaxError) -> StatementCode {
    sequence(try body.map { (s) throws(SyntaxError) in try compileLined(s) })
  }

  // MARK: - Functions

  /// Compiles a function body in a new scope; returns the code and the free names it captures.
  func compileFunction(
    name: String, parameters: Parameters, body: [Stmt], location: SourceLocation
  ) throws(SyntaxError) -> (FunctionCode, Scope) {
    let names = parameters.allNames
    let symbols = Symbols.ofFunction(parameters: names, body: body)
    let child = Scope.function(symbols: symbols, parameters: names, parent: scope, name: name)
    try symbols.checkDeclarations()
    if let (n, statement) = symbols.nonlocalStatements.first(where: { child.cells[$0.name] == nil })
    {
      throw SyntaxError.afterParsing(
        "no binding for nonlocal '\(n)' found", from: statement.location, to: statement.end)
    }
    let layout = ParameterLayout(
      positional: parameters.positional.map(\.name),
      positionalOnly: parameters.positionalOnlyCount, varArgs: parameters.varArgs,
      keywordOnly: parameters.keywordOnly.map(\.name), varKeywords: parameters.varKeywords)
    let cellParameters = names.compactMap { n -> (slot: Int, cell: Int)? in
      guard let c = child.cells[n], c < child.ownCellCount else { return nil }
      return (child.slots[n]!, c)
    }
    let saved = scope
    scope = child
    defer { scope = saved }
    // A final `return value` is evaluated by the call itself: the value goes straight back
    // to the caller instead of through the frame (most small functions are just that).
    var statements = body
    var result: FunctionCode.Result?
    if !symbols.yields, case .return(let value?)? = body.last?.kind {
      statements.removeLast()
      result = FunctionCode.Result(code: try compileOperand(value), line: body.last!.location.line)
    }
    let compiled = statements.isEmpty ? nil : try compileBranch(statements)
    let code = FunctionCode(
      name: name, file: file, parameters: layout, slotCount: child.slots.count,
      cellCount: child.ownCellCount, cellParameters: cellParameters, body: compiled,
      result: result)
    code.isGenerator = symbols.yields
    if !symbols.yields {
      code.intKernel = IntKernelBuilder.kernel(
        parameters: parameters, body: body, scope: child, interp: interp)
      code.methodKernel = IntKernelBuilder.methodKernel(
        parameters: parameters, body: body, scope: child, interp: interp)
    }
    code.localNames = child.slots.sorted { $0.value < $1.value }.map(\.key)
    code.localCells = child.cells.filter { $0.value < child.ownCellCount }
      .sorted { $0.value < $1.value }.map { (name: $0.key, cell: $0.value) }
    if case .expression(let first)? = body.first?.kind, case .string(let text) = first.kind {
      code.doc = text
    }
    return (code, child)
  }

  /// Code that creates the function object at run time (evaluating defaults, capturing cells).
  func makeFunction(
    name: String, parameters: Parameters, body: [Stmt], location: SourceLocation,
    returns: Expr? = nil
  ) throws(SyntaxError) -> ExpressionCode {
    // Annotations are evaluated where the `def` stands, after the defaults (Python 3.11).
    var annotations: [(String, ExpressionCode)] = []
    for (n, a) in parameters.annotations { annotations.append((n, try compile(a))) }
    if let returns { annotations.append(("return", try compile(returns))) }
    let (code, child) = try compileFunction(
      name: name, parameters: parameters, body: body, location: location)
    let defaults = try parameters.positional.compactMap(\.defaultValue).map {
      (e) throws(SyntaxError) in try compile(e)
    }
    var keywordDefaults: [(String, ExpressionCode)] = []
    for p in parameters.keywordOnly {
      if let d = p.defaultValue { keywordDefaults.append((p.name, try compile(d))) }
    }
    let captured = scope.cellIndices(for: child.freeNames)
    let qualifiedName = child.qualifiedPrefix
    let globals = scope.globalsTable
    return { (f: Frame) throws(PyException) -> Value in
      var defaultValues: [Value] = []
      for d in defaults { defaultValues.append(try d(f)) }
      var keywordValues: [String: Value] = [:]
      for (n, d) in keywordDefaults { keywordValues[n] = try d(f) }
      let function = PyFunction(
        code: code, defaults: defaultValues, keywordDefaults: keywordValues,
        closure: captured.map { f.cells[$0] }, globals: globals, qualifiedName: qualifiedName)
      if !annotations.isEmpty {
        let table = PyDict()
        for (n, a) in annotations { table.set(n, try a(f)) }
        function.attributes["__annotations__"] = .object(table)
      }
      return .object(function)
    }
  }
}
