import Interpreter
import PlotKit

/// `fig.canvas`: what programs call to have the figure laid out before reading its tick
/// labels or offset text (`fig.canvas.draw()`), and its size in pixels. `draw()` lays the
/// figure out as `savefig` does (so a formatter or bad TeX raises there, as in matplotlib);
/// `draw_idle()` and `flush_events()` have nothing to wait for.
final class PyFigureCanvas: PyObject {
  let figureObject: PyFigureObject

  init(_ figureObject: PyFigureObject) { self.figureObject = figureObject }

  static let canvasClass = PlotClasses.make("FigureCanvasAgg", "matplotlib.backends.backend_agg")
  override var pyClass: PyClass { PyFigureCanvas.canvasClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.backends.backend_agg.FigureCanvasAgg object at \(Interpreter.address(of: self))>"
  }

  private func method(_ name: String, _ body: @escaping () throws(PyException) -> Value) -> Value {
    .object(
      PyBuiltinFunction("FigureCanvasAgg.\(name)") { (a, _) throws(PyException) in
        try a.expect(name, min: 0, max: 0)
        return try body()
      })
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let figure = figureObject.figure
    switch name {
    case "figure": return .object(figureObject)
    case "draw":
      return method(name) { () throws(PyException) in
        _ = try TickFormatters.drawing { figure.svg() }
        return .none
      }
    case "draw_idle", "flush_events": return method(name) { .none }
    case "get_width_height":
      return method(name) {
        let w = Int((figure.width / 72 * 100).rounded())
        let h = Int((figure.height / 72 * 100).rounded())
        return .tuple([.int(w), .int(h)])
      }
    default: return try super.getAttribute(name, interp)
    }
  }
}
