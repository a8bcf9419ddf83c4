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
