import FloatText
import Interpreter
import NumKit
import PlotKit

#if canImport(Glibc)
  import Glibc
#endif

/// `matplotlib.patches` (`Patch`, `Rectangle`, `Circle`, `Ellipse`, `Polygon`) and
/// `matplotlib.lines.Line2D`: artists made on their own, shown by `ax.add_patch` /
/// `ax.add_line` / `ax.add_artist`, or used as legend handles
/// (`legend(handles=[Patch(color='red', label='class 0')])`).
enum PatchesModule {
  static let patch = PlotClasses.make("Patch", "matplotlib.patches")
  static let circle = PlotClasses.make("Circle", "matplotlib.patches")
  static let ellipse = PlotClasses.make("Ellipse", "matplotlib.patches")

  /// The names pyplot also exports (matplotlib's pyplot imports them).
  static let pyplotNames = ["Circle", "Rectangle", "Polygon"]

  /// Points on a circle or an ellipse: matplotlib draws Bézier arcs; this many points stay
  /// within a hundredth of a pixel of them at figure sizes.
  private static let roundSteps = 256

  static func patches() -> PyModule {
    let m = PyModule(name: "matplotlib.patches")
    m.define("Patch") { (a, interp) throws(PyException) in
      try a.expect("Patch", min: 0, max: 0)
      return .object(
        try made(PolygonPatch(points: [], color: Colors.cycle[0]), patch, "Patch", a, interp))
    }
    m.define("Rectangle") { (a, interp) throws(PyException) in
      let (x, y) = try point(try a.required(0, "xy", of: "Rectangle"), interp)
      let w = try PlotArguments.double(try a.required(1, "width", of: "Rectangle"), "width", interp)
      let h = try PlotArguments.double(
        try a.required(2, "height", of: "Rectangle"), "height", interp)
      let angle = try a.keyword("angle").map { (v) throws(PyException) in
        try PlotArguments.double(v, "angle", interp)
      }
      let corners = [(0.0, 0.0), (w, 0), (w, h), (0, h)].map { rotated($0, by: angle ?? 0) }
      let p = PolygonPatch(points: corners.map { (x + $0.0, y + $0.1) }, color: Colors.cycle[0])
      let o = try made(p, PlotClasses.rectangle, "Rectangle", a, interp, skipping: 3)
      o.strText =
        "Rectangle(xy=(\(g(x)), \(g(y))), width=\(g(w)), height=\(g(h)), angle=\(g(angle ?? 0)))"
      return .object(o)
    }
    m.define("Circle") { (a, interp) throws(PyException) in
      let (x, y) = try point(try a.required(0, "xy", of: "Circle"), interp)
      let r = try a.parameter(1, "radius").map { (v) throws(PyException) in
        try PlotArguments.double(v, "radius", interp)
      }
      let p = PolygonPatch(
        points: oval(x, y, 2 * (r ?? 5), 2 * (r ?? 5), 0), color: Colors.cycle[0])
      let o = try made(p, circle, "Circle", a, interp, skipping: 2)
      o.strText = "Circle(xy=(\(g(x)), \(g(y))), radius=\(g(r ?? 5)))"
      return .object(o)
    }
    m.define("Ellipse") { (a, interp) throws(PyException) in
      let (x, y) = try point(try a.required(0, "xy", of: "Ellipse"), interp)
      let w = try PlotArguments.double(try a.required(1, "width", of: "Ellipse"), "width", interp)
      let h = try PlotArguments.double(try a.required(2, "height", of: "Ellipse"), "height", interp)
      let angle = try a.keyword("angle").map { (v) throws(PyException) in
        try PlotArguments.double(v, "angle", interp)
      }
      let p = PolygonPatch(points: oval(x, y, w, h, angle ?? 0), color: Colors.cycle[0])
      let o = try made(p, ellipse, "Ellipse", a, interp, skipping: 3)
      // (`%s` of the values as given.)
      var texts: [String] = []
      for v in try interp.collect(try a[0]) + [try a[1], try a[2], a.keyword("angle") ?? .int(0)] {
        texts.append(try interp.str(v))
      }
      o.strText =
        "Ellipse(xy=(\(texts[0]), \(texts[1])), width=\(texts[2]), height=\(texts[3]), angle=\(texts[4]))"
      return .object(o)
    }
    m.define("Polygon") { (a, interp) throws(PyException) in
      let xy = try PlotArguments.array(try a.required(0, "xy", of: "Polygon"), interp)
      guard xy.ndim == 2, xy.shape[1] == 2 else {
        throw .valueError("'xy' must be an array of shape (N, 2), not \(ShapeText.tuple(xy.shape))")
      }
      let points = (0..<xy.shape[0]).map { (xy.double(at: 2 * $0), xy.double(at: 2 * $0 + 1)) }
      if let closed = a.keyword("closed"), !(try interp.isTruthy(closed)) {
        throw .notImplemented("Polygon(closed=False) is not supported yet")
      }
      let p = PolygonPatch(points: points, color: Colors.cycle[0])
      let o = try made(p, PlotClasses.patchPolygon, "Polygon", a, interp, skipping: 1)
      // matplotlib closes the path with the first point again, and counts it.
      let count = points.count + (points.first.map { $0 != points.last! } == true ? 1 : 0)
      o.strText =
        points.first.map { "Polygon\(count)((\(g($0.0)), \(g($0.1))) ...)" } ?? "Polygon0()"
      return .object(o)
    }
    return m
  }

