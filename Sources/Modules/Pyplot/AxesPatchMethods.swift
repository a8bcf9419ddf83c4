import Interpreter
import NumKit
import PlotKit

/// Polygons and stems: `fill`, `fill_betweenx`, `arrow` and `stem`, drawn with matplotlib's
/// geometry and default colors.
enum AxesPatchMethods {
  static let table: [(String, AxesPlotMethods.Method)] = [
    ("fill", fill), ("fill_betweenx", fillBetweenX), ("arrow", arrow), ("stem", stem),
    ("pie", AxesPieMethod.pie), ("boxplot", AxesBoxplotMethod.boxplot),
    ("bar_label", AxesBarLabelMethod.barLabel),
  ]

  /// `fill(x, y, [color], x2, y2, [color2], ...)`: a closed polygon per group, filled with the
  /// patch color cycle's next color unless one is given; returns the list of polygons.
  static func fill(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var rest = a.positional[...]
    var made: [Value] = []
    while !rest.isEmpty {
      guard rest.count >= 2 else {
        throw .typeError("fill() needs x and y for each polygon")
      }
      let x = try PlotArguments.doubles(rest.removeFirst(), interp)
      let y = try PlotArguments.doubles(rest.removeFirst(), interp)
      guard x.count == y.count else {
        throw .valueError(
          "x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
      }
      var color: Color?
      if let format = rest.first?.as(PyStr.self)?.value {
        rest.removeFirst()
        color = try FormatString.parse(format).color
      }
      if let c = try PlotArguments.color(a, "color", "facecolor", "fc", interp: interp) {
        color = c
      }
      let patch = PolygonPatch(points: Array(zip(x, y)), color: color ?? ax.axes.nextPatchColor())
      if let e = try PlotArguments.color(a, "edgecolor", "ec", interp: interp) {
        patch.edgeColor = e
      }
      patch.alpha = try PlotArguments.alpha(a, interp: interp)
      if made.isEmpty, let label = try PlotArguments.string(a, "label", interp: interp) {
        patch.label = label
      }
      ax.axes.add(patch)
      made.append(AxesPlotMethods.handle(patch, PlotClasses.patchPolygon, ax))
    }
    return .list(made)
  }

  /// `fill_betweenx(y, x1, x2=0)`: `fill_between` with the axes' roles exchanged.
  static func fillBetweenX(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try AxesPlotMethods.fillBetween(ax, a, interp, across: .horizontal)
  }

  /// `arrow(x, y, dx, dy)`: matplotlib's FancyArrow polygon (`width`, `head_width`,
  /// `head_length`, `length_includes_head`, `shape`, `overhang`, `head_starts_at_zero`),
  /// face 'C0' and a black edge unless colors are given.
  static func arrow(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let names = ["x", "y", "dx", "dy"]
    var values: [Double] = []
    for (i, name) in names.enumerated() {
      guard let v = a.parameter(i, name) else {
        throw .typeError("Axes.arrow() missing 1 required positional argument: '\(name)'")
      }
      guard let d = interp.numeric(v.scalarValue) else {
        throw .typeError("\(name) must be a number, not \(v.typeName)")
      }
      values.append(d)
    }
    let (x, y, dx, dy) = (values[0], values[1], values[2], values[3])
    let width = try PlotArguments.number(a, "width", interp: interp) ?? 0.001
    let headWidth = try PlotArguments.number(a, "head_width", interp: interp) ?? 3 * width
    let headLength = try PlotArguments.number(a, "head_length", interp: interp) ?? 1.5 * headWidth
    let overhang = try PlotArguments.number(a, "overhang", interp: interp) ?? 0
    func flag(_ name: String) throws(PyException) -> Bool {
      try a.keyword(name).map { (v) throws(PyException) in try interp.isTruthy(v) } ?? false
    }
    let includesHead = try flag("length_includes_head")
    let startsAtZero = try flag("head_starts_at_zero")
    let shape = try PlotArguments.string(a, "shape", interp: interp) ?? "full"
    guard ["full", "left", "right"].contains(shape) else {
      throw .valueError("Got unknown shape: \(PyStr.repr(shape))")
    }
    let distance = (dx * dx + dy * dy).squareRoot()
    let length = includesHead ? distance : distance + headLength
    var points: [(Double, Double)] = []
    if length != 0 {
      // The arrow drawn pointing along +x with its tip at the origin, then turned and moved.
      var left: [(Double, Double)] = [
        (0, 0), (-headLength, -headWidth / 2), (-headLength * (1 - overhang), -width / 2),
        (-length, -width / 2), (-length, 0),
      ]
      let shift = (includesHead ? 0 : headLength) + (startsAtZero ? headLength / 2 : 0)
      left = left.map { ($0.0 + shift, $0.1) }
      let right = left.map { ($0.0, -$0.1) }
      let outline: [(Double, Double)]
      switch shape {
      case "left": outline = left
      case "right": outline = right
      default: outline = Array(left.dropLast()) + Array(right.dropLast().reversed())
      }
      let (c, s) = distance != 0 ? (dx / distance, dy / distance) : (0, 1)
      points = outline.map { p in (p.0 * c - p.1 * s + x + dx, p.0 * s + p.1 * c + y + dy) }
    }
    let color = try PlotArguments.color(a, "color", interp: interp)
    let face = try PlotArguments.color(a, "facecolor", "fc", interp: interp) ?? color
    let patch = PolygonPatch(points: points, color: face ?? Colors.cycle[0])
    patch.edgeColor =
      try PlotArguments.color(a, "edgecolor", "ec", interp: interp) ?? color ?? .black
    patch.alpha = try PlotArguments.alpha(a, interp: interp)
    if let label = try PlotArguments.string(a, "label", interp: interp) { patch.label = label }
    ax.axes.add(patch)
    return AxesPlotMethods.handle(patch, PlotClasses.fancyArrow, ax)
  }

  /// `stem([locs,] heads, [linefmt], markerfmt=, basefmt=, bottom=0, label=)`: vertical lines
  /// from the baseline (a LineCollection in the line format's color, 'C0'), a marker on each
  /// ('o'), and the baseline across the positions ('C3-'); none advances the color cycle.
  static func stem(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var args = a.positional
    guard (1...3).contains(args.count) else {
      throw .typeError("stem() takes 1-3 positional arguments but \(args.count) were given")
    }
    let locs: [Double]
    let heads: [Double]
    if args.count == 1 || args[1].as(PyStr.self) != nil {
      heads = try PlotArguments.doubles(args.removeFirst(), interp)
      locs = heads.indices.map(Double.init)
    } else {
      locs = try PlotArguments.doubles(args.removeFirst(), interp)
      heads = try PlotArguments.doubles(args.removeFirst(), interp)
    }
    guard locs.count == heads.count else {
      throw .valueError(
        "x and y must have same first dimension, but have shapes (\(locs.count),) and (\(heads.count),)"
      )
    }
    if let orientation = try PlotArguments.string(a, "orientation", interp: interp),
      orientation != "vertical"
    {
      throw .notImplemented(
        "stem(orientation='\(orientation)') is not supported; stems are vertical")
    }
    let givenLineFormat = try PlotArguments.string(a, "linefmt", interp: interp)
    let lineFormat = try FormatString.parse(
      args.first?.as(PyStr.self)?.value ?? givenLineFormat ?? "C0-")
    let lineColor = lineFormat.color ?? Colors.cycle[0]
    let markerFormat = try FormatString.parse(
      try PlotArguments.string(a, "markerfmt", interp: interp) ?? "o")
    let baseFormat = try FormatString.parse(
      try PlotArguments.string(a, "basefmt", interp: interp) ?? "C3-")
    let bottom = try PlotArguments.number(a, "bottom", interp: interp) ?? 0

    let stems = SegmentCollection(
      segments: zip(locs, heads).map { [($0, bottom), ($0, $1)] }, colors: [lineColor],
      lineWidth: 1.5)
    stems.lineStyle = lineFormat.lineStyle ?? .solid
    ax.axes.add(stems)
    let markers = Line2D(x: locs, y: heads, color: markerFormat.color ?? lineColor)
    markers.marker = markerFormat.marker ?? .circle
    markers.lineStyle = markerFormat.lineStyle ?? LineStyle.none
    ax.axes.add(markers)
    let low = locs.min() ?? 0
    let high = locs.max() ?? 0
    let base = Line2D(x: [low, high], y: [bottom, bottom], color: baseFormat.color ?? .black)
    base.marker = baseFormat.marker
    base.lineStyle = baseFormat.lineStyle ?? (baseFormat.marker == nil ? .solid : LineStyle.none)
    ax.axes.add(base)
    if let label = try PlotArguments.string(a, "label", interp: interp) { markers.label = label }
    return .object(
      PyStemContainer(
        markerline: AxesPlotMethods.handle(markers, PlotClasses.line, ax),
        stemlines: AxesPlotMethods.handle(stems, PlotClasses.lineCollection, ax),
        baseline: AxesPlotMethods.handle(base, PlotClasses.line, ax)))
  }
}

/// What `stem` returns: the marker line, the stem lines and the baseline, by name or
/// unpacked in that order.
final class PyStemContainer: PyObject {
  let parts: [Value]

  init(markerline: Value, stemlines: Value, baseline: Value) {
    parts = [markerline, stemlines, baseline]
  }

  static let cls = PlotClasses.make("StemContainer", "matplotlib.container")
  override var pyClass: PyClass { PyStemContainer.cls }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<StemContainer object of 3 artists>"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let i = ["markerline", "stemlines", "baseline"].firstIndex(of: name) { return parts[i] }
    return try super.getAttribute(name, interp)
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    try PyTuple(parts).getItem(key, interp)
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int { 3 }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    try PyTuple(parts).makeIterator(interp)
  }
}
