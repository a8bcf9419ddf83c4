import FloatText
import Interpreter
import NumKit
import PlotKit

/// Python classes of the plotting objects, with matplotlib's module names for reprs.
enum PlotClasses {
  static func make(_ name: String, _ module: String) -> PyClass {
    let c = PyClass(name, bases: [.object])
    c.moduleName = module
    return c
  }
  static let figure = make("Figure", "matplotlib.figure")
  static let axes = make("Axes", "matplotlib.axes._axes")
  static let line = make("Line2D", "matplotlib.lines")
  static let collection = make("PathCollection", "matplotlib.collections")
  static let bars = make("BarContainer", "matplotlib.container")
  static let image = make("AxesImage", "matplotlib.image")
  static let contour = make("QuadContourSet", "matplotlib.contour")
  static let text = make("Text", "matplotlib.text")
  static let legend = make("Legend", "matplotlib.legend")
  static let colorbar = make("Colorbar", "matplotlib.colorbar")
  static let polygon = make("FillBetweenPolyCollection", "matplotlib.collections")
  static let quiver = make("Quiver", "matplotlib.quiver")
  static let colormap = make("ListedColormap", "matplotlib.colors")
  static let segmentedColormap = make("LinearSegmentedColormap", "matplotlib.colors")
  static let normalize = make("Normalize", "matplotlib.colors")
  static let errorbar = make("ErrorbarContainer", "matplotlib.container")
  static let lineCollection = make("LineCollection", "matplotlib.collections")
  static let rectangle = make("Rectangle", "matplotlib.patches")
  static let quadMesh = make("QuadMesh", "matplotlib.collections")
  static let polyQuadMesh = make("PolyQuadMesh", "matplotlib.collections")
  static let patchPolygon = make("Polygon", "matplotlib.patches")
  static let fancyArrow = make("FancyArrow", "matplotlib.patches")
  static let wedge = make("Wedge", "matplotlib.patches")
  static let pathPatch = make("PathPatch", "matplotlib.patches")
  static let annotation = make("Annotation", "matplotlib.text")
}

/// A matplotlib figure object.
final class PyFigureObject: PyObject {
  /// Axes that took the rcParams' settings when first wrapped.
  private var styledAxes: Set<ObjectIdentifier> = []
  let figure: Figure
  let number: Int
  /// Dots per inch as the program gave it (`fig.dpi` shows `150` for `dpi=150`); PNG output
  /// uses `originalDPI` (SVG is in points whatever it is).
  var dpi: Value = .float(100)
  /// The resolution the figure was made with, which savefig's default 'figure' means
  /// (matplotlib's `_original_dpi`: `set_dpi` does not change it).
  var originalDPI = 100.0
  /// The current axes (held as the model: its Python object holds this figure, and a
  /// strong reference back would keep closed figures alive).
  private var currentModel: Axes?
  var currentAxes: PyAxesObject? {
    get { currentModel.map { object(for: $0) } }
    set { currentModel = newValue?.axes }
  }
  /// The Python object of each axes while something holds it (`fig.axes[0] is ax`).
  private var wrappers: [ObjectIdentifier: WeakAxesObject] = [:]

  struct WeakAxesObject {
    weak var object: PyAxesObject?
  }

  private var handles = 0

  /// Whether an axes came from a grid with its own spacing (`GridSpec(..., hspace=)`), which
  /// matplotlib's tight layout leaves alone.
  var hasLocalGridParameters = false

  /// The pyplot session that made this figure (its backend choice).
  weak var state: PyplotState?

  init(_ figure: Figure, number: Int, state: PyplotState? = nil) {
    self.figure = figure
    self.number = number
    self.state = state
  }

  func nextAddress() -> String {
    handles += 1
    // Wrapping arithmetic: a figure number may be any int (`plt.figure(10**9)`).
    let address = 0x10_0000_0000 &* number &+ 0xa0_0000 &+ 0x40 &* handles
    let digits = String(UInt(bitPattern: address) & 0xff_ffff_ffff, radix: 16)
    return "0x7f" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits
  }

