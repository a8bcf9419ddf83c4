/// Recursive-descent parser for statements; expressions are in `Parser+Expressions.swift`.
///
/// Error messages follow CPython 3.11 where the same mistake is made.
public struct Parser {
  var tokens: [Token]
  var index = 0

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole module. Lines are numbered from `firstLine` (a notebook cell's first line).
  public static func parse(_ source: String, firstLine: Int = 1) throws(SyntaxError) -> Module {
    var parser = Parser(tokens: try Lexer.tokenize(source, firstLine: firstLine))
    return try parser.parseModule()
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
      throw error(op == ":" || op == "=" ? "expected '\(op)'" : "invalid syntax")
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
    return SyntaxError(message, at: location, incomplete: atEnd)
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
    var statements = [try parseSimpleStatement()]
    while accept(";") {
      if current.kind == .newline { break }
      statements.append(try parseSimpleStatement())
    }
    guard current.kind == .newline || current.kind == .endOfFile else {
      throw error("invalid syntax")
    }
    advance()
    return statements
  }

  /// The body after a block header's `:`, either on the same line or an indented block.
  mutating func parseBlock(after header: String, line: Int) throws(SyntaxError) -> [Stmt] {
    try expect(":")
    guard current.kind == .newline else { return try parseSimpleStatements() }
    advance()
    guard current.kind == .indent else {
      throw SyntaxError(
        "expected an indented block after \(header) on line \(line)", at: location,
        incomplete: atEndOfInput, indentation: true)
    }
    advance()
    var body: [Stmt] = []
    while current.kind != .dedent && current.kind != .endOfFile {
      body += try parseStatement()
    }
    advance()
    return body
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
      var targets = [try parseBitOr()]
      while accept(",") { targets.append(try parseBitOr()) }
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
    if case .name("print") = current.kind, case .string = peekKind() {
      throw SyntaxError(
        "Missing parentheses in call to 'print'. Did you mean print(...)?", at: start)
    }
    let first = try parseExpressionList(allowStar: true)
    if case .op(let op) = current.kind, op.count >= 2, op.hasSuffix("="),
      !["==", "<=", ">=", "!="].contains(op),
      let binary = BinaryOperator(rawValue: String(op.dropLast()))
    {
      try checkAssignable(first, augmented: true)
      advance()
      let value = try parseExpressionList(allowStar: false)
      return Stmt(.augmentedAssign(target: first, op: binary, value: value), at: start)
    }
    if check(":") {
      advance()
      let annotation = try parseExpression()
      let value = accept("=") ? try parseExpressionList(allowStar: true) : nil
      try checkAssignable(first, augmented: false)
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
    for target in targets { try checkAssignable(target, augmented: false) }
    return Stmt(.assign(targets: targets, value: value), at: start)
  }

  /// Rejects assignment to things that are not names, attributes, subscripts or unpackings.
  func checkAssignable(_ target: Expr, augmented: Bool) throws(SyntaxError) {
    switch target.kind {
    case .name, .attribute, .subscript:
      return
    case .tuple(let items), .list(let items):
      if augmented {
        throw SyntaxError(
          "'\(target.kind.syntaxName)' is an illegal expression for augmented assignment",
          at: target.location)
      }
      for item in items { try checkAssignable(item, augmented: false) }
    case .starred(let inner) where !augmented:
      try checkAssignable(inner, augmented: false)
    case .int, .bigInt, .float, .string, .bool, .none:
      throw SyntaxError(
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        at: target.location)
    default:
      let verb =
        augmented
        ? "'\(target.kind.syntaxName)' is an illegal expression for augmented assignment"
        : "cannot assign to \(target.kind.syntaxName) here. Maybe you meant '==' instead of '='?"
      throw SyntaxError(verb, at: target.location)
    }
  }
}

extension ExprKind {
  /// How CPython names an expression in "cannot assign to ..." messages.
  var syntaxName: String {
    switch self {
    case .call: return "function call"
    case .binary, .unary: return "expression"
    case .compare: return "comparison"
    case .and, .or, .not: return "expression"
    case .lambda: return "lambda"
    case .conditional: return "conditional expression"
    case .tuple: return "tuple"
    case .list: return "list"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .comprehension: return "comprehension"
    case .fstring: return "f-string expression"
    default: return "literal"
    }
  }
}
