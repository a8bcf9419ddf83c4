/// Expression parsing: Python's grammar, lowest precedence first.
///
/// `test` (conditional, lambda) > `or` > `and` > `not` > comparison > `|` > `^` > `&` >
/// shifts > `+ -` > `* / // % @` > unary `+ - ~` > `**` > primary (calls, subscripts, attributes).
extension Parser {
  /// Binary operator levels from `|` (loosest) to `* / // % @` (tightest), all left-associative.
  /// Each binary operator with its level in `binaryLevels`.
  static let binaryOperators: [String: (level: Int, op: BinaryOperator)] = {
    var table: [String: (level: Int, op: BinaryOperator)] = [:]
    for (level, operators) in binaryLevels.enumerated() {
      for (text, op) in operators { table[text] = (level, op) }
    }
    return table
  }()

  static let binaryLevels: [[String: BinaryOperator]] = [
    ["|": .bitOr],
    ["^": .bitXor],
    ["&": .bitAnd],
    ["<<": .leftShift, ">>": .rightShift],
    ["+": .add, "-": .subtract],
    ["*": .multiply, "/": .trueDivide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply],
  ]

  /// `a, b, *c`: a bare tuple when there is a comma, else the single expression.
  mutating func parseExpressionList(allowStar: Bool) throws(SyntaxError) -> Expr {
    let start = location
    let first = try parseListElement(allowStar: allowStar)
    guard check(",") else {
      if case .starred = first.kind {
        throw SyntaxError("can't use starred expression here", at: start)
      }
      return first
    }
    var items = [first]
    while accept(",") {
      if atExpressionListEnd { break }
      items.append(try parseListElement(allowStar: allowStar))
    }
    return node(.tuple(items), at: start)
  }

  private var atExpressionListEnd: Bool {
    switch current.kind {
    case .newline, .endOfFile, .op("="), .op(")"), .op(":"), .op(";"), .op("]"), .op("}"):
      return true
    case .op(let op) where op.hasSuffix("=") && op.count >= 2: return true
    default: return false
    }
  }

  /// An element of an expression list; in a display (`[...]`, `{...}`, `(...)`) it may be
  /// `name := value`, in a bare statement-level list not.
  mutating func parseListElement(allowStar: Bool, named: Bool = false)
    throws(SyntaxError) -> Expr
  {
    let start = location
    if allowStar && accept("*") { return node(.starred(try parseBitOr()), at: start) }
    return named ? try parseNamedExpression() : try parseExpression()
  }

