import Interpreter
import PlotKit

/// `matplotlib.ticker.MaxNLocator(nbins=10, *, integer=False, steps=None, min_n_ticks=2)`: the
/// one locator NumBook draws with, handed to `ax.xaxis.set_major_locator`.
final class PyTickLocator: PyObject {
  let locator: MaxNLocator

  init(_ locator: MaxNLocator) { self.locator = locator }

  static let locatorClass = PlotClasses.make("MaxNLocator", "matplotlib.ticker")
  override var pyClass: PyClass { PyTickLocator.locatorClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.ticker.MaxNLocator object at \(Interpreter.address(of: self))>"
  }

  /// The `matplotlib.ticker` module.
  static func module() -> PyModule {
    let m = PyModule(name: "matplotlib.ticker")
    m.define("MaxNLocator") { (a, interp) throws(PyException) in
      // matplotlib's MaxNLocator steps when none are given (AutoLocator's are fewer).
      var locator = MaxNLocator(nbins: 10, steps: [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
      if let v = a.count > 0 ? try a[0] : a.keyword("nbins"), !v.isNone {
        // 'auto': the axis' own budget, as AutoLocator has (0 stands for it).
        locator.nbins = v.as(PyStr.self)?.value == "auto" ? 0 : try NumpyFunctions.int(v)
      }
      if let v = a.keyword("steps"), !v.isNone {
        let steps = try PlotArguments.doubles(v, interp)
        locator.steps = steps.last == 10 ? steps : steps + [10]
      }
      if let v = a.keyword("integer") { locator.integer = try interp.isTruthy(v) }
      if let v = a.keyword("min_n_ticks"), !v.isNone {
        locator.minTicks = try NumpyFunctions.int(v)
      }
      for (name, _) in a.keywords
      where !["nbins", "steps", "integer", "min_n_ticks"].contains(name) {
        throw .notImplemented("MaxNLocator(\(name)=...) is not supported yet")
      }
      return .object(PyTickLocator(locator))
    }
    return m
  }
}

/// `ax.xaxis` / `ax.yaxis`: `set_major_locator(MaxNLocator(...))`, `tick_top`/`tick_bottom`
/// (x), `tick_right`/`tick_left` (y), `set_ticks_position`, `set_visible`.
final class PyAxisObject: PyObject {
  let axes: Axes
  let horizontal: Bool

  init(_ axes: Axes, horizontal: Bool) {
    self.axes = axes
    self.horizontal = horizontal
  }

  static let xClass = PlotClasses.make("XAxis", "matplotlib.axis")
  static let yClass = PlotClasses.make("YAxis", "matplotlib.axis")
  override var pyClass: PyClass { horizontal ? PyAxisObject.xClass : PyAxisObject.yClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.axis.\(horizontal ? "XAxis" : "YAxis") object at \(Interpreter.address(of: self))>"
  }

  private func method(
    _ name: String, _ body: @escaping (Arguments, Interpreter) throws(PyException) -> Void
  )
    -> Value
  {
    .object(
      PyBuiltinFunction(name) { (a, interp) throws(PyException) in
        try body(a, interp)
        return .none
      })
  }

  /// Where ticks and labels go: 'top', 'bottom', 'both' (x) or 'left', 'right' (y).
  private func place(_ position: String) throws(PyException) {
    if horizontal {
      switch position {
      case "top":
        (axes.xaxis.ticksAtTop, axes.xaxis.ticksAtBottom, axes.xaxis.labelsAtTop) = (
          true, false, true
        )
      case "bottom":
        (axes.xaxis.ticksAtTop, axes.xaxis.ticksAtBottom, axes.xaxis.labelsAtTop) = (
          false, true, false
        )
      case "both": (axes.xaxis.ticksAtTop, axes.xaxis.ticksAtBottom) = (true, true)
      default:
        throw .valueError(
          "\(PyStr.repr(position)) is not a valid value for position; supported values are 'top', 'bottom', 'both', 'default', 'none'"
        )
      }
    } else {
      switch position {
      case "right": axes.yTicksOnRight = true
      case "left": axes.yTicksOnRight = false
      default:
        throw .notImplemented(
          "yaxis.set_ticks_position(\(PyStr.repr(position))) is not supported yet")
      }
    }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "set_major_locator":
      return method(name) { [self] (a, _) throws(PyException) in
        guard let locator = try a[0].as(PyTickLocator.self)?.locator else {
          throw .notImplemented("only matplotlib.ticker.MaxNLocator can be set as a locator yet")
        }
        if horizontal { axes.xaxis.locator = locator } else { axes.yaxis.locator = locator }
      }
    case "tick_top", "tick_bottom", "tick_left", "tick_right":
      guard horizontal == (name == "tick_top" || name == "tick_bottom") else { break }
      return method(name) { [self] (_, _) throws(PyException) in
        try place(String(name.dropFirst(5)))
      }
    case "grid":
      return method(name) { [self] (a, interp) throws(PyException) in
        try AxesDecorationMethods.grid(axes, a, interp, which: horizontal ? "x" : "y")
      }
    case "set_ticks_position":
      return method(name) { [self] (a, interp) throws(PyException) in
        try place(try interp.str(try a[0]))
      }
    case "set_visible":
      return method(name) { [self] (a, interp) throws(PyException) in
        let visible = try interp.isTruthy(try a[0])
        if horizontal {
          axes.xAxisVisible = visible
        } else if !visible {
          axes.yaxis.fixedTicks = []
        }
      }
    default: break
    }
    return try super.getAttribute(name, interp)
  }
}
