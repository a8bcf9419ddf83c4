import Interpreter
import PlotKit

/// `ax.spines`: the four sides of the frame by name (`ax.spines['top']`, `ax.spines.right`),
/// or several at once (`ax.spines[['top', 'right']].set_visible(False)`, `ax.spines[:]`).
final class PySpines: PyObject {
  let axes: Axes

  init(_ axes: Axes) { self.axes = axes }

  static let spinesClass = PlotClasses.make("Spines", "matplotlib.spines")
  override var pyClass: PyClass { PySpines.spinesClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.spines.Spines object at \(Interpreter.address(of: self))>"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let side = Spine.Side(rawValue: name) { return .object(PySpine(axes, [side])) }
    switch name {
    case "keys":
      return .object(
        PyBuiltinFunction("keys") { (_, _) throws(PyException) in
          .list(Spine.Side.allCases.map { .str($0.rawValue) })
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if key.as(PySlice.self) != nil { return .object(PySpine(axes, Spine.Side.allCases)) }
    if let name = key.as(PyStr.self)?.value {
      guard let side = Spine.Side(rawValue: name) else { throw .keyError(key) }
      return .object(PySpine(axes, [side]))
    }
    var sides: [Spine.Side] = []
    for item in try interp.collect(key) {
      guard let name = item.as(PyStr.self)?.value, let side = Spine.Side(rawValue: name) else {
        throw .keyError(item)
      }
      sides.append(side)
    }
    return .object(PySpine(axes, sides, proxy: true))
  }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    try PyList(Spine.Side.allCases.map { .str($0.rawValue) }).makeIterator(interp)
  }
}

/// One spine (`Spine`), or several set together (`SpinesProxy`): `set_visible`, `set_color`,
/// `set_linewidth`, `set_linestyle`, `set_alpha`.
final class PySpine: PyObject {
  let axes: Axes
  let sides: [Spine.Side]
  let proxy: Bool

  init(_ axes: Axes, _ sides: [Spine.Side], proxy: Bool = false) {
    self.axes = axes
    self.sides = sides
    self.proxy = proxy
  }

  static let spineClass = PlotClasses.make("Spine", "matplotlib.spines")
  static let proxyClass = PlotClasses.make("SpinesProxy", "matplotlib.spines")
  override var pyClass: PyClass { proxy ? PySpine.proxyClass : PySpine.spineClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    proxy ? "<matplotlib.spines.SpinesProxy object at \(Interpreter.address(of: self))>" : "Spine"
  }

  private typealias Setter = (inout Spine, Value, Interpreter) throws(PyException) -> Void

  private static let setters: [String: Setter] = [
    "set_visible": { (s, v, interp) throws(PyException) in s.visible = try interp.isTruthy(v) },
    "set_color": { (s, v, interp) throws(PyException) in
      s.color = try PlotArguments.color(v, interp)
    },
    "set_edgecolor": { (s, v, interp) throws(PyException) in
      s.color = try PlotArguments.color(v, interp)
    },
    "set_linewidth": { (s, v, interp) throws(PyException) in
      guard let w = interp.numeric(v.scalarValue) else {
        throw .typeError("linewidth must be a number, not \(v.typeName)")
      }
      s.lineWidth = w
    },
    "set_linestyle": { (s, v, interp) throws(PyException) in
      s.lineStyle = try PlotArguments.lineStyle(try interp.str(v))
    },
    "set_alpha": { (s, v, interp) throws(PyException) in
      s.alpha = v.isNone ? nil : interp.numeric(v.scalarValue)
    },
  ]

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let setter = PySpine.setters[name] {
      return .object(
        PyBuiltinFunction(name) { [self] (a, interp) throws(PyException) in
          try a.expect(name, min: 1, max: 1)
          let value = try a[0]
          for side in sides {
            var spine = axes.spines[side] ?? Spine()
            try setter(&spine, value, interp)
            axes.spines[side] = spine
          }
          return .none
        })
    }
    switch name {
    case "get_visible" where !proxy:
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in
          .bool(axes.spines[sides[0]]?.visible ?? true)
        })
    case "set_position", "set_bounds":
      return .object(
        PyBuiltinFunction(name) { (_, _) throws(PyException) in
          throw .notImplemented("Spine.\(name)() is not supported yet")
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}

/// `ax.patch`: the axes' background rectangle (`set_facecolor`, `set_alpha`, `set_visible`).
final class PyAxesPatch: PyObject {
  let axes: Axes

  init(_ axes: Axes) { self.axes = axes }

  // (A Rectangle class without the artist table's methods, as the bars' is.)
  override var pyClass: PyClass { PyBarRectangle.rectangleClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.patches.Rectangle object at \(Interpreter.address(of: self))>"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let axes = self.axes
    func setter(_ body: @escaping (Value) throws(PyException) -> Void) -> Value {
      .object(
        PyBuiltinFunction("Rectangle.\(name)") { (a, _) throws(PyException) in
          try a.expect(name, min: 1, max: 1)
          try body(a.positional[0])
          return .none
        })
    }
    switch name {
    case "set_facecolor", "set_color":
      return setter { (v) throws(PyException) in
        axes.backgroundColor = try PlotArguments.color(v, interp)
      }
    case "set_alpha":
      return setter { (v) throws(PyException) in
        let alpha = v.isNone ? 1 : try PlotArguments.double(v, "alpha", interp)
        axes.backgroundColor = axes.backgroundColor.with(alpha: alpha)
      }
    case "set_visible":
      return setter { (v) throws(PyException) in axes.drawsBackground = try interp.isTruthy(v) }
    case "get_facecolor":
      return .object(
        PyBuiltinFunction("Rectangle.get_facecolor") { (_, _) throws(PyException) in
          let c = axes.backgroundColor
          return .tuple([.float(c.r), .float(c.g), .float(c.b), .float(c.a)])
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
