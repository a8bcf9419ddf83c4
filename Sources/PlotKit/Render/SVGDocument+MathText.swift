#if canImport(Glibc)
  import Glibc
#endif

/// Math texts in SVG as matplotlib's writer puts them (svg.fonttype 'none'): a group moved to
/// the text's start and turned, one `<tspan>` per glyph, grouped by font and sorted by x,
/// then the rules (fraction bars, radical bars) as `<rect>`s.
extension SVGDocument {
  /// One math line whose baseline starts at (x, y) before `anchor` moves it along the line.
  mutating func mathLine(
    _ line: String, _ layout: MathLayout, x: Double, y: Double, size: Double, anchor: String,
    rotation: Double, color: Color
  ) {
    let n = SVGNumber.format
    let width = TextMetrics.width(line, size: size)
    let shift = anchor == "middle" ? width / 2 : anchor == "end" ? width : 0
    let theta = rotation * .pi / 180
    let (x0, y0) = (x - shift * cos(theta), y + shift * sin(theta))
    var colorStyle = ""
    if color != .black { colorStyle += "; fill: \(color.hex)" }
    if color.a < 1 { colorStyle += "; opacity: \(n(color.a))" }
    var transform = "translate(\(n(x0)) \(n(y0)))"
    if rotation != 0 { transform += " rotate(\(n(-rotation)))" }
    let groupStyle = colorStyle.isEmpty ? "" : " style=\"\(colorStyle.dropFirst(2))\""
    append("<!-- \(SVGDocument.escapeComment(line)) -->\n")
    append("<g\(groupStyle) transform=\"\(transform)\">\n<text>\n")
    var order: [String] = []
    var spans: [String: [(x: Double, y: Double, code: UInt32, text: String)]] = [:]
    var outlines: [MathLayout.Glyph] = []
    for g in layout.glyphs {
      if MathFontTable.outlines["\(g.table) \(g.code)"] != nil {
        outlines.append(g)
        continue
      }
      let font = MathFontTable.svgFonts[g.table]!
      let style =
        "\(font.style)font-size: \(n(g.size))px; font-family: '\(font.family)'\(colorStyle)"
      let scalar = g.code == 32 ? "\u{A0}" : String(UnicodeScalar(g.code)!)
      if spans[style] == nil { order.append(style) }
      spans[style, default: []].append((g.x, g.y, g.code, scalar))
    }
    for style in order {
      let sorted = spans[style]!.sorted { ($0.x, $0.y, $0.code) < ($1.x, $1.y, $1.code) }
      for span in sorted {
        append(
          "<tspan x=\"\(n(span.x))\" y=\"\(n(span.y))\" style=\"\(style)\">\(SVGDocument.escape(span.text))</tspan>\n"
        )
      }
    }
    append("</text>\n")
    for g in outlines { append("<path d=\"\(SVGDocument.outline(g))\"/>\n") }
    for r in layout.rules {
      append(
        "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\"/>\n"
      )
    }
    append("</g>\n")
  }

  /// A glyph of STIX's larger cuts or cmsy10's prime as a path, placed and scaled (a
  /// browser has neither font; matplotlib's default SVG draws every glyph this way).
  static func outline(_ g: MathLayout.Glyph) -> String {
    let n = SVGNumber.format
    let k = g.size / (MathFontTable.unitsPerEm[g.table] ?? 2048)
    let words = MathFontTable.outlines["\(g.table) \(g.code)"]!.split(separator: " ")
    var d: [String] = []
    var i = 0
    while i < words.count {
      let op = String(words[i])
      i += 1
      if op == "Z" {
        d.append("z")
        continue
      }
      d.append(op)
      let count = op == "Q" ? 4 : 2
      for j in stride(from: 0, to: count, by: 2) {
        let x = Double(words[i + j])!, y = Double(words[i + j + 1])!
        d.append(n(g.x + x * k))
        d.append(n(g.y - y * k))
      }
      i += count
    }
    return d.joined(separator: " ")
  }

  /// matplotlib's comment escaping: markup characters, and a space after each hyphen that
  /// another follows.
  static func escapeComment(_ s: String) -> String {
    var out = ""
    let chars = Array(s)
    for (i, c) in chars.enumerated() {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "-" where i + 1 < chars.count && chars[i + 1] == "-": out += "- "
      default: out.append(c)
      }
    }
    return out
  }
}
