import Interpreter
import PlotKit

/// pyplot's state machine: the open figures, the current figure and its current axes, and
/// where shown figures go.
public final class PyplotState {
  var open: [PyFigureObject] = []
  var current: PyFigureObject?
  private var nextNumber = 1
  /// Receives each figure that `plt.show()` displays (the notebook writes it as SVG).
  public var show: (Figure) -> Void = { _ in }

  public init() {}

  public var figures: [Figure] { open.map(\.figure) }

  /// A new figure, made current.
  func newFigure(figsize: (Double, Double) = (6.4, 4.8), number: Int? = nil) -> PyFigureObject {
    let n = number ?? nextNumber
    nextNumber = max(nextNumber, n + 1)
    let f = PyFigureObject(Figure(figsize: figsize), number: n)
    open.append(f)
    current = f
    return f
  }

  func figure() -> PyFigureObject { current ?? newFigure() }

  /// The current axes, creating a figure and a 1×1 subplot when there is none.
  func axes() -> PyAxesObject {
    let f = figure()
    if let a = f.currentAxes { return a }
    let a = f.object(for: f.figure.subplot(rows: 1, cols: 1, index: 1))
    f.currentAxes = a
    return a
  }

  /// Shows every open figure and closes them (what `plt.show()` does).
  public func showAll() {
    for f in open where !f.figure.axes.isEmpty { show(f.figure) }
    closeAll()
  }

  public func closeAll() {
    open.removeAll()
    current = nil
  }

  func close(_ f: PyFigureObject) {
    open.removeAll { $0 === f }
    if current === f { current = open.last }
  }
}
