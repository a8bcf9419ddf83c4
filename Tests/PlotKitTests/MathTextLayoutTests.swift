import Foundation
import Testing

@testable import PlotKit

/// Mathtext against real matplotlib (Fixtures/mathtext.json, written by
/// scripts/gen-mathtext-goldens.py): every glyph's font, code point, size and place and every
/// rule, within 0.01 pt, and the outer box rounded up as matplotlib's SVG writer rounds it.
@Suite struct MathTextLayoutTests {
  struct Case: Decodable {
    var text: String
    var size: Double
    var width: Double
    var height: Double
    var depth: Double
    var glyphs: [[Glyph]]
    var rects: [[Double]]
  }

  enum Glyph: Decodable {
    case font(String)
    case number(Double)

    init(from decoder: Decoder) throws {
      let c = try decoder.singleValueContainer()
      if let s = try? c.decode(String.self) {
        self = .font(s)
      } else {
        self = .number(try c.decode(Double.self))
      }
    }

    var number: Double {
      if case .number(let v) = self { return v }
      return .nan
    }
  }

  static let cases: [Case] = {
    let url = Bundle.module.url(forResource: "Fixtures/mathtext", withExtension: "json")!
    return try! JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
  }()

  @Test(arguments: cases.indices)
  func placesGlyphsAsMatplotlib(_ index: Int) throws {
    let c = Self.cases[index]
    let layout = try MathLayout(c.text, size: c.size)
    #expect(layout.width.rounded(.up) == c.width, "\(c.text): width")
    let height = layout.height.rounded(.up) + layout.depth.rounded(.up)
    #expect(height == c.height, "\(c.text): height")
    #expect(layout.depth.rounded(.up) == c.depth, "\(c.text): depth")
    // matplotlib's glyph y is up from the baseline; NumBook's is the SVG offset (down).
    var expected = c.glyphs.map { g -> String in
      guard case .font(let table) = g[0] else { return "" }
      return "\(table) \(Int(g[1].number))"
    }
    var actual = layout.glyphs.map { "\($0.table) \($0.code)" }
    #expect(actual.sorted() == expected.sorted(), "\(c.text): glyphs")
    expected = []
    actual = []
    let ours = layout.glyphs.sorted { ($0.x, $0.y, $0.code) < ($1.x, $1.y, $1.code) }
    let theirs = c.glyphs.sorted {
      ($0[3].number, -$0[4].number, $0[1].number) < ($1[3].number, -$1[4].number, $1[1].number)
    }
    for (a, b) in zip(ours, theirs) {
      let close =
        abs(a.size - b[2].number) < 1e-4 && abs(a.x - b[3].number) < 0.01
        && abs(a.y + b[4].number) < 0.01
      #expect(close, "\(c.text): \(a.table) \(a.code) at \(a.x), \(-a.y) size \(a.size) vs \(b)")
    }
    #expect(layout.rules.count == c.rects.count, "\(c.text): rules")
    for (a, b) in zip(layout.rules, c.rects) {
      // The writer puts the rule's top at -(its y up) - 1.
      let close =
        abs(a.x - b[0]) < 0.01 && abs(a.y - (-b[1] - 1)) < 0.01 && abs(a.width - b[2]) < 0.01
        && abs(a.height - b[3]) < 0.01
      #expect(close, "\(c.text): rule \(a) vs \(b)")
    }
  }

  @Test func mathIsAnEvenNumberOfUnescapedDollars() {
    #expect(MathText.isMath("$x$"))
    #expect(MathText.isMath("a $x$ and $y$"))
    #expect(!MathText.isMath("costs $5"))
    #expect(!MathText.isMath("\\$x\\$"))
    #expect(!MathText.isMath("plain"))
  }

  @Test func badTeXIsAnErrorNotATrap() {
    for text in [
      "$\\foo$", "$x^{2$", "$\\frac{1}$", "$a_1_2$", "$x^$", "$\\left( x$", "$}$", "${$",
    ] {
      #expect(throws: MathTextError.self, "\(text)") { try MathLayout(text, size: 10) }
    }
  }
}

/// Random TeX from mathtext's pieces: every text lays out or is refused with a
/// MathTextError, never a trap; deep nesting is refused, not a stack overflow.
@Suite struct MathTextRobustnessTests {
  static let pieces = [
    "x", "1", "+", "-", "=", "(", ")", "[", "]", "{", "}", "^", "_", "'", " ", ",", ".", "\\alpha",
    "\\frac", "\\sqrt", "\\left(", "\\right)", "\\left.", "\\right|", "\\mathrm", "\\mathcal",
    "\\hat", "\\sum", "\\int", "\\lim", "\\sin", "\\operatorname", "\\text", "\\,", "\\quad",
    "\\foo", "\\", "$", "\\$", "\\{", "\\}", "\\binom", "\\overline", "\\dfrac", "\\hspace{3}",
    "\\boldsymbol", "\\mathbb", "\\phantom", "\\overset", "ü", "\\leq", "\\cdot",
  ]

  @Test func randomTeXNeverTraps() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var laidOut = 0
    for _ in 0..<3000 {
      var text = "$"
      for _ in 0..<(1 + next(12)) { text += Self.pieces[next(Self.pieces.count)] }
      text += "$"
      do {
        _ = try MathLayout(text, size: 10)
        laidOut += 1
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    #expect(laidOut > 100)
  }

  @Test func deepNestingIsRefused() {
    let deep =
      "$" + String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000) + "$"
    #expect(throws: MathTextError.self) { try MathLayout(deep, size: 10) }
    let scripts =
      "$" + String(repeating: "x^{", count: 3000) + "1" + String(repeating: "}", count: 3000) + "$"
    #expect(throws: MathTextError.self) { try MathLayout(scripts, size: 10) }
  }
}
