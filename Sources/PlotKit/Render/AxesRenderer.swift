#if canImport(Glibc)
  import Glibc
#endif

/// Draws one axes: background, artists in z-order, the axis decorations (z 1.5), spines
/// (z 2.5), title and legend; and measures what it drew (for bbox_inches='tight').
struct AxesRenderer {
  let geometry: AxesGeometry
  private(set) var extent: Rect

  init(geometry: AxesGeometry) {
    self.geometry = geometry
    extent = geometry.tightBox
  }

  private var axes: Axes { geometry.axes }
  private var box: Rect { geometry.box }

  mutating func draw(_ doc: inout SVGDocument) {
    doc.open(doc.id("axes"))
    if axes.axisOn && axes.colorbar == nil && axes.drawsBackground && axes.frameOn {
      doc.open(doc.id("patch"))
      doc.path(SVGDocument.rectangle(box), style: SVGStyle(fill: axes.backgroundColor).text)
      doc.close()
    }
    let clip = doc.clip(box)
    let painter = ArtistPainter(geometry: geometry, clip: clip)
    if let bar = axes.colorbar {
      painter.colorbarStrip(bar.mappable, &doc)
    }
    // Artists in z-order, the axis decorations at theirs, the spines at 2.5 (after an axis
    // also at 2.5, as matplotlib lists its spines before its axes).
    var order = axes.drawOrder[...]
    func drawBelow(_ z: Double) {
      while let a = order.first, a.zorder < z {
        painter.draw(a, &doc)
        order.removeFirst()
      }
    }
    let axisZ = axes.axisZOrder
    if axisZ < 2.5 {
      drawBelow(axisZ)
      drawAxes(&doc)
      drawBelow(2.5)
      if axes.axisOn && axes.frameOn { drawSpines(&doc) }
    } else {
      drawBelow(2.5)
      if axes.axisOn && axes.frameOn { drawSpines(&doc) }
      drawAxes(&doc)
    }
    for a in order { painter.draw(a, &doc) }
    drawTitle(&doc)
    if let legend = axes.legend {
      var l = LegendPainter(geometry: geometry, legend: legend)
      if let frame = l.draw(&doc) { extent = extent.union(frame) }
    }
    doc.close()
  }

  /// Both axes' grid, ticks and labels.
  private func drawAxes(_ doc: inout SVGDocument) {
    guard axes.axisOn else { return }
    if axes.xAxisVisible { drawXAxis(&doc) }
    drawYAxis(&doc)
  }

  private func tickMarks(
    _ doc: inout SVGDocument, _ ticks: [AxisTicks.Tick], horizontal: Bool, minor: Bool,
    right: Bool = false, top: Bool = false
  ) {
    let n = SVGNumber.format
    let axis = horizontal ? axes.xaxis : axes.yaxis
    let style = minor ? axis.minorTicks : axis.majorTicks
    // The mark runs from `inner` inside the axes to `outer` outside, along the outward side.
    let (inner, outer) = (style.outside - style.length, style.outside)
    for t in ticks {
      let d =
        horizontal
        ? top
          ? "M \(n(t.position)) \(n(box.y - inner)) \nL \(n(t.position)) \(n(box.y - outer)) \n"
          : "M \(n(t.position)) \(n(box.maxY + inner)) \nL \(n(t.position)) \(n(box.maxY + outer)) \n"
        : right
          ? "M \(n(box.maxX + inner)) \(n(t.position)) \nL \(n(box.maxX + outer)) \(n(t.position)) \n"
          : "M \(n(box.x - inner)) \(n(t.position)) \nL \(n(box.x - outer)) \(n(t.position)) \n"
      doc.path(d, style: "stroke: \(style.color.hex); stroke-width: \(n(style.width))")
    }
  }

  private func gridLines(_ doc: inout SVGDocument, _ ticks: [AxisTicks.Tick], vertical: Bool) {
    let clip = doc.clip(box)
    var style = SVGStyle(
      stroke: axes.gridColor.with(alpha: axes.gridAlpha ?? axes.gridColor.a),
      strokeWidth: axes.gridLineWidth, cap: "square")
    if let pattern = axes.gridLineStyle.dashPattern {
      style.dashes = pattern.map { $0 * axes.gridLineWidth }
      style.cap = nil
    }
    for t in ticks {
      let p = t.position
      let d =
        vertical
        ? SVGNumber.polyline([(p, box.maxY), (p, box.y)])
        : SVGNumber.polyline([(box.x, p), (box.maxX, p)])
      doc.path(d, style: style.text, clip: clip)
    }
  }