  override var pyClass: PyClass { PlotClasses.figure }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "number": return .int(number)
    case "dpi": return dpi
    case "axes": return .list(figure.axes.map { .object(object(for: $0)) })
    case "canvas": return .object(PyFigureCanvas(self))
    default: return try super.getAttribute(name, interp)
    }
  }

  /// The one Python object for an axes of this figure.
  func object(for axes: Axes) -> PyAxesObject {
    if let w = wrappers[ObjectIdentifier(axes)]?.object { return w }
    let w = PyAxesObject(axes, figure: self)
    wrappers[ObjectIdentifier(axes)] = WeakAxesObject(object: w)
    // A new axes takes the rcParams' sizes, grid and spines (once: a later wrapper of the
    // same axes keeps what the program changed).
    if styledAxes.insert(ObjectIdentifier(axes)).inserted { RcSettings(state).apply(to: axes) }
    // A new axes takes `rcParams['axes.prop_cycle']`'s colors (when they can be read).
    if axes.artists.isEmpty,
      let cycler = state?.rcParams.storage[.string("axes.prop_cycle")]?
        .value.as(PyCycler.self), let colors = cycler.plainColors, colors != axes.colorCycle
    {
      axes.colorCycle = colors
      axes.colorCycleSource = cycler
    }
    return w
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    let w = Int((figure.width / 72 * 100).rounded()), h = Int((figure.height / 72 * 100).rounded())
    return "Figure(\(w)x\(h))"
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let n = figure.axes.count
    let w = Int((figure.width / 72 * 100).rounded()), h = Int((figure.height / 72 * 100).rounded())
    return "<Figure size \(w)x\(h) with \(n) Axes>"
  }
}

/// A matplotlib Axes object.
final class PyAxesObject: PyObject {
  let axes: Axes
  let figureObject: PyFigureObject
  /// The Legend object of the axes' legend while the program holds it (`ax.get_legend()`
  /// is the object `ax.legend()` returned).
  weak var legendObject: PyArtistObject?

  init(_ axes: Axes, figure: PyFigureObject) {
    self.axes = axes
    figureObject = figure
  }

  override var pyClass: PyClass { PlotClasses.axes }

  /// matplotlib's str: the position in figure fractions, `Axes(0.125,0.11;0.775x0.77)`.
  override func str(_ interp: Interpreter) throws(PyException) -> String {
    let p = figureObject.figure.position(of: axes)
    let parts = [p.x, p.y, p.width, p.height].map { CFormat.general($0, digits: 6) }
    return "Axes(\(parts[0]),\(parts[1]);\(parts[2])x\(parts[3]))"
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    var parts: [String] = []
    if !axes.title.isEmpty { parts.append("title={'center': \(PyStr.repr(axes.title))}") }
    if !axes.xaxis.label.isEmpty { parts.append("xlabel=\(PyStr.repr(axes.xaxis.label))") }
    if !axes.yaxis.label.isEmpty { parts.append("ylabel=\(PyStr.repr(axes.yaxis.label))") }
    return "<Axes: " + parts.joined(separator: ", ") + ">"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "figure": return .object(figureObject)
    case "lines", "patches", "texts", "images", "collections":
      return AxesChildren.list(name, of: self)
    case "legend_": return try AxesChildren.getLegend(self, Arguments(), interp)
    case "patch": return .object(PyAxesPatch(axes))
    case "transAxes": return .str("transAxes")
    case "transData": return .str("transData")
    case "spines": return .object(PySpines(axes))
    case "title": return .object(PyAxisLabel(axes, .title))
    case "xaxis": return .object(PyAxisObject(axes, horizontal: true))
    case "yaxis": return .object(PyAxisObject(axes, horizontal: false))
    default: return try super.getAttribute(name, interp)
    }
  }
}

/// A handle on an artist (a line, an image, ...), what plotting calls return.
final class PyArtistObject: PyObject {
  let artist: Artist
  let kind: PyClass
  var axesObject: PyAxesObject?
  /// matplotlib's repr, when it is fixed at creation (`Text(0.5, 1.0, 'title')`).
  var reprText: String?
  /// matplotlib's `__str__`, for the artists that have their own
  /// (`Rectangle(xy=(0, 0), width=1, height=2, angle=0)`).
  var strText: String?
  /// A line's color as it was given (`'r'`, `'red'`, a tuple), which `get_color` returns.
  var colorSpec: Value?
  /// A legend's label Text objects, once asked for (the same objects each time).
  var legendTexts: [PyArtistObject] = []

  /// A made-up address, numbered per figure, so that reprs (`<matplotlib.lines.Line2D at
  /// 0x7f...>`, which Jupyter shows for a trailing `plt.plot(...)`) are the same on every run.
  let address: String

