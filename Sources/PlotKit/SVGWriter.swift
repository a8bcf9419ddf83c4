/// Writes a figure as standalone SVG 1.1 in matplotlib's layout, with text as `<text>` in
/// DejaVu Sans. Output is deterministic: ids come from counters, numbers from one formatter.
struct SVGWriter {
  let figure: Figure
  private static let font =
    "font-family: 'DejaVu Sans', 'Bitstream Vera Sans', 'Arial', 'Helvetica', sans-serif"

  func document() -> String {
    let w = SVGWriter.number(figure.width)
    let h = SVGWriter.number(figure.height)
    var out = """
      <?xml version="1.0" encoding="utf-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg xmlns:xlink="http://www.w3.org/1999/xlink" width="\(w)pt" height="\(h)pt" viewBox="0 0 \(w) \(h)" xmlns="http://www.w3.org/2000/svg" version="1.1">
       <g id="figure_1">
        <path d="M 0 \(h) L \(w) \(h) L \(w) 0 L 0 0 z" style="fill: #ffffff"/>

      """
    for (i, axes) in figure.axes.enumerated() {
      out += self.axes(axes, id: i + 1)
    }
    out += " </g>\n <defs>\n"
    for (i, axes) in figure.axes.enumerated() {
      let b = axes.box
      out += "  <clipPath id=\"clip\(i + 1)\">\n"
      out += "   <rect x=\"\(SVGWriter.number(b.x))\" y=\"\(SVGWriter.number(b.y))\" "
      out += "width=\"\(SVGWriter.number(b.width))\" height=\"\(SVGWriter.number(b.height))\"/>\n"
      out += "  </clipPath>\n"
    }
    out += " </defs>\n</svg>\n"
    return out
  }

  private func axes(_ a: Axes, id: Int) -> String {
    let b = a.box
    let (xlim, ylim) = a.viewLimits
    func px(_ x: Double) -> Double { b.x + (x - xlim.0) / (xlim.1 - xlim.0) * b.width }
    func py(_ y: Double) -> Double { b.y + b.height - (y - ylim.0) / (ylim.1 - ylim.0) * b.height }
    let n = SVGWriter.number
    var out = "  <g id=\"axes_\(id)\">\n"
    out +=
      "   <path d=\"M \(n(b.x)) \(n(b.y + b.height)) L \(n(b.x + b.width)) \(n(b.y + b.height)) "
    out += "L \(n(b.x + b.width)) \(n(b.y)) L \(n(b.x)) \(n(b.y)) z\" style=\"fill: #ffffff\"/>\n"

    // Ticks and their labels (only those inside the view).
    let xticks = TickLocator.ticks(
      xlim.0, xlim.1, maxIntervals: TickLocator.maxIntervals(axisLength: b.width, horizontal: true))
    let yticks = TickLocator.ticks(
      ylim.0, ylim.1,
      maxIntervals: TickLocator.maxIntervals(axisLength: b.height, horizontal: false))
    let xlabels = TickFormatter.labels(xticks)
    let ylabels = TickFormatter.labels(yticks)
    let bottom = b.y + b.height
    var maxYLabelWidth = 0.0
    for (v, label) in zip(xticks, xlabels) where SVGWriter.inside(v, xlim) {
      let x = px(v)
      if a.showGrid { out += gridLine(x, b.y, x, bottom) }
      out +=
        "   <path d=\"M \(n(x)) \(n(bottom)) L \(n(x)) \(n(bottom + 3.5))\" style=\"stroke: #000000; stroke-width: 0.8\"/>\n"
      out += text(label, x: x, y: bottom + 14.597656, size: 10, anchor: "middle")
    }
    for (v, label) in zip(yticks, ylabels) where SVGWriter.inside(v, ylim) {
      let y = py(v)
      if a.showGrid { out += gridLine(b.x, y, b.x + b.width, y) }
      out +=
        "   <path d=\"M \(n(b.x)) \(n(y)) L \(n(b.x - 3.5)) \(n(y))\" style=\"stroke: #000000; stroke-width: 0.8\"/>\n"
      out += text(label, x: b.x - 7, y: y + 3.798828, size: 10, anchor: "end")
      maxYLabelWidth = max(maxYLabelWidth, TextMetrics.width(label, size: 10))
    }

    // Data, clipped to the axes box; each line is one path.
    for line in a.lines where line.lineStyle != .none && !line.x.isEmpty {
      var d = ""
      for (i, (x, y)) in zip(line.x, line.y).enumerated() {
        d += (i == 0 ? "M " : " L ") + n(px(x)) + " " + n(py(y))
      }
      var style =
        "fill: none; stroke: \(line.color); stroke-width: \(n(line.lineWidth)); stroke-linecap: square"
      switch line.lineStyle {
      case .dashed:
        style += "; stroke-dasharray: \(n(3.7 * line.lineWidth)),\(n(1.6 * line.lineWidth))"
      case .dotted: style += "; stroke-dasharray: \(n(line.lineWidth)),\(n(1.65 * line.lineWidth))"
      case .dashDot:
        style +=
          "; stroke-dasharray: \(n(6.4 * line.lineWidth)),\(n(1.6 * line.lineWidth)),\(n(line.lineWidth)),\(n(1.6 * line.lineWidth))"
      default: break
      }
      out += "   <path d=\"\(d)\" clip-path=\"url(#clip\(id))\" style=\"\(style)\"/>\n"
    }
    for line in a.lines where line.marker != nil {
      for (x, y) in zip(line.x, line.y) {
        out +=
          "   <circle cx=\"\(n(px(x)))\" cy=\"\(n(py(y)))\" r=\"3\" clip-path=\"url(#clip\(id))\" style=\"fill: \(line.color); stroke: \(line.color)\"/>\n"
      }
    }

    // Spines: left, right, bottom, top.
    let spine =
      "style=\"fill: none; stroke: #000000; stroke-width: 0.8; stroke-linejoin: miter; stroke-linecap: square\""
    out += "   <path d=\"M \(n(b.x)) \(n(bottom)) L \(n(b.x)) \(n(b.y))\" \(spine)/>\n"
    out +=
      "   <path d=\"M \(n(b.x + b.width)) \(n(bottom)) L \(n(b.x + b.width)) \(n(b.y))\" \(spine)/>\n"
    out += "   <path d=\"M \(n(b.x)) \(n(bottom)) L \(n(b.x + b.width)) \(n(bottom))\" \(spine)/>\n"
    out += "   <path d=\"M \(n(b.x)) \(n(b.y)) L \(n(b.x + b.width)) \(n(b.y))\" \(spine)/>\n"

    let centerX = b.x + b.width / 2
    if !a.title.isEmpty { out += text(a.title, x: centerX, y: b.y - 6, size: 12, anchor: "middle") }
    if !a.xlabel.isEmpty {
      out += text(a.xlabel, x: centerX, y: bottom + 28.597656, size: 10, anchor: "middle")
    }
    if !a.ylabel.isEmpty {
      let x = b.x - 7 - maxYLabelWidth - 4 - 2.363281
      out += text(a.ylabel, x: x, y: b.y + b.height / 2, size: 10, anchor: "middle", rotate: -90)
    }
    if a.showLegend { out += legend(a) }
    out += "  </g>\n"
    return out
  }

