/// DejaVu Sans text extents as matplotlib measures them: advances plus kerning; every line
/// box is 1 em high (ascent 0.759766 em, descent 0.240234 em); lines are 1.2002 em apart.
public enum TextMetrics {
  public static let ascent = 1556.0 / 2048
  public static let descent = 492.0 / 2048
  public static let lineSpacing = (1556.0 + 492 + 410) / 2048
  /// For characters the table lacks: about an average lowercase glyph.
  static let fallbackAdvance = 1250.0

  /// Width in points of one line of `s` at `size` points.
  public static func width(_ s: some StringProtocol, size: Double) -> Double {
    if MathText.isMath(s), let m = MathText.extent(String(s), size: size) { return m.width }
    var units = 0.0
    var previous: Character?
    for c in s {
      units += DejaVuSansTable.advances[c] ?? fallbackAdvance
      if let p = previous, let k = DejaVuSansTable.kerning[String([p, c])] { units += k }
      previous = c
    }
    return units / DejaVuSansTable.unitsPerEm * size
  }

  /// How far one line reaches above its baseline (matplotlib: at least the font's ascent,
  /// more for math with tall parts).
  public static func ascent(of line: some StringProtocol, size: Double) -> Double {
    guard MathText.isMath(line), let m = MathText.extent(String(line), size: size) else {
      return ascent * size
    }
    return max(m.height - m.descent, ascent * size)
  }

  /// How far one line reaches below its baseline.
  public static func descent(of line: some StringProtocol, size: Double) -> Double {
    guard MathText.isMath(line), let m = MathText.extent(String(line), size: size) else {
      return descent * size
    }
    return max(m.descent, descent * size)
  }

  /// The font's line gap; a text of several lines gives each line half of it above and
  /// half below (matplotlib's layout), a single line none.
  public static let lineGap = 410.0 / 2048

  /// Width of the widest line and height of the whole block, in points.
  public static func extent(_ s: String, size: Double) -> (width: Double, height: Double) {
    let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
    let width = lines.map { TextMetrics.width($0, size: size) }.max() ?? 0
    let gaps = lines.count > 1 ? Double(lines.count) * lineGap * size : 0
    guard MathText.isMath(s) else { return (width, Double(lines.count) * size + gaps) }
    let heights = lines.map { ascent(of: $0, size: size) + descent(of: $0, size: size) }
    return (width, heights.reduce(0, +) + gaps)
  }

  /// From the top of a block's box to its first baseline (half a line gap above the first
  /// line of several).
  public static func firstAscent(_ s: String, size: Double) -> Double {
    let lines = s.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    let gap = lines.count > 1 ? lineGap * size / 2 : 0
    return ascent(of: lines.first ?? "", size: size) + gap
  }

  /// From the last baseline to the bottom of a block's box.
  public static func lastDescent(_ s: String, size: Double) -> Double {
    let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
    let gap = lines.count > 1 ? lineGap * size / 2 : 0
    return descent(of: lines.last ?? "", size: size) + gap
  }
}
