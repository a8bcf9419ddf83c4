/// Renders an uncaught exception the way CPython 3.11 prints it on stderr.
public struct TracebackRenderer {
  /// Source lines by file name, for showing the offending line under each entry.
  public var sourceLines: (String, Int) -> String?
  /// The notebook cell holding a line of a file, shown as `(cell N)`.
  public var cellOfLine: (String, Int) -> Int?
  /// The line number shown for a line (a .ipynb shows the line within its cell).
  public var displayLine: (String, Int) -> Int = { _, line in line }

  public init(
    sourceLines: @escaping (String, Int) -> String? = { _, _ in nil },
    cellOfLine: @escaping (String, Int) -> Int? = { _, _ in nil }
  ) {
    self.sourceLines = sourceLines
    self.cellOfLine = cellOfLine
  }

  /// `handled`: the exception is shown as another's cause or context, with the traceback it
  /// had when caught.
  /// `suggest`: the last line offers "Did you mean" as CPython 3.11's own printing of an
  /// uncaught exception does (its traceback module does not).
  public func render(
    _ e: PyException, _ interp: Interpreter, handled: Bool = false, suggest: Bool = true
  ) -> String {
    var out = ""
    let traceback = handled ? e.handledTraceback ?? e.traceback : e.traceback
    if let cause = e.cause {
      out += render(cause, interp, handled: true, suggest: suggest)
      out += "\nThe above exception was the direct cause of the following exception:\n\n"
    } else if let context = e.context, !e.suppressContext {
      out += render(context, interp, handled: true, suggest: suggest)
      out += "\nDuring handling of the above exception, another exception occurred:\n\n"
    }
    if !traceback.isEmpty {
      out += "Traceback (most recent call last):\n"
      // As CPython: a run of identical entries shows three, then how many more there were.
      var previous: TracebackEntry?
      var repeats = 0
      func flushRepeats() {
        if repeats > 3 {
          let more = repeats - 3
          out += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
        }
      }
      for entry in traceback.reversed() {
        if entry == previous {
          repeats += 1
          if repeats > 3 { continue }
        } else {
          flushRepeats()
          previous = entry
          repeats = 1
        }
        out +=
          "  File \"\(entry.file)\", line \(displayLine(entry.file, entry.line)), in \(entry.function)"
        out += cellSuffix(entry.file, entry.line) + "\n"
        if let line = sourceLines(entry.file, entry.line) {
          let trimmed = line.trimmingCharacters(whitespace: true)
          if !trimmed.isEmpty { out += "    \(trimmed)\n" }
          if let span = entry.span, let carets = TracebackRenderer.carets(line, span) {
            out += carets + "\n"
          }
        }
      }
      flushRepeats()
    }
    // After the frames that ran the code (eval, exec, an import), where the parse failed.
    if let syntax = syntaxErrorText(e, interp) { return out + syntax }
    return out + PyException.finalLine(e, interp, suggest: suggest) + "\n"
  }

  /// A syntax error's own part, as CPython prints it after any frames and as
  /// `traceback.format_exception_only` gives it (`byTracebackModule`): the file and line, the
  /// source line, the carets under the offending text, and the message; nil for other
  /// exceptions.
  public func syntaxErrorText(
    _ e: PyException, _ interp: Interpreter, byTracebackModule: Bool = false
  ) -> String? {
    guard let location = e.syntaxLocation else { return nil }
    var out = ""
    let file = e.syntaxFile ?? "<string>"
    out +=
      "  File \"\(file)\", line \(displayLine(file, location.line))\(cellSuffix(file, location.line))\n"
    if let line = e.syntaxLine, line.contains("\0") {
      // CPython shows such a line up to its first null byte, without a caret.
      out += "    \(line.prefix { $0 != "\0" }.drop { $0 == " " || $0 == "\t" })\n"
    } else if let line = e.syntaxLine {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      let indent = line.count - trimmed.count
      out += "    \(trimmed)\n"
      // (CPython's own printer leaves it out for a script's input that ended too soon.)
      let endOfScript = e.syntaxAtEndOfInput && file != "<string>" && !byTracebackModule
      if e.syntaxShowsCaret && !endOfScript {
        let width = max(1, (e.syntaxEndColumn ?? 0) - location.column)
        out +=
          "    " + String(repeating: " ", count: max(0, location.column - 1 - indent))
          + String(repeating: "^", count: width) + "\n"
      }
    }
    let message = (try? interp.str(e.args.first ?? .none)) ?? ""
    return out + "\(e.exceptionName): \(message)\n"
  }