  init(_ artist: Artist, kind: PyClass, axes: PyAxesObject?) {
    self.artist = artist
    self.kind = kind
    axesObject = axes
    address = axes?.figureObject.nextAddress() ?? "0x7f0000000000"
  }

  override var pyClass: PyClass { kind }

  /// A text's position as the program gave it (`get_position` keeps ints as ints).
  var givenPosition: Value?

  /// What some kinds of artist answer beyond the shared methods: a contour set's `levels`, a
  /// scatter's `get_offsets()` (a plain array: NumBook has no masked arrays), a text's
  /// `get_position()`.
  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch (name, artist) {
    case ("levels", let c as ContourSet):
      let levels = c.levels ?? []
      return NumpyBridge.wrap(NDArray(levels, shape: [levels.count]))
    case ("get_offsets", let s as ScatterCollection):
      return .object(
        PyBuiltinFunction("PathCollection.get_offsets") { (_, _) throws(PyException) in
          let pairs = zip(s.x, s.y).flatMap { [$0, $1] }
          return NumpyBridge.wrap(NDArray(pairs, shape: [s.x.count, 2]))
        })
    case ("get_position", let t as TextArtist):
      return .object(
        PyBuiltinFunction("Text.get_position") { [givenPosition] (_, _) throws(PyException) in
          givenPosition ?? .tuple([.float(t.x), .float(t.y)])
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  // A bar container is the tuple of its rectangles (`for rect in bars:`, `bars[0]`).
  override func length(_ interp: Interpreter) throws(PyException) -> Int {
    guard let bars = artist as? BarContainer else { return try super.length(interp) }
    return bars.bars.count
  }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    guard let bars = artist as? BarContainer else { return try super.makeIterator(interp) }
    return PyClosureIterator(count: bars.bars.count) { [axesObject] in
      .object(PyBarRectangle(bars, $0, axes: axesObject))
    }
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    guard let bars = artist as? BarContainer else { return try super.getItem(key, interp) }
    let rectangles = bars.bars.indices.map {
      Value.object(PyBarRectangle(bars, $0, axes: axesObject))
    }
    return try interp.getItem(.tuple(rectangles), key)
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    if let strText { return strText }
    return try repr(interp)
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    if let reprText { return reprText }
    if kind === PlotClasses.bars || kind === PlotClasses.errorbar {
      return "<\(kind.name) object of \(((artist as? BarContainer)?.bars.count) ?? 3) artists>"
    }
    return "<\(kind.moduleName).\(kind.name) at \(address)>"
  }
}

/// A colormap value (`plt.cm.gray`, `plt.get_cmap('jet')`).
final class PyColormapObject: PyObject {
  let colormap: Colormap
  /// A `LinearSegmentedColormap` (interpolated between colors), not a `ListedColormap`.
  let segmented: Bool
  /// What `ListedColormap(colors)` was given, its `.colors`.
  var listed: Value?

  /// matplotlib's maps made by interpolation; the others (viridis, tab10, ...) are listed.
  static let segmentedNames: Set<String> = [
    "gray", "jet", "coolwarm", "RdBu", "Blues", "binary", "gray_r", "hot", "Reds", "Greens",
    "Spectral", "bwr", "seismic", "Greys",
  ]

  init(_ c: Colormap, segmented: Bool? = nil) {
    colormap = c
    self.segmented = segmented ?? PyColormapObject.segmentedNames.contains(c.name)
  }
  override var pyClass: PyClass { segmented ? PlotClasses.segmentedColormap : PlotClasses.colormap }
  override var isCallable: Bool { true }
  override func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    try colors(args, interp)
  }
  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.colors.\(pyClass.name) object at \(Interpreter.address(of: self))>"
  }
  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "name": return .str(colormap.name)
    case "N": return .int(colormap.count)
    case "colors" where !segmented:
      if let listed { return listed }
      return .list(colormap.colors.map { .tuple([.float($0.r), .float($0.g), .float($0.b)]) })
    case "reversed":
      let reversed = PyColormapObject(colormap.reversed, segmented: segmented)
      return .object(
        PyBuiltinFunction("reversed") { (_, _) throws(PyException) in .object(reversed) })
    default: return try super.getAttribute(name, interp)
    }
  }
}

