/// The legend box: entries for labelled artists, placed at `loc` or, for 'best', at the
/// first candidate position covering no data (else the one covering the least).
struct LegendPainter {
  let geometry: AxesGeometry
  let legend: Legend

  private struct Entry {
    let artist: Artist
    let label: String
    /// The label's Text when the program asked for the legend's texts (its color, size and
    /// weight are drawn).
    let text: TextArtist?
    let size: Double
  }

  private var entries: [Entry] {
    let texts = legend.texts ?? []
    return legend.entries(in: geometry.axes).enumerated().map { (k, e) in
      let text = k < texts.count ? texts[k] : nil
      return Entry(
        artist: e.artist, label: text?.text ?? e.label, text: text,
        size: text?.size ?? legend.fontSize)
    }
  }

  /// Draws the legend; returns its frame.
  mutating func draw(_ doc: inout SVGDocument) -> Rect? {
    let entries = self.entries
    guard !entries.isEmpty else { return nil }
    let fs = legend.fontSize
    let pad = legend.borderPad * fs
    let handle = legend.handleLength * fs
    let textPad = legend.handleTextPad * fs
    let rowGap = legend.labelSpacing * fs
    let titleHeight =
      legend.title.isEmpty ? 0 : TextMetrics.extent(legend.title, size: fs).height + 0.5 * fs
    // matplotlib's array_split into columns: the first `count % columns` one entry longer.
    let columnCount = min(max(legend.columns, 1), entries.count)
    var columns: [Range<Int>] = []
    var start = 0
    for c in 0..<columnCount {
      let length = entries.count / columnCount + (c < entries.count % columnCount ? 1 : 0)
      columns.append(start..<(start + length))
      start += length
    }
    // Each column: handle (2 em), 0.8 em, its widest label; 2 em between columns.
    let columnWidths = columns.map { range in
      handle + textPad + range.map { TextMetrics.width(entries[$0].label, size: entries[$0].size) }
        .max()!
    }
    var columnLeft: [Double] = []
    var offset = 0.0
    for w in columnWidths {
      columnLeft.append(offset)
      offset += w + legend.columnSpacing * fs
    }
    // Each column stacks its rows 0.5 em apart; a row reaches the handle's 0.7 em or its
    // label's ascent above the baseline, and the label's descent below.
    var baselines = Array(repeating: 0.0, count: entries.count)
    var columnHeight = 0.0
    for range in columns {
      var y = 0.0
      for k in range {
        let ascent = max(TextMetrics.ascent(of: entries[k].label, size: entries[k].size), 0.7 * fs)
        baselines[k] = y + ascent
        y += ascent + TextMetrics.descent(of: entries[k].label, size: entries[k].size) + rowGap
      }
      columnHeight = max(columnHeight, y - rowGap)
    }
    let width = max(
      pad + columnWidths.reduce(0, +) + Double(columnCount - 1) * legend.columnSpacing * fs + pad,
      TextMetrics.width(legend.title, size: fs) + 2 * pad)
    let height = 2 * pad + columnHeight + titleHeight
    let frame = place(width: width, height: height)
    doc.open(doc.id("legend"))
    func outline(_ r: Rect) -> String {
      legend.fancyBox
        ? LegendPainter.roundedRectangle(r, radius: 0.2 * fs) : SVGDocument.rectangle(r)
    }
    if legend.frameOn && legend.shadow {
      // matplotlib's Shadow: the frame's face darkened to 0.3, half opaque.
      doc.open(doc.id("patch"))
      doc.path(
        outline(Rect(x: frame.x + 2, y: frame.y + 2, width: frame.width, height: frame.height)),
        style: "fill: #4d4d4d; opacity: 0.5; stroke: #4d4d4d; stroke-linejoin: miter")
      doc.close()
    }
    if legend.frameOn {
      doc.open(doc.id("patch"))
      doc.path(
        outline(frame),
        style:
          "fill: #ffffff; \(legend.frameAlpha < 1 ? "opacity: \(SVGNumber.format(legend.frameAlpha)); " : "")stroke: #cccccc; stroke-linejoin: miter"
      )
      doc.close()
    }
    if !legend.title.isEmpty {
      doc.text(
        legend.title, x: frame.midX,
        y: frame.y + pad + TextMetrics.ascent(of: legend.title, size: fs), size: fs,
        anchor: "middle")
    }
    let painter = ArtistPainter(geometry: geometry, clip: doc.clip(geometry.box))
    for (k, entry) in entries.enumerated() {
      let column = columns.firstIndex { $0.contains(k) }!
      let baseline = frame.y + pad + titleHeight + baselines[k]
      let x0 = frame.x + pad + columnLeft[column]
      let mid = baseline - 0.35 * fs
      switch entry.artist {
      case let line as Line2D:
        if let glyph = line.errorGlyph {
          drawErrorGlyph(glyph, at: (x0 + handle / 2, mid), fontSize: fs, painter, &doc)
        }
        doc.open(doc.id("line2d"))
        if line.lineStyle != .none {
          doc.path(
            SVGNumber.polyline([(x0, mid), (x0 + handle, mid)]),
            style: ArtistPainter.lineStyle(line).text)
        }
        doc.close()
        if let marker = line.marker {
          doc.open(doc.id("line2d"))
          painter.markers(
            marker, size: line.markerSize * legend.markerScale, at: [(x0 + handle / 2, mid)],
            face: [line.markerFaceColor ?? line.color], edge: [line.markerEdgeColor ?? line.color],
            width: line.markerEdgeWidth, &doc, unclipped: true)
          doc.close()
        }
      case let s as SegmentCollection:
        // A line collection's handle is a line in its first color.
        let color = s.colors.first ?? .black
        var style = SVGStyle(
          stroke: color.with(alpha: s.alpha ?? color.a), strokeWidth: s.lineWidth)
        if let pattern = s.lineStyle.dashPattern { style.dashes = pattern.map { $0 * s.lineWidth } }
        doc.open(doc.id("LineCollection"))
        doc.path(SVGNumber.polyline([(x0, mid), (x0 + handle, mid)]), style: style.text)
        doc.close()
      case let s as ScatterCollection:
        doc.open(doc.id("PathCollection"))
        let alpha = s.alpha ?? 1
        painter.markers(
          s.marker, size: (s.sizes.first ?? 36).squareRoot() * legend.markerScale,
          at: [(x0 + handle / 2, mid)],
          face: [s.faceColors[0].with(alpha: alpha)],
          edge: [(s.edgeColors ?? s.faceColors)[0].with(alpha: alpha)], width: s.lineWidth, &doc,
          unclipped: true)
        doc.close()
      default:
        let (color, alpha, edge) = LegendPainter.patchStyle(entry.artist)
        var style =
          entry.artist is BarContainer
          ? SVGStyle(fill: color, opacity: alpha)
          : SVGStyle(fill: color.with(alpha: alpha ?? color.a))
        if let edge {
          style.stroke = edge
          style.join = "miter"
        }
        if let patch = entry.artist as? PolygonPatch { style = ArtistPainter.patchStyle(patch) }
        doc.open(doc.id("patch"))
        doc.path(
          SVGDocument.rectangle(
            Rect(x: x0, y: baseline - 0.7 * fs, width: handle, height: 0.7 * fs)),
          style: style.text)
        doc.close()
      }
      doc.open(doc.id("text"))
      doc.text(
        entry.label, x: x0 + handle + textPad, y: baseline, size: entry.size,
        color: entry.text?.color ?? legend.labelColor(of: entry.artist), weight: entry.text?.weight)
      doc.close()
    }
    doc.close()
    return frame
  }

