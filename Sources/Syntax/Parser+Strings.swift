extension Parser {
  /// Adjacent string literals (`'a' "b" f'{c}'`) joined into one string or f-string.
  mutating func parseStrings() throws(SyntaxError) -> Expr {
    let start = location
    if case .bytes = current.kind { return try parseBytes() }
    var parts: [FStringPart] = []
    var hasFields = false
    // Where CPython 3.11 reports an error in an f-string's own syntax: the token after the
    // literals.
    var after = index
    while after < tokens.count - 1, tokens[after].kind.isStringLiteral { after += 1 }
    let errorPlace = tokens[after].location
    while true {
      switch current.kind {
      case .bytes:
        throw SyntaxError("cannot mix bytes and nonbytes literals", at: start)
      case .string(let s):
        parts.append(.literal(s))
      case .fstring(let body, let isRaw):
        // Where the body starts, for a literal on one line: the token holds the prefix (one
        // or two letters) and two quotes (one or three characters each), every sum distinct.
        var bodyStart: SourceLocation?
        if current.location.line == current.end.line {
          let extra = current.end.column - current.location.column - body.utf8.count
          bodyStart = SourceLocation(
            line: current.location.line,
            column: current.location.column + extra - (extra >= 7 ? 3 : 1))
        }
        let fieldParts = try FStringParser.parse(
          body, isRaw: isRaw, at: current.location, errorsAt: errorPlace, bodyStart: bodyStart)
        hasFields = true
        parts += fieldParts
      default:
        if !hasFields {
          let joined = parts.map { if case .literal(let s) = $0 { s } else { "" } }.joined()
          return node(.string(joined), at: start)
        }
        return node(.fstring(parts), at: start)
      }
      advance()
    }
  }
}

extension Parser {
  /// Adjacent bytes literals (`b'a' b'b'`) joined; a str among them is CPython's error.
  private mutating func parseBytes() throws(SyntaxError) -> Expr {
    let start = location
    var joined: [UInt8] = []
    while true {
      switch current.kind {
      case .bytes(let b): joined += b
      case .string, .fstring:
        throw SyntaxError("cannot mix bytes and nonbytes literals", at: start)
      default: return node(.bytes(joined), at: start)
      }
      advance()
    }
  }
}

/// Splits an f-string body into literal text and `{expression!conversion:spec}` fields.
enum FStringParser {
  /// (Errors in the f-string's own syntax are reported at `errorPlace`.)
  /// (`bodyStart`: where the body lies in its line, when the literal is on one line: its
  /// fields' expressions then carry their own columns, for a traceback's carets.)
  static func parse(
    _ body: String, isRaw: Bool, at location: SourceLocation, errorsAt errorPlace: SourceLocation,
    bodyStart: SourceLocation? = nil
  ) throws(SyntaxError) -> [FStringPart] {
    var scanner = Scanner(
      chars: Array(body), location: location, errorPlace: errorPlace, isRaw: isRaw)
    scanner.bodyStart = bodyStart
    let parts = try scanner.parseParts(inSpec: false)
    guard scanner.index == scanner.chars.count else {
      throw SyntaxError("f-string: single '}' is not allowed", at: errorPlace)
    }
    return parts
  }

  struct Scanner {
    let chars: [Character]
    var index = 0
    let location: SourceLocation
    let errorPlace: SourceLocation
    let isRaw: Bool
    var bodyStart: SourceLocation?

    init(chars: [Character], location: SourceLocation, errorPlace: SourceLocation, isRaw: Bool) {
      self.chars = chars
      self.location = location
      self.errorPlace = errorPlace
      self.isRaw = isRaw
    }

