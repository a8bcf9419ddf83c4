import FloatText
import Interpreter
import NumKit
import PlotKit

/// One bar of a `bar`/`barh`/`hist` container as matplotlib's `Rectangle`: what the usual
/// value-labelling loop reads (`for rect in bars: ax.text(rect.get_x() + rect.get_width() / 2,
/// rect.get_height(), ...)`) and the per-bar setters (`bars[0].set_color('r')`).
final class PyBarRectangle: PyObject {
  let container: BarContainer
  let index: Int
  weak var axesObject: PyAxesObject?
  private let address: String

  init(_ container: BarContainer, _ index: Int, axes: PyAxesObject?) {
    self.container = container
    self.index = index
    axesObject = axes
    address = axes?.figureObject.nextAddress() ?? "0x7f0000000000"
  }

  /// matplotlib's Rectangle, with this object's own methods (not the artist table's).
  static let rectangleClass = PlotClasses.make("Rectangle", "matplotlib.patches")
  override var pyClass: PyClass { PyBarRectangle.rectangleClass }

  private var bar: BarContainer.Bar {
    get { container.bars[index] }
    set { container.bars[index] = newValue }
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.patches.Rectangle at \(address)>"
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    func g(_ v: Double) -> String { CFormat.general(v, digits: 6) }
    return
      "Rectangle(xy=(\(g(bar.x)), \(g(bar.y))), width=\(g(bar.width)), height=\(g(bar.height)), angle=0)"
  }

  /// The values set on single bars from Python, kept as given (`set_height(4.5)` answers
  /// 4.5, `set_color('r')` keeps the letter for `get_facecolor`).
  final class GivenValues {
    var values: [Int: [String: Value]] = [:]
  }

  private var given: GivenValues {
    if let g = container.binding as? GivenValues { return g }
    let made = GivenValues()
    container.binding = made
    return made
  }

  /// A coordinate as matplotlib keeps it: the value set from Python; else a numpy int64 when
  /// the bars were given integers, a numpy float64 otherwise.
  private func value(_ v: Double, _ field: String) -> Value {
    if let set = given.values[index]?[field] { return set }
    return container.integerFields.contains(field)
      ? NumpyBridge.wrap(NDArray([v], shape: [], dtype: .int64))
      : AxesDecorationMethods.float64(v)
  }

  /// A color as `to_rgba` gives it: the one set from Python as matplotlib converts it, else
  /// four floats.
  private func rgba(_ field: String, _ c: Color, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    if let set = given.values[index]?[field] {
      return try ColorsModule.rgba(set, alpha: container.alpha, interp)
    }
    return .tuple([.float(c.r), .float(c.g), .float(c.b), .float(container.alpha ?? c.a)])
  }

  private func method(_ name: String, _ body: @escaping (Arguments) throws(PyException) -> Value)
    -> Value
  {
    .object(PyBuiltinFunction("Rectangle.\(name)") { (a, _) throws(PyException) in try body(a) })
  }

