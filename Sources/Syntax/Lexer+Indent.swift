/// The stack of indentation widths of the enclosing blocks (the outermost, 0, is implicit).
struct IndentStack {
  private var widths: [Int] = []

  var depth: Int { widths.count }
  var current: Int { widths.last ?? 0 }

  mutating func push(_ width: Int) { widths.append(width) }
  mutating func pop() { widths.removeLast() }
  func contains(_ width: Int) -> Bool { width == 0 || widths.contains(width) }
}

extension Lexer {
  /// At the start of a logical line: measures its indentation and emits INDENT/DEDENT tokens.
  /// Blank and comment-only lines are skipped. Returns true at the end of input.
  mutating func lexIndentation() throws(SyntaxError) -> Bool {
    while true {
      var width = 0
      while position < bytes.count {
        let c = peek()
        if c == UInt8(ascii: " ") {
          width += 1
        } else if c == UInt8(ascii: "\t") {
          width = (width / 8 + 1) * 8
        } else if c == 0x0C {
          width = 0
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

  private mutating func applyIndentation(_ width: Int) throws(SyntaxError) {
    if width > indents.current {
      indents.push(width)
      emit(.indent, at: location)
      return
    }
    guard indents.contains(width) else {
      throw SyntaxError(
        "unindent does not match any outer indentation level", at: location, indentation: true)
    }
    while width < indents.current {
      indents.pop()
      emit(.dedent, at: location)
    }
  }
}
