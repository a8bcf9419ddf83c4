#if canImport(Glibc)
  import Glibc
#endif

/// Draws the artists of one axes, in SVG points through the axes' data mapping.
struct ArtistPainter {
  let geometry: AxesGeometry
  let clip: String

  private var box: Rect { geometry.box }

  func point(_ x: Double, _ y: Double) -> (Double, Double) { (geometry.px(x), geometry.py(y)) }

  func draw(_ artist: Artist, _ doc: inout SVGDocument) {
    switch artist {
    case let line as Line2D: draw(line, &doc)
    case let s as ScatterCollection: draw(s, &doc)
    case let bars as BarContainer: draw(bars, &doc)
    case let p as PolygonPatch: draw(p, &doc)
    case let q as QuiverCollection: draw(q, &doc)
    case let segments as SegmentCollection: draw(segments, &doc)
    case let image as AxesImage: ImagePainter(geometry: geometry, clip: clip).draw(image, &doc)
    case let contours as ContourSet: draw(contours, &doc)
    case let mesh as QuadMesh: draw(mesh, &doc)
    case let text as TextArtist: draw(text, &doc)
    default: break
    }
  }

  /// A polygon's fill (none for `fill=False`) and outline (its width and dashes).
  static func patchStyle(_ p: PolygonPatch) -> SVGStyle {
    // A Patch's alpha is the group's opacity; a collection's is in its colors.
    let grouped = p.isPatch && p.alpha != nil
    func colored(_ c: Color) -> Color { grouped ? c : c.with(alpha: p.alpha ?? c.a) }
    var style = SVGStyle(fill: p.filled ? colored(p.color) : nil)
    if grouped { style.opacity = p.alpha }
    if let edge = p.edgeColor {
      (style.stroke, style.strokeWidth, style.join) = (colored(edge), p.lineWidth, "miter")
      if let pattern = p.lineStyle.dashPattern { style.dashes = pattern.map { $0 * p.lineWidth } }
    }
    return style
  }

  static func lineStyle(_ line: Line2D) -> SVGStyle {
    let color = line.color.with(alpha: line.alpha ?? line.color.a)
    var style = SVGStyle(stroke: color, strokeWidth: line.lineWidth, cap: line.solidCap)
    if let pattern = line.dashes ?? line.lineStyle.dashPattern {
      style.dashes = pattern.map { $0 * line.lineWidth }
      style.cap = line.dashCap
    }
    return style
  }

  /// A point given in data coordinates or, per axis, in axes fractions.
  private func point(_ x: Double, _ y: Double, xFraction: Bool, yFraction: Bool) -> (
    Double, Double
  ) {
    (
      xFraction ? box.x + x * box.width : geometry.px(x),
      yFraction ? box.maxY - y * box.height : geometry.py(y)
    )
  }

  private func draw(_ line: Line2D, _ doc: inout SVGDocument) {
    let place = { (x: Double, y: Double) in
      point(x, y, xFraction: line.xInAxesFraction, yFraction: line.yInAxesFraction)
    }
    let points = zip(line.x, line.y).map(place)
    doc.open(doc.id("line2d"))
    if line.lineStyle != .none && points.count > 1 {
      let path =
        line.drawStyle == .plain
        ? points
        : {
          let v = line.drawStyle.vertices(line.x, line.y); return zip(v.x, v.y).map(place)
        }()
      doc.path(
        ArtistPainter.segments(PathSimplifier.simplify(path)),
        style: ArtistPainter.lineStyle(line).text, clip: clip)
    }
    if let marker = line.marker {
      // A line's alpha replaces its colors' own, except that 'none' stays transparent (as
      // matplotlib's `to_rgba('none', alpha)`).
      func marked(_ c: Color) -> Color { c == .none ? c : c.with(alpha: line.alpha ?? c.a) }
      let face = marked(line.markerFaceColor ?? line.color)
      var edge = marked(line.markerEdgeColor ?? line.color)
      // An automatic edge takes the face's alpha, unless the face is 'none'.
      if line.markerEdgeColor == nil && face != .none { edge = edge.with(alpha: face.a) }
      let shown =
        line.markEvery.map { $0.indices(count: points.count).map { points[$0] } } ?? points
      markers(
        marker, size: line.markerSize, at: shown.filter { $0.0.isFinite && $0.1.isFinite },
        face: [face], edge: [edge], width: line.markerEdgeWidth, &doc)
    }
    doc.close()
  }

