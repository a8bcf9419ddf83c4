import Interpreter

/// IPython's input transformations (`IPython.core.inputtransformer2`), line for line: a cell
/// whose first line is `%%name args` is a cell magic; at the start of a statement, `%name
/// args` becomes `get_ipython().run_line_magic('name', 'args')`, `!cmd` becomes
/// `get_ipython().system('cmd')` (`!!cmd` and `x = !cmd`: `getoutput`), `x = %name args`
/// assigns the magic's value, and `name?`, `?name` (`??`: pinfo2) ask for help. Lines inside
/// brackets, strings or after a `\` are left alone, and the line count never changes, so
/// tracebacks keep naming the cell's own lines.
enum MagicTransformer {
  struct CellMagic {
    let name: String
    let line: String
    let body: String
    /// Lines before the body within the cell (blank lines, then the `%%` line).
    let bodyOffset: Int
  }

  /// The cell's `%%magic`, if its first non-blank line is one.
  static func cellMagic(_ source: String) -> CellMagic? {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
      lines[first].hasPrefix("%%")
    else { return nil }
    let header = lines[first].dropFirst(2).trimmingSuffix()
    let name = header.prefix { $0 != " " }
    // IPython's transformers end a cell with a newline before handing its body over.
    var body = lines[(first + 1)...].joined(separator: "\n")
    if !body.hasSuffix("\n") { body += "\n" }
    return CellMagic(
      name: String(name), line: String(header.dropFirst(name.count + 1)),
      body: body, bodyOffset: first + 1)
  }

  /// The source with its magic, shell and help lines turned into calls.
  static func transform(_ source: String) -> String {
    guard source.contains("%") || source.contains("!") || source.contains("?") else {
      return source
    }
    var scanner = StatementScanner()
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for i in lines.indices {
      let startsStatement = scanner.atStatementStart
      scanner.scan(lines[i])
      if startsStatement, let call = call(for: lines[i]) { lines[i] = call }
    }
    return lines.joined(separator: "\n")
  }

  /// The call a line stands for, or nil for plain Python.
  static func call(for line: String) -> String? {
    let indent = String(line.prefix { $0 == " " || $0 == "\t" })
    let content = line.dropFirst(indent.count).trimmingSuffix()
    if let escaped = escapedCall(content) { return indent + escaped }
    // `name?`, `obj.attr??`: help on a dotted name.
    if content.hasSuffix("?") {
      let target = content.drop { $0 == "?" }.reversed().drop { $0 == "?" }.reversed()
      let name = String(target).trimmingCharacters(in: .whitespaces)
      if isDottedName(name) { return indent + help(name, double: content.hasSuffix("??")) }
    }
    // `x = %magic args`, `files = !ls`.
    if let equals = content.firstIndex(of: "=") {
      let target = content[..<equals].trimmingSuffix()
      let value = content[content.index(after: equals)...].drop { $0 == " " }
      if isAssignmentTarget(String(target)), let first = value.first, first == "%" || first == "!" {
        let assigned: Substring = first == "!" && !value.hasPrefix("!!") ? "!" + value : value
        if let escaped = escapedCall(assigned) { return "\(indent)\(target) = \(escaped)" }
      }
    }
    return nil
  }

  /// The call for a line beginning with `%`, `!!`, `!` or `?` (nil for any other).
  private static func escapedCall(_ content: Substring) -> String? {
    if content.hasPrefix("%") {
      let name = content.dropFirst().prefix { $0 != " " }
      let arguments = content.dropFirst(1 + name.count).dropFirst()
      return "get_ipython().run_line_magic(\(quoted(name)), \(quoted(arguments)))"
    }
    if content.hasPrefix("!!") { return "get_ipython().getoutput(\(quoted(content.dropFirst(2))))" }
    if content.hasPrefix("!") { return "get_ipython().system(\(quoted(content.dropFirst())))" }
    if content.hasPrefix("?") {
      let double = content.hasPrefix("??")
      let name = content.dropFirst(double ? 2 : 1).trimmingCharacters(in: .whitespaces)
      if isDottedName(name) { return help(name, double: double) }
    }
    return nil
  }

  private static func help(_ name: String, double: Bool) -> String {
    "get_ipython().run_line_magic(\(quoted(double ? "pinfo2" : "pinfo")), \(quoted(name)))"
  }

  private static func quoted<S: StringProtocol>(_ text: S) -> String { PyStr.repr(String(text)) }

  private static func isDottedName(_ text: String) -> Bool {
    !text.isEmpty
      && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
        guard let first = part.first, first == "_" || first.isLetter else { return false }
        return part.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
      }
  }

  /// Names, attributes, subscripts and tuples of them: what may stand left of `= %magic`.
  private static func isAssignmentTarget(_ text: String) -> Bool {
    guard let first = text.first, first == "_" || first.isLetter || first == "(" || first == "["
    else { return false }
    return text.allSatisfy { c in
      c == "_" || c.isLetter || c.isNumber || " .,[]()*'\"".contains(c)
    }
  }
}

/// Follows brackets, strings and backslash continuations across lines, to tell which lines
/// begin a statement.
struct StatementScanner {
  private var depth = 0
  private var openString: String?
  private var continued = false

  var atStatementStart: Bool { depth == 0 && openString == nil && !continued }

  mutating func scan(_ line: String) {
    let chars = Array(line)
    var i = 0
    continued = false
    while i < chars.count {
      let c = chars[i]
      if let quote = openString {
        if c == "\\" {
          i += 2
          continue
        }
        if matches(chars, i, quote) {
          openString = nil
          i += quote.count
          continue
        }
        i += 1
        continue
      }
      switch c {
      case "#": return
      case "\\" where i == chars.count - 1: continued = true
      case "(", "[", "{": depth += 1
      case ")", "]", "}": depth = max(depth - 1, 0)
      case "'", "\"":
        let triple = String(repeating: c, count: 3)
        openString = matches(chars, i, triple) ? triple : String(c)
        i += openString!.count
        continue
      default: break
      }
      i += 1
    }
    // A one-quote string ends with its line (an unterminated one is a syntax error anyway).
    if let quote = openString, quote.count == 1 { openString = nil }
  }

  private func matches(_ chars: [Character], _ i: Int, _ text: String) -> Bool {
    var j = i
    for c in text {
      guard j < chars.count, chars[j] == c else { return false }
      j += 1
    }
    return true
  }
}

extension StringProtocol {
  /// The text without trailing spaces and tabs.
  func trimmingSuffix() -> SubSequence {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
      end = index(before: end)
    }
    return self[startIndex..<end]
  }
}
