import Interpreter
import NumKit
import PlotKit

/// `ax.matshow(Z)` and `plt.matshow(A, fignum=None)`: a matrix as an image with its x tick
/// labels on top, tick marks on both sides and integer ticks (matplotlib's MaxNLocator with 9
/// bins, steps 1, 2, 5, 10); pyplot's form opens a figure shaped like the matrix.
enum MatshowMethods {
  static func matshow(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let image = try AxesPlotMethods.imshow(ax, a, interp)
    let locator = MaxNLocator(nbins: 9, steps: [1, 2, 5, 10], integer: true)
    ax.axes.xaxis.locator = .maxN(locator)
    ax.axes.yaxis.locator = .maxN(locator)
    ax.axes.xaxis.ticksAtTop = true
    ax.axes.xaxis.labelsAtTop = true
    return image
  }

  /// pyplot's `matshow`: a new figure sized by `figaspect` (or figure `fignum`; 0 draws in the
  /// current axes), with one axes at [0.15, 0.09, 0.775, 0.775].
  static func pyplotMatshow(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let matrix = try NumpyBridge.array(from: try a[0], dtype: nil, interp)
    guard matrix.ndim >= 2 else {
      throw .typeError("Invalid shape \(ShapeText.tuple(matrix.shape)) for image data")
    }
    var rest = a
    let fignum = rest.keyword("fignum") ?? (a.count > 1 ? a.positional[1] : nil)
    rest.keywords.removeAll { $0.name == "fignum" }
    rest.positional = [a.positional[0]]
    if let fignum, case .int(0) = fignum.asIndexLike {
      return try matshow(s.axes(), rest, interp)
    }
    let size = figaspect(rows: matrix.shape[0], cols: matrix.shape[1], height: s.defaultFigsize.1)
    let number = fignum.flatMap { $0.isNone ? nil : $0.asIndexLike.asInt }
    let figure: PyFigureObject
    if let number, let existing = s.open.first(where: { $0.number == number }) {
      s.current = existing
      figure = existing
    } else {
      figure = s.newFigure(figsize: size, number: number)
    }
    let axes = figure.figure.addAxes(slot: Axes.GridSlot(rows: 1, cols: 1, row: 0, col: 0))
    axes.fractionRect = (0.15, 0.09, 0.775, 0.775)
    let o = figure.object(for: axes)
    figure.currentAxes = o
    return try matshow(o, rest, interp)
  }

  /// matplotlib's `figaspect` for an array: the default height, the width by the array's
  /// ratio, scaled into 4 × 2 … 16 × 16 inches.
  static func figaspect(rows: Int, cols: Int, height: Double) -> (Double, Double) {
    let ratio = Double(rows) / Double(cols)
    var size = [height / ratio, height]
    let minimum = [4.0, 2.0], maximum = [16.0, 16.0]
    let down = min(1.0, size[0] / minimum[0], size[1] / minimum[1])
    size = size.map { $0 / down }
    let up = max(1.0, size[0] / maximum[0], size[1] / maximum[1])
    size = size.map { $0 / up }
    return (min(max(size[0], minimum[0]), maximum[0]), min(max(size[1], minimum[1]), maximum[1]))
  }
}