  /// A polyline that breaks at non-finite points (NaN gaps, as matplotlib draws them).
  static func segments(_ points: [(Double, Double)]) -> String {
    var d = ""
    d.reserveCapacity(points.count * 22)
    var pen = false
    for p in points {
      guard p.0.isFinite && p.1.isFinite else {
        pen = false
        continue
      }
      d += (pen ? "L " : "M ") + SVGNumber.format(p.0) + " " + SVGNumber.format(p.1) + " \n"
      pen = true
    }
    return d
  }

  /// Markers: one shape in `<defs>`, one `<use>` per point.
  func markers(
    _ marker: MarkerShape, size: Double, at points: [(Double, Double)], face: [Color],
    edge: [Color], width: Double, _ doc: inout SVGDocument, sizes: [Double]? = nil,
    unclipped: Bool = false
  ) {
    let clipAttribute = unclipped ? "" : " clip-path=\"url(#\(clip))\""
    let n = SVGNumber.format
    var ids: [Double: String] = [:]
    func shapeID(_ s: Double, _ doc: inout SVGDocument) -> String {
      if let id = ids[s] { return id }
      let id = doc.id("m").replacingOccurrences(of: "_", with: "")
      doc.define("<path id=\"\(id)\" d=\"\(marker.path(size: s))\"/>\n")
      ids[s] = id
      return id
    }
    let filled = marker.isFilled
    func style(_ i: Int) -> String {
      let f = face[i % face.count], e = edge[i % edge.count]
      var s = SVGStyle(
        fill: filled ? f : Color.none, stroke: filled ? e : f, strokeWidth: width,
        join: marker.lineJoin)
      if !filled { s.stroke = e }
      return s.text
    }
    let uniform = face.count <= 1 && edge.count <= 1 && sizes == nil
    if uniform {
      let id = shapeID(size, &doc)
      doc.append("<g\(clipAttribute)>\n")
      let s = style(0)
      for p in points {
        doc.append(
          "<use xlink:href=\"#\(id)\" x=\"\(n(p.0))\" y=\"\(n(p.1))\" style=\"\(s)\"/>\n")
      }
      doc.close()
      return
    }
    for (i, p) in points.enumerated() {
      let id = shapeID(sizes.map { $0[i % $0.count] } ?? size, &doc)
      doc.append(
        "<g\(clipAttribute)>\n<use xlink:href=\"#\(id)\" x=\"\(n(p.0))\" y=\"\(n(p.1))\" style=\"\(style(i))\"/>\n</g>\n"
      )
    }
  }

  private func draw(_ s: ScatterCollection, _ doc: inout SVGDocument) {
    let alpha = s.alpha ?? 1
    let faces = s.faceColors.map { $0.with(alpha: $0.a * alpha) }
    let edges = (s.edgeColors ?? s.faceColors).map { $0.with(alpha: $0.a * alpha) }
    let points = zip(s.x, s.y).map(point)
    let sizes = s.sizes.count == 1 ? nil : s.sizes.map { $0.squareRoot() }
    doc.open(doc.id("PathCollection"))
    markers(
      s.marker, size: (s.sizes.first ?? 36).squareRoot(), at: points, face: faces, edge: edges,
      width: s.lineWidth, &doc, sizes: sizes)
    doc.close()
  }

