import Interpreter
import PlotKit

#if canImport(Glibc)
  import Glibc
#endif

/// `pie(x)`: matplotlib's wedges (from `startangle`, counterclockwise, each in the patch
/// color cycle's next color or `colors`), labels outside at `labeldistance` (left- or
/// right-aligned by side), `autopct` texts at `pctdistance`, `explode`, `radius`, `center`;
/// the axes made round and bare (aspect equal, no frame or ticks, limits ±1.25 about the
/// center). Returns `(wedges, texts)` or `(wedges, texts, autotexts)`.
enum AxesPieMethod {
  static func pie(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let x = try PlotArguments.doubles(try a[0], interp)
    guard !x.contains(where: { $0 < 0 }) else {
      throw .valueError("Wedge sizes 'x' must be non negative values")
    }
    guard x.allSatisfy(\.isFinite) else { throw .valueError("Wedge sizes must be finite numbers") }
    let total = x.reduce(0, +)
    guard total != 0 else { throw .valueError("All wedge sizes are zero") }
    let normalize = try flag(a, "normalize", interp) ?? true
    if !normalize && total > 1 {
      throw .valueError("Cannot plot an unnormalized pie with sum(x) > 1")
    }
    let fractions = normalize ? x.map { $0 / total } : x
    func list(_ position: Int, _ name: String) -> Value? {
      guard let v = a.parameter(position, name), !v.isNone else { return nil }
      return v
    }
    let explode =
      try list(1, "explode").map { (v) throws(PyException) in
        try PlotArguments.doubles(v, interp)
      } ?? Array(repeating: 0, count: x.count)
    let labels =
      try list(2, "labels").map { (v) throws(PyException) in
        try interp.collect(v).map { (l) throws(PyException) in try interp.str(l) }
      } ?? Array(repeating: "", count: x.count)
    guard labels.count == x.count else {
      throw .valueError("'labels' must be of length 'x', not \(labels.count)")
    }
    guard explode.count == x.count else {
      throw .valueError("'explode' must be of length 'x', not \(explode.count)")
    }
    let colors = try list(3, "colors").map { (v) throws(PyException) in
      try PlotArguments.colors(v, interp)
    }
    for name in ["shadow", "rotatelabels"] where try flag(a, name, interp) == true {
      throw .notImplemented("pie(\(name)=True) is not supported")
    }
    if let hatch = a.keyword("hatch"), !hatch.isNone {
      throw .notImplemented("pie(hatch=...) is not supported")
    }
    let radius = try PlotArguments.number(a, "radius", interp: interp) ?? 1
    guard radius > 0 else {
      throw .valueError(
        "'radius' must be a positive number, not \(try interp.repr(a.keyword("radius") ?? .none))")
    }
    let startAngle = try PlotArguments.number(a, "startangle", interp: interp) ?? 0
    let counterclock = try flag(a, "counterclock", interp) ?? true
    let center =
      try a.keyword("center").map { (v) throws(PyException) in
        try PlotArguments.doubles(v, interp)
      } ?? [0, 0]
    let wedgeProperties = try properties(a.keyword("wedgeprops"), interp)
    let textProperties = try properties(a.keyword("textprops"), interp)
    if wedgeProperties.keyword("width").map({ !$0.isNone }) == true {
      throw .notImplemented("pie(wedgeprops={'width': ...}) (a donut) is not supported")
    }

    ax.axes.aspect = 1
    var wedges: [Value] = []
    var middles: [(Double, Double, Double)] = []  // each wedge's center and mid angle
    var theta1 = startAngle / 360
    for (i, fraction) in fractions.enumerated() {
      let theta2 = counterclock ? theta1 + fraction : theta1 - fraction
      let middle = 2 * Double.pi * 0.5 * (theta1 + theta2)
      let cx = center[0] + explode[i] * cos(middle)
      let cy = center[1] + explode[i] * sin(middle)
      let from = 360 * min(theta1, theta2)
      let to = 360 * max(theta1, theta2)
      let color = colors.map { $0[i % $0.count] } ?? ax.axes.nextPatchColor()
      let patch = PolygonPatch(
        points: outline(cx, cy, radius, from, to), color: color)
      patch.label = labels[i]
      patch.edgeColor = try PlotArguments.color(wedgeProperties, "edgecolor", "ec", interp: interp)
      patch.alpha = try PlotArguments.alpha(wedgeProperties, interp: interp)
      ax.axes.add(patch)
      wedges.append(AxesPlotMethods.handle(patch, PlotClasses.wedge, ax))
      middles.append((cx, cy, 2 * Double.pi * 0.5 * (from + to) / 360))
      theta1 = theta2
    }

    func texts(_ strings: [String], distance: Double, outer: Bool, size: Double?)
      throws(PyException) -> [Value]
    {
      var out: [Value] = []
      for (s, (cx, cy, angle)) in zip(strings, middles) {
        let t = ax.axes.text(
          x: cx + distance * radius * cos(angle), y: cy + distance * radius * sin(angle), s)
        t.horizontalAlignment = outer ? (t.x > cx ? "left" : "right") : "center"
        t.verticalAlignment = "center"
        if let size { t.size = size }
        // `textprops` set after, as matplotlib's `t.set(**textprops)`.
        try AxesPlotMethods.textStyle(t, textProperties, interp)
        out.append(AxesPlotMethods.handle(t, PlotClasses.text, ax))
      }
      return out
    }
    var result: [Value] = [.list(wedges)]
    let labelDistance = a.keyword("labeldistance")
    if labelDistance?.isNone == true {
      result.append(.list([]))
    } else {
      let distance =
        try PlotArguments.number(a, "labeldistance", interp: interp) ?? 1.1
      result.append(.list(try texts(labels, distance: distance, outer: true, size: 10)))
    }
    if let autopct = a.keyword("autopct"), !autopct.isNone {
      var strings: [String] = []
      for fraction in fractions {
        let percent = Value.float(100 * fraction)
        if autopct.as(PyStr.self) != nil {
          strings.append(try interp.str(try interp.binary(.modulo, autopct, percent)))
        } else if case .object(let f) = autopct, f.isCallable {
          strings.append(try interp.str(try interp.call(autopct, with: percent)))
        } else {
          throw .typeError("autopct must be callable or a format string")
        }
      }
      let distance = try PlotArguments.number(a, "pctdistance", interp: interp) ?? 0.6
      result.append(.list(try texts(strings, distance: distance, outer: false, size: nil)))
    }
    if try flag(a, "frame", interp) != true {
      for side in Spine.Side.allCases { ax.axes.spines[side]?.visible = false }
      ax.axes.drawsBackground = false
      ax.axes.xaxis.fixedTicks = []
      ax.axes.yaxis.fixedTicks = []
      (ax.axes.xaxis.fixedLow, ax.axes.xaxis.fixedHigh) = (center[0] - 1.25, center[0] + 1.25)
      (ax.axes.yaxis.fixedLow, ax.axes.yaxis.fixedHigh) = (center[1] - 1.25, center[1] + 1.25)
    }
    return .tuple(result)
  }