  static func lines() -> PyModule {
    let m = PyModule(name: "matplotlib.lines")
    m.define("Line2D") { (a, interp) throws(PyException) in
      let x = try PlotArguments.doubles(try a.required(0, "xdata", of: "Line2D"), interp)
      let y = try PlotArguments.doubles(try a.required(1, "ydata", of: "Line2D"), interp)
      guard x.count == y.count else {
        throw .runtimeError("xdata and ydata must be the same length")
      }
      let line = Line2D(x: x, y: y, color: Colors.cycle[0])
      try AxesPlotMethods.style(line, a, interp)
      let o = PyArtistObject(line, kind: PlotClasses.line, axes: nil)
      o.strText = "Line2D(\(line.label))"
      return .object(o)
    }
    return m
  }

  /// The Axes methods that show an artist made on its own.
  static let axesMethods: [(String, AxesPlotMethods.Method)] = [
    ("add_patch", add("add_patch", "p")), ("add_line", add("add_line", "line")),
    ("add_artist", add("add_artist", "a")),
  ]

  private static func add(_ name: String, _ parameter: String) -> AxesPlotMethods.Method {
    { (ax, a, interp) throws(PyException) in
      let given = try a.required(0, parameter, of: name)
      guard let artist = given.as(PyArtistObject.self) else {
        throw .attributeError("'\(given.typeName)' object has no attribute 'axes'")
      }
      if !ax.axes.artists.contains(where: { $0 === artist.artist }) {
        ax.axes.addWithoutAutoscale(artist.artist)
      }
      artist.axesObject = ax
      return given
    }
  }

  /// A patch with its keyword properties set (`positional` arguments were the shape's),
  /// with matplotlib's error for a keyword a patch does not take.
  private static func made(
    _ p: PolygonPatch, _ kind: PyClass, _ name: String, _ a: Arguments, _ interp: Interpreter,
    skipping positional: Int = 0
  ) throws(PyException) -> PyArtistObject {
    if a.count > positional {
      throw .typeError(
        "\(name).__init__() takes \(positional + 1) positional arguments but \(a.count + 1) were given"
      )
    }
    try style(p, name, a, interp)
    p.isPatch = true
    return PyArtistObject(p, kind: kind, axes: nil)
  }

