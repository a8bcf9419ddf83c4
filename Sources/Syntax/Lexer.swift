/// Turns source text into tokens, with Python's INDENT/DEDENT and implicit line joining.
///
/// Lines are numbered from `firstLine`, so a notebook cell's tokens carry lines of the whole file.
/// Indentation handling lives in `Lexer+Indent.swift`, literals in `Lexer+Literals.swift`.
public struct Lexer {
  let bytes: [UInt8]
  var position = 0
  var line: Int
  var lineStart = 0
  /// Depth of open `(`, `[`, `{`: inside them newlines and indentation mean nothing.
  var openBrackets: [(byte: UInt8, location: SourceLocation)] = []
  var indents = IndentStack()
  var atLineStart = true
  var tokens: [Token] = []

  public init(_ source: String, firstLine: Int = 1) {
    self.bytes = Array(source.utf8)
    self.line = firstLine
  }

  /// Lexes the whole source. Throws the first `SyntaxError`.
  public static func tokenize(_ source: String, firstLine: Int = 1) throws(SyntaxError) -> [Token] {
    let lexed = try tokenizeLeavingBrackets(source, firstLine: firstLine)
    if let unclosed = lexed.unclosed { throw unclosed }
    return lexed.tokens
  }

  /// Lexes the whole source; a bracket left open at the end is handed back as its error
  /// ("'(' was never closed") beside the tokens rather than thrown: the parser may fail
  /// first, and CPython then reports the parser's error when it lies on the bracket's line
  /// or before.
  static func tokenizeLeavingBrackets(_ source: String, firstLine: Int = 1) throws(SyntaxError)
    -> (tokens: [Token], unclosed: SyntaxError?)
  {
    var lexer = Lexer(source, firstLine: firstLine)
    let tokens = try lexer.run()
    return (tokens, lexer.unclosed)
  }

  /// The innermost bracket still open at the end of the input.
  private(set) var unclosed: SyntaxError?

  var location: SourceLocation { SourceLocation(line: line, column: position - lineStart + 1) }

  func peek(_ offset: Int = 0) -> UInt8 {
    let i = position + offset
    return i < bytes.count ? bytes[i] : 0
  }

  mutating func run() throws(SyntaxError) -> [Token] {
    while true {
      if atLineStart && openBrackets.isEmpty {
        let isEnd = try lexIndentation()
        if isEnd { break }
      }
      guard position < bytes.count else { break }
      let c = peek()
      switch c {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
        position += 1
      case UInt8(ascii: "#"):
        while position < bytes.count && peek() != UInt8(ascii: "\n") { position += 1 }
      case UInt8(ascii: "\r"):
        position += 1
      case UInt8(ascii: "\n"):
        if openBrackets.isEmpty {
          emit(.newline, at: location)
          atLineStart = true
        }
        newLine()
      case UInt8(ascii: "\\"):
        let next = peek(1) == UInt8(ascii: "\r") ? peek(2) : peek(1)
        guard next == UInt8(ascii: "\n") else {
          throw SyntaxError("unexpected character after line continuation character", at: location)
        }
        position += peek(1) == UInt8(ascii: "\r") ? 2 : 1
        if position >= bytes.count - 1 {
          throw SyntaxError("unexpected EOF while parsing", at: location, incomplete: true)
        }
        newLine()
      default:
        try lexToken(c)
      }
    }
    return finish()
  }

  /// Consumes a `\n` and starts the next line.
  mutating func newLine() {
    position += 1
    line += 1
    lineStart = position
  }

  mutating func emit(_ kind: TokenKind, at location: SourceLocation) {
    tokens.append(Token(kind, at: location, end: self.location))
  }

  mutating func lexToken(_ c: UInt8) throws(SyntaxError) {
    let start = location
    if isIdentifierStart(c) {
      if let prefixEnd = stringPrefixEnd(), isQuote(peek(prefixEnd)) {
        try lexString(prefixLength: prefixEnd, start: start)
        return
      }
      let begin = position
      while position < bytes.count && isIdentifierPart(peek()) { position += 1 }
      let word = String(decoding: bytes[begin..<position], as: UTF8.self)
      emit(pythonKeywords.contains(word) ? .keyword(word) : .name(word), at: start)
    } else if isDigit(c) || (c == UInt8(ascii: ".") && isDigit(peek(1))) {
      try lexNumber(start: start)
    } else if isQuote(c) {
      try lexString(prefixLength: 0, start: start)
    } else {
      try lexOperator(start: start)
    }
  }

