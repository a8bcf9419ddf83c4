import Interpreter
import PlotKit

/// Steps, line collections and spans: `step`, `hlines`/`vlines`, `axhspan`/`axvspan`. As in
/// matplotlib, the collections and spans take 'C0' by default without advancing the color
/// cycle.
enum AxesLineMethods {
  static let table: [(String, AxesPlotMethods.Method)] = [
    ("step", step), ("hlines", hlines), ("vlines", vlines), ("axhspan", axhspan),
    ("axvspan", axvspan),
  ]

  /// `step(x, y, [fmt], where='pre')`: `plot` with drawstyle 'steps-pre', '-post' or '-mid'.
  static func step(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let whereValue = try PlotArguments.string(a, "where", interp: interp) ?? "pre"
    guard let drawStyle = DrawStyle(rawValue: "steps-" + whereValue) else {
      throw .valueError(
        "\(PyStr.repr(whereValue)) is not a valid value for where. Supported values are 'pre', 'post', 'mid'"
      )
    }
    var plain = a
    plain.keywords.removeAll { $0.name == "where" }
    let lines = try AxesPlotMethods.plot(ax, plain, interp)
    for handle in lines.as(PyList.self)?.items ?? [] {
      (handle.as(PyArtistObject.self)?.artist as? Line2D)?.drawStyle = drawStyle
    }
    return lines
  }

  static func hlines(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try lines(ax, a, interp, names: ("y", "xmin", "xmax"), horizontal: true)
  }

  static func vlines(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try lines(ax, a, interp, names: ("x", "ymin", "ymax"), horizontal: false)
  }

  /// One segment per position, from `low` to `high` (each a number or one per position).
  private static func lines(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter,
    names: (String, String, String), horizontal: Bool
  ) throws(PyException) -> Value {
    func argument(_ i: Int, _ name: String) throws(PyException) -> [Double] {
      guard let v = a.count > i ? try a[i] : a.keyword(name) else {
        throw .typeError(
          "\(horizontal ? "hlines" : "vlines")() missing 1 required positional argument: '\(name)'"
        )
      }
      return try PlotArguments.doubles(v, interp)
    }
    let at = try argument(0, names.0)
    let low = try argument(1, names.1)
    let high = try argument(2, names.2)
    let n = at.count
    for v in [low, high] where v.count != 1 && v.count != n {
      throw .valueError(
        "could not broadcast input array from shape (\(v.count),) into shape (\(n),)")
    }
    func value(_ v: [Double], _ i: Int) -> Double { v.count == 1 ? v[0] : v[i] }
    let segments = (0..<n).map { i -> [(Double, Double)] in
      let (p, q) = (value(low, i), value(high, i))
      return horizontal ? [(p, at[i]), (q, at[i])] : [(at[i], p), (at[i], q)]
    }
    var colors = [Colors.cycle[0]]
    if let v = a.count > 3 ? try a[3] : a.keyword("colors") ?? a.keyword("color"), !v.isNone {
      colors = try PlotArguments.colors(v, interp)
    }
    let collection = SegmentCollection(segments: segments, colors: colors, lineWidth: 1.5)
    if let w = try PlotArguments.number(a, "linewidth", "linewidths", "lw", interp: interp) {
      collection.lineWidth = w
    }
    if let v = a.count > 4 ? try a[4] : nil {
      collection.lineStyle = try PlotArguments.lineStyle(try interp.str(v))
    } else if let s = try PlotArguments.string(a, "linestyles", "linestyle", "ls", interp: interp) {
      collection.lineStyle = try PlotArguments.lineStyle(s)
    }
    collection.alpha = try PlotArguments.alpha(a, interp: interp)
    if let v = a.count > 5 ? try a[5] : nil {
      collection.label = try interp.str(v)
    } else if let l = try PlotArguments.string(a, "label", interp: interp) {
      collection.label = l
    }
    if let z = try PlotArguments.number(a, "zorder", interp: interp) { collection.zorder = z }
    ax.axes.add(collection)
    return AxesPlotMethods.handle(collection, PlotClasses.lineCollection, ax)
  }

  static func axhspan(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try span(ax, a, interp, names: ("ymin", "ymax", "xmin", "xmax"), horizontal: true)
  }

  static func axvspan(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try span(ax, a, interp, names: ("xmin", "xmax", "ymin", "ymax"), horizontal: false)
  }

  /// A rectangle spanning `low…high` in data along one axis and `from…to` (axes fractions,
  /// the whole axes by default) along the other.
  private static func span(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter,
    names: (String, String, String, String), horizontal: Bool
  ) throws(PyException) -> Value {
    func number(_ i: Int, _ name: String, _ fallback: Double?) throws(PyException) -> Double {
      guard let v = a.count > i ? try a[i] : a.keyword(name) else {
        guard let fallback else {
          throw .typeError(
            "\(horizontal ? "axhspan" : "axvspan")() missing 1 required positional argument: '\(name)'"
          )
        }
        return fallback
      }
      guard let d = interp.numeric(v.scalarValue) else {
        throw .typeError("must be real number, not \(v.typeName)")
      }
      return d
    }
    let (low, high) = (try number(0, names.0, nil), try number(1, names.1, nil))
    let (from, to) = (try number(2, names.2, 0), try number(3, names.3, 1))
    let corners =
      horizontal
      ? [(from, low), (from, high), (to, high), (to, low)]
      : [(low, from), (low, to), (high, to), (high, from)]
    let patch = PolygonPatch(points: corners, color: Colors.cycle[0])
    if horizontal { patch.xInAxesFraction = true } else { patch.yInAxesFraction = true }
    if let c = try PlotArguments.color(a, "color", "facecolor", "fc", interp: interp) {
      patch.color = c
    }
    if let e = try PlotArguments.color(a, "edgecolor", "ec", interp: interp) { patch.edgeColor = e }
    patch.alpha = try PlotArguments.alpha(a, interp: interp)
    if let l = try PlotArguments.string(a, "label", interp: interp) { patch.label = l }
    if let z = try PlotArguments.number(a, "zorder", interp: interp) { patch.zorder = z }
    ax.axes.add(patch)
    let object = PyArtistObject(patch, kind: PlotClasses.rectangle, axes: ax)
    let n = AxesPlotMethods.interpRepr
    object.strText =
      horizontal
      ? "Rectangle(xy=(\(n(from)), \(n(low))), width=\(n(to - from)), height=\(n(high - low)), angle=0)"
      : "Rectangle(xy=(\(n(low)), \(n(from))), width=\(n(high - low)), height=\(n(to - from)), angle=0)"
    return .object(object)
  }
}
