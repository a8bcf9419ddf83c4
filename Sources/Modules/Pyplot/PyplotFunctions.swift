import Interpreter
import NumKit
import PlotKit

/// pyplot's own functions: figures, the current axes, showing and saving, and the getters
/// and setters that act on the current axes (`xlim()`, `xticks()`).
enum PyplotFunctions {
  typealias Function = (PyplotState, Arguments, Interpreter) throws(PyException) -> Value

  static let table: [(String, Function)] =
    [
      ("figure", figure), ("subplot", subplot), ("subplots", subplots), ("gcf", gcf),
      ("subplot2grid", subplot2grid), ("figtext", figtext), ("axes", axes),
      (
        "supxlabel",
        { (s, a, interp) throws(PyException) in
          try FigureMethods.supLabel(horizontal: true)(s.figure(), a, interp)
        }
      ),
      (
        "supylabel",
        { (s, a, interp) throws(PyException) in
          try FigureMethods.supLabel(horizontal: false)(s.figure(), a, interp)
        }
      ),
      ("gca", gca), ("sca", sca), ("show", show), ("close", close), ("clf", clf),
      ("savefig", savefig), ("colorbar", colorbar), ("suptitle", suptitle),
      ("tight_layout", tightLayout), ("subplots_adjust", subplotsAdjust), ("xlim", xlim),
      ("ylim", ylim), ("xticks", xticks), ("yticks", yticks), ("ion", ignore), ("ioff", ignore),
      ("pause", ignore), ("draw", ignore), ("get_fignums", fignums),
      ("fignum_exists", fignumExists),
      ("matshow", MatshowMethods.pyplotMatshow), ("set_cmap", setCmap), ("setp", setp),
      ("clim", clim),
    ]
    + PyplotFunctions.colormapShortcuts

  /// `plt.gray()`, `plt.jet()`, ...: `set_cmap` with that colormap (those NumBook has).
  static let colormapShortcuts: [(String, Function)] = [
    "autumn", "bone", "cool", "copper", "flag", "gray", "hot", "hsv", "inferno", "jet", "magma",
    "nipy_spectral", "pink", "plasma", "prism", "spring", "summer", "viridis", "winter",
  ].filter(Colormap.isKnown).map { name in
    (
      name,
      { (s: PyplotState, a: Arguments, interp: Interpreter) throws(PyException) -> Value in
        try a.expect(name, min: 0, max: 0)
        apply(try PlotArguments.colormap(.str(name), interp), s)
        return .none
      }
    )
  }

  /// `plt.set_cmap(cmap)`: the default colormap from now on (`rcParams['image.cmap']`), and
  /// the current image's, as matplotlib's `gci()` finds it.
  static func setCmap(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    apply(try PlotArguments.colormap(try a[0], interp), s)
    return .none
  }

  static func apply(_ colormap: Colormap, _ s: PyplotState) {
    s.rcParams.set("image.cmap", .str(colormap.name))
    switch s.current?.currentAxes?.axes.lastMappable {
    case let image as AxesImage: image.colormap = colormap
    case let mesh as QuadMesh: mesh.colormap = colormap
    case let points as ScatterCollection: points.colormap = colormap
    default: break
    }
  }

