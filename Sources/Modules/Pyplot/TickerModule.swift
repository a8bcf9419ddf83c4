import Interpreter
import NumKit
import PlotKit

/// `matplotlib.ticker`: the locators and formatters an axis takes
/// (`ax.xaxis.set_major_locator(MultipleLocator(0.5))`,
/// `ax.yaxis.set_major_formatter(PercentFormatter(1.0))`).
enum TickerModule {
  /// The names pyplot also exports (matplotlib's pyplot imports these from the ticker).
  static let pyplotNames = [
    "AutoLocator", "FixedFormatter", "FixedLocator", "FormatStrFormatter", "FuncFormatter",
    "LinearLocator", "MaxNLocator", "MultipleLocator", "NullFormatter", "NullLocator",
    "ScalarFormatter",
  ]

  /// The Python class of each locator and formatter, by name.
  static let classes: [String: PyClass] = Dictionary(
    uniqueKeysWithValues: [
      "MaxNLocator", "AutoLocator", "MultipleLocator", "FixedLocator", "LinearLocator",
      "NullLocator", "AutoMinorLocator", "ScalarFormatter", "NullFormatter", "FixedFormatter",
      "FuncFormatter", "FormatStrFormatter", "StrMethodFormatter", "PercentFormatter",
    ].map { ($0, PlotClasses.make($0, "matplotlib.ticker")) })

  static func make() -> PyModule {
    let m = PyModule(name: "matplotlib.ticker")
    m.define("MaxNLocator") { (a, interp) throws(PyException) in
      // matplotlib's MaxNLocator steps when none are given (AutoLocator's are fewer).
      let locator = PyTickLocator(
        .maxN(MaxNLocator(nbins: 10, steps: [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])), "MaxNLocator")
      var settings = a.keywords
      if let nbins = a.positional.first { settings.append(("nbins", nbins)) }
      try locator.setParameters(settings, interp)
      return .object(locator)
    }
    m.define("AutoLocator") { (a, _) throws(PyException) in
      try a.expect("AutoLocator", min: 0, max: 0)
      return .object(PyTickLocator(.maxN(MaxNLocator(nbins: 0)), "AutoLocator"))
    }
    m.define("MultipleLocator") { (a, interp) throws(PyException) in
      let locator = PyTickLocator(.multiple(base: 1, offset: 0), "MultipleLocator")
      var settings = a.keywords
      for (i, name) in ["base", "offset"].enumerated() where i < a.count {
        settings.append((name, a.positional[i]))
      }
      try locator.setParameters(settings, interp)
      return .object(locator)
    }
    m.define("FixedLocator") { (a, interp) throws(PyException) in
      let values = try PlotArguments.doubles(try a.required(0, "locs", of: "FixedLocator"), interp)
      let nbins = try a.parameter(1, "nbins").flatMap { (v) throws(PyException) in
        v.isNone ? nil : try NumpyFunctions.int(v)
      }
      return .object(PyTickLocator(.fixed(values, nbins: nbins), "FixedLocator"))
    }
    m.define("LinearLocator") { (a, interp) throws(PyException) in
      let given = a.parameter(0, "numticks") ?? .none
      let count = given.isNone ? 11 : try NumpyFunctions.int(given)
      if a.parameter(1, "presets").map({ !$0.isNone }) == true {
        throw .notImplemented("LinearLocator(presets=...) is not supported yet")
      }
      return .object(PyTickLocator(.linear(numticks: count), "LinearLocator"))
    }
    m.define("NullLocator") { (a, _) throws(PyException) in
      try a.expect("NullLocator", min: 0, max: 0)
      return .object(PyTickLocator(.null, "NullLocator"))
    }
    m.define("AutoMinorLocator") { (a, interp) throws(PyException) in
      let given = a.parameter(0, "n") ?? .none
      let divisions: Int? =
        given.isNone || given.as(PyStr.self)?.value == "auto" ? nil : try NumpyFunctions.int(given)
      return .object(PyTickLocator(.autoMinor(divisions: divisions), "AutoMinorLocator"))
    }
    TickFormatters.define(in: m)
    return m
  }
}

/// A matplotlib.ticker locator. Its settings are shared with the axes it was given to, as
/// matplotlib's locator object is (`set_params` after `set_major_locator` changes the axis).
final class PyTickLocator: PyObject {
  private(set) var locator: TickLocator
  let className: String
  /// The axes (and which of their axes, major or minor) that use this locator.
  private var users: [(axes: Axes, horizontal: Bool, minor: Bool)] = []