  private func drawXAxis(_ doc: inout SVGDocument) {
    let ticks = geometry.xTicks
    doc.open(doc.id("matplotlib.axis"))
    if axes.gridX { gridLines(&doc, ticks.major, vertical: true) }
    if axes.xaxis.ticksAtBottom {
      tickMarks(&doc, ticks.major, horizontal: true, minor: false)
      tickMarks(&doc, ticks.minor, horizontal: true, minor: true)
    }
    if axes.xaxis.ticksAtTop {
      tickMarks(&doc, ticks.major, horizontal: true, minor: false, top: true)
      tickMarks(&doc, ticks.minor, horizontal: true, minor: true, top: true)
    }
    let size = axes.xaxis.tickLabelSize
    let rotation = axes.xaxis.tickLabelRotation
    for t in ticks.major + ticks.minor {
      guard let label = t.label else { continue }
      if axes.xaxis.labelsAtTop {
        // Above the axes, the text's bottom 7 pt over the spine (matplotlib's label2).
        let style =
          ticks.minor.contains { $0.value == t.value }
          ? axes.xaxis.minorTicks : axes.xaxis.majorTicks
        let bottom = box.y - style.labelGap
        doc.label(
          label, x: t.position, y: bottom - TextMetrics.descent(of: label.text, size: size),
          size: size,
          anchor: "middle", color: style.labelColor)
        continue
      }
      let style =
        ticks.minor.contains { $0.value == t.value } ? axes.xaxis.minorTicks : axes.xaxis.majorTicks
      let top = box.maxY + style.labelGap
      if rotation == 0 {
        let below =
          label.exponent != nil
          ? TickLabel.baselineBelowTop * size : TextMetrics.ascent(of: label.text, size: size)
        doc.label(
          label, x: t.position, y: top + below, size: size, anchor: "middle",
          color: style.labelColor)
      } else {
        // matplotlib's default rotation mode: the text is turned first, then its bounding
        // box is centred on the tick with its top at the pad. The box's centre is the text's,
        // which sits `middle` above the baseline's midpoint (the SVG rotation's pivot).
        let theta = rotation * .pi / 180
        let width = TextMetrics.width(label.text, size: size)
        let ascent = TextMetrics.ascent(of: label.text, size: size)
        let descent = TextMetrics.descent(of: label.text, size: size)
        let height = ascent + descent
        let boxHeight = abs(width * sin(theta)) + abs(height * cos(theta))
        let middle = (descent - ascent) / 2
        doc.label(
          label, x: t.position - middle * sin(theta),
          y: top + boxHeight / 2 - middle * cos(theta), size: size, anchor: "middle",
          rotation: rotation, color: style.labelColor)
      }
    }
    let labelTop = box.maxY + geometry.xDecorationDepth
    if !axes.xaxis.label.isEmpty {
      doc.text(
        axes.xaxis.label, x: box.midX,
        y: labelTop + axes.xaxis.labelPad
          + TextMetrics.ascent(of: axes.xaxis.label, size: axes.xaxis.labelSize),
        size: axes.xaxis.labelSize, anchor: "middle", color: axes.xaxis.labelColor,
        weight: axes.xaxis.labelWeight)
    }
    if !ticks.offsetText.isEmpty {
      doc.text(
        ticks.offsetText, x: box.maxX,
        y: box.maxY + geometry.xDecorationDepth + AxesGeometry.offsetTextPad
          + TextMetrics.ascent(of: ticks.offsetText, size: size),
        size: size, anchor: "end")
    }
    doc.close()
  }

