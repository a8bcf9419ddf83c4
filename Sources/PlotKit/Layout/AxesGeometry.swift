#if canImport(Glibc)
  import Glibc
#endif

/// Everything about an axes' placement that drawing and layout need: its box, the mapping
/// from data to SVG points, the ticks, and where the labels and title go.
struct AxesGeometry {
  /// Between the x tick labels and the offset text below them ("1e6").
  static let offsetTextPad = 3.0

  let axes: Axes
  let box: Rect
  let xlim: (Double, Double)
  let ylim: (Double, Double)
  let xTicks: AxisTicks
  let yTicks: AxisTicks
  /// Colorbars draw their y ticks on the right.
  let yOnRight: Bool

  init(_ axes: Axes, box: Rect, limits: ((Double, Double), (Double, Double))? = nil) {
    self.axes = axes
    self.box = box
    if let bar = axes.colorbar {
      xlim = (0, 1)
      ylim = (bar.mappable.norm.vmin, bar.mappable.norm.vmax)
      yOnRight = true
    } else {
      (xlim, ylim) = limits ?? (axes.xlim, axes.ylim)
      yOnRight = axes.yTicksOnRight
    }
    let (xs, ys) = (axes.xaxis.scale, axes.yaxis.scale)
    let (xl, yl, b) = (xlim, ylim, box)
    if axes.colorbar != nil {
      var none = AxisState()
      none.fixedTicks = []
      xTicks = AxisTicks(none, view: xlim, length: box.width, horizontal: true) { _ in 0 }
    } else {
      xTicks = AxisTicks(axes.xaxis, view: xlim, length: box.width, horizontal: true) {
        AxesGeometry.map($0, xl, xs, b.x, b.width)
      }
    }
    var yState = axes.yaxis
    if let levels = axes.colorbar?.mappable.levels, yState.fixedTicks == nil {
      yState.fixedTicks = TickLocator.subsample(levels, nbins: 10)
    }
    yTicks = AxisTicks(yState, view: ylim, length: box.height, horizontal: false) {
      b.maxY - AxesGeometry.map($0, yl, ys, 0, b.height)
    }
  }

  static func map(
    _ v: Double, _ lim: (Double, Double), _ scale: AxisState.Scale, _ start: Double,
    _ length: Double
  ) -> Double {
    if scale == .log {
      // matplotlib's 'clip' for values a log scale cannot show: 10^-1000, far off the axes
      // (a bar from 0 runs past the bottom).
      let (a, b) = (log10(lim.0), log10(lim.1))
      return start + ((v > 0 ? log10(v) : -1000) - a) / (b - a) * length
    }
    return start + (v - lim.0) / (lim.1 - lim.0) * length
  }

  func px(_ x: Double) -> Double { AxesGeometry.map(x, xlim, axes.xaxis.scale, box.x, box.width) }
  func py(_ y: Double) -> Double {
    box.maxY - AxesGeometry.map(y, ylim, axes.yaxis.scale, 0, box.height)
  }

  var showsAxis: Bool { axes.axisOn }

  /// Height of the x tick labels' boxes (0 without labels).
  var xLabelBand: Double {
    let labelled = xTicks.major.contains { $0.label != nil && !$0.label!.text.isEmpty }
    guard labelled else { return 0 }
    let size = axes.xaxis.tickLabelSize
    let rotation = axes.xaxis.tickLabelRotation * .pi / 180
    let mathtext = xTicks.major.contains { $0.label?.exponent != nil }
    if rotation == 0 {
      if mathtext { return TickLabel.mathtextHeight * size }
      return xTicks.major.compactMap(\.label).map {
        TextMetrics.ascent(of: $0.text, size: size) + TextMetrics.descent(of: $0.text, size: size)
      }.max() ?? size
    }
    let width = xTicks.maxLabelWidth(size: size)
    return abs(width * sin(rotation)) + abs(size * cos(rotation))
  }

  /// How far the y axis label reaches out from its anchor, away from the axes: it is
  /// turned about the middle of its bottom edge (its top edge on the right), matplotlib's
  /// 'anchor' rotation mode, 90° unless set.
  var yLabelReach: Double {
    let (w, h) = TextMetrics.extent(axes.yaxis.label, size: axes.yaxis.labelSize)
    let theta = (axes.yaxis.labelRotation ?? 90) * .pi / 180
    let (c, s) = (cos(theta), sin(theta))
    // Corners of the unturned box, y up, from the anchor: bottom-centre (left side) or
    // top-centre (right side).
    let ys = yOnRight ? [-h, 0.0] : [0.0, h]
    var reach = 0.0
    for x in [-w / 2, w / 2] {
      for y in ys {
        let turnedX = x * c - y * s
        reach = max(reach, yOnRight ? turnedX : -turnedX)
      }
    }
    return reach
  }

  var yLabelWidth: Double { yTicks.maxLabelWidth(size: axes.yaxis.tickLabelSize) }

