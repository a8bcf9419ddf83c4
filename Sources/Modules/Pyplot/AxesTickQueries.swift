import FloatText
import Interpreter
import NumKit
import PlotKit

/// Reading an axis' ticks back as matplotlib gives them: `get_xticks`, `get_xticklabels`
/// (and `plt.xticks()` without arguments), from the figure's layout.
extension AxesDecorationMethods {
  /// `get_xticks`/`get_yticks` and `get_xticklabels`/`get_yticklabels`.
  static func tickQuery(labels: Bool, horizontal: Bool) -> AxesPlotMethods.Method {
    { (ax, _, _) throws(PyException) in
      labels ? tickLabels(ax, horizontal: horizontal) : tickValues(ax, horizontal: horizontal)
    }
  }

  /// The locations of an axis' ticks: a numpy float64 array; ticks set by hand as whole
  /// numbers an int array (matplotlib keeps the array it was given); a category axis a list.
  static func tickValues(_ ax: PyAxesObject, horizontal: Bool) -> Value {
    let axis = horizontal ? ax.axes.xaxis : ax.axes.yaxis
    let values = ax.figureObject.figure.tickLocations(of: ax.axes, horizontal: horizontal).values
    if !axis.categories.isEmpty && axis.fixedTicks == nil {
      return .list(values.map { .int(Int($0)) })
    }
    let array = NDArray(values, shape: [values.count])
    var given = axis.fixedTicks != nil
    if case .fixed? = axis.locator { given = true }
    let whole = given && !values.isEmpty && values.allSatisfy(AxesPlotMethods.isWhole)
    return NumpyBridge.wrap(whole ? array.copy(as: .int64) : array)
  }

  /// The tick labels as `Text` objects, one per location (`Text(2.0, 0, '2')`).
  static func tickLabels(_ ax: PyAxesObject, horizontal: Bool) -> Value {
    let axis = horizontal ? ax.axes.xaxis : ax.axes.yaxis
    let (values, labels) = ax.figureObject.figure.tickLocations(
      of: ax.axes, horizontal: horizontal)
    let integral = !axis.categories.isEmpty || axis.fixedTicks != nil
    return .list(
      zip(values, labels).map { value, label in
        let position = integral ? AxesPlotMethods.interpRepr(value) : PythonFloat.repr(value)
        let text = TextArtist(x: horizontal ? value : 0, y: horizontal ? 0 : value, text: label)
        let handle = PyArtistObject(text, kind: PlotClasses.text, axes: ax)
        handle.reprText =
          horizontal
          ? "Text(\(position), 0, \(PyStr.repr(label)))"
          : "Text(0, \(position), \(PyStr.repr(label)))"
        return .object(handle)
      })
  }
}
