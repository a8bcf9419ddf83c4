/// The `match` statement (PEP 634). `match` and `case` are soft keywords: a line starting
/// with `match` is a match statement only when a subject, `:` and an indented `case` follow;
/// otherwise it is an ordinary statement (`match = 1`, `match(x)`).
extension Parser {
  /// The match statement at the cursor, or nil (cursor unchanged) if this line is not one.
  mutating func parseMatchIfPresent() throws(SyntaxError) -> Stmt? {
    let start = location
    let saved = index
    advance()
    guard let subject = try? parseExpressionList(allowStar: true), accept(":"),
      current.kind == .newline
    else {
      index = saved
      return nil
    }
    advance()
    if atEndOfInput {
      throw missingBlock("expected an indented block after 'match' statement on line \(start.line)")
    }
    guard current.kind == .indent else {
      index = saved
      return nil
    }
    advance()
    // `match subject:` and an indented block: a match statement whatever follows.
    guard current.kind == .name("case") else { throw error("invalid syntax") }
    var cases: [MatchCase] = []
    while current.kind == .name("case") {
      let caseLine = location.line
      advance()
      let pattern = try parsePatterns()
      let guardTest = acceptKeyword("if") ? try parseNamedExpression() : nil
      let body = try parseBlock(after: "'case' statement", line: caseLine)
      cases.append(MatchCase(pattern: pattern, guardTest: guardTest, body: body))
    }
    guard current.kind == .dedent else { throw error("invalid syntax") }
    advance()
    return Stmt(.match(subject: subject, cases: cases), at: start)
  }

  /// The pattern after `case`: one pattern, or an unparenthesised sequence `a, *rest`.
  private mutating func parsePatterns() throws(SyntaxError) -> Pattern {
    let start = location
    let first = try parseMaybeStarPattern()
    guard check(",") else {
      if case .star = first { throw error("invalid syntax") }
      return first
    }
    var items = [first]
    while accept(",") {
      if check(":") || checkKeyword("if") { break }
      items.append(try parseMaybeStarPattern())
    }
    return try sequencePattern(items, at: start)
  }

  private func sequencePattern(_ items: [Pattern], at start: SourceLocation) throws(SyntaxError)
    -> Pattern
  {
    let stars = items.filter { if case .star = $0 { true } else { false } }.count
    if stars > 1 { throw SyntaxError("multiple starred names in sequence pattern", at: start) }
    return .sequence(items)
  }

  private mutating func parseMaybeStarPattern() throws(SyntaxError) -> Pattern {
    guard accept("*") else { return try parsePattern() }
    let name = try expectName()
    return .star(name == "_" ? nil : name)
  }

  /// `or_pattern ['as' NAME]`.
  private mutating func parsePattern() throws(SyntaxError) -> Pattern {
    var alternatives = [try parseClosedPattern()]
    while accept("|") { alternatives.append(try parseClosedPattern()) }
    let pattern = alternatives.count == 1 ? alternatives[0] : .or(alternatives)
    guard acceptKeyword("as") else { return pattern }
    let name = try expectName()
    if name == "_" { throw error("cannot use '_' as a target") }
    return .capturing(pattern, name)
  }

  private mutating func parseClosedPattern() throws(SyntaxError) -> Pattern {
    let start = location
    switch current.kind {
    case .keyword("None"), .keyword("True"), .keyword("False"):
      return .singleton(try parseAtom())
    case .int, .float, .op("-"):
      return .value(try parseSignedNumber())
    case .string, .bytes:
      return .value(try parseAtom())
    case .fstring:
      throw error("patterns may only match literals and attribute lookups")
    case .name(let name):
      advance()
      var value = node(.name(name), at: start)
      var dotted = false
      while accept(".") {
        value = node(.attribute(value, try expectName()), at: start)
        dotted = true
      }
      if check("(") { return try parseClassPattern(value) }
      if dotted { return .value(value) }
      return name == "_" ? .wildcard : .capture(name)
    case .op("("):
      advance()
      if accept(")") { return .sequence([]) }
      let first = try parseMaybeStarPattern()
      if accept(")") {
        if case .star = first { throw error("invalid syntax") }
        return first
      }
      var items = [first]
      while accept(",") {
        if check(")") { break }
        items.append(try parseMaybeStarPattern())
      }
      try expect(")")
      return try sequencePattern(items, at: start)
    case .op("["):
      advance()
      var items: [Pattern] = []
      while !check("]") {
        items.append(try parseMaybeStarPattern())
        if !accept(",") { break }
      }
      try expect("]")
      return try sequencePattern(items, at: start)
    case .op("{"):
      return try parseMappingPattern()
    default:
      throw error("invalid syntax")
    }
  }

  /// A number literal with an optional minus sign (complex literals are not supported).
  private mutating func parseSignedNumber() throws(SyntaxError) -> Expr {
    let start = location
    let negative = accept("-")
    guard case .int = current.kind else {
      guard case .float = current.kind else { throw error("invalid syntax") }
      let number = try parseAtom()
      return negative ? node(.unary(.negate, number), at: start) : number
    }
    let number = try parseAtom()
    return negative ? node(.unary(.negate, number), at: start) : number
  }

  private mutating func parseMappingPattern() throws(SyntaxError) -> Pattern {
    advance()
    var keys: [Expr] = []
    var patterns: [Pattern] = []
    var rest: String?
    while !check("}") {
      if accept("**") {
        rest = try expectName()
        _ = accept(",")
        break
      }
      let key: Expr
      switch try parseClosedPattern() {
      case .value(let e), .singleton(let e): key = e
      default: throw error("mapping pattern keys may only match literals and attribute lookups")
      }
      try expect(":")
      keys.append(key)
      patterns.append(try parsePattern())
      if !accept(",") { break }
    }
    try expect("}")
    return .mapping(keys: keys, patterns: patterns, rest: rest)
  }

  private mutating func parseClassPattern(_ cls: Expr) throws(SyntaxError) -> Pattern {
    try expect("(")
    var positional: [Pattern] = []
    var names: [String] = []
    var keywords: [Pattern] = []
    while !check(")") {
      if case .name(let name) = current.kind, peekKind() == .op("=") {
        advance()
        advance()
        names.append(name)
        keywords.append(try parsePattern())
      } else {
        if !names.isEmpty { throw error("positional patterns follow keyword patterns") }
        positional.append(try parsePattern())
      }
      if !accept(",") { break }
    }
    try expect(")")
    return .classPattern(cls, positional: positional, keywordNames: names, keywords: keywords)
  }
}
