import Interpreter
import NumKit
import PlotKit

/// `matplotlib.pyplot`: figure management and the Axes methods on the current axes.
enum PyplotModule {
  /// pyplot names that differ from the Axes method they call.
  static let renamed: [String: String] = [
    "title": "set_title", "xlabel": "set_xlabel", "ylabel": "set_ylabel",
    "xscale": "set_xscale", "yscale": "set_yscale",
  ]

  static func make(_ interp: Interpreter, _ state: PyplotState) -> PyModule {
    PlotMethodInstaller.installOnce()
    let m = PyModule(name: "matplotlib.pyplot")
    for (name, method) in AxesMethodTable.methods {
      m.define(name) { (a, interp) throws(PyException) in try method(state.axes(), a, interp) }
    }
    for (pyName, methodName) in renamed {
      let method = AxesMethodTable.lookup(methodName)!
      m.define(pyName) { (a, interp) throws(PyException) in try method(state.axes(), a, interp) }
    }
    for (name, f) in PyplotFunctions.table {
      m.define(name) { (a, interp) throws(PyException) in try f(state, a, interp) }
    }
    // pyplot's own refusals of keywords matplotlib does not take (`plt.figure(figsze=...)`).
    for name in m.globals.definedNames {
      guard let rule = MatplotlibKeywords.table["plt." + name],
        let function = m.globals.value(of: name)?.as(PyBuiltinFunction.self)
      else { continue }
      let body = function.body
      m.define(name) { (a, interp) throws(PyException) in
        if !a.keywords.isEmpty { try rule.check(a) }
        return try body(a, interp)
      }
    }
    ImageFiles.install(on: m, state)
    m.define("rcParams", .object(state.rcParams))
    // plt.rc('lines', linewidth=2): rcParams['lines.linewidth'] = 2, for a group or a tuple of
    // groups, with matplotlib's short names (lw, ls, c, fc, ec, mew, aa).
    m.define("rc") { (a, interp) throws(PyException) in
      try a.expect("rc", min: 1, max: 1)
      let group = try a[0]
      var groups: [String] = []
      for v in group.as(PyTuple.self)?.items ?? [group] { groups.append(try interp.str(v)) }
      let aliases = [
        "lw": "linewidth", "ls": "linestyle", "c": "color", "fc": "facecolor",
        "ec": "edgecolor", "mew": "markeredgewidth", "aa": "antialiased",
      ]
      for g in groups {
        for (key, value) in a.keywords {
          let name = "\(g).\(aliases[key] ?? key)"
          // (An int for a float setting is stored as the float matplotlib's check makes it.)
          var value = value
          if case .int(let i) = value, case .float? = state.rcParams.storage[.string(name)]?.value {
            value = .float(Double(i))
          }
          try interp.setItem(.object(state.rcParams), .str(name), value)
        }
      }
      return .none
    }
    m.define("rcdefaults") { (_, _) throws(PyException) in
      let fresh = PyplotState().rcParams
      state.rcParams.storage = fresh.storage
      return .none
    }
    // Styles change matplotlib's whole look; NumBook draws the default style only and says so.
    let style = PyModule(name: "matplotlib.style")
    style.define("use") { (a, interp) throws(PyException) in
      let name = (try? a[0].as(PyStr.self)?.value) ?? nil
      if name != "default" {
        interp.writeErr(
          "NumBook: plt.style.use(\((try? interp.repr(a[0])) ?? "...")) is not applied; figures keep matplotlib's default style\n"
        )
      }
      return .none
    }
    style.define("available", .list([.str("default")]))
    m.define("style", .object(style))
    let cm = PyModule(name: "matplotlib.cm")
    for name in [
      "viridis", "gray", "plasma", "inferno", "magma", "jet", "coolwarm", "RdBu", "Blues",
      "binary", "gray_r", "hot", "Reds", "Greens", "tab10", "Spectral", "bwr", "seismic", "cividis",
      "Greys",
    ] {
      if let c = try? Colormap.named(name) { cm.define(name, .object(PyColormapObject(c))) }
    }
    // `get_cmap()` without a name: the default, `rcParams['image.cmap']`.
    cm.define("get_cmap") { (a, interp) throws(PyException) in
      let given = a.positional.first ?? a.keyword("name") ?? .none
      let colormap =
        given.isNone
        ? try PlotArguments.colormap(Arguments(), interp, defaults: state)
        : try PlotArguments.colormap(given, interp, parameter: "name")
      return .object(PyColormapObject(colormap))
    }
    m.define("cm", .object(cm))
    m.define("get_cmap", cm.globals.value(of: "get_cmap")!)
    return m
  }
}

/// Installs the Axes and Figure methods on their Python classes (once per process).
enum PlotMethodInstaller {
  private static let installed: Bool = {
    install()
    return true
  }()

  static func installOnce() { _ = installed }

  private static func install() {
    for (name, method) in AxesMethodTable.methods {
      PlotClasses.axes.attributes[name] = .object(
        PyBuiltinFunction("Axes.\(name)", axesMethod(method)))
    }
    for (name, method) in FigureMethods.table {
      PlotClasses.figure.attributes[name] = .object(
        PyBuiltinFunction("Figure.\(name)", figureMethod(method)))
    }
    for (name, method) in ArtistMethods.table {
      for cls in [
        PlotClasses.line, PlotClasses.collection, PlotClasses.image, PlotClasses.contour,
        PlotClasses.text, PlotClasses.bars, PlotClasses.polygon, PlotClasses.legend,
        PlotClasses.errorbar, PlotClasses.quiver, PlotClasses.patchPolygon, PlotClasses.fancyArrow,
        PlotClasses.wedge, PlotClasses.lineCollection, PlotClasses.pathPatch,
        PlotClasses.annotation, PlotClasses.rectangle, PatchesModule.patch, PatchesModule.circle,
        PatchesModule.ellipse,
      ] {
        cls.attributes[name] = .object(
          PyBuiltinFunction("\(cls.name).\(name)", artistMethod(method)))
      }
    }
  }

  private static func axesMethod(_ method: @escaping AxesPlotMethods.Method)
    -> PyBuiltinFunction.Body
  {
    { (a, interp) throws(PyException) in
      let receiver = try a.receiver(PyAxesObject.self, "Axes")
      var rest = a
      rest.positional.removeFirst()
      return try method(receiver, rest, interp)
    }
  }

  private static func figureMethod(_ method: @escaping FigureMethods.Method)
    -> PyBuiltinFunction.Body
  {
    { (a, interp) throws(PyException) in
      let receiver = try a.receiver(PyFigureObject.self, "Figure")
      var rest = a
      rest.positional.removeFirst()
      return try method(receiver, rest, interp)
    }
  }

  private static func artistMethod(_ method: @escaping ArtistMethods.Method)
    -> PyBuiltinFunction.Body
  {
    { (a, interp) throws(PyException) in
      let receiver = try a.receiver(PyArtistObject.self, "Artist")
      var rest = a
      rest.positional.removeFirst()
      return try method(receiver, rest, interp)
    }
  }
}
