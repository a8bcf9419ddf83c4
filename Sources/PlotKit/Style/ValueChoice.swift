/// matplotlib's refusal of a setting outside its choices (`_api.list_suggestion_error_msg`):
/// "'q' is not a valid value for loc. Supported values are 'left', 'center', 'right'", or,
/// among more than five names, the close ones (`difflib.get_close_matches`, cutoff 0.5):
/// "'vir' is not a valid value for cmap. Did you mean one of: 'viridis', ...?".
public enum ValueChoice {
  /// `given` is the value's repr; `text` its text when it is a str. `choices` are the
  /// accepted values' reprs, with their text when a str.
  public static func refusal(
    given: String, text: String?, name: String, choices: [(repr: String, text: String?)]
  ) -> String {
    let suggestion: String
    if choices.count > 5, let text, choices.allSatisfy({ $0.text != nil }) {
      let best = closeMatches(text, choices.map { $0.text! })
      switch best.count {
      case 0: suggestion = ""
      case 1: suggestion = " Did you mean: \(quoted(best[0]))?"
      default: suggestion = " Did you mean one of: \(best.map(quoted).joined(separator: ", "))?"
      }
    } else {
      suggestion = " Supported values are \(choices.map(\.repr).joined(separator: ", "))"
    }
    return "\(given) is not a valid value for \(name).\(suggestion)"
  }

  /// A str refused among strs.
  public static func refusal(_ given: String, name: String, choices: [String]) -> String {
    refusal(
      given: quoted(given), text: given, name: name, choices: choices.map { (quoted($0), $0) })
  }

  /// Python's repr of a str without quotes or backslashes in it (setting names).
  static func quoted(_ s: String) -> String {
    s.contains("'") ? "\"\(s)\"" : "'\(s)'"
  }

  /// `difflib.get_close_matches(word, possibilities, n=3, cutoff=0.5)`: the best three by
  /// SequenceMatcher's ratio, ties to the later name (Python compares the pairs).
  static func closeMatches(_ word: String, _ possibilities: [String], cutoff: Double = 0.5)
    -> [String]
  {
    let b = Array(word.unicodeScalars)
    var scored: [(Double, String)] = []
    for x in possibilities {
      let a = Array(x.unicodeScalars)
      let total = a.count + b.count
      let score = total == 0 ? 1 : 2.0 * Double(matchingCount(a, b)) / Double(total)
      if score >= cutoff { scored.append((score, x)) }
    }
    scored.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
    return scored.prefix(3).map(\.1)
  }

  /// The characters in SequenceMatcher's matching blocks: the longest common run (the
  /// earliest in `a`, then in `b`, on ties), then the same on each side of it.
  static func matchingCount(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var positions: [Unicode.Scalar: [Int]] = [:]
    for (j, c) in b.enumerated() { positions[c, default: []].append(j) }
    var total = 0
    var queue = [(0, a.count, 0, b.count)]
    while let (alo, ahi, blo, bhi) = queue.popLast() {
      var (besti, bestj, bestSize) = (alo, blo, 0)
      var lengths: [Int: Int] = [:]
      for i in alo..<ahi {
        var next: [Int: Int] = [:]
        for j in positions[a[i]] ?? [] {
          if j < blo { continue }
          if j >= bhi { break }
          let k = (lengths[j - 1] ?? 0) + 1
          next[j] = k
          if k > bestSize { (besti, bestj, bestSize) = (i - k + 1, j - k + 1, k) }
        }
        lengths = next
      }
      guard bestSize > 0 else { continue }
      total += bestSize
      if alo < besti && blo < bestj { queue.append((alo, besti, blo, bestj)) }
      if besti + bestSize < ahi && bestj + bestSize < bhi {
        queue.append((besti + bestSize, ahi, bestj + bestSize, bhi))
      }
    }
    return total
  }
}