  static let operators: [String] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
  ].sorted { $0.utf8.count > $1.utf8.count }

  /// The operators' bytes, longest first, made once (not two arrays per operator per token),
  /// listed under their first byte (a scan of every operator for each one in a source took a
  /// twelfth of `import numpy`).
  static let operatorsByFirstByte: [[(op: String, bytes: [UInt8])]] = {
    var table = [[(op: String, bytes: [UInt8])]](repeating: [], count: 128)
    for op in operators {
      let bytes = Array(op.utf8)
      table[Int(bytes[0])].append((op, bytes))
    }
    return table
  }()

  mutating func lexOperator(start: SourceLocation) throws(SyntaxError) {
    let first = position < bytes.count ? Int(bytes[position]) : 128
    let candidates = first < 128 ? Lexer.operatorsByFirstByte[first] : []
    for (op, u) in candidates {
      if position + u.count <= bytes.count
        && u.indices.allSatisfy({ bytes[position + $0] == u[$0] })
      {
        position += u.count
        try trackBrackets(op, at: start)
        emit(.op(op), at: start)
        return
      }
    }
    let scalar =
      String(decoding: bytes[position..<min(position + 4, bytes.count)], as: UTF8.self)
      .unicodeScalars.first.map { String($0) } ?? "?"
    if peek() == UInt8(ascii: "$") || peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "`")
      || peek() == UInt8(ascii: "!")
    {
      throw SyntaxError("invalid syntax", at: start)
    }
    if peek() == 0 { throw SyntaxError("source code cannot contain null bytes", at: start) }
    throw SyntaxError("invalid character '\(scalar)'", at: start)
  }

  mutating func trackBrackets(_ op: String, at location: SourceLocation) throws(SyntaxError) {
    switch op {
    case "(", "[", "{":
      openBrackets.append((op.utf8.first!, location))
    case ")", "]", "}":
      let closer = op.utf8.first!
      guard let open = openBrackets.popLast() else {
        throw SyntaxError("unmatched '\(op)'", at: location)
      }
      let expected: UInt8 =
        open.byte == UInt8(ascii: "(")
        ? UInt8(ascii: ")") : open.byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
      if closer != expected {
        let o = String(UnicodeScalar(open.byte))
        var message = "closing parenthesis '\(op)' does not match opening parenthesis '\(o)'"
        if open.location.line != location.line { message += " on line \(open.location.line)" }
        throw SyntaxError(message, at: location)
      }
    default:
      break
    }
  }

  mutating func finish() -> [Token] {
    if let open = openBrackets.last {
      unclosed = SyntaxError(
        "'\(String(UnicodeScalar(open.byte)))' was never closed", at: open.location,
        incomplete: true)
    }
    if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
      emit(.newline, at: location)
    }
    while indents.depth > 0 {
      indents.pop()
      emit(.dedent, at: location)
    }
    // The end-of-file token ends where the last line's text does: CPython reports a block
    // left empty at the end of the input there.
    tokens.append(Token(.endOfFile, at: location, end: endOfLastLine))
    return tokens
  }

  /// Just past the last line's text (not the empty line after its final newline).
  private var endOfLastLine: SourceLocation {
    guard lineStart == bytes.count, bytes.count > 0, bytes[bytes.count - 1] == UInt8(ascii: "\n")
    else { return location }
    var start = bytes.count - 1
    while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    return SourceLocation(line: line - 1, column: bytes.count - 1 - start + 1)
  }
}

// MARK: - Character classes

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func isIdentifierStart(_ c: UInt8) -> Bool {
  (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 0x80
}
@inline(__always) func isIdentifierPart(_ c: UInt8) -> Bool { isIdentifierStart(c) || isDigit(c) }
@inline(__always) func isQuote(_ c: UInt8) -> Bool {
  c == UInt8(ascii: "'") || c == UInt8(ascii: "\"")
}
