import Interpreter
import NumKit
import PlotKit

/// Axes methods for fills, arrows, error bars, reference lines and text.
extension AxesPlotMethods {

  static func fillBetween(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try fillBetween(ax, a, interp, across: .vertical)
  }

  /// Which way `fill_between` fills: between two curves of x (vertical), or of y
  /// (`fill_betweenx`, horizontal).
  enum FillDirection { case vertical, horizontal }

  static func fillBetween(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, across direction: FillDirection
  ) throws(PyException) -> Value {
    let (along, first, second) = direction == .vertical ? ("x", "y1", "y2") : ("y", "x1", "x2")
    let x = try PlotArguments.doubles(try a[0], interp)
    func broadcast(_ v: Value?) throws(PyException) -> [Double] {
      guard let v, !v.isNone else { return Array(repeating: 0, count: x.count) }
      let d = try PlotArguments.doubles(v, interp)
      return d.count == 1 ? Array(repeating: d[0], count: x.count) : d
    }
    let y1 = try broadcast(a.positional.count > 1 ? a.positional[1] : a.keyword(first))
    let y2 = try broadcast(a.positional.count > 2 ? a.positional[2] : a.keyword(second))
    guard x.count == y1.count, x.count == y2.count else {
      throw .valueError("\(along), \(first) and \(second) must have the same length")
    }
    // `where=`: one polygon per run of points where it holds (matplotlib's PolyCollection).
    var runs = [0..<x.count]
    if let w = a.keyword("where"), !w.isNone {
      let mask = try interp.collect(w).map { (v) throws(PyException) in try interp.isTruthy(v) }
      guard mask.count == x.count else {
        throw .valueError("where size (\(mask.count)) does not match x size (\(x.count))")
      }
      runs = []
      var start: Int?
      for i in 0...mask.count {
        if i < mask.count && mask[i] {
          if start == nil { start = i }
        } else if let s = start {
          runs.append(s..<i)
          start = nil
        }
      }
    }
    // A color given leaves the patch cycle where it is (matplotlib takes the next color only
    // when neither `color` nor `facecolor` is given).
    let given = try PlotArguments.color(a, "color", "facecolor", interp: interp)
    let color = given ?? ax.axes.nextPatchColor()
    var patches: [PolygonPatch] = []
    for run in runs where !run.isEmpty {
      let patch = try PlotArguments.check { () throws(PlotError) in
        try ax.axes.fillBetween(
          x: Array(x[run]), y1: Array(y1[run]), y2: Array(y2[run]), color: color)
      }
      if direction == .horizontal { patch.points = patch.points.map { ($0.1, $0.0) } }
      patches.append(patch)
    }
    // (With no run, a patch that is never drawn stands for the empty collection.)
    if patches.isEmpty { patches = [PolygonPatch(points: [], color: color)] }
    let label = try PlotArguments.string(a, "label", interp: interp)
    for (i, patch) in patches.enumerated() {
      if let c = try PlotArguments.color(a, "color", "facecolor", interp: interp) {
        patch.color = c
      }
      // `color=` colors the edges too (a collection's set_color), `facecolor=` does not.
      if let c = try PlotArguments.color(a, "color", interp: interp) { patch.edgeColor = c }
      if let e = try PlotArguments.color(a, "edgecolor", interp: interp) { patch.edgeColor = e }
      patch.alpha = try PlotArguments.alpha(a, interp: interp)
      if i == 0, let label { patch.label = label }
    }
    return handle(patches[0], PlotClasses.polygon, ax)
  }