  /// A `for` target: names, attributes, subscripts, nested tuples, starred; never `in`.
  mutating func parseTargetList() throws(SyntaxError) -> Expr {
    let start = location
    let first = try parseTarget()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if checkKeyword("in") || check("=") { break }
      items.append(try parseTarget())
    }
    return node(.tuple(items), at: start)
  }

  mutating func parseTarget() throws(SyntaxError) -> Expr {
    let start = location
    if accept("*") { return node(.starred(try parseBitOr()), at: start) }
    let target = try parseBitOr()
    try checkAssignable(target, .loop)
    return target
  }

  /// An expression where Python allows `name := value`: `if`/`while` headers, parentheses,
  /// list and set displays, call arguments.
  mutating func parseNamedExpression() throws(SyntaxError) -> Expr {
    let start = location
    let value = try parseExpression()
    guard check(":=") else { return value }
    guard case .name(let name) = value.kind else {
      let what: String
      switch value.kind {
      case .attribute: what = "attribute"
      case .subscript: what = "subscript"
      case .tuple: what = "tuple"
      case .list: what = "list"
      case .int, .bigInt, .float, .imaginary, .string, .bool, .none: what = "literal"
      default: what = "expression"
      }
      throw SyntaxError("cannot use assignment expressions with \(what)", at: start)
    }
    advance()
    return node(.namedExpr(name, try parseExpression()), at: start)
  }

  /// Python's `test`: a conditional expression or a lambda.
  mutating func parseExpression() throws(SyntaxError) -> Expr {
    let start = location
    if acceptKeyword("lambda") {
      let parameters = try parseParameters(closing: ":")
      try expect(":")
      // A lambda's body is an expression, where a bare `yield` cannot stand.
      if checkKeyword("yield") { throw error("invalid syntax") }
      return node(.lambda(parameters, try parseExpression()), at: start)
    }
    let value = try parseOr()
    guard acceptKeyword("if") else { return value }
    let test = try parseOr()
    guard acceptKeyword("else") else { throw error("expected 'else' after 'if' expression") }
    let orElse = try parseExpression()
    return node(.conditional(test: test, then: value, orElse: orElse), at: start)
  }

  mutating func parseOr() throws(SyntaxError) -> Expr {
    let start = location
    var left = try parseAnd()
    while acceptKeyword("or") {
      left = node(.or(left, try parseAnd()), at: start)
    }
    return left
  }

  mutating func parseAnd() throws(SyntaxError) -> Expr {
    let start = location
    var left = try parseNot()
    while acceptKeyword("and") {
      left = node(.and(left, try parseNot()), at: start)
    }
    return left
  }

  mutating func parseNot() throws(SyntaxError) -> Expr {
    let start = location
    if acceptKeyword("not") { return node(.not(try parseNot()), at: start) }
    return try parseComparison()
  }

  mutating func parseComparison() throws(SyntaxError) -> Expr {
    let start = location
    let left = try parseBitOr()
    var rest: [(CompareOperator, Expr)] = []
    while let op = try compareOperator() {
      rest.append((op, try parseBitOr()))
    }
    return rest.isEmpty ? left : node(.compare(left, rest), at: start)
  }

  private mutating func compareOperator() throws(SyntaxError) -> CompareOperator? {
    switch current.kind {
    case .op(let op):
      guard let c = CompareOperator(rawValue: op), c != .in, c != .notIn else { return nil }
      advance()
      return c
    case .keyword("in"):
      advance()
      return .in
    case .keyword("not") where peekKind() == .keyword("in"):
      advance()
      advance()
      return .notIn
    case .keyword("is"):
      advance()
      return acceptKeyword("not") ? .isNot : .is
    default:
      return nil
    }
  }

  mutating func parseBitOr() throws(SyntaxError) -> Expr {
    try parseBinary(level: 0)
  }

  /// Binary operators of `level` and tighter, by precedence climbing: one call per operand
  /// instead of one per precedence level (left-associative: the right operand binds only
  /// tighter operators).
  private mutating func parseBinary(level: Int) throws(SyntaxError) -> Expr {
    let start = location
    var left = try parseUnary()
    while case .op(let text) = current.kind, let (found, binary) = Parser.binaryOperators[text],
      found >= level
    {
      advance()
      let right = try parseBinary(level: found + 1)
      left = node(.binary(binary, left, right), at: start)
    }
    return left
  }

  mutating func parseUnary() throws(SyntaxError) -> Expr {
    let start = location
    if case .op(let op) = current.kind, let unary = UnaryOperator(rawValue: op) {
      advance()
      return node(.unary(unary, try parseUnary()), at: start)
    }
    return try parsePower()
  }

  /// `**` binds tighter than a unary operator on its left and looser on its right: `-2**-1`.
  mutating func parsePower() throws(SyntaxError) -> Expr {
    let start = location
    let base = try parsePrimary()
    guard accept("**") else { return base }
    return node(.binary(.power, base, try parseUnary()), at: start)
  }

  // MARK: - Primaries

  mutating func parsePrimary() throws(SyntaxError) -> Expr {
    let start = location
    var value = try parseAtom()
    while true {
      if accept("(") {
        value = node(.call(value, try parseArguments()), at: start)
      } else if accept("[") {
        let index = try parseSubscript()
        try expect("]")
        value = node(.subscript(value, index), at: start)
      } else if accept(".") {
        value = node(.attribute(value, try expectName()), at: start)
      } else {
        return value
      }
    }
  }

  /// Call arguments after `(`, through the closing `)`.
  private mutating func parseArguments() throws(SyntaxError) -> [Argument] {
    var arguments: [Argument] = []
    var seenKeyword = false
    var seenDoubleStar = false
    // An argument out of order is reported where CPython notices it: at the closing `)`.
    var misplaced: String?
    // A generator expression without its own parentheses, which must be the only argument.
    var bareGenerator: Expr?
    while !check(")") {
      let start = location
      if accept("**") {
        arguments.append(Argument(kind: .doubleStar, value: try parseExpression()))
        seenKeyword = true
        seenDoubleStar = true
      } else if accept("*") {
        if seenDoubleStar && misplaced == nil {
          // (CPython marks this one at its `*`.)
          throw SyntaxError(
            "iterable argument unpacking follows keyword argument unpacking", at: start)
        }
        arguments.append(Argument(kind: .star, value: try parseExpression()))
      } else if case .name(let name) = current.kind, peekKind() == .op("=") {
        let repeated = arguments.contains {
          if case .keyword(let other) = $0.kind { other == name } else { false }
        }
        advance()
        advance()
        let value = try parseExpression()
        if repeated {
          var e = SyntaxError("keyword argument repeated: \(name)", from: start, to: value.end)
          e.foundAfterParsing = true
          throw e
        }
        arguments.append(Argument(kind: .keyword(name), value: value))
        seenKeyword = true
      } else {
        var value = try parseNamedExpression()
        if checkKeyword("for") {
          value = node(
            .comprehension(.generator(value), try parseComprehensionClauses()), at: start)
          bareGenerator = bareGenerator ?? value
        }
        if check("=") {
          throw SyntaxError(
            "expression cannot contain assignment, perhaps you meant \"==\"?", at: start)
        }
        if seenKeyword {
          misplaced =
            misplaced
            ?? (seenDoubleStar
              ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument")
        }
        arguments.append(Argument(kind: .positional, value: value))
      }
      if !accept(",") { break }
    }
    if let misplaced, check(")") { throw SyntaxError(misplaced, at: location) }
    if let bareGenerator, arguments.count > 1 || check(",") {
      throw SyntaxError(
        "Generator expression must be parenthesized", from: bareGenerator.location,
        to: bareGenerator.end)
    }
    try expectClosing(")", after: arguments.last?.value)
    return arguments
  }

  /// What is inside `[...]`: an index, a slice, or a tuple of them.
  private mutating func parseSubscript() throws(SyntaxError) -> Expr {
    let start = location
    let first = try parseSliceItem()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if check("]") { break }
      items.append(try parseSliceItem())
    }
    return node(.tuple(items), at: start)
  }

  private mutating func parseSliceItem() throws(SyntaxError) -> Expr {
    let start = location
    var lower: Expr?
    if !check(":") {
      if accept("*") { return node(.starred(try parseBitOr()), at: start) }
      lower = try parseExpression()
      guard check(":") else { return lower! }
    }
    advance()
    let upper = check(":") || check(",") || check("]") ? nil : try parseExpression()
    var step: Expr?
    if accept(":") {
      step = check(",") || check("]") ? nil : try parseExpression()
    }
    return node(.slice(lower: lower, upper: upper, step: step), at: start)
  }

  mutating func parseAtom() throws(SyntaxError) -> Expr {
    let start = location
    switch current.kind {
    case .name(let name):
      advance()
      return node(.name(name), at: start)
    case .int(let v):
      advance()
      return node(.int(v), at: start)
    case .bigInt(let digits, let radix):
      advance()
      return node(.bigInt(digits, radix: radix), at: start)
    case .float(let v):
      advance()
      return node(.float(v), at: start)
    case .imaginary(let v):
      advance()
      return node(.imaginary(v), at: start)
    case .string, .fstring, .bytes:
      return try parseStrings()
    case .keyword("None"):
      advance()
      return node(.none, at: start)
    case .keyword("True"), .keyword("False"):
      let value = checkKeyword("True")
      advance()
      return node(.bool(value), at: start)
    case .op("..."):
      advance()
      return node(.ellipsis, at: start)
    case .op("("):
      advance()
      return try parseParenthesised(start: start)
    case .op("["):
      advance()
      return try parseListDisplay(start: start)
    case .op("{"):
      advance()
      return try parseBraceDisplay(start: start)
    case .keyword("yield"):
      advance()
      if acceptKeyword("from") { return node(.yieldFrom(try parseExpression()), at: start) }
      switch current.kind {
      case .newline, .endOfFile, .op(")"), .op("]"), .op("}"), .op("="), .op(";"), .op(","):
        return node(.yield(nil), at: start)
      default:
        return node(.yield(try parseExpressionList(allowStar: false)), at: start)
      }
    case .indent:
      throw SyntaxError.unexpectedIndent(at: start)
    case .newline, .endOfFile:
      throw error("invalid syntax")
    default:
      throw error("invalid syntax")
    }
  }

  private mutating func parseParenthesised(start: SourceLocation) throws(SyntaxError) -> Expr {
    if accept(")") { return node(.tuple([]), at: start) }
    let first =
      check("*") ? try parseListElement(allowStar: true, named: true) : try parseNamedExpression()
    if checkKeyword("for") {
      let clauses = try parseComprehensionClauses()
      try expect(")")
      return node(.comprehension(.generator(first), clauses), at: start)
    }
    guard check(",") else {
      try expectClosing(")", after: first)
      return first
    }
    var items = [first]
    while accept(",") {
      if check(")") { break }
      items.append(try parseListElement(allowStar: true, named: true))
    }
    try expectClosing(")", after: items.last)
    return node(.tuple(items), at: start)
  }

  private mutating func parseListDisplay(start: SourceLocation) throws(SyntaxError) -> Expr {
    if accept("]") { return node(.list([]), at: start) }
    let first = try parseListElement(allowStar: true, named: true)
    if checkKeyword("for") {
      let clauses = try parseComprehensionClauses()
      try expect("]")
      return node(.comprehension(.list(first), clauses), at: start)
    }
    var items = [first]
    while accept(",") {
      if check("]") { break }
      items.append(try parseListElement(allowStar: true, named: true))
    }
    try expectClosing("]", after: items.last)
    return node(.list(items), at: start)
  }

  private mutating func parseBraceDisplay(start: SourceLocation) throws(SyntaxError) -> Expr {
    if accept("}") { return node(.dict([]), at: start) }
    if accept("**") {
      var items: [DictItem] = [.unpack(try parseBitOr())]
      try parseDictRest(into: &items)
      return node(.dict(items), at: start)
    }
    let first = try parseListElement(allowStar: true, named: true)
    if accept(":") {
      let value = try parseExpression()
      if checkKeyword("for") {
        let clauses = try parseComprehensionClauses()
        try expect("}")
        return node(.comprehension(.dict(first, value), clauses), at: start)
      }
      var items: [DictItem] = [.pair(first, value)]
      try parseDictRest(into: &items)
      return node(.dict(items), at: start)
    }
    if checkKeyword("for") {
      let clauses = try parseComprehensionClauses()
      try expect("}")
      return node(.comprehension(.set(first), clauses), at: start)
    }
    var items = [first]
    while accept(",") {
      if check("}") { break }
      items.append(try parseListElement(allowStar: true, named: true))
    }
    try expectClosing("}", after: items.last)
    return node(.set(items), at: start)
  }

  private mutating func parseDictRest(into items: inout [DictItem]) throws(SyntaxError) {
    while accept(",") {
      if check("}") { break }
      if accept("**") {
        items.append(.unpack(try parseBitOr()))
      } else {
        let key = try parseExpression()
        guard accept(":") else {
          // CPython points at the key's last character.
          throw SyntaxError(
            "':' expected after dictionary key",
            at: SourceLocation(line: key.end.line, column: max(key.end.column - 1, 1)))
        }
        items.append(.pair(key, try parseExpression()))
      }
    }
    try expectClosing(
      "}", after: items.last.flatMap { if case .pair(_, let v) = $0 { v } else { nil } })
  }

  private mutating func parseComprehensionClauses() throws(SyntaxError)
    -> [ComprehensionClause]
  {
    var clauses: [ComprehensionClause] = []
    while true {
      if acceptKeyword("for") {
        let target = try parseTargetList()
        guard acceptKeyword("in") else { throw error("invalid syntax") }
        clauses.append(.for(target: target, iterable: try parseOr()))
      } else if acceptKeyword("if") {
        clauses.append(.if(try parseOrWithoutConditional()))
      } else {
        return clauses
      }
    }
  }

  private mutating func parseOrWithoutConditional() throws(SyntaxError) -> Expr {
    try parseOr()
  }
}
