import Interpreter
import PlotKit

/// `ax.xaxis` / `ax.yaxis`: locators and formatters (`set_major_locator`,
/// `set_minor_formatter`, ...), `tick_top`/`tick_bottom` (x), `tick_right`/`tick_left` (y),
/// `set_ticks_position`, `set_visible`, `grid`, `labelpad`, `label` / `get_label()`.
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
          ValueChoice.refusal(
            position, name: "position", choices: ["top", "bottom", "both", "default", "none"]))
      }
    } else {
      switch position {
      case "right": axes.yTicksOnRight = true
      case "left": axes.yTicksOnRight = false
      case "both", "default", "none":
        throw .notImplemented(
          "yaxis.set_ticks_position(\(PyStr.repr(position))) is not supported yet")
      default:
        throw .valueError(
          ValueChoice.refusal(
            position, name: "position", choices: ["left", "right", "both", "default", "none"]))
      }
    }
  }

  override func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    guard name == "labelpad" else { return try super.setAttribute(name, value, interp) }
    let pad = try PlotArguments.double(value, "labelpad", interp)
    if horizontal { axes.xaxis.labelPad = pad } else { axes.yaxis.labelPad = pad }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "labelpad": return .float(horizontal ? axes.xaxis.labelPad : axes.yaxis.labelPad)
    case "label": return .object(PyAxisLabel(axes, horizontal ? .xLabel : .yLabel))
    case "get_label":
      let label = PyAxisLabel(axes, horizontal ? .xLabel : .yLabel)
      return .object(
        PyBuiltinFunction("get_label") { (_, _) throws(PyException) in .object(label) })
    case "set_major_locator", "set_minor_locator":
      return method(name) { [self] (a, _) throws(PyException) in
        let given = try a.required(0, "locator", of: name)
        guard let locator = given.as(PyTickLocator.self) else {
          throw .typeError(
            "'locator' must be an instance of matplotlib.ticker.Locator, not a \(given.typeName)")
        }
        let minor = name == "set_minor_locator"
        if case .autoMinor = locator.locator, !minor {
          throw .notImplemented("AutoMinorLocator as a major locator is not supported")
        }
        locator.install(on: axes, horizontal: horizontal, minor: minor)
      }
    case "set_major_formatter", "set_minor_formatter":
      return method(name) { [self] (a, interp) throws(PyException) in
        let formatter = try PyAxisObject.formatter(
          try a.required(0, "formatter", of: name), interp)
        switch (horizontal, name == "set_minor_formatter") {
        case (true, false): axes.xaxis.formatter = formatter.formatter
        case (true, true): axes.xaxis.minorFormatter = formatter.formatter
        case (false, false): axes.yaxis.formatter = formatter.formatter
        case (false, true): axes.yaxis.minorFormatter = formatter.formatter
        }
      }
    case "get_major_formatter":
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in
          let state = horizontal ? axes.xaxis : axes.yaxis
          if let formatter = state.formatter { return .object(PyTickFormatter(formatter)) }
          // The default ScalarFormatter, made now so that changes to it reach the axis.
          let made = TickFormatter.scalar(ScalarFormatting())
          if horizontal { axes.xaxis.formatter = made } else { axes.yaxis.formatter = made }
          return .object(PyTickFormatter(made))
        })
    case "get_major_locator", "get_minor_locator":
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in
          let state = horizontal ? axes.xaxis : axes.yaxis
          let minor = name == "get_minor_locator"
          let locator =
            (minor ? state.minorLocator : state.locator)
            ?? (minor
              ? state.minorTicksVisible ? .autoMinor(divisions: nil) : .null
              : .maxN(MaxNLocator(nbins: 0)))
          let made = PyTickLocator(locator, locator.kind)
          made.install(on: axes, horizontal: horizontal, minor: minor)
          return .object(made)
        })
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

  /// What `set_major_formatter` takes: a formatter, a `str.format` template
  /// (StrMethodFormatter) or a function of (x, pos) (FuncFormatter).
  static func formatter(_ v: Value, _ interp: Interpreter) throws(PyException) -> PyTickFormatter {
    if let f = v.as(PyTickFormatter.self) { return f }
    if let template = v.as(PyStr.self)?.value { return PyTickFormatter(template: template, interp) }
    if case .object(let o) = v, o.isCallable { return PyTickFormatter(function: v, interp) }
    throw .typeError(
      "'formatter' must be an instance of matplotlib.ticker.Formatter, not a \(v.typeName)")
  }
}
