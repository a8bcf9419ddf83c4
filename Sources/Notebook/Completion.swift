import CReadline
import Foundation
import Interpreter
import Syntax

/// Tab completion for the REPL: keywords, builtins and session names; attributes and module
/// members after a dotted name (`np.ar` → `np.arange`); dict keys after `d["`.
enum Completion {
  /// The session readline completes against (readline's callback cannot capture state).
  nonisolated(unsafe) static var session: Session?
  nonisolated(unsafe) static var matches: [String] = []

  /// readline's entry function: called with state 0 to start, then until it returns NULL.
  static let entry: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? =
    {
      text, state in
      if state == 0 {
        nb_rl_no_append()
        let word = text.map { String(cString: $0) } ?? ""
        let line = String(cString: nb_rl_line())
        let upToCursor = String(line.utf8.prefix(Int(nb_rl_point()))) ?? line
        matches = candidates(word: word, line: upToCursor)
      }
      guard Int(state) < matches.count else { return nil }
      return strdup(matches[Int(state)])
    }

  static func candidates(word: String, line: String) -> [String] {
    guard let session else { return [] }
    let interp = session.interp
    // Dict keys: `name["par` or `name['par`.
    if let r = line.range(
      of: #"([A-Za-z_][A-Za-z0-9_]*)\[["']([^"']*)$"#, options: .regularExpression)
    {
      let match = String(line[r])
      let name = String(match.prefix { $0 != "[" })
      if let dict = interp.main.globals.value(of: name)?.as(PyDict.self) {
        return dict.keys.compactMap { $0.as(PyStr.self)?.value }.filter { $0.hasPrefix(word) }
          .sorted()
      }
      return []
    }
    // Attributes: `a.b.c` completes the last part against a.b's attributes.
    if let dot = word.lastIndex(of: ".") {
      let base = String(word[..<dot])
      let partial = String(word[word.index(after: dot)...])
      var value: Value?
      for (i, part) in base.split(separator: ".").enumerated() {
        if i == 0 {
          value = interp.main.globals.value(of: String(part)) ?? interp.builtins[String(part)]
        } else {
          value = value.flatMap { try? interp.getAttribute($0, String(part)) }
        }
      }
      guard case .object(let object)? = value else { return [] }
      return object.attributeNames().filter { $0.hasPrefix(partial) && !$0.hasPrefix("_") }
        .map { base + "." + $0 }
    }
    let names = Set(interp.main.globals.definedNames).union(interp.builtins.keys).union(
      pythonKeywords)
    return names.filter { $0.hasPrefix(word) && !$0.hasPrefix("_") }.sorted()
  }
}