  /// A wedge's outline: the arc from `from` to `to` degrees (a point every quarter degree,
  /// closer than a pixel to matplotlib's Bézier arc) and back through the center; a whole
  /// circle is the arc alone.
  private static func outline(
    _ cx: Double, _ cy: Double, _ r: Double, _ from: Double, _ to: Double
  ) -> [(Double, Double)] {
    let whole = abs((to - from) - 360) <= 1e-12
    let (start, end) = whole ? (0.0, 360.0) : (from, to)
    let steps = max(2, Int(((end - start) * 4).rounded(.up)))
    var points = (0...steps).map { i -> (Double, Double) in
      let angle = (start + (end - start) * Double(i) / Double(steps)) * Double.pi / 180
      return (cx + r * cos(angle), cy + r * sin(angle))
    }
    if !whole { points.append((cx, cy)) }
    return points
  }

  private static func flag(_ a: Arguments, _ name: String, _ interp: Interpreter)
    throws(PyException) -> Bool?
  {
    guard let v = a.keyword(name), !v.isNone else { return nil }
    return try interp.isTruthy(v)
  }

  /// A dict of properties (`wedgeprops`, `textprops`) as keyword arguments.
  private static func properties(_ v: Value?, _ interp: Interpreter) throws(PyException)
    -> Arguments
  {
    guard let v, !v.isNone else { return Arguments() }
    guard let d = v.as(PyDict.self) else {
      throw .typeError("properties must be a dict, not \(v.typeName)")
    }
    var out = Arguments()
    for (k, value) in zip(d.keys, d.values) { out.keywords.append((try interp.str(k), value)) }
    return out
  }
}
