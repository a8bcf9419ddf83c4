/// Recursive-descent parser for statements; expressions are in `Parser+Expressions.swift`.
///
/// Error messages follow CPython 3.11 where the same mistake is made.
public struct Parser {
  var tokens: [Token]
  var index = 0
  /// The furthest token the parser has looked at (backtracking leaves `index` behind it).
  var furthest = 0

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole module. Lines are numbered from `firstLine` (a notebook cell's first line).
  public static func parse(_ source: String, firstLine: Int = 1) throws(SyntaxError) -> Module {
    let lexed = try Lexer.tokenizeLeavingBrackets(source, firstLine: firstLine)
    var parser = Parser(tokens: lexed.tokens)
    guard let unclosed = lexed.unclosed else { return try parser.parseModule() }
    do {
      _ = try parser.parseModule()
    } catch {
      // The parser's error stands when the furthest token it read lies before the end of the
      // input, on the open bracket's line or an earlier one (`def f(:`); otherwise the
      // bracket is to blame (`print("a"` followed by more lines).
      let reached = parser.furthest
      let atEnd = parser.tokens[reached...].allSatisfy {
        $0.kind == .newline || $0.kind == .dedent || $0.kind == .endOfFile
      }
      if !atEnd && parser.tokens[reached].location.line <= unclosed.location.line { throw error }
    }
    throw unclosed
  }

  public mutating func parseModule() throws(SyntaxError) -> Module {
    var body: [Stmt] = []
    while current.kind != .endOfFile {
      if current.kind == .newline {
        advance()
        continue
      }
      body += try parseStatement()
    }
    return Module(body: body)
  }

  // MARK: - Token cursor

  var current: Token { tokens[index] }

  /// Whether only the dedents closing open blocks are left: more lines could continue the
  /// program here (the REPL then asks for them, as Python's does).
  var atEndOfInput: Bool {
    tokens[index...].allSatisfy { $0.kind == .dedent || $0.kind == .endOfFile }
  }

  /// An expression node that ends where the last consumed token ends.
  mutating func node(_ kind: ExprKind, at start: SourceLocation) -> Expr {
    Expr(kind, at: start, end: tokens[max(index - 1, 0)].end)
  }
  var location: SourceLocation { current.location }

  func peekKind(_ offset: Int = 1) -> TokenKind {
    tokens[min(index + offset, tokens.count - 1)].kind
  }

  mutating func advance() {
    if index < tokens.count - 1 { index += 1 }
    if index > furthest { furthest = index }
  }

  func check(_ op: String) -> Bool { current.kind == .op(op) }
  func checkKeyword(_ word: String) -> Bool { current.kind == .keyword(word) }

  mutating func accept(_ op: String) -> Bool {
    guard check(op) else { return false }
    advance()
    return true
  }

  mutating func acceptKeyword(_ word: String) -> Bool {
    guard checkKeyword(word) else { return false }
    advance()
    return true
  }

  mutating func expect(_ op: String) throws(SyntaxError) {
    guard accept(op) else {
      // Python says "expected ':'" where the line ends without it; another token in its
      // place is plain invalid syntax there (`if x print(x)`).
      let lineEnds = current.kind == .newline || current.kind == .endOfFile
      throw error(op == "=" || (op == ":" && lineEnds) ? "expected '\(op)'" : "invalid syntax")
    }
  }

  /// The `)`, `]` or `}` that closes a call or display whose last item was `last`. Another
  /// expression standing there instead is CPython's "Perhaps you forgot a comma?", both
  /// underlined (not after a name followed by a string, as in `print 'x'`).
  mutating func expectClosing(_ op: String, after last: Expr?) throws(SyntaxError) {
    if accept(op) { return }
    if let last, startsExpression(current.kind) {
      let nameThenString: Bool
      if case .name = last.kind, case .string = current.kind {
        nameThenString = true
      } else {
        nameThenString = false
      }
      var probe = self
      if !nameThenString, let next = try? probe.parseExpression() {
        var e = SyntaxError("invalid syntax. Perhaps you forgot a comma?", at: last.location)
        if next.end.line == last.location.line { e.endColumn = next.end.column }
        throw e
      }
    }
    throw error("invalid syntax")
  }

  /// Whether a token of this kind can begin an expression.
  func startsExpression(_ kind: TokenKind) -> Bool {
    switch kind {
    case .name, .int, .bigInt, .float, .string, .fstring, .bytes: return true
    case .keyword(let word):
      return ["True", "False", "None", "not", "lambda", "await"].contains(word)
    case .op(let op): return ["(", "[", "{", "-", "+", "~", "..."].contains(op)
    default: return false
    }
  }

  mutating func expectName() throws(SyntaxError) -> String {
    guard case .name(let name) = current.kind else { throw error("invalid syntax") }
    advance()
    return name
  }

  /// A syntax error at the current token; at the end of input it marks the input incomplete.
  func error(_ message: String) -> SyntaxError {
    let atEnd = current.kind == .endOfFile || (current.kind == .newline && peekKind() == .endOfFile)
    var e = SyntaxError(message, at: location, incomplete: atEnd)
    if current.end.line == location.line && current.end.column > location.column + 1 {
      e.endColumn = current.end.column
    }
    return e
  }

  // MARK: - Statements

  /// One statement line: a compound statement, or simple statements separated by `;`.
  mutating func parseStatement() throws(SyntaxError) -> [Stmt] {
    switch current.kind {
    case .indent:
      throw SyntaxError.unexpectedIndent(at: location)
    case .keyword("if"): return [try parseIf()]
    case .keyword("while"): return [try parseWhile()]
    case .keyword("for"): return [try parseFor()]
    case .keyword("def"): return [try parseFunctionDef(decorators: [])]
    case .keyword("class"): return [try parseClassDef(decorators: [])]
    case .keyword("try"): return [try parseTry()]
    case .keyword("with"): return [try parseWith()]
    case .op("@"): return [try parseDecorated()]
    case .name("match"):
      if let statement = try parseMatchIfPresent() { return [statement] }
      return try parseSimpleStatements()
    default: return try parseSimpleStatements()
    }
  }

  mutating func parseSimpleStatements() throws(SyntaxError) -> [Stmt] {
    var statements = [try parseEndedStatement()]
    while accept(";") {
      if current.kind == .newline { break }
      statements.append(try parseEndedStatement())
    }
    guard current.kind == .newline || current.kind == .endOfFile else {
      throw error("invalid syntax")
    }
    advance()
    return statements
  }

  /// A simple statement with its end recorded.
  private mutating func parseEndedStatement() throws(SyntaxError) -> Stmt {
    var statement = try parseSimpleStatement()
    statement.end = tokens[max(index - 1, 0)].end
    return statement
  }

  /// The body after a block header's `:`, either on the same line or an indented block.
  mutating func parseBlock(after header: String, line: Int) throws(SyntaxError) -> [Stmt] {
    // CPython's grammar demands the colon outright after `def`, `try`, `finally` and `else`
    // ("expected ':'" whatever stands there); after the others only a line end says so.
    let demanded = [
      "function definition", "'try' statement", "'finally' statement", "'else' statement",
    ].contains(header)
    if demanded && !check(":") { throw error("expected ':'") }
    try expect(":")
    guard current.kind == .newline else { return try parseSimpleStatements() }
    advance()
    guard current.kind == .indent else {
      throw missingBlock("expected an indented block after \(header) on line \(line)")
    }
    advance()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .endOfFile {
      body += try parseStatement()
    }
    advance()
    return body
  }

  /// A block header with no indented block after it: at the next token, or, when the input
  /// ends there, just past the last line's text (where CPython places it).
  func missingBlock(_ message: String) -> SyntaxError {
    guard atEndOfInput, let last = tokens.last else {
      return SyntaxError(message, at: location, indentation: true)
    }
    var error = SyntaxError(message, at: last.end, incomplete: true, indentation: true)
    error.atEndOfInput = true
    return error
  }

  mutating func parseSimpleStatement() throws(SyntaxError) -> Stmt {
    let start = location
    switch current.kind {
    case .keyword("pass"):
      advance()
      return Stmt(.pass, at: start)
    case .keyword("break"):
      advance()
      return Stmt(.break, at: start)
    case .keyword("continue"):
      advance()
      return Stmt(.continue, at: start)
    case .keyword("return"):
      advance()
      let value = atStatementEnd ? nil : try parseExpressionList(allowStar: true)
      return Stmt(.return(value), at: start)
    case .keyword("import"):
      advance()
      return Stmt(.import(try parseImportNames(dotted: true)), at: start)
    case .keyword("from"):
      return try parseFromImport()
    case .keyword("global"), .keyword("nonlocal"):
      let isGlobal = checkKeyword("global")
      advance()
      var names = [try expectName()]
      while accept(",") { names.append(try expectName()) }
      return Stmt(isGlobal ? .global(names) : .nonlocal(names), at: start)
    case .keyword("del"):
      advance()
      var targets = [try parseListElement(allowStar: true)]
      while accept(",") { targets.append(try parseListElement(allowStar: true)) }
      return Stmt(.delete(targets), at: start)
    case .keyword("assert"):
      advance()
      let test = try parseExpression()
      let message = accept(",") ? try parseExpression() : nil
      return Stmt(.assert(test: test, message: message), at: start)
    case .keyword("raise"):
      advance()
      if atStatementEnd { return Stmt(.raise(nil, cause: nil), at: start) }
      let value = try parseExpression()
      let cause = acceptKeyword("from") ? try parseExpression() : nil
      return Stmt(.raise(value, cause: cause), at: start)
    default:
      return try parseExpressionStatement()
    }
  }

  var atStatementEnd: Bool {
    current.kind == .newline || current.kind == .endOfFile || check(";")
  }

  mutating func parseExpressionStatement() throws(SyntaxError) -> Stmt {
    let start = location
    // Python 2's `print 'x'` and `exec 'code'`: the whole statement underlined.
    if case .name(let word) = current.kind, word == "print" || word == "exec",
      case .string = peekKind()
    {
      var last = index
      while tokens[last + 1].kind != .newline && tokens[last + 1].kind != .endOfFile
        && tokens[last + 1].kind != .op(";")
      {
        last += 1
      }
      throw SyntaxError(
        "Missing parentheses in call to '\(word)'. Did you mean \(word)(...)?", from: start,
        to: tokens[last].end)
    }
    let first = try parseExpressionList(allowStar: true)
    if case .op(let op) = current.kind, op.count >= 2, op.hasSuffix("="),
      !["==", "<=", ">=", "!="].contains(op),
      let binary = BinaryOperator(rawValue: String(op.dropLast()))
    {
      try checkAssignable(first, .augmented)
      advance()
      let value = try parseExpressionList(allowStar: false)
      return Stmt(.augmentedAssign(target: first, op: binary, value: value), at: start)
    }
    if check(":") {
      advance()
      let annotation = try parseExpression()
      let value = accept("=") ? try parseExpressionList(allowStar: true) : nil
      try checkAssignable(first, .assignment(first: true))
      return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), at: start)
    }
    guard check("=") else { return Stmt(.expression(first), at: start) }
    var targets = [first]
    var value = first
    while accept("=") {
      value = try parseExpressionList(allowStar: true)
      targets.append(value)
    }
    targets.removeLast()
    for (i, target) in targets.enumerated() {
      try checkAssignable(target, .assignment(first: i == 0))
    }
    return Stmt(.assign(targets: targets, value: value), at: start)
  }

  /// Where a target stands, which CPython's messages about it tell apart.
  enum TargetUse {
    /// `x = ...`; `first`: the first target of the statement, which CPython also reads as a
    /// mistyped comparison (`f() = 1`: "... here. Maybe you meant '==' instead of '='?").
    case assignment(first: Bool)
    case augmented
    /// `for` and comprehension targets, `with ... as` targets.
    case loop
  }

  /// Rejects assignment to things that are not names, attributes, subscripts or unpackings,
  /// underlining the offending part as CPython does.
  func checkAssignable(_ target: Expr, _ use: TargetUse) throws(SyntaxError) {
    if case .augmented = use {
      switch target.kind {
      case .name, .attribute, .subscript: return
      default:
        throw SyntaxError(
          "'\(target.kind.targetName)' is an illegal expression for augmented assignment",
          from: target.location, to: target.end)
      }
    }
    guard let bad = Parser.invalidTarget(target) else {
      if let debug = Parser.debugTarget(target) {
        var e = SyntaxError("cannot assign to __debug__", from: debug.location, to: debug.end)
        e.foundAfterParsing = true
        throw e
      }
      return
    }
    if case .yield = bad.kind {
      throw SyntaxError(
        "assignment to yield expression not possible", from: bad.location, to: bad.end)
    }
    // (The part just before the `=`: the whole target, or an unparenthesized tuple's last.)
    if case .assignment(first: true) = use, bad.end == target.end,
      bad.kind.readsAsComparisonOperand
    {
      throw SyntaxError(
        "cannot assign to \(bad.kind.targetName) here. Maybe you meant '==' instead of '='?",
        from: bad.location, to: bad.end)
    }
    throw SyntaxError(
      "cannot assign to \(bad.kind.targetName)", from: bad.location, to: bad.end)
  }

  /// The name `__debug__` among the targets (a constant: CPython refuses it).
  static func debugTarget(_ target: Expr) -> Expr? {
    switch target.kind {
    case .name(let n): return n == "__debug__" ? target : nil
    case .tuple(let items), .list(let items): return items.lazy.compactMap(debugTarget).first
    case .starred(let inner): return debugTarget(inner)
    default: return nil
    }
  }

  /// The first part of `target` that cannot be assigned to, looking into unpackings.
  static func invalidTarget(_ target: Expr) -> Expr? {
    switch target.kind {
    case .name, .attribute, .subscript: return nil
    case .tuple(let items), .list(let items):
      for item in items { if let bad = invalidTarget(item) { return bad } }
      return nil
    case .starred(let inner): return invalidTarget(inner)
    default: return target
    }
  }
}

