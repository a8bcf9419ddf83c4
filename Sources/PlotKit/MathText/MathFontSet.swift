/// One glyph of a mathtext font, in font units (2048 per em).
struct MathGlyph: Sendable {
  let advance: Double
  let width: Double
  let height: Double
  /// From the baseline to the top of the ink (TeX's height; FreeType's horiBearingY).
  let top: Double
  let xmin: Double
  let ymin: Double
  let xmax: Double
  let ymax: Double
}

/// A glyph's metrics at a size, in points, as matplotlib's `FontMetrics`.
struct MathMetrics {
  let advance: Double
  let width: Double
  let height: Double
  let iceberg: Double
  let xmin: Double
  let xmax: Double
  let ymin: Double
  let ymax: Double
  let slanted: Bool
}

/// matplotlib's 'dejavusans' mathtext fontset: DejaVu Sans in its roman, oblique, bold, bold
/// oblique, mono and display cuts, with the TeX symbol names and matplotlib parser's classes
/// of symbols. Read once from the generated `MathFontTable`.
final class MathFontSet: Sendable {
  static let shared = MathFontSet()
  static let unitsPerEm = 2048.0

  let glyphs: [String: [UInt32: MathGlyph]]
  let kerning: [String: [UInt64: Double]]
  /// TeX names (without the backslash) and their code points.
  let symbols: [String: UInt32]
  let italicLetters: Set<UInt32>
  let slantedLetters: [String: Set<UInt32>]
  let binaryOperators: Set<String>
  let spacedSymbols: Set<String>
  let relations: Set<String>
  let punctuation: Set<String>
  let functionNames: Set<String>
  let overUnderSymbols: Set<String>
  let overUnderFunctions: Set<String>
  let dropSubSymbols: Set<String>
  let leftDelimiters: Set<String>
  let delimiters: Set<String>
  let fontNames: Set<String>

  private init() {
    var glyphs: [String: [UInt32: MathGlyph]] = [:]
    for (font, text) in MathFontTable.glyphs {
      var table: [UInt32: MathGlyph] = [:]
      for entry in text.split(separator: ";") {
        let v = entry.split(separator: " ").map { Double($0)! }
        table[UInt32(v[0])] = MathGlyph(
          advance: v[1], width: v[2], height: v[3], top: v[4], xmin: v[5], ymin: v[6],
          xmax: v[7], ymax: v[8])
      }
      glyphs[font] = table
    }
    self.glyphs = glyphs
    var kerning: [String: [UInt64: Double]] = [:]
    for (font, text) in MathFontTable.kerning {
      var table: [UInt64: Double] = [:]
      for entry in text.split(separator: ";") {
        let v = entry.split(separator: " ").map { Int($0)! }
        table[UInt64(v[0]) << 32 | UInt64(v[1])] = Double(v[2])
      }
      kerning[font] = table
    }
    self.kerning = kerning
    var symbols: [String: UInt32] = [:]
    for entry in MathFontTable.symbols.split(separator: " ") {
      let parts = entry.split(separator: "=", maxSplits: 1)
      symbols[String(parts[0])] = UInt32(parts[1])!
    }
    self.symbols = symbols
    italicLetters = Set(MathFontTable.italicLetters.split(separator: " ").map { UInt32($0)! })
    slantedLetters = MathFontTable.slantedLetters.mapValues {
      Set($0.split(separator: " ").map { UInt32($0)! })
    }
    func words(_ s: String) -> Set<String> { Set(s.split(separator: " ").map(String.init)) }
    binaryOperators = words(MathFontTable.binaryOperators)
    relations = words(MathFontTable.relations)
    spacedSymbols = binaryOperators.union(relations).union(words(MathFontTable.arrows))
    punctuation = words(MathFontTable.punctuation)
    functionNames = words(MathFontTable.functionNames)
    overUnderSymbols = words(MathFontTable.overUnderSymbols)
    overUnderFunctions = words(MathFontTable.overUnderFunctions)
    dropSubSymbols = words(MathFontTable.dropSubSymbols)
    leftDelimiters = words(MathFontTable.leftDelimiters)
    delimiters = leftDelimiters.union(words(MathFontTable.rightDelimiters)).union(
      words(MathFontTable.ambiguousDelimiters))
    fontNames = words(MathFontTable.fontNames)
  }