/// The array of axes `plt.subplots(r, c)` returns: indexing by int, tuple and slice, `.flat`,
/// `.ravel()`, `.flatten()`, `.shape`, iteration over rows.
final class PyAxesArray: PyObject {
  let items: [PyAxesObject]
  let shape: [Int]

  static let cls: PyClass = {
    let c = PyClass("ndarray", bases: [.object])
    c.moduleName = "numpy"
    return c
  }()

  init(_ items: [PyAxesObject], shape: [Int]) {
    self.items = items
    self.shape = shape
  }

  override var pyClass: PyClass { PyAxesArray.cls }

  override func length(_ interp: Interpreter) throws(PyException) -> Int { shape[0] }

  private func row(_ i: Int) -> Value {
    if shape.count == 1 { return .object(items[i]) }
    let n = shape[1]
    return .object(PyAxesArray(Array(items[(i * n)..<((i + 1) * n)]), shape: [n]))
  }

  private func index(_ v: Value, _ size: Int) throws(PyException) -> Int {
    guard case .int(var i) = v.asIndexLike else {
      throw .indexError(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
      )
    }
    if i < 0 { i += size }
    guard i >= 0 && i < size else {
      throw .indexError("index \(i) is out of bounds for axis 0 with size \(size)")
    }
    return i
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let t = key.as(PyTuple.self) {
      guard t.items.count == shape.count else {
        throw .indexError(
          "too many indices for array: array is \(shape.count)-dimensional, but \(t.items.count) were indexed"
        )
      }
      if shape.count == 2, t.items.allSatisfy({ $0.asIndexLike.asInt != nil }) {
        let r = try index(t.items[0], shape[0]), c = try index(t.items[1], shape[1])
        return .object(items[r * shape[1] + c])
      }
      if shape.count == 2, let s = t.items[1].as(PySlice.self) {
        let r = try index(t.items[0], shape[0])
        let cols = try s.indices(count: shape[1], interp)
        return .object(PyAxesArray(cols.map { items[r * shape[1] + $0] }, shape: [cols.count]))
      }
      if shape.count == 2, let s = t.items[0].as(PySlice.self) {
        let c = try index(t.items[1], shape[1])
        let rows = try s.indices(count: shape[0], interp)
        return .object(PyAxesArray(rows.map { items[$0 * shape[1] + c] }, shape: [rows.count]))
      }
      throw .indexError("unsupported index for an array of Axes")
    }
    if let s = key.as(PySlice.self), shape.count == 1 {
      let picked = try s.indices(count: shape[0], interp).map { items[$0] }
      return .object(PyAxesArray(picked, shape: [picked.count]))
    }
    return row(try index(key, shape[0]))
  }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    try PyList((0..<shape[0]).map(row)).makeIterator(interp)
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let flat = PyAxesArray(items, shape: [items.count])
    switch name {
    case "flat": return .object(flat)
    case "shape": return .tuple(shape.map { .int($0) })
    case "size": return .int(items.count)
    case "ndim": return .int(shape.count)
    case "dtype": return .object(PyObjectDType.shared)
    case "ravel", "flatten":
      return .object(PyBuiltinFunction(name) { (_, _) throws(PyException) in .object(flat) })
    case "tolist":
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in
          shape.count == 1
            ? .list(items.map { .object($0) })
            : .list(
              (0..<shape[0]).map { r in
                .list((0..<shape[1]).map { .object(items[r * shape[1] + $0]) })
              })
        })
    default: return nil
    }
  }

  /// numpy's str of an object array: `[<Axes: > <Axes: >]`, rows on their own lines.
  override func str(_ interp: Interpreter) throws(PyException) -> String {
    var parts: [String] = []
    for item in items { parts.append(try item.repr(interp)) }
    if shape.count == 1 { return "[" + parts.joined(separator: " ") + "]" }
    let rows = (0..<shape[0]).map { r in
      "[" + parts[(r * shape[1])..<((r + 1) * shape[1])].joined(separator: " ") + "]"
    }
    return "[" + rows.joined(separator: "\n ") + "]"
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    var parts: [String] = []
    for item in items { parts.append(try item.repr(interp)) }
    if shape.count == 1 { return "array([" + parts.joined(separator: ", ") + "], dtype=object)" }
    let rows = (0..<shape[0]).map { r in
      "[" + parts[(r * shape[1])..<((r + 1) * shape[1])].joined(separator: ", ") + "]"
    }
    return "array([" + rows.joined(separator: ",\n       ") + "], dtype=object)"
  }
}
