import Interpreter
import PlotKit

/// pyplot's state machine: the open figures, the current figure and its current axes, and
/// where shown figures go.
public final class PyplotState {
  var open: [PyFigureObject] = []
  var current: PyFigureObject?
  private var nextNumber = 1
  /// `matplotlib.use(name)`: figures are SVG whatever it says; it picks the format a figure
  /// saved into a file object gets by default (the svg backend's SVG, otherwise PNG).
  var backend = "agg"
  /// Receives each figure that `plt.show()` displays (the notebook writes it as SVG).
  public var show: (Figure) -> Void = { _ in }
  /// `plt.rcParams` (also `matplotlib.rcParams`): a dict of matplotlib's defaults.
  /// `figure.figsize` sets the size of new figures, `RcSettings` the keys applied to new
  /// artists; other keys are kept but not applied.
  let rcParams: PyDict = {
    let d = PyDict()
    let defaults: [(String, Value)] = [
      ("figure.figsize", .list([.float(6.4), .float(4.8)])), ("figure.dpi", .float(100)),
      ("savefig.dpi", .str("figure")), ("font.size", .float(10)),
      ("lines.linewidth", .float(1.5)), ("lines.markersize", .float(6)),
      ("axes.grid", .bool(false)), ("image.cmap", .str("viridis")), ("legend.loc", .str("best")),
    ]
    for (key, value) in defaults + RcSettings.defaults { d.set(key, value) }
    d.set("axes.prop_cycle", .object(PyCycler.standard()))
    return d
  }()

  /// `method.keyword` pairs already noted as accepted but not drawn (`UnappliedKeywords`).
  var notedKeywords: Set<String> = []

  public init() {}

  /// The size of a new figure without `figsize=`: `rcParams['figure.figsize']` (a list or
  /// tuple of two positive numbers; anything else falls back to matplotlib's 6.4 × 4.8).
  var defaultFigsize: (Double, Double) {
    let stored = rcParams.storage[.string("figure.figsize")]?.value
    let items = stored?.as(PyList.self)?.items ?? stored?.as(PyTuple.self)?.items ?? []
    let v = items.compactMap { item -> Double? in
      switch item.scalarValue {
      case .int(let i): return Double(i)
      case .float(let d): return d
      default: return nil
      }
    }
    guard v.count == 2, v.allSatisfy({ $0 > 0 && $0.isFinite }) else { return (6.4, 4.8) }
    return (v[0], v[1])
  }

  public var figures: [Figure] { open.map(\.figure) }

  /// A new figure, made current.
  func newFigure(figsize: (Double, Double)? = nil, number: Int? = nil) -> PyFigureObject {
    let n = number ?? nextNumber
    nextNumber = max(nextNumber, n + 1)
    let f = PyFigureObject(
      Figure(figsize: figsize ?? defaultFigsize), number: n, state: self)
    if let c = RcSettings(self).color("figure.facecolor") { f.figure.faceColor = c }
    f.originalDPI = RcSettings(self).figureDPI
    f.dpi = .float(f.originalDPI)
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
  /// Shows `value` when it is a figure (IPython's `display(fig)`); false for anything else.
  public func show(figure value: Value) -> Bool {
    guard let figure = value.as(PyFigureObject.self) else { return false }
    show(figure.figure)
    return true
  }

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
