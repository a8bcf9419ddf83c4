import Foundation

/// A golden comparison for programs whose last digits depend on the processor: BLAS and LAPACK
/// pick kernels by processor, and numpy on another machine prints other last digits too. A
/// fixture opts in with a comment line `# tolerance: rtol=R atol=A`; its numbers must then
/// agree within `atol + rtol * |expected|`, and the text between them must match once
/// whitespace is removed (numpy pads columns to the longest number).
struct NumericTolerance {
  let rtol: Double
  let atol: Double

  /// The tolerance a program's source declares, if any.
  static func declared(in source: String) -> NumericTolerance? {
    for line in source.split(separator: "\n") where line.hasPrefix("# tolerance:") {
      var rtol = 0.0
      var atol = 0.0
      for field in line.dropFirst("# tolerance:".count).split(separator: " ") {
        let parts = field.split(separator: "=")
        guard parts.count == 2, let value = Double(parts[1]) else { continue }
        if parts[0] == "rtol" { rtol = value } else if parts[0] == "atol" { atol = value }
      }
      return NumericTolerance(rtol: rtol, atol: atol)
    }
    return nil
  }

  /// Text pieces and numbers, in order.
  enum Piece: Equatable {
    case text(String)
    case number(Double)
  }

  static func pieces(_ s: String) -> [Piece] {
    let number = try! Regex(#"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"#)
    var out: [Piece] = []
    var rest = Substring(s)
    while let match = rest.firstMatch(of: number) {
      out.append(.text(String(rest[..<match.range.lowerBound].filter { !$0.isWhitespace })))
      out.append(.number(Double(rest[match.range])!))
      rest = rest[match.range.upperBound...]
    }
    out.append(.text(String(rest.filter { !$0.isWhitespace })))
    return out
  }

  func matches(_ actual: String, _ expected: String) -> Bool {
    let a = Self.pieces(actual)
    let e = Self.pieces(expected)
    guard a.count == e.count else { return false }
    for (x, y) in zip(a, e) {
      switch (x, y) {
      case (.text(let s), .text(let t)) where s == t: continue
      case (.number(let u), .number(let v)) where abs(u - v) <= atol + rtol * abs(v): continue
      default: return false
      }
    }
    return true
  }
}