  private func draw(_ b: BarContainer, _ doc: inout SVGDocument) {
    for (i, bar) in b.bars.enumerated() {
      let (x0, y0) = point(bar.x, bar.y)
      let (x1, y1) = point(bar.x + bar.width, bar.y + bar.height)
      let r = Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0))
      // A patch with its own alpha is faded as a whole (`opacity`), as matplotlib writes it.
      var style = SVGStyle(fill: b.colors.cycled(i), opacity: b.alpha)
      if let edge = b.edgeOverrides[i] ?? b.edgeColor {
        style.stroke = edge
        style.strokeWidth = b.lineWidth
        style.join = "miter"
      }
      doc.open(doc.id("patch"))
      doc.path(SVGDocument.rectangle(r), style: style.text, clip: clip)
      doc.close()
    }
  }

  private func draw(_ p: PolygonPatch, _ doc: inout SVGDocument) {
    let style = ArtistPainter.patchStyle(p)
    let corners = p.points.map { x, y in
      point(x, y, xFraction: p.xInAxesFraction, yFraction: p.yInAxesFraction)
    }
    doc.open(doc.id("PolyCollection"))
    doc.path(SVGNumber.polyline(corners, closed: true), style: style.text, clip: clip)
    doc.close()
  }

  private func draw(_ s: SegmentCollection, _ doc: inout SVGDocument) {
    doc.open(doc.id("LineCollection"))
    for (i, segment) in s.segments.enumerated() {
      let color = s.colors.cycled(i)
      var style = SVGStyle(stroke: color.with(alpha: s.alpha ?? color.a), strokeWidth: s.lineWidth)
      if let pattern = s.lineStyle.dashPattern { style.dashes = pattern.map { $0 * s.lineWidth } }
      doc.path(SVGNumber.polyline(segment.map(point)), style: style.text, clip: clip)
    }
    doc.close()
  }

  /// One closed path per cell, as matplotlib's SVG writes a QuadMesh.
  private func draw(_ mesh: QuadMesh, _ doc: inout SVGDocument) {
    doc.open(doc.id("QuadMesh"))
    for i in 0..<mesh.rows {
      for j in 0..<mesh.cols {
        let v = mesh.values[i * mesh.cols + j]
        guard v.isFinite else { continue }
        let corners = mesh.corners(i, j).map(point)
        var style = SVGStyle(fill: mesh.colormap.color(mesh.norm(v), alpha: mesh.alpha ?? 1))
        if let edge = mesh.edgeColor {
          style.stroke = edge
          style.strokeWidth = mesh.lineWidth
        }
        doc.path(SVGNumber.polyline(corners + [corners[0]]), style: style.text, clip: clip)
      }
    }
    doc.close()
  }

  private func draw(_ c: ContourSet, _ doc: inout SVGDocument) {
    doc.open(doc.id(c.filled ? "QuadContourSet" : "LineCollection"))
    for (i, pieces) in c.paths.enumerated() where !pieces.isEmpty {
      var d = ""
      for piece in pieces { d += SVGNumber.polyline(piece.map(point), closed: c.filled) }
      let color = c.color(i)
      let style =
        c.filled
        ? SVGStyle(fill: color.with(alpha: c.alpha ?? 1))
        : SVGStyle(stroke: color.with(alpha: c.alpha ?? 1), strokeWidth: c.lineWidth)
      doc.path(d, style: style.text, clip: clip)
    }
    doc.close()
  }

  private func draw(_ t: TextArtist, _ doc: inout SVGDocument) {
    if let p = t.annotatedPoint {
      let (px, py) = point(p.0, p.1)
      let eps = 1e-9 * max(box.width, box.height)
      guard px >= box.x - eps, px <= box.maxX + eps, py >= box.y - eps, py <= box.maxY + eps
      else { return }
    }
    let (x, y) = ArtistPainter.anchor(t, geometry)
    doc.open(doc.id("text"))
    if let target = t.arrowTarget {
      AnnotationArrow(from: ArtistPainter.box(t, at: x, y), to: point(target.0, target.1), text: t)
        .draw(&doc)
    }
    ArtistPainter.write(t, at: x, y, &doc)
    doc.close()
  }

  /// A text's anchor point in SVG points: its data (or axes-fraction) position, moved by
  /// its offset in points.
  static func anchor(_ t: TextArtist, _ geometry: AxesGeometry) -> (Double, Double) {
    let box = geometry.box
    let (x, y) =
      t.coordinates == .axesFraction
      ? (box.x + t.x * box.width, box.maxY - t.y * box.height)
      : (geometry.px(t.x), geometry.py(t.y))
    return (x + t.offsetPoints.0, y - t.offsetPoints.1)
  }

  /// Where a text's baseline goes for its anchor point's `y` and vertical alignment.
  private static func baseline(_ t: TextArtist, _ y: Double) -> Double {
    let (_, height) = TextMetrics.extent(t.text, size: t.size)
    let ascent = TextMetrics.firstAscent(t.text, size: t.size)
    switch t.verticalAlignment {
    case "top": return y + ascent
    case "center": return y - height / 2 + ascent
    case "bottom": return y - height + ascent
    case "center_baseline": return y + 0.5 * ascent
    default: return y
    }
  }

  /// The box a text takes when anchored at (x, y).
  static func box(_ t: TextArtist, at x: Double, _ y: Double) -> Rect {
    if t.rotation.truncatingRemainder(dividingBy: 360) != 0 { return turnedLayout(t, at: x, y).box }
    let (width, height) = TextMetrics.extent(t.text, size: t.size)
    let left =
      t.horizontalAlignment == "center"
      ? x - width / 2 : t.horizontalAlignment == "right" ? x - width : x
    return Rect(
      x: left, y: baseline(t, y) - TextMetrics.firstAscent(t.text, size: t.size),
      width: width, height: height)
  }

  /// A text anchored at (x, y), in SVG points, aligned as it asks. A turned text is aligned
  /// by the box around it once turned (matplotlib's default rotation mode).
  static func write(_ t: TextArtist, at x: Double, _ y: Double, _ doc: inout SVGDocument) {
    if let box = t.box { drawBox(t, box, at: x, y, &doc) }
    guard t.rotation.truncatingRemainder(dividingBy: 360) != 0 else {
      let anchor = ["center": "middle", "right": "end"][t.horizontalAlignment] ?? "start"
      doc.text(
        t.text, x: x, y: baseline(t, y), size: t.size, anchor: anchor, rotation: t.rotation,
        color: t.color, weight: t.weight)
      return
    }
    let start = turnedLayout(t, at: x, y).start
    doc.text(
      t.text, x: start.x, y: start.y, size: t.size, anchor: "start", rotation: t.rotation,
      color: t.color, weight: t.weight)
  }

  /// The text's `bbox`, around the text's own (unturned, then turned) box.
  private static func drawBox(
    _ t: TextArtist, _ box: TextBox, at x: Double, _ y: Double, _ doc: inout SVGDocument
  ) {
    if t.rotation.truncatingRemainder(dividingBy: 360) == 0 {
      let r = ArtistPainter.box(t, at: x, y)
      TextBoxPainter.draw(
        t, box, lowerLeft: (r.x, r.maxY), width: r.width, height: r.height, &doc)
      return
    }
    let (w, h) = TextMetrics.extent(t.text, size: t.size)
    let d = TextMetrics.lastDescent(t.text, size: t.size)
    let start = turnedLayout(t, at: x, y).start
    let theta = t.rotation * .pi / 180
    TextBoxPainter.draw(
      t, box, lowerLeft: (start.x + d * sin(theta), start.y + d * cos(theta)), width: w,
      height: h, &doc)
  }

  /// A turned text: where its baseline starts, and the box around it, for its anchor (x, y)
  /// and alignment (matplotlib's `Text._get_layout`, y up, then back to SVG's y down).
  private static func turnedLayout(_ t: TextArtist, at x: Double, _ y: Double) -> (
    start: (x: Double, y: Double), box: Rect
  ) {
    let (w, h) = TextMetrics.extent(t.text, size: t.size)
    let d = TextMetrics.lastDescent(t.text, size: t.size)
    let theta = t.rotation * .pi / 180
    func turned(_ p: (Double, Double)) -> (Double, Double) {
      (p.0 * cos(theta) - p.1 * sin(theta), p.0 * sin(theta) + p.1 * cos(theta))
    }
    let corners = [(0.0, 0.0), (0, h), (w, h), (w, 0)].map(turned)
    let (xmin, xmax) = (corners.map(\.0).min()!, corners.map(\.0).max()!)
    let (ymin, ymax) = (corners.map(\.1).min()!, corners.map(\.1).max()!)
    let offsetX =
      t.horizontalAlignment == "center"
      ? (xmin + xmax) / 2 : t.horizontalAlignment == "right" ? xmax : xmin
    let offsetY: Double
    switch t.verticalAlignment {
    case "center": offsetY = (ymin + ymax) / 2
    case "top": offsetY = ymax
    case "baseline": offsetY = ymin + d
    case "center_baseline": offsetY = ymin + (ymax - ymin) - (h - d) / 2
    default: offsetY = ymin
    }
    let baselineStart = turned((0, d))
    let start = (x: x + baselineStart.0 - offsetX, y: y - (baselineStart.1 - offsetY))
    let box = Rect(
      x: x + xmin - offsetX, y: y - (ymax - offsetY), width: xmax - xmin, height: ymax - ymin)
    return (start, box)
  }

  /// A colorbar's colors: vector bands for contour levels, else a raster strip.
  func colorbarStrip(_ m: ScalarMappable, _ doc: inout SVGDocument) {
    if let levels = m.levels, let contours = m as? ContourSet, contours.filled {
      for i in 0..<(levels.count - 1) {
        let y0 = geometry.py(levels[i]), y1 = geometry.py(levels[i + 1])
        let r = Rect(x: box.x, y: min(y0, y1), width: box.width, height: abs(y1 - y0))
        let color = contours.color(i).with(alpha: contours.alpha ?? 1)
        doc.path(SVGDocument.rectangle(r), style: SVGStyle(fill: color).text)
      }
      return
    }
    ImagePainter(geometry: geometry, clip: clip).gradient(m, &doc)
  }
}

extension [Color] {
  /// The i-th color of a cycle; an empty list draws nothing visible (matplotlib pads a color
  /// list with 'none').
  func cycled(_ i: Int) -> Color { isEmpty ? .none : self[i % count] }
}