  private func drawYAxis(_ doc: inout SVGDocument) {
    let ticks = geometry.yTicks
    let right = geometry.yOnRight
    doc.open(doc.id("matplotlib.axis"))
    if axes.gridY { gridLines(&doc, ticks.major, vertical: false) }
    tickMarks(&doc, ticks.major, horizontal: false, minor: false, right: right)
    tickMarks(&doc, ticks.minor, horizontal: false, minor: true, right: right)
    let size = axes.yaxis.tickLabelSize
    for t in ticks.major + ticks.minor {
      guard let label = t.label else { continue }
      let isMinor = ticks.minor.contains { $0.value == t.value }
      let style = isMinor ? axes.yaxis.minorTicks : axes.yaxis.majorTicks
      let gap = style.labelGap
      let baseline =
        t.position
        + (label.exponent != nil
          ? TickLabel.baselineBelowTick * size
          : 0.5 * TextMetrics.ascent(of: label.text, size: size))
      doc.label(
        label, x: right ? box.maxX + gap : box.x - gap, y: baseline, size: size,
        anchor: right ? "start" : "end", color: style.labelColor)
    }
    if !axes.yaxis.label.isEmpty {
      // Anchored at the middle of the text's bottom edge (its top edge on the right), then
      // turned about that point: matplotlib's 'anchor' rotation mode.
      let depth = geometry.yDecorationDepth + axes.yaxis.labelPad
      let labelSize = axes.yaxis.labelSize
      let rotation = axes.yaxis.labelRotation ?? 90
      let theta = rotation * .pi / 180
      let label = axes.yaxis.label
      let (x, y): (Double, Double)
      if right {
        let a = TextMetrics.ascent(of: label, size: labelSize)
        (x, y) = (box.maxX + depth + a * sin(theta), box.midY + a * cos(theta))
      } else {
        let d = TextMetrics.descent(of: label, size: labelSize)
        (x, y) = (box.x - depth - d * sin(theta), box.midY - d * cos(theta))
      }
      doc.text(
        label, x: x, y: y, size: labelSize, anchor: "middle", rotation: rotation,
        color: axes.yaxis.labelColor, weight: axes.yaxis.labelWeight)
    }
    if !ticks.offsetText.isEmpty {
      if axes.yTicksOnRight {
        doc.text(ticks.offsetText, x: box.maxX, y: box.y - 3, size: size, anchor: "end")
      } else {
        doc.text(ticks.offsetText, x: box.x, y: box.y - 3, size: size, anchor: "start")
      }
    }
    doc.close()
  }

  private func drawSpines(_ doc: inout SVGDocument) {
    let style =
      "fill: none; stroke: #000000; stroke-width: 0.8; stroke-linejoin: miter; stroke-linecap: square"
    if axes.colorbar != nil {
      doc.open(doc.id("patch"))
      doc.path(SVGDocument.rectangle(box), style: style)
      doc.close()
      return
    }
    let b = box
    for side in Spine.Side.allCases {
      guard let spine = axes.spines[side], spine.visible else { continue }
      let segment: [(Double, Double)]
      switch side {
      case .left: segment = [(b.x, b.maxY), (b.x, b.y)]
      case .right: segment = [(b.maxX, b.maxY), (b.maxX, b.y)]
      case .bottom: segment = [(b.x, b.maxY), (b.maxX, b.maxY)]
      case .top: segment = [(b.x, b.y), (b.maxX, b.y)]
      }
      var lineStyle = SVGStyle(
        stroke: spine.color.with(alpha: spine.alpha ?? spine.color.a),
        strokeWidth: spine.lineWidth, cap: "square")
      lineStyle.join = "miter"
      if let pattern = spine.lineStyle.dashPattern {
        lineStyle.dashes = pattern.map { $0 * spine.lineWidth }
        lineStyle.cap = nil
      }
      doc.open(doc.id("patch"))
      doc.path(SVGNumber.polyline(segment), style: lineStyle.text)
      doc.close()
    }
  }

  private func drawTitle(_ doc: inout SVGDocument) {
    guard !axes.title.isEmpty else { return }
    let y = geometry.titleBaseline
    doc.open(doc.id("text"))
    let (x, anchor) =
      switch axes.titleLoc {
      case "left": (box.x, "start")
      case "right": (box.maxX, "end")
      default: (box.midX, "middle")
      }
    doc.text(
      axes.title, x: x, y: y, size: axes.titleSize, anchor: anchor, color: axes.titleColor,
      weight: axes.titleWeight)
    doc.close()
  }
}