  /// The code point a symbol stands for: one character, or a TeX name such as `\alpha`.
  func codePoint(_ symbol: String) -> UInt32? {
    let scalars = symbol.unicodeScalars
    if scalars.count == 1 { return scalars.first!.value }
    return symbols[String(symbol.drop { $0 == "\\" })]
  }

  /// Which table a glyph comes from, and whether it is slanted, for a symbol asked for in
  /// `font` (matplotlib's `DejaVuFonts._get_glyph`: the display cut first, then 'normal'
  /// sets letters in italic and the rest upright). Nil when the fontset lacks the glyph
  /// (matplotlib would take it from STIX, which NumBook does not carry).
  func resolve(_ symbol: String, font: String) -> (table: String, code: UInt32, slanted: Bool)? {
    if symbol == "\\prime" { return ("cmsy", 0x30, false) }  // matplotlib takes it from cmsy10
    guard let code = codePoint(symbol) else { return nil }
    if glyphs["ex"]![code] != nil { return ("ex", code, symbol == "\\int" || symbol == "\\oint") }
    var table = font
    if font == "normal" { table = italicLetters.contains(code) ? "it" : "rm" }
    // STIX's larger cuts, which matplotlib's sized delimiters ask for as fonts '1' to '5'.
    if ["1", "2", "3", "4", "5"].contains(font) {
      return glyphs[font]?[code] == nil ? nil : (font, code, false)
    }
    // \mathcal, \mathbb, \mathfrak, \mathscr: STIX letters, stored under the letter asked for.
    if ["cal", "bb", "frak", "scr"].contains(font) {
      guard glyphs[font]?[code] != nil else { return nil }
      return (font, code, slantedLetters[font]?.contains(code) ?? false)
    }
    if ["default", "regular", "sf", "0"].contains(table) { table = "rm" }
    guard glyphs[table]?[code] != nil else { return nil }
    return (table, code, table == "it" || symbol == "\\int" || symbol == "\\oint")
  }

  /// A glyph's metrics at `size` points; coordinates land on FreeType's 1/64 grid.
  func metrics(_ table: String, _ code: UInt32, size: Double, slanted: Bool) -> MathMetrics {
    let g = glyphs[table]![code]!
    // FreeType is given the size in 64ths of a point, truncated.
    let charSize = (size * 64).rounded(.towardZero) / 64
    let scale = charSize / (MathFontTable.unitsPerEm[table] ?? MathFontSet.unitsPerEm)
    func grid(_ units: Double) -> Double { (units * scale * 64).rounded() / 64 }
    return MathMetrics(
      advance: g.advance * scale, width: grid(g.xmax) - grid(g.xmin),
      height: grid(g.ymax) - grid(g.ymin), iceberg: grid(g.top), xmin: grid(g.xmin),
      xmax: grid(g.xmax), ymin: grid(g.ymin), ymax: grid(g.ymax), slanted: slanted)
  }

  /// Kerning between two glyphs of one table at `size` (FreeType's default mode: the scaled
  /// adjustment, reduced below 25 pixels per em, rounded to whole pixels).
  func kern(_ table: String, _ left: UInt32, _ right: UInt32, size: Double) -> Double {
    guard let k = kerning[table]?[UInt64(left) << 32 | UInt64(right)] else { return 0 }
    let charSize = (size * 64).rounded(.towardZero)
    var v = (k * charSize / MathFontSet.unitsPerEm).rounded()
    let ppem = ((charSize + 32) / 64).rounded(.down)
    if ppem < 25 { v = (v * ppem / 25).rounded() }
    return ((v + 32) / 64).rounded(.down)
  }
}