  static func ignore(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  { .none }

  static func figure(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    var size: (Double, Double)?
    if let fs = a.keyword("figsize"), !fs.isNone {
      let v = try PlotArguments.doubles(fs, interp)
      guard v.count == 2, v.allSatisfy({ $0 > 0 && $0.isFinite }) else {
        throw .valueError("figure size must be positive finite not \(try interp.repr(fs))")
      }
      size = (v[0], v[1])
    }
    if let num = a.keyword("num") ?? a.positional.first, case .int(let n) = num.asIndexLike,
      let existing = s.open.first(where: { $0.number == n })
    {
      s.current = existing
      return .object(existing)
    }
    let number = (a.keyword("num") ?? a.positional.first)?.asIndexLike.asInt
    let made = s.newFigure(figsize: size, number: number)
    if let c = try PlotArguments.color(a, "facecolor", interp: interp) { made.figure.faceColor = c }
    if let dpi = try PlotArguments.number(a, "dpi", interp: interp) {
      made.originalDPI = dpi
      made.dpi = a.keyword("dpi")!.scalarValue
    }
    try FigureMethods.layoutEngine(made, a, interp)
    return .object(made)
  }

  static func subplot(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let spec = a.positional.first?.as(PySubplotSpec.self) {
      try FigureMethods.refuseProjection(a)
      return .object(try spec.addAxes(to: s.figure(), interp))
    }
    let (r, c, i) = try FigureMethods.subplotSpec(a)
    let f = s.figure()
    let o = f.object(for: f.figure.subplot(rows: r, cols: c, index: i))
    f.currentAxes = o
    return .object(o)
  }

  /// `plt.axes()`: a new axes filling the current figure (`fig.add_subplot()`), or at the
  /// `[left, bottom, width, height]` rect given (`fig.add_axes(rect)`); it becomes current.
  static func axes(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect("axes", min: 0, max: 1)
    let keywords = a.keywords.filter { $0.name != "arg" }
    if let rect = a.count > 0 ? try a[0] : a.keyword("arg"), !rect.isNone {
      return try FigureMethods.addAxes(s.figure(), Arguments([rect], keywords: keywords), interp)
    }
    return try FigureMethods.addSubplot(s.figure(), Arguments([], keywords: keywords), interp)
  }

  static func figtext(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try FigureMethods.text(s.figure(), a, interp)
  }

  /// `subplot2grid(shape, loc, rowspan=1, colspan=1, fig=None)`: an axes over cells of a grid.
  static func subplot2grid(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let shape = try interp.collect(try a.required(0, "shape", of: "subplot2grid"))
    let loc = try interp.collect(try a.required(1, "loc", of: "subplot2grid"))
    guard shape.count == 2, loc.count == 2 else {
      throw .valueError("shape and loc must be pairs (rows, columns)")
    }
    let grid = try PyGridSpec.make(Arguments(shape), interp, name: "subplot2grid")
    func span(_ i: Int, _ name: String) throws(PyException) -> Int {
      guard let v = a.parameter(i, name), !v.isNone else { return 1 }
      guard case .int(let n) = v.asIndexLike else {
        throw .typeError("\(name) must be an integer, not \(v.typeName)")
      }
      return n
    }
    let spec = try grid.getItem(
      .tuple([
        .object(
          PySlice(loc[0], try interp.binary(.add, loc[0], .int(try span(2, "rowspan"))), .none)),
        .object(
          PySlice(loc[1], try interp.binary(.add, loc[1], .int(try span(3, "colspan"))), .none)),
      ]), interp)
    let figure = a.keyword("fig")?.as(PyFigureObject.self) ?? s.figure()
    return .object(try spec.as(PySubplotSpec.self)!.addAxes(to: figure, interp))
  }

  /// `fig, ax = plt.subplots(r, c, figsize=..., sharex=..., sharey=...)`.
  static func subplots(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var figureArgs = Arguments()
    for name in ["figsize", "dpi", "facecolor", "layout", "constrained_layout", "tight_layout"] {
      if let v = a.keyword(name) { figureArgs.keywords.append((name, v)) }
    }
    let f = try figure(s, figureArgs, interp).as(PyFigureObject.self)!
    var rest = a
    rest.keywords.removeAll {
      ["figsize", "dpi", "facecolor", "layout", "constrained_layout", "tight_layout"].contains(
        $0.name)
    }
    let axes = try FigureMethods.subplots(f, rest, interp)
    return .tuple([.object(f), axes])
  }

  static func gcf(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  { .object(s.figure()) }

  static func gca(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  { .object(s.axes()) }

  static func sca(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    guard let ax = try a[0].as(PyAxesObject.self) else {
      throw .typeError("sca() argument must be an Axes")
    }
    s.current = ax.figureObject
    ax.figureObject.currentAxes = ax
    return .none
  }

  static func show(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try TickFormatters.drawing { s.showAll() }
    return .none
  }

  static func close(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    guard let target = a.positional.first ?? a.keyword("fig") else {
      if let c = s.current { s.close(c) }
      return .none
    }
    if let f = target.as(PyFigureObject.self) {
      s.close(f)
    } else if let name = target.as(PyStr.self), name.value == "all" {
      s.closeAll()
    } else if case .int(let n) = target.asIndexLike {
      if let f = s.open.first(where: { $0.number == n }) { s.close(f) }
    } else {
      throw .typeError(
        "close() argument must be a Figure, an int, a string, or None, not \(target.typeName)")
    }
    return .none
  }

  static func clf(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try FigureMethods.clf(s.figure(), a, interp)
  }

  static func savefig(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try FigureMethods.savefig(s.figure(), a, interp)
  }

  static func colorbar(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let f = s.figure()
    if f.currentAxes == nil { _ = s.axes() }
    return try FigureMethods.colorbar(f, a, interp)
  }

  static func suptitle(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try FigureMethods.suptitle(s.figure(), a, interp)
  }

  static func tightLayout(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try FigureMethods.tightLayout(s.figure(), a, interp)
  }

  static func subplotsAdjust(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try FigureMethods.subplotsAdjust(s.figure(), a, interp)
  }

  /// `xlim()` returns the limits; `xlim(a, b)` sets and returns them.
  static func xlim(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let ax = s.axes()
    if a.count == 0 && a.keywords.isEmpty {
      return try AxesDecorationMethods.getXLim(ax, a, interp)
    }
    return try AxesDecorationMethods.setXLim(ax, a, interp)
  }

  static func ylim(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let ax = s.axes()
    if a.count == 0 && a.keywords.isEmpty {
      return try AxesDecorationMethods.getYLim(ax, a, interp)
    }
    return try AxesDecorationMethods.setYLim(ax, a, interp)
  }

  static func xticks(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try ticks(s.axes(), a, interp, horizontal: true)
  }

  static func yticks(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try ticks(s.axes(), a, interp, horizontal: false)
  }

  /// `xticks(locs, labels)` sets them; without arguments, the locations and labels, as
  /// `(array, [Text, ...])`.
  private static func ticks(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, horizontal: Bool
  ) throws(PyException) -> Value {
    if a.positional.isEmpty && a.keywords.isEmpty {
      return .tuple([
        AxesDecorationMethods.tickValues(ax, horizontal: horizontal),
        AxesDecorationMethods.tickLabels(ax, horizontal: horizontal),
      ])
    }
    if horizontal {
      try AxesDecorationMethods.ticks(&ax.axes.xaxis, a, interp)
    } else {
      try AxesDecorationMethods.ticks(&ax.axes.yaxis, a, interp)
    }
    // matplotlib's answer: the new ticks (XTick objects) or, when only label settings were
    // given, the locations; then the labels.
    let locations: Value
    if let given = a.positional.first ?? a.keyword("ticks"), !given.isNone {
      locations = .list(
        try interp.collect(given).map { _ in .object(PyTickObject(horizontal: horizontal)) })
    } else {
      locations = AxesDecorationMethods.tickValues(ax, horizontal: horizontal)
    }
    return .tuple([locations, AxesDecorationMethods.tickLabels(ax, horizontal: horizontal)])
  }

  /// `setp(artists, name=value, ...)` (or `'name', value` pairs): each artist's `set_name`,
  /// matplotlib's short names (`lw`, `c`, `ls`, ...) spelled out; one None per setting.
  static func setp(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let target = try a[0]
    var settings = a.keywords
    let pairs = Array(a.positional.dropFirst())
    guard pairs.count % 2 == 0 else {
      throw .valueError("The set args must be string, value pairs")
    }
    for i in stride(from: 0, to: pairs.count, by: 2) {
      settings.append((name: try interp.str(pairs[i]), value: pairs[i + 1]))
    }
    let aliases = [
      "lw": "linewidth", "ls": "linestyle", "c": "color", "ms": "markersize",
      "mfc": "markerfacecolor", "mec": "markeredgecolor", "mew": "markeredgewidth",
      "fc": "facecolor", "ec": "edgecolor",
    ]
    var artists: [Value] = []
    func gather(_ v: Value) throws(PyException) {
      if v.as(PyList.self) != nil || v.as(PyTuple.self) != nil {
        for item in try interp.collect(v) { try gather(item) }
      } else {
        artists.append(v)
      }
    }
    try gather(target)
    var results: [Value] = []
    for artist in artists {
      for (name, value) in settings {
        results.append(
          try interp.callMethod(artist, "set_" + (aliases[name] ?? name), Arguments([value])))
      }
    }
    return .list(results)
  }

  /// `clim(vmin, vmax)`: the color limits of the current axes' last image or other mappable.
  static func clim(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    guard let m = s.axes().axes.lastMappable else {
      throw PyException(.runtimeError, "You must first define an image, e.g., with imshow")
    }
    let vmin = try a.parameter(0, "vmin").flatMap { (v) throws(PyException) in
      v.isNone ? nil : try PlotArguments.doubles(v, interp).first
    }
    let vmax = try a.parameter(1, "vmax").flatMap { (v) throws(PyException) in
      v.isNone ? nil : try PlotArguments.doubles(v, interp).first
    }
    ArtistMethods.setLimits(m, vmin ?? m.norm.vmin, vmax ?? m.norm.vmax)
    return .none
  }

  static func fignums(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .list(s.open.map { .int($0.number) })
  }

  /// `fignum_exists(num)`: whether a figure with that number (or label) is open.
  static func fignumExists(_ s: PyplotState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let n = try a.required(0, "num", of: "fignum_exists")
    guard case .int(let number) = n.asIndexLike else { return .bool(false) }
    return .bool(s.open.contains { $0.number == number })
  }
}