  /// `quiver([X, Y,] U, V, **kw)`: arrows at the points (a grid of indices without X, Y);
  /// `angles`, `color`, `scale`, `width`, `pivot`, `headwidth`, `headlength`,
  /// `headaxislength`, `alpha`, `label`. Arrow sizes follow matplotlib's default
  /// `units='width'`; other units and `scale_units` are NotImplementedError.
  static func quiver(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let p = a.positional
    guard p.count == 2 || p.count == 4 || p.count == 5 else {
      throw .typeError("quiver() takes 2 to 5 positional arguments but \(p.count) were given")
    }
    let u = try PlotArguments.doubles(p[p.count >= 4 ? 2 : 0], interp)
    let v = try PlotArguments.doubles(p[p.count >= 4 ? 3 : 1], interp)
    var x: [Double]
    var y: [Double]
    if p.count >= 4 {
      x = try PlotArguments.doubles(p[0], interp)
      y = try PlotArguments.doubles(p[1], interp)
    } else {
      // Without positions: the grid of U's indices (one row for 1-D U).
      let shape = try NumpyBridge.array(from: p[0], dtype: nil, interp).shape
      let (rows, columns) = shape.count >= 2 ? (shape[0], shape[1]) : (1, u.count)
      x = (0..<rows * columns).map { Double($0 % columns) }
      y = (0..<rows * columns).map { Double($0 / columns) }
    }
    // One position may serve every arrow, as in matplotlib.
    if x.count == 1 { x = Array(repeating: x[0], count: u.count) }
    if y.count == 1 { y = Array(repeating: y[0], count: u.count) }
    guard x.count == u.count, y.count == u.count, v.count == u.count else {
      throw .valueError(
        "Argument U has a size \(u.count) which does not match \(x.count), the number of arrow positions"
      )
    }
    for name in ["units", "scale_units"] {
      if let s = a.keyword(name), !s.isNone, (s.as(PyStr.self)?.value ?? "") != "width" {
        throw .notImplemented("quiver(\(name)=...) is not supported; arrows use units='width'")
      }
    }
    let q = QuiverCollection(
      x: x, y: y, u: u, v: v,
      color: try PlotArguments.color(a, "color", "facecolor", interp: interp) ?? .black)
    if let angles = try PlotArguments.string(a, "angles", interp: interp) {
      guard angles == "xy" || angles == "uv" else {
        throw .notImplemented("quiver(angles=...) takes 'uv' or 'xy' here")
      }
      q.anglesXY = angles == "xy"
    }
    if let pivot = try PlotArguments.string(a, "pivot", interp: interp) {
      guard let value = QuiverCollection.Pivot(rawValue: pivot == "middle" ? "mid" : pivot)
      else {
        throw .valueError(
          ValueChoice.refusal(pivot, name: "pivot", choices: ["tail", "middle", "tip"]))
      }
      q.pivot = value
    }
    q.scale = try PlotArguments.number(a, "scale", interp: interp)
    q.width = try PlotArguments.number(a, "width", interp: interp)
    if let w = try PlotArguments.number(a, "headwidth", interp: interp) { q.headWidth = w }
    if let l = try PlotArguments.number(a, "headlength", interp: interp) { q.headLength = l }
    if let l = try PlotArguments.number(a, "headaxislength", interp: interp) {
      q.headAxisLength = l
    }
    q.alpha = try PlotArguments.alpha(a, interp: interp)
    if let l = try PlotArguments.string(a, "label", interp: interp) { q.label = l }
    ax.axes.add(q)
    return handle(q, PlotClasses.quiver, ax)
  }

  static func errorbar(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let x = try PlotArguments.doubles(try a[0], interp)
    let y = try PlotArguments.doubles(try a[1], interp)
    var format = FormatString()
    if let f = (a.keyword("fmt") ?? a.positional.dropFirst(4).first)?.as(PyStr.self) {
      format = try FormatString.parse(f.value)
    }
    let line = try PlotArguments.check { () throws(PlotError) in
      try ax.axes.plot(x: x, y: y, color: format.color)
    }
    line.marker = format.marker
    if format.marker != nil && format.lineStyle == nil { line.lineStyle = .none }
    try style(line, a, interp)
    let errorColor = try PlotArguments.color(a, "ecolor", interp: interp) ?? line.color
    // The bars take the zorder; the data line goes 0.1 above them (below with barsabove).
    let zorder = line.zorder
    let above = try a.keyword("barsabove").map { (v) throws(PyException) in try interp.isTruthy(v) }
    line.zorder = zorder + (above == true ? -0.1 : 0.1)
    try errorBars(
      ax, a, interp, x: x, y: y, yerr: a.keyword("yerr") ?? a.positional.dropFirst(2).first,
      xerr: a.keyword("xerr") ?? a.positional.dropFirst(3).first, color: errorColor,
      lineWidth: line.lineWidth, zorder: zorder, legendLine: line)
    return handle(line, PlotClasses.errorbar, ax)
  }