  /// An errorbar entry's bars and caps, drawn under its line and marker.
  private func drawErrorGlyph(
    _ glyph: ErrorGlyph, at center: (Double, Double), fontSize fs: Double,
    _ painter: ArtistPainter, _ doc: inout SVGDocument
  ) {
    let (x, y) = center
    let size = 0.5 * fs
    var bars: [((Double, Double), (Double, Double), MarkerShape)] = []
    if glyph.horizontal { bars.append(((x - size, y), (x + size, y), .vline)) }
    if glyph.vertical { bars.append(((x, y - size), (x, y + size), .hline)) }
    for (a, b, _) in bars {
      doc.open(doc.id("LineCollection"))
      doc.path(
        SVGNumber.polyline([a, b]),
        style: SVGStyle(stroke: glyph.color, strokeWidth: glyph.lineWidth).text)
      doc.close()
    }
    guard let capSize = glyph.capSize else { return }
    for (a, b, marker) in bars {
      for end in [a, b] {
        doc.open(doc.id("line2d"))
        painter.markers(
          marker, size: capSize, at: [end], face: [glyph.color], edge: [glyph.color],
          width: glyph.capThickness, &doc, unclipped: true)
        doc.close()
      }
    }
  }

  /// A label's color: `labelcolor` (one color, or the artist's own for 'linecolor').
  static func patchStyle(_ a: Artist) -> (Color, Double?, Color?) {
    switch a {
    case let b as BarContainer: return (b.colors[0], b.alpha, b.edgeColor)
    case let p as PolygonPatch: return (p.color, p.alpha, p.edgeColor)
    case let c as ContourSet: return (c.color(0), c.alpha, nil)
    default: return (.black, nil, nil)
    }
  }