  /// Sets a field from the one argument of a setter (kept as given).
  private func setter(
    _ name: String, _ field: String, _ interp: Interpreter, _ set: @escaping (Double) -> Void
  ) -> Value {
    method(name) { (a) throws(PyException) in
      try a.expect(name, min: 1, max: 1)
      let v = a.positional[0]
      set(try PlotArguments.double(v, name, interp))
      self.given.values[self.index, default: [:]][field] = v
      return .none
    }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let b = bar
    switch name {
    case "get_x": return method(name) { _ in self.value(b.x, "x") }
    case "get_y": return method(name) { _ in self.value(b.y, "y") }
    case "get_width": return method(name) { _ in self.value(b.width, "width") }
    case "get_height": return method(name) { _ in self.value(b.height, "height") }
    case "get_xy":
      return method(name) { _ in .tuple([self.value(b.x, "x"), self.value(b.y, "y")]) }
    case "get_facecolor", "get_fc":
      return method(name) { _ throws(PyException) in
        try self.rgba("facecolor", self.container.color(at: self.index), interp)
      }
    case "get_edgecolor", "get_ec":
      return method(name) { _ throws(PyException) in
        let edge = self.container.edgeOverrides[self.index] ?? self.container.edgeColor
        return try self.rgba("edgecolor", edge ?? Color(r: 0, g: 0, b: 0, a: 0), interp)
      }
    case "get_label": return method(name) { _ in .str(self.index == 0 ? self.container.label : "") }
    case "set_x": return setter(name, "x", interp) { self.bar.x = $0 }
    case "set_y": return setter(name, "y", interp) { self.bar.y = $0 }
    case "set_width": return setter(name, "width", interp) { self.bar.width = $0 }
    case "set_height": return setter(name, "height", interp) { self.bar.height = $0 }
    case "set_color", "set_facecolor", "set_fc", "set_edgecolor", "set_ec":
      return method(name) { (a) throws(PyException) in
        try a.expect(name, min: 1, max: 1)
        let v = a.positional[0]
        let color = try PlotArguments.color(v, interp)
        if name != "set_edgecolor" && name != "set_ec" {
          self.container.setColor(color, at: self.index)
          self.given.values[self.index, default: [:]]["facecolor"] = v
        }
        if name == "set_color" || name == "set_edgecolor" || name == "set_ec" {
          self.container.edgeOverrides[self.index] = color
          self.given.values[self.index, default: [:]]["edgecolor"] = v
        }
        return .none
      }
    default: break
    }
    return try super.getAttribute(name, interp)
  }
}

/// An Axes' children by kind, as matplotlib lists them: `ax.lines`, `ax.patches` (each bar a
/// Rectangle), `ax.texts`, `ax.images`, `ax.collections`; and `ax.get_legend()`.
enum AxesChildren {
  static func list(_ name: String, of ax: PyAxesObject) -> Value? {
    let artists = ax.axes.artists
    switch name {
    case "lines":
      return .list(
        artists.filter { $0 is Line2D }.map { AxesPlotMethods.handle($0, PlotClasses.line, ax) })
    case "patches":
      var out: [Value] = []
      for artist in artists {
        if let bars = artist as? BarContainer {
          out += bars.bars.indices.map { .object(PyBarRectangle(bars, $0, axes: ax)) }
        } else if let p = artist as? PolygonPatch, p.isPatch {
          out.append(AxesPlotMethods.handle(p, PlotClasses.patchPolygon, ax))
        }
      }
      return .list(out)
    case "texts":
      return .list(
        artists.filter { $0 is TextArtist }.map {
          AxesPlotMethods.handle($0, PlotClasses.text, ax)
        })
    case "images":
      return .list(
        artists.filter { $0 is AxesImage }.map {
          AxesPlotMethods.handle($0, PlotClasses.image, ax)
        })
    case "collections":
      return .list(
        artists.compactMap { a -> Value? in
          switch a {
          case is ScatterCollection: return AxesPlotMethods.handle(a, PlotClasses.collection, ax)
          case is SegmentCollection:
            return AxesPlotMethods.handle(a, PlotClasses.lineCollection, ax)
          case let p as PolygonPatch where !p.isPatch:
            return AxesPlotMethods.handle(a, PlotClasses.polygon, ax)
          case is QuadMesh: return AxesPlotMethods.handle(a, PlotClasses.quadMesh, ax)
          case is ContourSet: return AxesPlotMethods.handle(a, PlotClasses.contour, ax)
          default: return nil
          }
        })
    default: return nil
    }
  }

  /// `ax.get_legend()`: the legend, or None.
  static func getLegend(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard ax.axes.legend != nil else { return .none }
    if let held = ax.legendObject { return .object(held) }
    let made = PyArtistObject(TextArtist(x: 0, y: 0, text: ""), kind: PlotClasses.legend, axes: ax)
    ax.legendObject = made
    return .object(made)
  }
}
