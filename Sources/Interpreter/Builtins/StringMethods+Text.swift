/// More `str` methods: case tests and conversions, right-hand searches and splits,
/// partitions, lines and tabs, with CPython's results.
extension StringMethods {
  static func installMore() {
    let c = PyClass.str
    func receiver(_ a: Arguments) throws(PyException) -> String {
      try a.receiver(PyStr.self, "str").value
    }
    c.method("swapcase") { (a, _) throws(PyException) in
      .str(
        String(
          try receiver(a).map { ch in
            ch.isUppercase ? ch.lowercased() : ch.isLowercase ? ch.uppercased() : String(ch)
          }.joined()))
    }
    c.method("casefold") { (a, _) throws(PyException) in .str(try receiver(a).lowercased()) }
    for (name, test) in [
      ("isupper", { (s: String) in cased(s) && !s.contains { $0.isLowercase } }),
      ("islower", { (s: String) in cased(s) && !s.contains { $0.isUppercase } }),
      ("isalnum", { (s: String) in !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber } }),
      ("istitle", { (s: String) in isTitle(s) }),
    ] {
      c.method(name) { (a, _) throws(PyException) in .bool(test(try receiver(a))) }
    }
    c.method("rfind") { (a, _) throws(PyException) in
      try a.expectMethod("str.rfind", min: 1, max: 3)
      guard let (text, offset) = try window(a) else { return .int(-1) }
      return .int(rfind(text, try a.string(1, "must be str")).map { $0 + offset } ?? -1)
    }
    c.method("rindex") { (a, _) throws(PyException) in
      try a.expectMethod("str.rindex", min: 1, max: 3)
      guard let (text, offset) = try window(a),
        let i = rfind(text, try a.string(1, "must be str")).map({ $0 + offset })
      else {
        throw .valueError("substring not found")
      }
      return .int(i)
    }
    c.method("rsplit") { (a, _) throws(PyException) in
      let sep = a.count > 1 && !a.positional[1].isNone ? try a.string(1, "sep") : nil
      let maxsplit = a.count > 2 ? try a.int(2) : (a.keyword("maxsplit")?.asInt ?? -1)
      // Splitting from the right is splitting the reversed text from the left.
      let reversedSep = sep.map { String($0.reversed()) }
      let parts = split(String(try receiver(a).reversed()), reversedSep, maxsplit)
      return .list(parts.reversed().map { .str(String($0.reversed())) })
    }
    c.method("partition") { (a, _) throws(PyException) in
      let (s, sep) = (try receiver(a), try a.string(1, "must be str"))
      guard !sep.isEmpty else { throw .valueError("empty separator") }
      guard let i = find(s, sep) else { return .tuple([.str(s), .str(""), .str("")]) }
      return .tuple(parts(s, at: i, sep))
    }
    c.method("rpartition") { (a, _) throws(PyException) in
      let (s, sep) = (try receiver(a), try a.string(1, "must be str"))
      guard !sep.isEmpty else { throw .valueError("empty separator") }
      guard let i = rfind(s, sep) else { return .tuple([.str(""), .str(""), .str(s)]) }
      return .tuple(parts(s, at: i, sep))
    }
    c.method("splitlines") { (a, interp) throws(PyException) in
      let keep = a.count > 1 ? try interp.isTruthy(a[1]) : false
      var lines: [Value] = []
      var current = ""
      for ch in try receiver(a) {
        if ch.isNewline {
          lines.append(.str(keep ? current + String(ch) : current))
          current = ""
        } else {
          current.append(ch)
        }
      }
      if !current.isEmpty { lines.append(.str(current)) }
      return .list(lines)
    }
    c.method("expandtabs") { (a, _) throws(PyException) in
      let size = a.count > 1 ? try a.int(1) : 8
      var out = ""
      var column = 0
      for ch in try receiver(a) {
        if ch == "\t" {
          let spaces = size > 0 ? size - column % size : 0
          out += String(repeating: " ", count: spaces)
          column += spaces
        } else {
          out.append(ch)
          column = ch.isNewline ? 0 : column + 1
        }
      }
      return .str(out)
    }
  }

  /// The text before the separator found at scalar offset `i`, the separator, the rest.
  private static func parts(_ s: String, at i: Int, _ sep: String) -> [Value] {
    let scalars = Array(s.unicodeScalars)
    let end = i + sep.unicodeScalars.count
    var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
    before.append(contentsOf: scalars[..<i])
    after.append(contentsOf: scalars[end...])
    return [.str(String(before)), .str(sep), .str(String(after))]
  }

  /// Has at least one cased character.
  private static func cased(_ s: String) -> Bool { s.contains { $0.isUppercase || $0.isLowercase } }

  /// Uppercase only after uncased characters, lowercase only after cased ones.
  private static func isTitle(_ s: String) -> Bool {
    var previousCased = false
    var sawCased = false
    for ch in s {
      if ch.isUppercase {
        if previousCased { return false }
        previousCased = true
        sawCased = true
      } else if ch.isLowercase {
        if !previousCased { return false }
        previousCased = true
        sawCased = true
      } else {
        previousCased = false
      }
    }
    return sawCased
  }

  static func rfind(_ s: String, _ needle: String) -> Int? {
    let hay = Array(s.unicodeScalars)
    let n = Array(needle.unicodeScalars)
    if n.isEmpty { return hay.count }
    guard hay.count >= n.count else { return nil }
    for i in stride(from: hay.count - n.count, through: 0, by: -1)
    where Array(hay[i..<i + n.count]) == n {
      return i
    }
    return nil
  }
}
