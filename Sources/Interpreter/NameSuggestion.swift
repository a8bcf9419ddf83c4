/// CPython 3.11's "Did you mean: 'x'?" for a NameError or AttributeError: the closest name
/// among the candidates by an edit distance where a change of case costs 1 and any other
/// edit 2, accepted when at most about a third of the characters change.
enum NameSuggestion {
  static let moveCost = 2
  static let caseCost = 1
  static let maxLength = 40
  static let maxCandidates = 750

  /// The suggestion for `name`: the first list with a close enough candidate decides (a
  /// NameError looks at the frame's locals, then the globals, then the builtins).
  static func best(for name: String, among lists: [[String]]) -> String? {
    for list in lists {
      if let found = closest(name, list) { return found }
    }
    return nil
  }

  static func closest(_ name: String, _ candidates: [String]) -> String? {
    guard candidates.count <= maxCandidates else { return nil }
    let target = Array(name.utf8)
    var best: String?
    var bestDistance = Int.max
    for candidate in candidates where candidate != name {
      let bytes = Array(candidate.utf8)
      // No more than a third of the involved characters should need changing; a match
      // must beat the best so far.
      let limit = min((target.count + bytes.count + 3) * moveCost / 6, bestDistance - 1)
      let d = distance(target, bytes, limit: limit)
      if d <= limit && d < bestDistance {
        best = candidate
        bestDistance = d
      }
    }
    return best
  }

  static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return moveCost }
    if a == b { return 0 }
    func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
    return lower(a) == lower(b) ? caseCost : moveCost
  }

  /// The edit distance of `a` and `b`, or `limit + 1` once it must exceed `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    var a = a[...]
    var b = b[...]
    while let x = a.first, let y = b.first, x == y {
      a = a.dropFirst()
      b = b.dropFirst()
    }
    while let x = a.last, let y = b.last, x == y {
      a = a.dropLast()
      b = b.dropLast()
    }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
    if a.count > maxLength || b.count > maxLength { return limit + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * moveCost > limit { return limit + 1 }
    // One row of the cost matrix, updated in place.
    var row = (0..<a.count).map { ($0 + 1) * moveCost }
    var result = 0
    for (bIndex, code) in b.enumerated() {
      var diagonal = bIndex * moveCost
      result = diagonal
      var minimum = Int.max
      for (index, c) in a.enumerated() {
        let substitute = diagonal + substitutionCost(code, c)
        diagonal = row[index]
        result = min(min(result, diagonal) + moveCost, substitute)
        row[index] = result
        minimum = min(minimum, result)
      }
      if minimum > limit { return limit + 1 }
    }
    return result
  }
}