  /// Lower and upper errors per point: a scalar, one value per point, or a (2, n) array.
  static func errorValues(_ v: Value?, _ name: String, count: Int, _ interp: Interpreter)
    throws(PyException) -> (lower: [Double], upper: [Double])?
  {
    guard let v, !v.isNone else { return nil }
    let e = try NumpyBridge.array(from: v, dtype: .float64, interp)
    let d = (0..<e.size).map { e.double(at: $0) }
    if e.ndim == 0 || e.size == 1 && e.ndim == 1 && count != 1 {
      let all = Array(repeating: d[0], count: count)
      return (all, all)
    }
    if e.ndim == 1 && e.size == count { return (d, d) }
    if e.ndim == 2 && e.shape == [2, count] {
      return (Array(d[..<count]), Array(d[count...]))
    }
    throw .valueError(
      "'\(name)' (shape: \(ShapeText.tuple(e.shape))) must be a scalar or a 1D or (2, n) array-like whose shape matches '\(name.dropLast(3))' (shape: (\(count),))"
    )
  }

  /// Error bars at the points (`errorbar`, and `bar(yerr=)`): the bars (`elinewidth`, else
  /// `lineWidth`) and, with `capsize`, '_' caps (on x errors '|') 2 × capsize points long.
  static func errorBars(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, x: [Double], y: [Double],
    yerr: Value?, xerr: Value?, color: Color, lineWidth: Double, zorder: Double,
    legendLine: Line2D? = nil
  ) throws(PyException) {
    let vertical = try errorValues(yerr, "yerr", count: x.count, interp)
    let horizontal = try errorValues(xerr, "xerr", count: x.count, interp)
    var segments: [[(Double, Double)]] = []
    if let e = vertical {
      for i in x.indices {
        segments.append([(x[i], y[i] - e.lower[i]), (x[i], y[i] + e.upper[i])])
      }
    }
    if let e = horizontal {
      for i in x.indices {
        segments.append([(x[i] - e.lower[i], y[i]), (x[i] + e.upper[i], y[i])])
      }
    }
    guard !segments.isEmpty else { return }
    let bars = SegmentCollection(
      segments: segments, colors: [color],
      lineWidth: try PlotArguments.number(a, "elinewidth", interp: interp) ?? lineWidth)
    bars.zorder = zorder
    ax.axes.add(bars)
    let capsize = try PlotArguments.number(a, "capsize", interp: interp) ?? 0
    let thickness = try PlotArguments.number(a, "capthick", interp: interp) ?? 1
    legendLine?.errorGlyph = ErrorGlyph(
      vertical: vertical != nil, horizontal: horizontal != nil, color: color,
      lineWidth: bars.lineWidth, capSize: capsize > 0 ? 2 * capsize : nil,
      capThickness: thickness)
    guard capsize > 0 else { return }
    for (errors, marker) in [(vertical, MarkerShape.hline), (horizontal, .vline)] {
      guard let e = errors else { continue }
      for upper in [false, true] {
        let ends = x.indices.map { i in
          marker == .hline
            ? (x[i], upper ? y[i] + e.upper[i] : y[i] - e.lower[i])
            : (upper ? x[i] + e.upper[i] : x[i] - e.lower[i], y[i])
        }
        let cap = Line2D(x: ends.map(\.0), y: ends.map(\.1), color: color)
        cap.lineStyle = .none
        cap.marker = marker
        cap.markerSize = 2 * capsize
        cap.markerEdgeWidth = thickness
        cap.zorder = zorder
        cap.label = "_nolegend_"
        ax.axes.add(cap)
      }
    }
  }