  /// The distance from the spine to the outer edge of the tick labels.
  var xDecorationDepth: Double {
    guard axes.xAxisVisible else { return 0 }
    let style = axes.xaxis.majorTicks
    let ticks = xTicks.major.isEmpty || !axes.xaxis.ticksAtBottom ? 0 : style.outside
    let band = axes.xaxis.labelsAtTop ? 0 : xLabelBand
    return ticks + (band > 0 ? style.pad + band : 0)
  }

  /// The same above the axes, for tick labels at the top (0 without them).
  var xTopDepth: Double {
    guard axes.xAxisVisible, axes.axisOn, axes.xaxis.labelsAtTop else { return 0 }
    let band = xLabelBand
    return band > 0 ? axes.xaxis.majorTicks.labelGap + band : 0
  }

  /// The title's baseline: `pad` (6 pt) above the axes, or above tick labels at the top
  /// (matplotlib moves the title up past them); with a pad smaller than the title's descent,
  /// matplotlib lifts the title until its box clears the axes.
  var titleBaseline: Double {
    guard xTopDepth == 0 else { return box.y - axes.titlePad - xTopDepth }
    return box.y - max(axes.titlePad, TextMetrics.descent(of: axes.title, size: axes.titleSize))
  }

  var yDecorationDepth: Double {
    let style = axes.yaxis.majorTicks
    let ticks = yTicks.major.isEmpty ? 0 : style.outside
    let width = yLabelWidth
    return ticks + (width > 0 ? style.pad + width : 0)
  }

  /// The axes with its tick labels, axis labels and title (matplotlib's tight bbox).
  var tightBox: Rect {
    var r = box
    guard axes.visible else { return r }
    if axes.axisOn {
      let depthX = xDecorationDepth
      let depthY = yDecorationDepth
      var bottom = box.maxY + depthX
      if !axes.xaxis.label.isEmpty && axes.xAxisVisible {
        bottom +=
          axes.xaxis.labelPad
          + TextMetrics.extent(axes.xaxis.label, size: axes.xaxis.labelSize).height
      }
      r = r.union(Rect(x: box.x, y: box.y, width: box.width, height: bottom - box.y))
      if !xTicks.offsetText.isEmpty && axes.xAxisVisible && !axes.xaxis.labelsAtTop {
        let size = axes.xaxis.tickLabelSize
        let text = xTicks.offsetText
        let height = TextMetrics.extent(text, size: size).height
        let top = box.maxY + depthX + AxesGeometry.offsetTextPad
        let width = TextMetrics.width(text, size: size)
        r = r.union(Rect(x: box.maxX - width, y: top, width: width, height: height))
      }
      if yOnRight {
        var right = box.maxX + depthY
        if !axes.yaxis.label.isEmpty { right += axes.yaxis.labelPad + yLabelReach }
        r = r.union(Rect(x: box.x, y: box.y, width: right - box.x, height: box.height))
      } else {
        var left = box.x - depthY
        if !axes.yaxis.label.isEmpty { left -= axes.yaxis.labelPad + yLabelReach }
        r = r.union(Rect(x: left, y: box.y, width: box.x - left, height: box.height))
      }
      // The first and last x labels may overhang the axes' sides.
      let labelY = axes.xaxis.labelsAtTop ? box.y - 1 : box.maxY
      for t in xTicks.major where axes.xAxisVisible {
        guard let label = t.label else { continue }
        let w = label.width(size: axes.xaxis.tickLabelSize)
        r = r.union(Rect(x: t.position - w / 2, y: labelY, width: w, height: 1))
      }
      // The top and bottom y labels may overhang the axes' top and bottom: a label reaches
      // half the font's ascent above its tick (matplotlib's 'center_baseline'), the other half
      // and the descent below.
      let labelX = yOnRight ? box.maxX : box.x - 1
      let size = axes.yaxis.tickLabelSize
      let above = TextMetrics.ascent * size / 2
      for t in yTicks.major where t.label != nil {
        r = r.union(
          Rect(
            x: labelX, y: t.position - above, width: 1,
            height: 2 * above + TextMetrics.descent * size))
      }
      if xTopDepth > 0 {
        r = r.union(Rect(x: box.x, y: box.y - xTopDepth, width: box.width, height: xTopDepth))
      }
      if !yOnRight && !yTicks.offsetText.isEmpty {
        // The text's baseline is 3 pt over the axes; its box reaches the font's ascent.
        let rise = 3 + TextMetrics.ascent(of: yTicks.offsetText, size: axes.yaxis.tickLabelSize)
        r = r.union(Rect(x: box.x, y: box.y - rise, width: 1, height: rise))
      }
    }
    // Texts are not clipped: one reaching past the axes widens the tight box, as
    // matplotlib's get_tightbbox counts every artist in the layout.
    for case let t as TextArtist in axes.artists where !t.text.isEmpty && t.annotatedPoint == nil {
      let (x, y) = ArtistPainter.anchor(t, self)
      r = r.union(ArtistPainter.box(t, at: x, y))
    }
    if !axes.title.isEmpty {
      let top = titleBaseline - TextMetrics.ascent(of: axes.title, size: axes.titleSize)
      r = r.union(Rect(x: box.x, y: top, width: box.width, height: box.y - top))
    }
    return r
  }
}
