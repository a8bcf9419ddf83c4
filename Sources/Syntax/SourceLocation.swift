/// A position in a source file: 1-based line (in the whole file, not the cell) and 1-based column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}

/// A syntax error as Python reports it: a message and where it was detected.
///
/// `isIncomplete` is true when more input could complete the program (an open bracket, a block
/// header with no body, an unterminated triple-quoted string): the REPL then asks for more lines.
public struct SyntaxError: Error, Sendable, Equatable {
  public var message: String
  public var location: SourceLocation
  public var isIncomplete: Bool
  /// Python names indentation problems `IndentationError` (a subclass of SyntaxError).
  public var isIndentationError: Bool
  /// Indentation that mixes tabs and spaces so that its meaning depends on the tab width:
  /// `TabError` (a subclass of IndentationError).
  public var isTabError = false
  /// Whether Python marks the column with a caret (not for "unexpected indent" and TabError).
  public var showsCaret = true
  /// Found where the input ends (a block header with no block after it): CPython's own
  /// printer then shows no caret for a script, while the traceback module and code given as
  /// a string show one.
  public var atEndOfInput = false
  /// The column just past the marked text when it is more than one character on the line
  /// (an offending token: Python 3.11 underlines all of it).
  public var endColumn: Int?
  /// Found where CPython finds it after parsing (its symbol table or compiler: `'break'
  /// outside loop`, a duplicate argument): for code given as a string, CPython's error then
  /// carries no source line.
  public var foundAfterParsing = false

  public init(
    _ message: String, at location: SourceLocation, incomplete: Bool = false,
    indentation: Bool = false
  ) {
    self.message = message
    self.location = location
    self.isIncomplete = incomplete
    self.isIndentationError = indentation
  }
}

extension SyntaxError {
  /// An error CPython's symbol table or compiler finds, after parsing (`foundAfterParsing`).
  public static func afterParsing(
    _ message: String, from start: SourceLocation, to end: SourceLocation? = nil
  ) -> SyntaxError {
    var e = SyntaxError(message, from: start, to: end ?? start)
    e.foundAfterParsing = true
    return e
  }

  /// `message` underlining from `start` to `end` (one caret when they are on other lines).
  public init(_ message: String, from start: SourceLocation, to end: SourceLocation) {
    self.init(message, at: start)
    if end.line == start.line && end.column > start.column + 1 { endColumn = end.column }
  }

  /// A line indented deeper than its block: Python shows the line without a caret.
  static func unexpectedIndent(at location: SourceLocation) -> SyntaxError {
    var error = SyntaxError("unexpected indent", at: location, indentation: true)
    error.showsCaret = false
    return error
  }
}
