/// CPython's case mappings where they differ from the library's: `title` by code point (a
/// character after a cased one is lowered, any other takes its titlecase form: 'ǅ', 'ﬁ' ->
/// 'Fi'), `lower` with the Final_Sigma rule ('ΣΑΣ' -> 'σας'), and `casefold` with the full
/// foldings that lowercasing does not make ('ß' -> 'ss').
enum TextCase {
  static func title(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = ""
    var previousIsCased = false
    for (i, u) in scalars.enumerated() {
      out += previousIsCased ? lowered(scalars, i) : u.properties.titlecaseMapping
      previousIsCased = u.properties.isCased
    }
    return out
  }

  /// `capitalize()`: the first character in its titlecase form, the rest lowered.
  static func capitalize(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    var out = ""
    for (i, u) in scalars.enumerated() {
      out += i == 0 ? u.properties.titlecaseMapping : lowered(scalars, i)
    }
    return out
  }

  /// `lower()`: the library's mapping, with capital sigma final ('ς') where it ends a word:
  /// after a cased character and not before one (case-ignorable characters between skipped).
  static func lower(_ s: String) -> String {
    guard s.unicodeScalars.contains("\u{03A3}") else { return s.lowercased() }
    let scalars = Array(s.unicodeScalars)
    var out = ""
    for i in scalars.indices { out += lowered(scalars, i) }
    return out
  }

  /// Scalar `i` lowered in its context: a capital sigma ending a word is the final 'ς'.
  private static func lowered(_ scalars: [Unicode.Scalar], _ i: Int) -> String {
    let u = scalars[i]
    return u == "\u{03A3}" && isFinal(scalars, i) ? "\u{03C2}" : u.properties.lowercaseMapping
  }

  private static func isFinal(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
    func casedNeighbour(_ indices: some Sequence<Int>) -> Bool {
      for j in indices {
        let p = scalars[j].properties
        if p.isCaseIgnorable { continue }
        return p.isCased
      }
      return false
    }
    return casedNeighbour(stride(from: i - 1, through: 0, by: -1))
      && !casedNeighbour(i + 1..<scalars.count)
  }

  /// Full case foldings (Unicode's CaseFolding.txt, status F and the C entries lowercasing
  /// misses) of the characters text commonly holds.
  private static let specialFoldings: [Unicode.Scalar: String] = [
    "\u{00DF}": "ss", "\u{1E9E}": "ss", "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl",
    "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB05}": "st", "\u{FB06}": "st",
    "\u{0149}": "\u{02BC}n", "\u{00B5}": "\u{03BC}", "\u{017F}": "s", "\u{03C2}": "\u{03C3}",
    "\u{03D0}": "\u{03B2}", "\u{03D1}": "\u{03B8}", "\u{03D5}": "\u{03C6}", "\u{03D6}": "\u{03C0}",
    "\u{03F0}": "\u{03BA}", "\u{03F1}": "\u{03C1}", "\u{03F5}": "\u{03B5}", "\u{1E9B}": "\u{1E61}",
    "\u{0130}": "i\u{0307}", "\u{1FBE}": "\u{03B9}", "\u{0345}": "\u{03B9}",
  ]

  static func casefold(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      out += specialFoldings[u] ?? u.properties.lowercaseMapping
    }
    return out
  }
}