  static func roundedRectangle(_ r: Rect, radius: Double) -> String {
    let n = SVGNumber.format
    let (x0, y0, x1, y1) = (r.x, r.y, r.maxX, r.maxY)
    return """
      M \(n(x0 + radius)) \(n(y0)) \nL \(n(x1 - radius)) \(n(y0)) \n\
      Q \(n(x1)) \(n(y0)) \(n(x1)) \(n(y0 + radius)) \nL \(n(x1)) \(n(y1 - radius)) \n\
      Q \(n(x1)) \(n(y1)) \(n(x1 - radius)) \(n(y1)) \nL \(n(x0 + radius)) \(n(y1)) \n\
      Q \(n(x0)) \(n(y1)) \(n(x0)) \(n(y1 - radius)) \nL \(n(x0)) \(n(y0 + radius)) \n\
      Q \(n(x0)) \(n(y0)) \(n(x0 + radius)) \(n(y0)) \nz\n
      """
  }

  /// The frame at a named location, 5 pt (borderaxespad) inside the axes.
  private func frame(_ loc: Legend.Location, width: Double, height: Double) -> Rect {
    var b = geometry.box
    if let a = legend.anchor {
      let g = geometry.box
      b = Rect(
        x: g.x + a.x * g.width, y: g.maxY - (a.y + a.height) * g.height,
        width: a.width * g.width, height: a.height * g.height)
    }
    let pad = 0.5 * legend.fontSize
    let left = b.x + pad, right = b.maxX - pad - width, centerX = b.midX - width / 2
    let top = b.y + pad, bottom = b.maxY - pad - height, centerY = b.midY - height / 2
    let (x, y): (Double, Double)
    switch loc {
    case .best, .upperRight: (x, y) = (right, top)
    case .upperLeft: (x, y) = (left, top)
    case .lowerLeft: (x, y) = (left, bottom)
    case .lowerRight: (x, y) = (right, bottom)
    case .right, .centerRight: (x, y) = (right, centerY)
    case .centerLeft: (x, y) = (left, centerY)
    case .lowerCenter: (x, y) = (centerX, bottom)
    case .upperCenter: (x, y) = (centerX, top)
    case .center: (x, y) = (centerX, centerY)
    }
    return Rect(x: x, y: y, width: width, height: height)
  }

  private func place(width: Double, height: Double) -> Rect {
    guard legend.location == .best else {
      return frame(legend.location, width: width, height: height)
    }
    let obstacles = Obstacles(geometry)
    var best: (Rect, Int)?
    for loc in Legend.Location.allCases.dropFirst() {
      let candidate = frame(loc, width: width, height: height)
      let badness = obstacles.badness(candidate)
      if badness == 0 { return candidate }
      if best == nil || badness < best!.1 { best = (candidate, badness) }
    }
    return best!.0
  }

  /// What a legend should not cover: line vertices, scatter points, patches, text boxes.
  private struct Obstacles {
    var lines: [[(Double, Double)]] = []
    var points: [(Double, Double)] = []
    var boxes: [Rect] = []

    init(_ g: AxesGeometry) {
      for a in g.axes.artists {
        switch a {
        case let l as Line2D:
          lines.append(
            zip(l.x, l.y).map { x, y in
              (
                l.xInAxesFraction ? g.box.x + x * g.box.width : g.px(x),
                l.yInAxesFraction ? g.box.maxY - y * g.box.height : g.py(y)
              )
            })
        case let s as ScatterCollection:
          points += zip(s.x, s.y).map { (g.px($0), g.py($1)) }
        case let b as BarContainer:
          for bar in b.bars {
            let (x0, y0) = (g.px(bar.x), g.py(bar.y))
            let (x1, y1) = (g.px(bar.x + bar.width), g.py(bar.y + bar.height))
            boxes.append(
              Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0)))
          }
        default: break
        }
      }
    }

    func badness(_ r: Rect) -> Int {
      var count = 0
      for line in lines {
        count += line.filter { r.contains($0.0, $0.1) }.count
        if Obstacles.crosses(line, r) { count += 1 }
      }
      count += points.filter { r.contains($0.0, $0.1) }.count
      count += boxes.filter { $0.intersects(r) }.count
      return count
    }

    /// Whether any segment of the polyline passes through the rectangle.
    static func crosses(_ line: [(Double, Double)], _ r: Rect) -> Bool {
      guard line.count > 1 else { return false }
      for i in 1..<line.count {
        if segmentHits(line[i - 1], line[i], r) { return true }
      }
      return false
    }

    private static func segmentHits(_ a: (Double, Double), _ b: (Double, Double), _ r: Rect) -> Bool
    {
      // Liang–Barsky clipping of the segment against the rectangle.
      var t0 = 0.0, t1 = 1.0
      let dx = b.0 - a.0, dy = b.1 - a.1
      for (p, q) in [(-dx, a.0 - r.x), (dx, r.maxX - a.0), (-dy, a.1 - r.y), (dy, r.maxY - a.1)] {
        if p == 0 {
          if q < 0 { return false }
        } else {
          let t = q / p
          if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
          if t0 > t1 { return false }
        }
      }
      return true
    }
  }
}