  static func axhline(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try referenceLine(ax, a, interp, horizontal: true)
  }

  static func axvline(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try referenceLine(ax, a, interp, horizontal: false)
  }

  private static func referenceLine(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, horizontal: Bool
  ) throws(PyException) -> Value {
    let v =
      try (a.positional.first ?? a.keyword(horizontal ? "y" : "x")).map {
        (v) throws(PyException) in try PlotArguments.doubles(v, interp)
      }?.first ?? 0
    let from = try PlotArguments.number(a, horizontal ? "xmin" : "ymin", interp: interp) ?? 0
    let to = try PlotArguments.number(a, horizontal ? "xmax" : "ymax", interp: interp) ?? 1
    let line = ax.axes.referenceLine(at: v, horizontal: horizontal, from: from, to: to)
    try style(line, a, interp)
    return handle(line, PlotClasses.line, ax)
  }

  static func text(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let x = try PlotArguments.doubles(try a[0], interp).first ?? 0
    let y = try PlotArguments.doubles(try a[1], interp).first ?? 0
    let t = ax.axes.text(x: x, y: y, try interp.str(try a[2]))
    t.size = RcSettings(ax.figureObject.state).fontSize
    try textStyle(t, a, interp)
    let object = PyArtistObject(t, kind: PlotClasses.text, axes: ax)
    object.reprText =
      "Text(\(try interp.repr(try a[0])), \(try interp.repr(try a[1])), \(PyStr.repr(t.text)))"
    object.givenPosition = .tuple([try a[0], try a[1]])
    return .object(object)
  }

  static func textStyle(_ t: TextArtist, _ a: Arguments, _ interp: Interpreter) throws(PyException)
  {
    if let s = try PlotArguments.number(a, "fontsize", "size", interp: interp) { t.size = s }
    if let c = try PlotArguments.color(a, "color", "c", interp: interp) { t.color = c }
    if let h = try PlotArguments.string(a, "ha", "horizontalalignment", interp: interp) {
      t.horizontalAlignment = h
    }
    if let v = try PlotArguments.string(a, "va", "verticalalignment", interp: interp) {
      t.verticalAlignment = v
    }
    if let r = try PlotArguments.number(a, "rotation", interp: interp) { t.rotation = r }
    if let w = try AxesDecorationMethods.fontWeight(a, interp) { t.weight = w }
    if let b = a.keyword("bbox"), !b.isNone { t.box = try textBox(b, fontSize: t.size, interp) }
    if let tr = a.keyword("transform")?.as(PyStr.self), tr.value == "transAxes" {
      t.coordinates = .axesFraction
    }
  }

