/// One lexical token of the Python-syntax language.
public struct Token: Sendable, Equatable {
  public var kind: TokenKind
  public var location: SourceLocation
  /// Where the token ends (the position just after it).
  public var end: SourceLocation

  public init(_ kind: TokenKind, at location: SourceLocation, end: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
    self.end = end ?? location
  }
}

public enum TokenKind: Sendable, Equatable {
  case name(String)
  case keyword(String)
  case int(Int)
  /// An int literal beyond 64 bits: its digits (no prefix or underscores) and their radix.
  case bigInt(String, radix: Int)
  case float(Double)
  /// An imaginary literal's coefficient (`2.5j`).
  case imaginary(Double)
  /// A decoded string literal (adjacent literals are joined by the parser).
  case string(String)
  /// The raw body of an f-string; `isRaw` when it had an `r` prefix as well.
  case fstring(String, isRaw: Bool)
  /// A decoded bytes literal (`b'...'`).
  case bytes([UInt8])
  /// An operator or delimiter, e.g. `+`, `**=`, `(`, `->`.
  case op(String)
  case newline
  case indent
  case dedent
  case endOfFile

  /// How Python names this token in "invalid syntax" style messages.
  public var display: String {
    switch self {
    case .name(let s), .keyword(let s), .op(let s): return s
    case .int(let v): return String(v)
    case .bigInt(let digits, let radix):
      return radix == 10 ? digits : "0" + (radix == 16 ? "x" : radix == 8 ? "o" : "b") + digits
    case .float(let v): return String(v)
    case .imaginary(let v): return String(v) + "j"
    case .string, .fstring, .bytes: return "string literal"
    case .newline: return "newline"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .endOfFile: return "end of file"
    }
  }
}

/// Python's reserved words (soft keywords such as `match` are ordinary names here).
public let pythonKeywords: Set<String> = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
  "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
  "with", "yield",
]