  /// The legend box in the upper right corner (matplotlib's 'best' placement is to come).
  private func legend(_ a: Axes) -> String {
    let entries = a.lines.filter { $0.label != nil && !$0.label!.hasPrefix("_") }
    guard !entries.isEmpty else { return "" }
    let n = SVGWriter.number
    let textWidth = entries.map { TextMetrics.width($0.label!, size: 10) }.max() ?? 0
    let width = 4 + 20 + 8 + textWidth + 4
    let height = 4.0 + Double(entries.count) * 13.888 + 2
    let x0 = a.box.x + a.box.width - 7 - width
    let y0 = a.box.y + 7
    var out =
      "   <path d=\"M \(n(x0)) \(n(y0)) L \(n(x0 + width)) \(n(y0)) L \(n(x0 + width)) \(n(y0 + height)) L \(n(x0)) \(n(y0 + height)) z\" style=\"fill: #ffffff; opacity: 0.8; stroke: #cccccc; stroke-linejoin: miter\"/>\n"
    for (i, line) in entries.enumerated() {
      let y = y0 + 4 + 9.5 + Double(i) * 13.888
      out +=
        "   <path d=\"M \(n(x0 + 4)) \(n(y - 3.5)) L \(n(x0 + 24)) \(n(y - 3.5))\" style=\"fill: none; stroke: \(line.color); stroke-width: \(n(line.lineWidth)); stroke-linecap: square\"/>\n"
      out += text(line.label!, x: x0 + 32, y: y, size: 10, anchor: "start")
    }
    return out
  }

  private func gridLine(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
    let n = SVGWriter.number
    return
      "   <path d=\"M \(n(x1)) \(n(y1)) L \(n(x2)) \(n(y2))\" style=\"fill: none; stroke: #b0b0b0; stroke-width: 0.8; stroke-linecap: square\"/>\n"
  }

  private func text(
    _ s: String, x: Double, y: Double, size: Double, anchor: String, rotate: Double = 0
  ) -> String {
    let n = SVGWriter.number
    let transform = rotate != 0 ? " transform=\"rotate(\(n(rotate)) \(n(x)) \(n(y)))\"" : ""
    return
      "   <text style=\"font-size: \(n(size))px; \(SVGWriter.font); text-anchor: \(anchor)\" x=\"\(n(x))\" y=\"\(n(y))\"\(transform)>\(SVGWriter.escape(s))</text>\n"
  }

  static func inside(_ v: Double, _ lim: (Double, Double)) -> Bool {
    let (lo, hi) = (min(lim.0, lim.1), max(lim.0, lim.1))
    let eps = (hi - lo) * 1e-10
    return v >= lo - eps && v <= hi + eps
  }

  /// Numbers as matplotlib writes them: up to 6 decimals, no trailing zeros.
  static func number(_ v: Double) -> String {
    var s = TickFormatter.formatFixed(v, 6)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
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

/// Approximate DejaVu Sans advance widths (fraction of the font size), for layout.
enum TextMetrics {
  static func width(_ s: String, size: Double) -> Double {
    var total = 0.0
    for c in s {
      switch c {
      case "0"..."9": total += 0.636
      case "\u{2212}": total += 0.838
      case ".", ",", ":", ";", "i", "l", "j", "!", "|": total += 0.318
      case " ": total += 0.318
      case "A"..."Z": total += 0.70
      case "m", "w": total += 0.95
      default: total += 0.6
      }
    }
    return total * size
  }
}