  /// `bbox=dict(boxstyle='round,pad=0.5', facecolor=..., edgecolor=..., alpha=...)`, as
  /// matplotlib's `Text.set_bbox` reads it: without a boxstyle, a square 4 pt out; matplotlib's
  /// patch defaults otherwise ('C0' face, black edge 1 pt wide).
  static func textBox(_ v: Value, fontSize: Double, _ interp: Interpreter) throws(PyException)
    -> TextBox
  {
    guard let dict = v.as(PyDict.self) else {
      throw .typeError("'\(v.typeName)' object has no attribute 'copy'")
    }
    var box = TextBox()
    var pad: Double?
    var style: String?
    for (_, entry) in dict.storage {
      let key = try interp.str(entry.key)
      let value = entry.value
      switch key {
      case "boxstyle": style = try interp.str(value)
      case "pad": pad = try PlotArguments.double(value, "pad", interp)
      case "facecolor", "fc":
        box.faceColor =
          value.as(PyStr.self)?.value == "none" ? nil : try PlotArguments.color(value, interp)
      case "edgecolor", "ec":
        box.edgeColor =
          value.as(PyStr.self)?.value == "none" ? nil : try PlotArguments.color(value, interp)
      case "color":
        let c = try PlotArguments.color(value, interp)
        (box.faceColor, box.edgeColor) = (c, c)
      case "alpha":
        box.alpha = value.isNone ? nil : try PlotArguments.double(value, "alpha", interp)
      case "linewidth", "lw": box.lineWidth = try PlotArguments.double(value, "linewidth", interp)
      case "fill":
        if !(try interp.isTruthy(value)) { box.faceColor = nil }
      default:
        throw .notImplemented("text bbox property '\(key)' is not supported yet")
      }
    }
    guard var style else {
      box.pad = (pad ?? 4) / fontSize
      return box
    }
    // "round,pad=0.5,rounding_size=0.2": a name, then its parameters.
    func trimmed(_ s: Substring) -> String {
      var t = s.drop { $0 == " " }
      while t.last == " " { t = t.dropLast() }
      return String(t)
    }
    let parts = style.split(separator: ",").map(trimmed)
    style = parts.first ?? ""
    box.pad = pad ?? 0.3
    for part in parts.dropFirst() {
      let kv = part.split(separator: "=", maxSplits: 1).map(trimmed)
      guard kv.count == 2, let number = Double(kv[1]) else {
        throw .valueError("Unknown style: \(PyStr.repr(style))")
      }
      switch kv[0] {
      case "pad": box.pad = number
      case "rounding_size": box.roundingSize = number
      default: throw .typeError("__init__() got an unexpected keyword argument '\(kv[0])'")
      }
    }
    switch style.lowercased() {
    case "square": box.style = .square
    case "round": box.style = .round
    case "circle", "darrow", "larrow", "rarrow", "round4", "roundtooth", "sawtooth", "ellipse":
      throw .notImplemented("text bbox boxstyle '\(style)' is not supported yet")
    default: throw .valueError("Unknown style: \(PyStr.repr(style))")
    }
    return box
  }

  static func annotate(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let s = try interp.str(try a[0])
    guard let xyValue = a.keyword("xy") ?? a.positional.dropFirst().first else {
      throw .typeError("annotate() missing 1 required positional argument: 'xy'")
    }
    let xy = try PlotArguments.doubles(xyValue, interp)
    var textXY = xy
    if let v = a.keyword("xytext") ?? a.positional.dropFirst(2).first, !v.isNone {
      textXY = try PlotArguments.doubles(v, interp)
    }
    guard xy.count == 2, textXY.count == 2 else { throw .valueError("xy must be an (x, y) pair") }
    let t = ax.axes.text(x: textXY[0], y: textXY[1], s)
    t.annotatedPoint = (xy[0], xy[1])
    t.size = RcSettings(ax.figureObject.state).fontSize
    try textStyle(t, a, interp)
    if let arrow = a.keyword("arrowprops"), !arrow.isNone {
      t.arrowTarget = (xy[0], xy[1])
      if let props = arrow.as(PyDict.self) {
        for (_, entry) in props.storage {
          guard let key = entry.key.as(PyStr.self)?.value else { continue }
          switch key {
          case "arrowstyle": t.arrowStyle = try interp.str(entry.value)
          case "color", "facecolor": t.arrowColor = try PlotArguments.color(entry.value, interp)
          case "shrink": t.arrowShrink = interp.numeric(entry.value.scalarValue) ?? 0
          default: break
          }
        }
      }
    }
    let object = PyArtistObject(t, kind: PlotClasses.text, axes: ax)
    object.reprText = "Text(\(interpRepr(textXY[0])), \(interpRepr(textXY[1])), \(PyStr.repr(s)))"
    return .object(object)
  }

  /// A coordinate as matplotlib shows one it was given: a whole number as an int.
  static func interpRepr(_ v: Double) -> String { isWhole(v) ? String(Int(v)) : String(v) }

  static func isWhole(_ v: Double) -> Bool { v == v.rounded() && abs(v) < 1e15 }
}