    mutating func parseParts(inSpec: Bool) throws(SyntaxError) -> [FStringPart] {
      var parts: [FStringPart] = []
      var literal = ""
      func flush() throws(SyntaxError) {
        if !literal.isEmpty {
          do throws(EscapeError) {
            parts.append(.literal(isRaw ? literal : try StringEscapes.decode(literal)))
          } catch {
            throw SyntaxError(error.message, at: errorPlace)
          }
          literal = ""
        }
      }
      while index < chars.count {
        let c = chars[index]
        // `\N{DEGREE SIGN}`: an escape, not a field.
        if !isRaw, c == "\\", index + 2 < chars.count, chars[index + 1] == "N",
          chars[index + 2] == "{", let close = chars[(index + 3)...].firstIndex(of: "}")
        {
          literal += String(chars[index...close])
          index = close + 1
          continue
        }
        if c == "{" {
          if !inSpec && index + 1 < chars.count && chars[index + 1] == "{" {
            literal.append("{")
            index += 2
            continue
          }
          try flush()
          index += 1
          parts.append(try parseField())
        } else if c == "}" {
          if inSpec { break }
          guard index + 1 < chars.count, chars[index + 1] == "}" else {
            throw SyntaxError("f-string: single '}' is not allowed", at: errorPlace)
          }
          literal.append("}")
          index += 2
        } else {
          literal.append(c)
          index += 1
        }
      }
      try flush()
      return parts
    }

    /// After `{`: the expression, optional `=`, `!r`/`!s`/`!a`, optional `:spec`, then `}`.
    mutating func parseField() throws(SyntaxError) -> FStringPart {
      let begin = index
      var depth = 0
      var quote: Character?
      while index < chars.count {
        let c = chars[index]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "'" || c == "\"" {
          quote = c
        } else if c == "(" || c == "[" || c == "{" {
          depth += 1
        } else if c == ")" || c == "]" || c == "}" {
          if depth == 0 { break }
          depth -= 1
        } else if depth == 0 && (c == ":" || (c == "!" && next != "=")) {
          break
        }
        index += 1
      }
      var source = String(chars[begin..<index])
      var selfDocumenting: String?
      let trimmed = source.trimmingTrailingSpaces()
      if trimmed.hasSuffix("="), !trimmed.hasSuffix("=="), !trimmed.hasSuffix("!="),
        !trimmed.hasSuffix("<="), !trimmed.hasSuffix(">=")
      {
        selfDocumenting = source
        source = String(trimmed.dropLast())
      }
      if source.allSatisfy({ $0 == " " }) {
        if selfDocumenting != nil {
          throw SyntaxError("f-string: expression required before '='", at: errorPlace)
        }
        throw SyntaxError("f-string: empty expression not allowed", at: errorPlace)
      }
      let expression = try parseExpression(source, from: begin)
      var conversion: Character?
      if index < chars.count && chars[index] == "!" {
        index += 1
        guard index < chars.count, "rsa".contains(chars[index]) else {
          throw SyntaxError(
            "f-string: invalid conversion character: expected 's', 'r', or 'a'", at: errorPlace)
        }
        conversion = chars[index]
        index += 1
      }
      var spec: [FStringPart]?
      if index < chars.count && chars[index] == ":" {
        index += 1
        spec = try parseParts(inSpec: true)
      }
      guard index < chars.count, chars[index] == "}" else {
        throw SyntaxError("f-string: expecting '}'", at: errorPlace)
      }
      index += 1
      if selfDocumenting != nil && conversion == nil && spec == nil { conversion = "r" }
      return .field(
        expression, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting)
    }

    var next: Character? { index + 1 < chars.count ? chars[index + 1] : nil }

    /// The field's expression, `source`, found at `chars[begin]`.
    func parseExpression(_ source: String, from begin: Int) throws(SyntaxError) -> Expr {
      var tokens = try Lexer.tokenize("(" + source + ")", firstLine: location.line)
      // Moved to where the text lies in the line ("(" lexed at column 1, the text at 2).
      let shift = bodyStart.map { $0.column + String(chars[..<begin]).utf8.count - 2 }
      if let shift {
        for i in tokens.indices {
          if tokens[i].location.line == location.line { tokens[i].location.column += shift }
          if tokens[i].end.line == location.line { tokens[i].end.column += shift }
        }
      }
      var parser = Parser(tokens: tokens)
      var expr = try parser.parseExpressionList(allowStar: false)
      guard parser.current.kind == .newline || parser.current.kind == .endOfFile else {
        throw SyntaxError("f-string: invalid syntax", at: location)
      }
      if shift == nil { expr.location = location }
      return expr
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> Substring {
    var s = self[...]
    while s.last == " " { s = s.dropLast() }
    return s
  }
}

extension TokenKind {
  var isStringLiteral: Bool {
    switch self {
    case .string, .fstring, .bytes: true
    default: false
    }
  }
}
