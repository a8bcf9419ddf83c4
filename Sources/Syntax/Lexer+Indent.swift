/// The stack of indentation widths of the enclosing blocks (the outermost, 0, is implicit),
/// each measured twice as CPython's tokenizer measures it: with tabs to the next multiple of 8,
/// and with a tab as one column. Lines whose order differs between the two measures depend on
/// the tab width: TabError.
struct IndentStack {
  struct Width {
    var columns = 0
    var tabsAsOne = 0
  }

  private var widths: [Width] = []

  var depth: Int { widths.count }
  var current: Width { widths.last ?? Width() }

  mutating func push(_ width: Width) { widths.append(width) }
  mutating func pop() { widths.removeLast() }
}

extension Lexer {
  /// At the start of a logical line: measures its indentation and emits INDENT/DEDENT tokens.
  /// Blank and comment-only lines are skipped. Returns true at the end of input.
  mutating func lexIndentation() throws(SyntaxError) -> Bool {
    while true {
      var width = IndentStack.Width()
      while position < bytes.count {
        let c = peek()
        if c == UInt8(ascii: " ") {
          width.columns += 1
          width.tabsAsOne += 1
        } else if c == UInt8(ascii: "\t") {
          width.columns = (width.columns / 8 + 1) * 8
          width.tabsAsOne += 1
        } else if c == 0x0C {
          width = IndentStack.Width()
        } else {
          break
        }
        position += 1
      }
      guard position < bytes.count else { return true }
      let c = peek()
      if c == UInt8(ascii: "\n") {
        newLine()
        continue
      }
      if c == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") {
        position += 1
        newLine()
        continue
      }
      if c == UInt8(ascii: "#") {
        while position < bytes.count && peek() != UInt8(ascii: "\n") { position += 1 }
        continue
      }
      if c == UInt8(ascii: "\\") && (peek(1) == UInt8(ascii: "\n")) {
        // A continuation on an otherwise empty line joins with the next line.
        position += 1
        newLine()
        continue
      }
      atLineStart = false
      try applyIndentation(width)
      return false
    }
  }

  /// CPython's rules (tokenizer.c): an indent must be deeper by both measures, a line at the
  /// same depth the same by both, a dedent must land on an enclosing width by both.
  private mutating func applyIndentation(_ width: IndentStack.Width) throws(SyntaxError) {
    let current = indents.current
    if width.columns == current.columns {
      if width.tabsAsOne != current.tabsAsOne { throw tabError() }
      return
    }
    if width.columns > current.columns {
      if width.tabsAsOne <= current.tabsAsOne { throw tabError() }
      indents.push(width)
      emit(.indent, at: location)
      return
    }
    while indents.depth > 0 && width.columns < indents.current.columns {
      indents.pop()
      emit(.dedent, at: location)
    }
    guard width.columns == indents.current.columns else {
      // Python puts the caret just past the end of the line.
      var end = position
      while end < bytes.count && bytes[end] != UInt8(ascii: "\n")
        && bytes[end] != UInt8(ascii: "\r")
      {
        end += 1
      }
      var at = location
      at.column += end - position
      throw SyntaxError(
        "unindent does not match any outer indentation level", at: at, indentation: true)
    }
    if width.tabsAsOne != indents.current.tabsAsOne { throw tabError() }
  }

  private func tabError() -> SyntaxError {
    var error = SyntaxError(
      "inconsistent use of tabs and spaces in indentation", at: location, indentation: true)
    error.isTabError = true
    error.showsCaret = false
    return error
  }
}
