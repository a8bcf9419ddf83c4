import Interpreter
import PlotKit

/// `ax.autoscale`, `ax.relim`, `ax.autoscale_view` (the live-plotting idiom after adding
/// artists by hand) and `ax.get_figure`. Data limits are measured when the figure is drawn
/// or the limits are asked for, so `relim` has nothing to recompute.
enum AxesAutoscaleMethods {
  static let table: [(String, AxesPlotMethods.Method)] = [
    ("autoscale", autoscale), ("relim", relim), ("autoscale_view", autoscaleView),
    ("get_figure", getFigure),
  ]

  /// `autoscale(enable=True, axis='both', tight=None)`: limits fixed by `set_xlim` are
  /// released (True) or the current ones fixed (False); `tight` changes nothing under
  /// matplotlib's default 'data' limits mode.
  static func autoscale(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect("autoscale", min: 0, max: 3)
    let enableValue = a.count > 0 ? try a[0] : a.keyword("enable") ?? .bool(true)
    let axisValue = a.count > 1 ? try a[1] : a.keyword("axis") ?? .str("both")
    // (Another name applies to neither axis, as in matplotlib.)
    let axis = try interp.str(axisValue)
    // None leaves the setting as it is.
    if enableValue.isNone { return .none }
    let enable = try interp.isTruthy(enableValue)
    if axis == "x" || axis == "both" {
      let (lo, hi) = ax.axes.xlim
      (ax.axes.xaxis.fixedLow, ax.axes.xaxis.fixedHigh) = enable ? (nil, nil) : (lo, hi)
    }
    if axis == "y" || axis == "both" {
      let (lo, hi) = ax.axes.ylim
      (ax.axes.yaxis.fixedLow, ax.axes.yaxis.fixedHigh) = enable ? (nil, nil) : (lo, hi)
    }
    if enable { ax.axes.takeInAllData() }
    return .none
  }

  static func relim(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect("relim", min: 0, max: 1)
    return .none
  }

  /// The view takes in every artist's data, those `add_patch`/`add_line` added too (unless
  /// the limits were fixed).
  static func autoscaleView(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect("autoscale_view", min: 0, max: 3)
    ax.axes.takeInAllData()
    return .none
  }

  static func getFigure(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect("get_figure", min: 0, max: 1)
    return .object(ax.figureObject)
  }
}