extension ExprKind {
  /// How CPython names a target it refuses: `syntaxName`, and the constants by name.
  public var targetName: String {
    switch self {
    case .bool(let b): return b ? "True" : "False"
    case .none: return "None"
    case .ellipsis: return "ellipsis"
    case .namedExpr: return "named expression"
    case .yield, .yieldFrom: return "yield expression"
    default: return syntaxName
    }
  }

  /// Whether CPython's grammar reads this expression as a `bitwise_or` that a mistyped `==`
  /// could follow (not a display it unpacks, a constant it names, or a comparison).
  var readsAsComparisonOperand: Bool {
    switch self {
    case .tuple, .list, .bool, .none, .compare, .not, .and, .or, .lambda, .conditional,
      .starred:
      return false
    case .comprehension(let kind, _):
      if case .generator = kind { return false }
      return true
    default: return true
    }
  }

  /// How CPython names an expression in "cannot assign to ..." messages.
  var syntaxName: String {
    switch self {
    case .call: return "function call"
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .name: return "name"
    case .starred: return "starred"
    case .binary, .unary: return "expression"
    case .compare: return "comparison"
    case .and, .or, .not: return "expression"
    case .lambda: return "lambda"
    case .conditional: return "conditional expression"
    case .tuple: return "tuple"
    case .list: return "list"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .comprehension(let kind, _):
      switch kind {
      case .list: return "list comprehension"
      case .set: return "set comprehension"
      case .dict: return "dict comprehension"
      case .generator: return "generator expression"
      }
    case .fstring: return "f-string expression"
    default: return "literal"
    }
  }
}
