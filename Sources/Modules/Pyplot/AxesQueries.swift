import Interpreter
import PlotKit

/// Questions an Axes answers about itself: `get_aspect`, `get_xscale`, `get_yscale`,
/// `get_children`.
enum AxesQueries {
  static let table: [(String, AxesPlotMethods.Method)] = [
    ("get_aspect", getAspect), ("get_xscale", scale(horizontal: true)),
    ("get_yscale", scale(horizontal: false)), ("get_children", getChildren),
  ]

  /// 'auto', or the data aspect ratio as a float ('equal' is 1.0).
  static func getAspect(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.aspect.map { .float($0) } ?? .str("auto")
  }

  static func scale(horizontal: Bool) -> AxesPlotMethods.Method {
    { (ax, _, _) throws(PyException) in
      .str((horizontal ? ax.axes.xaxis : ax.axes.yaxis).scale.rawValue)
    }
  }

  /// The artists an axes holds (matplotlib also lists its spines, axes, title texts and
  /// background patch; those are not in this list).
  static func getChildren(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var out: [Value] = []
    for kind in ["collections", "patches", "lines", "texts", "images"] {
      if let v = AxesChildren.list(kind, of: ax)?.as(PyList.self) { out += v.items }
    }
    return .list(out)
  }
}

/// `plt.xticks(ticks)` hands back the new ticks as matplotlib's `XTick`/`YTick` objects.
final class PyTickObject: PyObject {
  let horizontal: Bool

  init(horizontal: Bool) { self.horizontal = horizontal }

  static let xTick = PlotClasses.make("XTick", "matplotlib.axis")
  static let yTick = PlotClasses.make("YTick", "matplotlib.axis")
  override var pyClass: PyClass { horizontal ? PyTickObject.xTick : PyTickObject.yTick }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.axis.\(horizontal ? "XTick" : "YTick") object at \(Interpreter.address(of: self))>"
  }
}

/// `ax.get_position()`: matplotlib's `Bbox` in figure fractions (`x0`, `y0`, `x1`, `y1`,
/// `width`, `height`, `bounds`), as the laid-out figure places the axes.
final class PyBbox: PyObject {
  let x0, y0, x1, y1: Double

  init(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
    (self.x0, self.y0, self.x1, self.y1) = (x0, y0, x1, y1)
  }

  static let bboxClass = PlotClasses.make("Bbox", "matplotlib.transforms")
  override var pyClass: PyClass { PyBbox.bboxClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "Bbox(x0=\(try interp.repr(.float(x0))), y0=\(try interp.repr(.float(y0))), x1=\(try interp.repr(.float(x1))), y1=\(try interp.repr(.float(y1))))"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    // (numpy float64s, as matplotlib's Bbox holds its points in an array.)
    let f = AxesDecorationMethods.float64
    switch name {
    case "x0", "xmin": return f(x0)
    case "y0", "ymin": return f(y0)
    case "x1", "xmax": return f(x1)
    case "y1", "ymax": return f(y1)
    case "width": return f(x1 - x0)
    case "height": return f(y1 - y0)
    case "bounds": return .tuple([f(x0), f(y0), f(x1 - x0), f(y1 - y0)])
    default: return try super.getAttribute(name, interp)
    }
  }

  /// `get_position()` and `set_position(pos)` (a Bbox or `[left, bottom, width, height]`).
  static let axesMethods: [(String, AxesPlotMethods.Method)] = [
    (
      "get_position",
      { (ax, _, _) throws(PyException) in
        guard let p = ax.figureObject.figure.drawnPosition(of: ax.axes) else { return .none }
        return .object(PyBbox(p.0, p.1, p.2, p.3))
      }
    ),
    (
      "set_position",
      { (ax, a, interp) throws(PyException) in
        let given = try a.required(0, "pos", of: "set_position")
        let r: [Double]
        if let b = given.as(PyBbox.self) {
          r = [b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0]
        } else {
          r = try PlotArguments.doubles(given, interp)
        }
        guard r.count == 4 else { throw .valueError("pos must be [left, bottom, width, height]") }
        ax.axes.fractionRect = (r[0], r[1], r[2], r[3])
        return .none
      }
    ),
  ]
}