  /// Every keyword a matplotlib patch takes that NumBook draws.
  private static let drawn: Set<String> = [
    "xy", "width", "height", "angle", "radius", "closed", "color", "facecolor", "fc",
    "edgecolor", "ec", "linewidth", "lw", "linestyle", "ls", "fill", "alpha", "label", "zorder",
    "transform",
  ]

  /// A patch's `color` (face and edge), `facecolor`, `edgecolor`, `linewidth`, `linestyle`,
  /// `fill`, `alpha`, `label`, `zorder` and `transform=ax.transAxes`. As in matplotlib, a
  /// filled patch has no edge unless one is given; an unfilled one a black edge.
  static func style(_ p: PolygonPatch, _ name: String, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    for (keyword, _) in a.keywords where !drawn.contains(keyword) {
      throw .attributeError("\(name).set() got an unexpected keyword argument '\(keyword)'")
    }
    if let f = a.keyword("fill") { p.filled = try interp.isTruthy(f) }
    // A patch refuses a color in matplotlib's `to_rgba` words.
    func color(_ names: String...) throws(PyException) -> Color? {
      for name in names {
        guard let v = a.keyword(name), !v.isNone else { continue }
        do throws(PyException) {
          return try PlotArguments.color(v, interp)
        } catch  where error.isInstance(of: .valueError) {
          throw .valueError("Invalid RGBA argument: \(try interp.repr(v))")
        }
      }
      return nil
    }
    let both = try color("color")
    if let face = try color("facecolor", "fc") ?? both { p.color = face }
    p.edgeColor = try color("edgecolor", "ec") ?? both
    if p.edgeColor == nil && !p.filled { p.edgeColor = .black }
    if let w = try PlotArguments.number(a, "linewidth", "lw", interp: interp) { p.lineWidth = w }
    if let s = try PlotArguments.string(a, "linestyle", "ls", interp: interp) {
      p.lineStyle = try PlotArguments.lineStyle(s)
    }
    p.alpha = try PlotArguments.alpha(a, interp: interp)
    if let l = try PlotArguments.string(a, "label", interp: interp) { p.label = l }
    if let z = try PlotArguments.number(a, "zorder", interp: interp) { p.zorder = z }
    if let t = a.keyword("transform") {
      guard t.as(PyStr.self)?.value == "transAxes" else {
        throw .notImplemented("transform= other than ax.transAxes is not supported yet")
      }
      (p.xInAxesFraction, p.yInAxesFraction) = (true, true)
    }
  }

  /// `%g` of a number, as matplotlib's patches print their geometry.
  private static func g(_ v: Double) -> String { CFormat.general(v, digits: 6) }

  /// `xy` given as a pair.
  private static func point(_ v: Value, _ interp: Interpreter) throws(PyException) -> (
    Double, Double
  ) {
    let xy = try PlotArguments.doubles(v, interp)
    guard xy.count == 2 else { throw .valueError("xy must be a pair (x, y)") }
    return (xy[0], xy[1])
  }

  /// `(x, y)` turned by `degrees` counterclockwise about the origin.
  private static func rotated(_ p: (Double, Double), by degrees: Double) -> (Double, Double) {
    guard degrees != 0 else { return p }
    let t = degrees * .pi / 180
    return (p.0 * cos(t) - p.1 * sin(t), p.0 * sin(t) + p.1 * cos(t))
  }

  /// An ellipse of `width` × `height` centred on (x, y), turned by `angle` degrees.
  private static func oval(
    _ x: Double, _ y: Double, _ width: Double, _ height: Double,
    _ angle: Double
  ) -> [(Double, Double)] {
    (0..<roundSteps).map { k in
      let t = 2 * Double.pi * Double(k) / Double(roundSteps)
      let p = rotated((width / 2 * cos(t), height / 2 * sin(t)), by: angle)
      return (x + p.0, y + p.1)
    }
  }
}