  /// Python 3.11's markers under the failing expression: `^` under all of it, or for a
  /// binary operator `~` under the operands and `^` under the operator (for a subscript, `^`
  /// under the bracketed index). Nothing when a plain expression covers the whole line.
  static func carets(_ line: String, _ span: SourceSpan) -> String? {
    let chars = Array(line.unicodeScalars)
    let leading = chars.prefix { $0 == " " || $0 == "\t" }.count
    var trailing = chars.count
    while trailing > leading && (chars[trailing - 1] == " " || chars[trailing - 1] == "\t") {
      trailing -= 1
    }
    // Columns count UTF-8 bytes from 1; the markers go under characters (a character
    // beyond ASCII is one column in the printed line, as CPython lays them out).
    var characterAt: [Int] = []
    for (i, c) in chars.enumerated() {
      characterAt += repeatElement(i, count: UTF8.width(c))
    }
    func index(_ column: Int) -> Int {
      let byte = column - 1
      guard byte >= 0 else { return byte }
      return byte < characterAt.count ? characterAt[byte] : chars.count + byte - characterAt.count
    }
    let start = index(span.column)
    var end = span.endLine > span.line ? trailing : index(span.endColumn)
    end = min(end, chars.count)
    guard start >= leading, start < end else { return nil }
    // Anchors: the operator between the operands, found in the text; or the index brackets.
    var anchors: (Int, Int)?
    if span.endLine == span.line, let a = span.anchorStart, let b = span.anchorEnd {
      if b < 0 {
        let rightStart = index(-b)
        var i = index(a)
        while i < rightStart && i < chars.count {
          if chars[i] == " " || chars[i] == "\t" {
            i += 1
            continue
          }
          var j = i + 1
          if j < rightStart && chars[j] != " " && chars[j] != "\t" { j += 1 }
          anchors = (i, j)
          break
        }
      } else {
        anchors = (index(a), min(index(b), end))
      }
    }
    if end - start == trailing - leading && anchors == nil { return nil }
    // A wide character (CJK, most emoji) takes two columns, and two markers.
    let widths = chars.map(WideCharacters.width)
    var out = "    " + String(repeating: " ", count: widths[leading..<start].reduce(0, +))
    for i in start..<end {
      var mark: Character = "^"
      if let (l, r) = anchors, i < l || i >= r { mark = "~" }
      out += String(repeating: mark, count: widths[i])
    }
    return out
  }

  private func cellSuffix(_ file: String, _ line: Int) -> String {
    cellOfLine(file, line).map { " (cell \($0))" } ?? ""
  }
}

extension PyException {
  /// `ValueError: message`, or just `ValueError` when there is no message; KeyError shows the
  /// repr of its key.
  public static func finalLine(_ e: PyException, _ interp: Interpreter, suggest: Bool = false)
    -> String
  {
    // As traceback.format_exception_only: no module for builtins and __main__.
    let module = e.instanceClass.moduleName
    let name =
      module == "builtins" || module == "__main__"
      ? e.exceptionName : "\(module).\(e.exceptionName)"
    var message = e.message(interp)
    if e.isInstance(of: .keyError), e.args.count == 1 {
      message = (try? interp.repr(e.args[0])) ?? message
    }
    if suggest, let missing = e.missingName, let candidates = e.nameCandidates,
      let suggestion = NameSuggestion.best(for: missing, among: candidates())
    {
      message += ". Did you mean: '\(suggestion)'?"
    }
    return message.isEmpty ? name : "\(name): \(message)"
  }
}