  init(_ locator: TickLocator, _ className: String) {
    self.locator = locator
    self.className = className
  }

  override var pyClass: PyClass { TickerModule.classes[className]! }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.ticker.\(className) object at \(Interpreter.address(of: self))>"
  }

  /// Puts this locator on an axis (and keeps that axis up to date with `set_params`).
  func install(on axes: Axes, horizontal: Bool, minor: Bool) {
    users.append((axes, horizontal, minor))
    PyTickLocator.write(locator, to: axes, horizontal: horizontal, minor: minor)
  }

  static func write(_ locator: TickLocator?, to axes: Axes, horizontal: Bool, minor: Bool) {
    switch (horizontal, minor) {
    case (true, false): axes.xaxis.locator = locator
    case (true, true): axes.xaxis.minorLocator = locator
    case (false, false): axes.yaxis.locator = locator
    case (false, true): axes.yaxis.minorLocator = locator
    }
  }

  /// `set_params(**kwargs)` (also the constructors' and `locator_params`' keywords), with
  /// matplotlib's error for one the locator does not take.
  func setParameters(_ settings: [(name: String, value: Value)], _ interp: Interpreter)
    throws(PyException)
  {
    switch locator {
    case .maxN(var maxN):
      for (name, v) in settings {
        switch name {
        case "nbins":
          // 'auto': the axis' own budget, as AutoLocator has (0 stands for it).
          maxN.nbins = v.as(PyStr.self)?.value == "auto" ? 0 : try NumpyFunctions.int(v)
        case "steps":
          if v.isNone {
            maxN.steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
          } else {
            let steps = try PlotArguments.doubles(v, interp)
            maxN.steps = steps.last == 10 ? steps : steps + [10]
          }
        case "integer": maxN.integer = try interp.isTruthy(v)
        case "min_n_ticks": maxN.minTicks = max(1, try NumpyFunctions.int(v))
        case "prune":
          let prune = v.isNone ? nil : v.as(PyStr.self)?.value
          guard v.isNone || ["upper", "lower", "both"].contains(prune ?? "") else {
            throw .valueError(
              ValueChoice.refusal(
                given: try interp.repr(v), text: prune, name: "prune",
                choices: [
                  ("'upper'", "upper"), ("'lower'", "lower"), ("'both'", "both"), ("None", nil),
                ]))
          }
          maxN.prune = prune
        case "symmetric": maxN.symmetric = try interp.isTruthy(v)
        default:
          throw .typeError("set_params() got an unexpected keyword argument '\(name)'")
        }
      }
      locator = .maxN(maxN)
    case .multiple(var base, var offset):
      for (name, v) in settings {
        switch name {
        case "base":
          if !v.isNone { base = try PlotArguments.double(v, "base", interp) }
          guard base > 0 else { throw .valueError("'step' must be positive") }
        case "offset": if !v.isNone { offset = try PlotArguments.double(v, "offset", interp) }
        default:
          throw .typeError(
            "MultipleLocator.set_params() got an unexpected keyword argument '\(name)'")
        }
      }
      locator = .multiple(base: base, offset: offset)
    default:
      guard settings.isEmpty else {
        throw .notImplemented("\(className).set_params() is not supported yet")
      }
    }
    for user in users {
      PyTickLocator.write(locator, to: user.axes, horizontal: user.horizontal, minor: user.minor)
    }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "set_params":
      return .object(
        PyBuiltinFunction("\(className).set_params") { [self] (a, interp) throws(PyException) in
          try a.expect("set_params", min: 0, max: 0)
          try setParameters(a.keywords, interp)
          return .none
        })
    case "tick_values":
      return .object(
        PyBuiltinFunction("\(className).tick_values") { [self] (a, interp) throws(PyException) in
          let lo = try PlotArguments.double(
            try a.required(0, "vmin", of: "tick_values"), "vmin", interp)
          let hi = try PlotArguments.double(
            try a.required(1, "vmax", of: "tick_values"), "vmax", interp)
          let ticks = locator.ticks(lo, hi, budget: 9)
          return NumpyBridge.wrap(NDArray(ticks, shape: [ticks.count]))
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
