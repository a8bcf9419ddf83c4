import Interpreter
import PlotKit

/// How an Axes' ticks are placed and written: `ticklabel_format`, `locator_params`, and
/// where the axis decorations sit among the artists (`set_axisbelow`).
enum AxesTickFormatMethods {
  typealias Method = AxesPlotMethods.Method

  static let table: [(String, Method)] = [
    ("ticklabel_format", ticklabelFormat), ("locator_params", locatorParams),
    ("set_axisbelow", setAxisBelow), ("get_axisbelow", getAxisBelow),
    ("set_prop_cycle", PyCycler.setPropCycle), ("set_frame_on", setFrameOn),
    ("set_visible", setVisible), ("get_visible", getVisible),
    ("get_frame_on", getFrameOn),
  ]

  /// The axes an `axis=` argument names ('x', 'y' or 'both'), with matplotlib's error.
  private static func axes(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> [Bool] {
    let given = a.keyword("axis") ?? .str("both")
    switch given.as(PyStr.self)?.value.lowercased() {
    case "x": return [true]
    case "y": return [false]
    case "both": return [true, false]
    default:
      throw .valueError(
        ValueChoice.refusal(
          given: try interp.repr(given), text: given.as(PyStr.self)?.value, name: "axis",
          choices: ["x", "y", "both"].map { (PyStr.repr($0), $0) }))
    }
  }

  /// `ticklabel_format(*, axis='both', style='', scilimits=None, useOffset=None,
  /// useLocale=None, useMathText=None)`: the settings of the axes' ScalarFormatter.
  static func ticklabelFormat(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    for (name, _) in a.keywords
    where !["axis", "style", "scilimits", "useOffset", "useLocale", "useMathText"].contains(name) {
      throw .typeError("_AxesBase.ticklabel_format() got an unexpected keyword argument '\(name)'")
    }
    if !a.positional.isEmpty {
      throw .typeError(
        "Axes.ticklabel_format() takes 1 positional argument but \(a.count + 1) were given")
    }
    let style = a.keyword("style") ?? .str("")
    let scientific: Bool?
    switch style.isNone ? "" : style.as(PyStr.self)?.value.lowercased() {
    case "sci", "scientific": scientific = true
    case "plain": scientific = false
    case "": scientific = nil
    default:
      throw .valueError(
        ValueChoice.refusal(
          given: try interp.repr(style), text: style.as(PyStr.self)?.value, name: "style",
          choices: ["sci", "scientific", "plain", ""].map { (PyStr.repr($0), $0) } + [
            ("None", nil)
          ]))
    }
    var limits: (Int, Int)?
    if let v = a.keyword("scilimits"), !v.isNone {
      do throws(PyException) {
        limits = try powerLimits(v, interp)
      } catch {
        throw .valueError("scilimits must be a sequence of 2 integers")
      }
    }
    let mathText = try a.keyword("useMathText").flatMap { v throws(PyException) in
      v.isNone ? nil : try interp.isTruthy(v)
    }
    for horizontal in try axes(a, interp) {
      let state = horizontal ? ax.axes.xaxis : ax.axes.yaxis
      let options: ScalarFormatting
      switch state.formatter {
      case .scalar(let given)? where state.scale == .linear: options = given
      case nil where state.scale == .linear: options = ScalarFormatting()
      default: throw .attributeError("This method only works with the ScalarFormatter")
      }
      if let scientific { options.scientific = scientific }
      if let limits { options.powerLimits = limits }
      if let v = a.keyword("useOffset"), !v.isNone {
        try TickFormatters.setUseOffset(options, v, interp)
      }
      if let mathText { options.useMathText = mathText }
      if horizontal {
        ax.axes.xaxis.formatter = .scalar(options)
      } else {
        ax.axes.yaxis.formatter = .scalar(options)
      }
    }
    return .none
  }

  /// `scilimits` / `set_powerlimits`: two exponents.
  static func powerLimits(_ v: Value, _ interp: Interpreter) throws(PyException) -> (Int, Int) {
    let items = try interp.collect(v)
    guard items.count == 2 else { throw .valueError("'lims' must be a sequence of length 2") }
    return (try NumpyFunctions.int(items[0]), try NumpyFunctions.int(items[1]))
  }

  /// `locator_params(axis='both', tight=None, **kwargs)`: `set_params` of each axis' major
  /// locator (AutoLocator unless one was set).
  static func locatorParams(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let selected = try axes(a, interp)
    let settings = a.keywords.filter { $0.name != "axis" && $0.name != "tight" }
    for horizontal in selected {
      let state = horizontal ? ax.axes.xaxis : ax.axes.yaxis
      guard state.fixedTicks == nil, state.categories.isEmpty, state.scale == .linear else {
        throw .notImplemented(
          "locator_params() is supported for automatic ticks on linear axes only")
      }
      let locator = PyTickLocator(state.locator ?? .maxN(MaxNLocator(nbins: 0)), "AutoLocator")
      try locator.setParameters(settings, interp)
      PyTickLocator.write(locator.locator, to: ax.axes, horizontal: horizontal, minor: false)
    }
    return .none
  }

  /// `set_axisbelow(b)`: True puts the grid and ticks under every artist, 'line' (the
  /// default) under lines but over patches, False over everything but the spines' peers.
  static func setAxisBelow(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let v = try a.required(0, "b", of: "set_axisbelow")
    // matplotlib's validate_axisbelow: its bool spellings, or 'line'.
    let text = v.as(PyStr.self)?.value.lowercased()
    if text == "line" {
      ax.axes.axisZOrder = 1.5
    } else if ["t", "y", "yes", "on", "true", "1"].contains(text ?? "")
      || v.isIdentical(to: .int(1))
      || v.isIdentical(to: .bool(true))
    {
      ax.axes.axisZOrder = 0.5
    } else if ["f", "n", "no", "off", "false", "0"].contains(text ?? "")
      || v.isIdentical(to: .int(0)) || v.isIdentical(to: .bool(false))
    {
      ax.axes.axisZOrder = 2.5
    } else {
      throw .valueError("\(try interp.repr(v)) cannot be interpreted as True, False, or \"line\"")
    }
    return .none
  }

  /// `set_frame_on(b)`: whether the background and the spines are drawn.
  static func setFrameOn(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.frameOn = try interp.isTruthy(try a.required(0, "b", of: "set_frame_on"))
    return .none
  }

  /// `ax.set_visible(False)`: the axes and all it holds are not drawn (a grid's spare cell).
  static func setVisible(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.visible = try interp.isTruthy(try a.required(0, "b", of: "set_visible"))
    return .none
  }

  static func getVisible(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .bool(ax.axes.visible) }

  static func getFrameOn(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .bool(ax.axes.frameOn) }

  static func getAxisBelow(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    switch ax.axes.axisZOrder {
    case 0.5: return .bool(true)
    case 2.5: return .bool(false)
    default: return .str("line")
    }
  }
}
