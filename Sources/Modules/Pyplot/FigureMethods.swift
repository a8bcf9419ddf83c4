import Interpreter
import NumKit
import PlotKit

#if canImport(Glibc)
  import Glibc
#endif

/// Methods of a Figure object (`fig.add_subplot`, `fig.savefig`, ...); pyplot's functions of
/// the same names call them on the current figure.
enum FigureMethods {
  typealias Method = (PyFigureObject, Arguments, Interpreter) throws(PyException) -> Value

  static let table: [(String, Method)] = [
    ("add_subplot", addSubplot), ("subplots", subplots), ("add_axes", addAxes),
    ("suptitle", suptitle), ("savefig", savefig), ("tight_layout", tightLayout),
    ("colorbar", colorbar), ("gca", gca), ("subplots_adjust", subplotsAdjust),
    ("set_size_inches", setSizeInches), ("get_size_inches", getSizeInches), ("clf", clf),
    ("clear", clf), ("show", show), ("get_axes", getAxes), ("text", text),
    ("supxlabel", supLabel(horizontal: true)), ("supylabel", supLabel(horizontal: false)),
    ("add_gridspec", addGridSpec), ("get_dpi", getDPI), ("set_dpi", setDPI),
  ]

  static func getDPI(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { f.dpi }

  static func setDPI(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard interp.numeric(try a[0]) != nil else {
      throw .typeError("set_dpi() argument must be a number, not '\(try a[0].typeName)'")
    }
    f.dpi = try a[0].scalarValue
    return .none
  }

  /// savefig's resolution: `dpi=` (a number, or 'figure'), else `savefig.dpi`, else the
  /// figure's as made.
  static func saveDPI(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Double
  {
    if a.keyword("dpi")?.as(PyStr.self)?.value == "figure" { return f.originalDPI }
    if let d = try PlotArguments.number(a, "dpi", interp: interp) { return d }
    return RcSettings(f.state).savefigDPI ?? f.originalDPI
  }

  static func addGridSpec(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .object(try PyGridSpec.make(a, interp, name: "add_gridspec"))
  }

  static func show(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .none }

  /// `(r, c, i)` or a three-digit number such as 231.
  /// `projection='3d'` or `'polar'` (or `polar=True`): NumBook draws rectilinear axes only, and
  /// says so instead of drawing flat axes the program did not ask for.
  static func refuseProjection(_ a: Arguments) throws(PyException) {
    var projection = a.keyword("projection")
    if let kw = a.keyword("subplot_kw")?.as(PyDict.self) {
      projection = kw.storage[.string("projection")]?.value
    }
    if let polar = a.keyword("polar"), case .bool(true) = polar { projection = .str("polar") }
    guard let projection, !projection.isNone else { return }
    let name = projection.as(PyStr.self)?.value ?? projection.typeName
    guard name != "rectilinear" else { return }
    throw PyException(
      .notImplementedError,
      "projection='\(name)' is not supported: NumBook draws 2-D rectilinear axes only")
  }

  static func subplotSpec(_ a: Arguments) throws(PyException) -> (Int, Int, Int) {
    try refuseProjection(a)
    var spec: [Int] = []
    for v in a.positional {
      guard case .int(let n) = v.asIndexLike else {
        throw .typeError("subplot() arguments must be integers, not \(v.typeName)")
      }
      spec.append(n)
    }
    if spec.isEmpty { spec = [1, 1, 1] }
    if spec.count == 1 {
      let n = spec[0]
      guard n >= 111 && n <= 999 else {
        throw .valueError("Integer subplot specification must be a three-digit number, not \(n)")
      }
      spec = [n / 100, n / 10 % 10, n % 10]
    }
    guard spec.count == 3 else {
      throw .typeError("subplot() takes 1 or 3 positional arguments but \(spec.count) were given")
    }
    let (r, c, i) = (spec[0], spec[1], spec[2])
    guard r > 0, c > 0 else {
      throw .valueError("Number of rows must be a positive integer, not \(r)")
    }
    guard i >= 1, i <= r * c else {
      throw .valueError("num must be an integer with 1 <= num <= \(r * c), not \(i)")
    }
    return (r, c, i)
  }

  static func addSubplot(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let spec = a.positional.first?.as(PySubplotSpec.self) {
      try refuseProjection(a)
      return .object(try spec.addAxes(to: f, interp))
    }
    let (r, c, i) = try subplotSpec(a)
    let axes = f.figure.addAxes(
      slot: Axes.GridSlot(rows: r, cols: c, row: (i - 1) / c, col: (i - 1) % c))
    let o = f.object(for: axes)
    f.currentAxes = o
    return .object(o)
  }

  /// `fig.subplots(nrows, ncols, squeeze=True)`: the axes, squeezed as numpy would.
  static func subplots(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    func count(_ i: Int, _ name: String) throws(PyException) -> Int {
      guard let v = (a.positional.count > i ? a.positional[i] : nil) ?? a.keyword(name) else {
        return 1
      }
      guard case .int(let n) = v.asIndexLike, n > 0 else {
        throw .valueError(
          "Number of \(name == "nrows" ? "rows" : "columns") must be a positive integer, not \(try interp.repr(v))"
        )
      }
      return n
    }
    try refuseProjection(a)
    let rows = try count(0, "nrows"), cols = try count(1, "ncols")
    // The grid: `width_ratios=`/`height_ratios=` and `gridspec_kw` (ratios and spacing).
    var gridKeywords = a.keywords.filter { ["width_ratios", "height_ratios"].contains($0.name) }
    if let kw = a.keyword("gridspec_kw")?.as(PyDict.self) {
      for entry in kw.storage.values {
        gridKeywords.append((try interp.str(entry.key), entry.value))
      }
    }
    let grid = try PyGridSpec.make(
      Arguments([.int(rows), .int(cols)], keywords: gridKeywords), interp, name: "subplots")
    if !grid.parameters.isEmpty {
      _ = try subplotsAdjust(f, Arguments([], keywords: grid.parameters), interp)
      f.hasLocalGridParameters = true
    }
    var objects: [PyAxesObject] = []
    for r in 0..<rows {
      for c in 0..<cols {
        let axes = f.figure.addAxes(slot: grid.slot(rows: r..<(r + 1), cols: c..<(c + 1)))
        objects.append(f.object(for: axes))
      }
    }
    let sharex = try shareMode(a.keyword("sharex"), interp)
    let sharey = try shareMode(a.keyword("sharey"), interp)
    share(objects.map(\.axes), rows: rows, cols: cols, x: sharex, y: sharey)
    f.currentAxes = objects.last
    let squeeze =
      try a.keyword("squeeze").map { (v) throws(PyException) in try interp.isTruthy(v) } ?? true
    if squeeze && rows == 1 && cols == 1 { return .object(objects[0]) }
    if squeeze && (rows == 1 || cols == 1) {
      return .object(PyAxesArray(objects, shape: [objects.count]))
    }
    return .object(PyAxesArray(objects, shape: [rows, cols]))
  }

  enum ShareMode { case none, all, row, col }

  static func shareMode(_ v: Value?, _ interp: Interpreter) throws(PyException) -> ShareMode {
    guard let v, !v.isNone else { return .none }
    if let s = v.as(PyStr.self) {
      switch s.value {
      case "all": return .all
      case "row": return .row
      case "col": return .col
      case "none": return .none
      default:
        throw .valueError(
          ValueChoice.refusal(
            given: PyStr.repr(s.value), text: s.value, name: "sharex",
            choices: ["all", "row", "col", "none"].map { (PyStr.repr($0), $0) } + [
              ("False", nil), ("True", nil),
            ]))
      }
    }
    return try interp.isTruthy(v) ? .all : .none
  }

  /// Shared axes use one view interval; as matplotlib's `label_outer`, only the bottom row
  /// keeps x tick labels (sharex) and only the first column y tick labels (sharey).
  static func share(_ axes: [Axes], rows: Int, cols: Int, x: ShareMode, y: ShareMode) {
    func groups(_ mode: ShareMode) -> [[Int]] {
      switch mode {
      case .none: return []
      case .all: return [Array(0..<(rows * cols))]
      case .row: return (0..<rows).map { r in (0..<cols).map { r * cols + $0 } }
      case .col: return (0..<cols).map { c in (0..<rows).map { $0 * cols + c } }
      }
    }
    for group in groups(x) {
      let share = Axes.Share()
      for i in group {
        share.add(axes[i])
        axes[i].xShare = share
      }
    }
    for group in groups(y) {
      let share = Axes.Share()
      for i in group {
        share.add(axes[i])
        axes[i].yShare = share
      }
    }
    for (i, a) in axes.enumerated() {
      if (x == .all || x == .col) && i / cols < rows - 1 { a.xaxis.hidesTickLabels = true }
      if (y == .all || y == .row) && i % cols > 0 { a.yaxis.hidesTickLabels = true }
    }
  }

  static func addAxes(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try refuseProjection(a)
    let rect = try PlotArguments.doubles(try a[0], interp)
    guard rect.count == 4 else { throw .valueError("rect must be [left, bottom, width, height]") }
    let axes = f.figure.addAxes(slot: Axes.GridSlot(rows: 1, cols: 1, row: 0, col: 0))
    axes.fractionRect = (rect[0], rect[1], rect[2], rect[3])
    let o = f.object(for: axes)
    f.currentAxes = o
    return .object(o)
  }

  static func suptitle(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let text = try interp.str(try a[0])
    f.figure.suptitle = text
    f.figure.suptitleSize = RcSettings(f.state).size("figure.titlesize")
    if let s = try AxesDecorationMethods.fontSize(a, interp) { f.figure.suptitleSize = s }
    if let w = try AxesDecorationMethods.fontWeight(a, interp) { f.figure.suptitleWeight = w }
    let y = try PlotArguments.number(a, "y", interp: interp) ?? 0.98
    f.figure.suptitleY = y
    let o = PyArtistObject(
      TextArtist(x: 0.5, y: y, text: text), kind: PlotClasses.text, axes: nil)
    o.reprText = "Text(0.5, \(try interp.repr(.float(y))), \(PyStr.repr(text)))"
    return .object(o)
  }

  /// `fig.supxlabel(t)` / `fig.supylabel(t)`: a label for all the axes, below them (x 0.5,
  /// y 0.01) or left of them (x 0.02, y 0.5, turned), 12 pt; a second call replaces it.
  static func supLabel(horizontal: Bool) -> Method {
    { (f, a, interp) throws(PyException) in
      let name = horizontal ? "supxlabel" : "supylabel"
      let t = TextArtist(
        x: horizontal ? 0.5 : 0.02, y: horizontal ? 0.01 : 0.5,
        text: try interp.str(try a.required(0, "t", of: name)))
      t.size = RcSettings(f.state).size("figure.labelsize")
      (t.horizontalAlignment, t.verticalAlignment) =
        horizontal ? ("center", "bottom") : ("left", "center")
      if !horizontal { t.rotation = 90 }
      if let x = try PlotArguments.number(a, "x", interp: interp) { t.x = x }
      if let y = try PlotArguments.number(a, "y", interp: interp) { t.y = y }
      try AxesPlotMethods.textStyle(t, a, interp)
      let old = horizontal ? f.figure.supXLabel : f.figure.supYLabel
      f.figure.texts.removeAll { $0 === old }
      if horizontal { f.figure.supXLabel = t } else { f.figure.supYLabel = t }
      return try placed(t, in: f, at: (.float(t.x), .float(t.y)), interp)
    }
  }

  /// A figure text added to `f`, and its handle, whose repr shows `position` as given.
  private static func placed(
    _ t: TextArtist, in f: PyFigureObject, at position: (Value, Value), _ interp: Interpreter
  ) throws(PyException) -> Value {
    f.figure.texts.append(t)
    let o = PyArtistObject(t, kind: PlotClasses.text, axes: nil)
    o.reprText =
      "Text(\(try interp.repr(position.0)), \(try interp.repr(position.1)), \(PyStr.repr(t.text)))"
    return .object(o)
  }

  /// `fig.text(x, y, s, **props)` (`plt.figtext`): text placed in figure fractions.
  static func text(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let x = try PlotArguments.double(try a.required(0, "x", of: "text"), "x", interp)
    let y = try PlotArguments.double(try a.required(1, "y", of: "text"), "y", interp)
    let t = TextArtist(x: x, y: y, text: try interp.str(try a.required(2, "s", of: "text")))
    t.size = RcSettings(f.state).fontSize
    try AxesPlotMethods.textStyle(t, a, interp)
    return try placed(t, in: f, at: (try a[0], try a[1]), interp)
  }

  static func savefig(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let target = try a[0]
    if target.as(PyStr.self) == nil, case .object(let o) = target,
      let write = try o.getAttribute("write", interp)
    {
      try save(f, a, into: o, write, interp)
      return .none
    }
    let path = try interp.str(target)
    let ext = path.split(separator: ".").count > 1 ? String(path.split(separator: ".").last!) : ""
    let format = (try PlotArguments.string(a, "format", interp: interp) ?? ext).lowercased()
    let tight = try PlotArguments.string(a, "bbox_inches", interp: interp) == "tight"
    let svg = try TickFormatters.drawing { f.figure.svg(tightBBox: tight) }
    switch format {
    case "svg":
      guard FileAccess.write(svg, to: path) else { throw .fileNotFound(path) }
    case "png", "":
      // Like matplotlib, a name without an extension gets ".png".
      let dpi = try saveDPI(f, a, interp)
      try PNGExport.write(svg: svg, to: format.isEmpty ? path + ".png" : path, dpi: dpi)
    default:
      throw .valueError(
        "Format \(PyStr.repr(format)) is not supported (supported formats: png, svg)")
    }
    return .none
  }

  /// `savefig(buffer)`: a file object (`io.StringIO`, `io.BytesIO`, `open(..., 'wb')`) gets the
  /// figure through its `write`: SVG as text, or as bytes when the object is binary; PNG
  /// (matplotlib's default format for file objects) as bytes.
  private static func save(
    _ f: PyFigureObject, _ a: Arguments, into file: PyObject, _ write: Value,
    _ interp: Interpreter
  ) throws(PyException) {
    let fallback = f.state?.backend == "svg" ? "svg" : "png"
    let format = (try PlotArguments.string(a, "format", interp: interp) ?? fallback).lowercased()
    let tight = try PlotArguments.string(a, "bbox_inches", interp: interp) == "tight"
    let svg = try TickFormatters.drawing { f.figure.svg(tightBBox: tight) }
    let mode = try file.getAttribute("mode", interp).map { (v) throws(PyException) in
      try interp.str(v)
    }
    let binary = file.typeName == "BytesIO" || mode?.contains("b") == true
    switch format {
    case "svg":
      _ = try interp.call(
        write, Arguments([binary ? .object(PyBytes(Array(svg.utf8))) : .str(svg)]))
    case "png":
      let path =
        "/tmp/nb-savefig-\(getpid())-\(UInt(bitPattern: ObjectIdentifier(file).hashValue)).png"
      defer { unlink(path) }
      let dpi = try saveDPI(f, a, interp)
      try PNGExport.write(svg: svg, to: path, dpi: dpi)
      guard let bytes = FileAccess.readBytes(path) else { throw .fileNotFound(path) }
      _ = try interp.call(write, Arguments([.object(PyBytes(bytes))]))
    default:
      throw .valueError(
        "Format \(PyStr.repr(format)) is not supported (supported formats: png, svg)")
    }
  }

  static func tightLayout(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var request = Figure.TightLayoutRequest()
    request.fontSize = RcSettings(f.state).fontSize
    if let p = try PlotArguments.number(a, "pad", interp: interp) { request.pad = p }
    request.hPad = try PlotArguments.number(a, "h_pad", interp: interp)
    request.wPad = try PlotArguments.number(a, "w_pad", interp: interp)
    // As matplotlib, axes of a grid with spacing of its own are left where they are.
    if f.hasLocalGridParameters {
      try interp.raiseOrWarn(
        "UserWarning",
        "This figure includes Axes that are not compatible with tight_layout, so results might be incorrect."
      )
      return .none
    }
    f.figure.tightLayout = request
    return .none
  }

  /// `figure(layout='constrained' | 'tight', constrained_layout=, tight_layout=)`: the figure
  /// lays itself out when drawn. Constrained layout is matplotlib's tight layout with its own
  /// pads (3 pt round the edges, 6 pt between neighbours): the same boxes to about a point.
  static func layoutEngine(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    var engine: String?
    if let v = a.keyword("layout"), !v.isNone {
      engine = try interp.str(v)
      guard ["constrained", "tight", "compressed", "none"].contains(engine!) else {
        throw .valueError(
          "Invalid value for 'layout': \(PyStr.repr(engine!))")
      }
    }
    if let v = a.keyword("constrained_layout"), !v.isNone, try interp.isTruthy(v) {
      engine = "constrained"
    }
    if let v = a.keyword("tight_layout"), !v.isNone, try interp.isTruthy(v) { engine = "tight" }
    switch engine {
    case "constrained", "compressed":
      var request = Figure.TightLayoutRequest(pad: 0.3, hPad: 0.6, wPad: 0.6)
      request.fontSize = 10
      f.figure.tightLayout = request
    case "tight":
      var request = Figure.TightLayoutRequest()
      request.fontSize = RcSettings(f.state).fontSize
      f.figure.tightLayout = request
    default: break
    }
  }

  static func colorbar(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let parent: Axes
    if let ax = a.keyword("ax")?.as(PyAxesObject.self) {
      parent = ax.axes
    } else if let ax = a.keyword("ax")?.as(PyAxesArray.self), let first = ax.items.first {
      parent = first.axes
    } else if let m = (a.positional.first ?? a.keyword("mappable"))?.as(PyArtistObject.self),
      let ax = m.axesObject
    {
      parent = ax.axes
    } else if let current = f.currentAxes {
      parent = current.axes
    } else {
      throw .runtimeError(
        "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf)."
      )
    }
    var mappable: ScalarMappable?
    if let m = (a.positional.first ?? a.keyword("mappable"))?.as(PyArtistObject.self) {
      mappable = m.artist as? ScalarMappable
    } else {
      mappable = parent.lastMappable
    }
    guard let mappable else {
      throw .runtimeError(
        "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf)."
      )
    }
    let label = try PlotArguments.string(a, "label", interp: interp) ?? ""
    var sizes: [String: Double] = [:]
    for name in ["shrink", "aspect", "fraction", "pad"] {
      guard let v = try PlotArguments.number(a, name, interp: interp) else { continue }
      guard v > 0 || (name == "pad" && v >= 0) else {
        throw .valueError("colorbar \(name) must be positive, not \(try interp.repr(.float(v)))")
      }
      sizes[name] = v
    }
    let bar = f.figure.colorbar(mappable, parent: parent, label: label) { info in
      info.shrink = sizes["shrink"] ?? info.shrink
      info.aspect = sizes["aspect"] ?? info.aspect
      info.fraction = sizes["fraction"] ?? info.fraction
      info.pad = sizes["pad"] ?? info.pad
    }
    return .object(PyColorbarObject(bar, figure: f))
  }

  static func gca(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let c = f.currentAxes { return .object(c) }
    let o = f.object(for: f.figure.subplot(rows: 1, cols: 1, index: 1))
    f.currentAxes = o
    return .object(o)
  }

  static func getAxes(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .list(f.figure.axes.map { .object(f.object(for: $0)) })
  }

  static func subplotsAdjust(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var p = f.figure.subplotParams
    for (name, value) in a.keywords {
      guard let v = interp.numeric(value.scalarValue) else { continue }
      switch name {
      case "left": p.left = v
      case "right": p.right = v
      case "bottom": p.bottom = v
      case "top": p.top = v
      case "wspace": p.wspace = v
      case "hspace": p.hspace = v
      default:
        throw .typeError("subplots_adjust() got an unexpected keyword argument \(PyStr.repr(name))")
      }
    }
    guard p.left < p.right else { throw .valueError("left cannot be >= right") }
    guard p.bottom < p.top else { throw .valueError("bottom cannot be >= top") }
    f.figure.subplotParams = p
    f.figure.tightLayout = nil
    return .none
  }

  static func setSizeInches(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var v = try PlotArguments.doubles(try a[0], interp)
    if v.count == 1, a.count > 1 { v += try PlotArguments.doubles(try a[1], interp) }
    guard v.count == 2, v.allSatisfy({ $0 > 0 && $0.isFinite }) else {
      throw .valueError("figure size must be positive finite not \(v)")
    }
    f.figure.width = v[0] * 72
    f.figure.height = v[1] * 72
    return .none
  }

  static func getSizeInches(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    NumpyBridge.wrap(NDArray([f.figure.width / 72, f.figure.height / 72], shape: [2]))
  }

  static func clf(_ f: PyFigureObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    f.figure.clear()
    f.currentAxes = nil
    return .none
  }
}

/// A colorbar handle: `set_label`, `ax`.
final class PyColorbarObject: PyObject {
  let bar: Axes
  let figure: PyFigureObject

  init(_ bar: Axes, figure: PyFigureObject) {
    self.bar = bar
    self.figure = figure
  }

  override var pyClass: PyClass { PlotClasses.colorbar }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.colorbar.Colorbar object at \(Interpreter.address(of: self))>"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "ax": return .object(figure.object(for: bar))
    case "set_label":
      return .object(
        PyBuiltinFunction("set_label") { [bar] (a, interp) throws(PyException) in
          bar.yaxis.label = try interp.str(try a[0])
          return .none
        })
    case "set_ticks":
      return .object(
        PyBuiltinFunction("set_ticks") { [bar] (a, interp) throws(PyException) in
          bar.yaxis.fixedTicks = try PlotArguments.doubles(try a[0], interp)
          return .none
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
