/// An SVG document being written: the text so far, counter-based ids and the clip paths
/// (deduplicated, written at the end). Same input, same bytes.
struct SVGDocument {
  private(set) var body = ""
  private var counters: [String: Int] = [:]
  private var clips: [(id: String, rect: Rect)] = []
  private(set) var definitions = ""

  static let fontFamily =
    "font-family: 'DejaVu Sans', 'Bitstream Vera Sans', 'Computer Modern Sans Serif', "
    + "'Lucida Grande', 'Verdana', 'Geneva', 'Lucid', 'Arial', 'Helvetica', 'Avant Garde', "
    + "sans-serif"

  /// "line2d_3": per-document counters, as matplotlib numbers its groups.
  mutating func id(_ prefix: String) -> String {
    let n = (counters[prefix] ?? 0) + 1
    counters[prefix] = n
    return "\(prefix)_\(n)"
  }

  /// The id of a clip path for `rect`.
  mutating func clip(_ rect: Rect) -> String {
    if let c = clips.first(where: { $0.rect == rect }) { return c.id }
    let id = "p\(clips.count + 1)"
    clips.append((id, rect))
    return id
  }

  mutating func append(_ s: String) { body += s }

  mutating func open(_ id: String, attributes: String = "") {
    body += "<g id=\"\(id)\"\(attributes)>\n"
  }

  mutating func close() { body += "</g>\n" }

  mutating func path(_ d: String, style: String, clip: String? = nil) {
    let clipAttribute = clip.map { " clip-path=\"url(#\($0))\"" } ?? ""
    body += "<path d=\"\(d)\"\(clipAttribute) style=\"\(style)\"/>\n"
  }

  /// A closed rectangle path (corners bottom-left, bottom-right, top-right, top-left).
  static func rectangle(_ r: Rect) -> String {
    SVGNumber.polyline(
      [(r.x, r.maxY), (r.maxX, r.maxY), (r.maxX, r.y), (r.x, r.y)], closed: true)
  }

  /// One `<text>` per line; (x, y) is the anchor on the first baseline.
  mutating func text(
    _ s: String, x: Double, y: Double, size: Double, anchor: String = "start",
    rotation: Double = 0, color: Color = .black, weight: String? = nil
  ) {
    let n = SVGNumber.format
    var style = ""
    if let weight { style += "font-weight: \(weight); " }
    style += "font-size: \(n(size))px; \(SVGDocument.fontFamily); text-anchor: \(anchor)"
    if color != .black { style += "; fill: \(color.hex)" }
    if color.a < 1 { style += "; fill-opacity: \(n(color.a))" }
    let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, line) in lines.enumerated() {
      let yy = y + Double(i) * size * TextMetrics.lineSpacing
      if MathText.isMath(line), let layout = MathText.layout(String(line), size: size) {
        mathLine(
          String(line), layout, x: x, y: yy, size: size, anchor: anchor, rotation: rotation,
          color: color)
        continue
      }
      body +=
        "<text style=\"\(style)\" x=\"\(n(x))\" y=\"\(n(yy))\" transform=\"rotate(\(n(-rotation)) \(n(x)) \(n(yy)))\">\(SVGDocument.escape(String(line)))</text>\n"
    }
  }

  /// A tick label, with its exponent raised as a superscript (log axes).
  mutating func label(
    _ label: TickLabel, x: Double, y: Double, size: Double, anchor: String, rotation: Double = 0,
    color: Color = .black
  ) {
    guard let exponent = label.exponent else {
      text(label.text, x: x, y: y, size: size, anchor: anchor, rotation: rotation, color: color)
      return
    }
    // Mathtext: each part placed explicitly, as matplotlib writes it.
    let n = SVGNumber.format
    let width = label.width(size: size)
    let start = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
    let small = size * TickLabel.exponentScale
    let rise = size * TickLabel.exponentRise
    let exponentX = start + TextMetrics.width(label.text, size: size) + TickLabel.exponentGap * size
    let font = "font-family: 'DejaVu Sans'"
    body +=
      "<text><tspan x=\"\(n(start))\" y=\"\(n(y))\" style=\"font-size: \(n(size))px; \(font)\">\(SVGDocument.escape(label.text))</tspan><tspan x=\"\(n(exponentX))\" y=\"\(n(y - rise))\" style=\"font-size: \(n(small))px; \(font)\">\(SVGDocument.escape(exponent))</tspan></text>\n"
  }

  mutating func define(_ s: String) { definitions += s }

  var clipDefinitions: String {
    var s = ""
    for c in clips {
      let r = c.rect
      let n = SVGNumber.format
      s +=
        "<clipPath id=\"\(c.id)\">\n<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\"/>\n</clipPath>\n"
    }
    return s
  }

  static func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}

/// Style strings in matplotlib's property order.
struct SVGStyle {
  var fill: Color?
  var stroke: Color?
  var strokeWidth: Double?
  var dashes: [Double]?
  var join: String?
  var cap: String?
  var opacity: Double?

  var text: String {
    let n = SVGNumber.format
    var parts: [String] = []
    if let fill {
      parts.append("fill: \(fill.a == 0 ? "none" : fill.hex)")
      if fill.a > 0 && fill.a < 1 { parts.append("fill-opacity: \(n(fill.a))") }
    } else {
      parts.append("fill: none")
    }
    if let opacity { parts.append("opacity: \(n(opacity))") }
    if let dashes {
      parts.append("stroke-dasharray: " + dashes.map(n).joined(separator: ","))
      parts.append("stroke-dashoffset: 0")
    }
    if let stroke, stroke.a > 0 {
      parts.append("stroke: \(stroke.hex)")
      if stroke.a < 1 { parts.append("stroke-opacity: \(n(stroke.a))") }
      if let strokeWidth, strokeWidth != 1 { parts.append("stroke-width: \(n(strokeWidth))") }
      if let join, join != "round" { parts.append("stroke-linejoin: \(join)") }
      if let cap, cap != "butt" { parts.append("stroke-linecap: \(cap)") }
    }
    return parts.joined(separator: "; ")
  }
}
