import Interpreter
import NumKit
import PlotKit

/// Stacked and broken areas: `stackplot` (filled layers stacked on a zero or symmetric
/// baseline) and `broken_barh` (rows of rectangles).
enum AxesStackMethods {
  static let table: [(String, AxesPlotMethods.Method)] = [
    ("stackplot", stackplot), ("broken_barh", brokenBarh),
  ]

  /// `stackplot(x, *ys, labels=(), colors=None, baseline='zero', **kwargs)`: matplotlib's
  /// layers, each a `fill_between` of the running sums, colored from the line cycle unless
  /// `colors` are given; the first layer's bottom is a sticky edge at 0.
  static func stackplot(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let xValue = try a.required(0, "x", of: "stackplot")
    let x = try PlotArguments.doubles(xValue, interp)
    var ys: [[Double]] = []
    for v in a.positional.dropFirst() {
      let array = try PlotArguments.array(v, interp)
      if array.ndim == 2 {
        let (rows, cols) = (array.shape[0], array.shape[1])
        ys += (0..<rows).map { r in (0..<cols).map { array.double(at: r * cols + $0) } }
      } else {
        ys.append((0..<array.size).map { array.double(at: $0) })
      }
    }
    guard !ys.isEmpty else { throw .typeError("stackplot() needs at least one array of y values") }
    for y in ys where y.count != x.count {
      throw .valueError(
        "x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
    }
    let baseline = try PlotArguments.string(a, "baseline", interp: interp) ?? "zero"
    let baselines = ["zero", "sym", "wiggle", "weighted_wiggle"]
    guard baselines.contains(baseline) else {
      throw .valueError(ValueChoice.refusal(baseline, name: "baseline", choices: baselines))
    }
    guard baseline == "zero" || baseline == "sym" else {
      throw .notImplemented("stackplot(baseline=\(PyStr.repr(baseline))) is not supported yet")
    }
    // The running sums, shifted down by half the total for 'sym'.
    var first = Array(repeating: 0.0, count: x.count)
    if baseline == "sym" {
      first = x.indices.map { i in -ys.map { $0[i] }.reduce(0, +) * 0.5 }
    }
    var stack: [[Double]] = []
    var running = first
    for y in ys {
      running = x.indices.map { running[$0] + y[$0] }
      stack.append(running)
    }
    let labels =
      try a.keyword("labels").map { (v) throws(PyException) in
        try interp.collect(v).map { (l) throws(PyException) in try interp.str(l) }
      } ?? []
    let colors = try a.keyword("colors").flatMap { (v) throws(PyException) in
      v.isNone ? nil : try interp.collect(v)
    }
    var shared = a
    shared.positional = []
    shared.keywords.removeAll { ["labels", "colors", "baseline"].contains($0.name) }
    var layers: [Value] = []
    for (i, top) in stack.enumerated() {
      let face: Value =
        colors.map { $0[i % $0.count] } ?? .str(ax.axes.nextLineColor().hex)
      var layer = shared
      layer.positional = [
        xValue, .list((i == 0 ? first : stack[i - 1]).map { .float($0) }),
        .list(top.map { .float($0) }),
      ]
      layer.keywords.append(("facecolor", face))
      if i < labels.count { layer.keywords.append(("label", .str(labels[i]))) }
      let made = try AxesPlotMethods.fillBetween(ax, layer, interp)
      if i == 0, let patch = made.as(PyArtistObject.self)?.artist as? PolygonPatch {
        patch.stickyY = [0]
      }
      layers.append(made)
    }
    return .list(layers)
  }

  /// `broken_barh(xranges, yrange, **kwargs)`: a rectangle per `(xmin, xwidth)` from `ymin`
  /// to `ymin + yheight`, in one collection (matplotlib's default face color C0, no edge).
  static func brokenBarh(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let ranges = try interp.collect(try a.required(0, "xranges", of: "broken_barh"))
    let yrange = try PlotArguments.doubles(try a.required(1, "yrange", of: "broken_barh"), interp)
    guard yrange.count == 2 else { throw .valueError("yrange must be a pair (ymin, yheight)") }
    let (y0, y1) = (yrange[0], yrange[0] + yrange[1])
    // (`color` sets a collection's faces and edges.)
    let color = try PlotArguments.color(a, "color", interp: interp)
    let face = try PlotArguments.color(a, "facecolor", "facecolors", interp: interp) ?? color
    let edge = try PlotArguments.color(a, "edgecolor", "edgecolors", interp: interp) ?? color
    let alpha = try PlotArguments.alpha(a, interp: interp)
    let label = try PlotArguments.string(a, "label", interp: interp)
    var first: PolygonPatch?
    for range in ranges {
      let r = try PlotArguments.doubles(range, interp)
      guard r.count == 2 else { throw .valueError("each x range must be a pair (xmin, xwidth)") }
      let (x0, x1) = (r[0], r[0] + r[1])
      let p = PolygonPatch(
        points: [(x0, y0), (x0, y1), (x1, y1), (x1, y0)], color: face ?? Colors.cycle[0])
      p.edgeColor = edge
      p.alpha = alpha
      if first == nil {
        if let label { p.label = label }
        first = p
      }
      ax.axes.add(p)
    }
    let stand = first ?? PolygonPatch(points: [], color: face ?? Colors.cycle[0])
    return AxesPlotMethods.handle(stand, PlotClasses.polygon, ax)
  }
}
