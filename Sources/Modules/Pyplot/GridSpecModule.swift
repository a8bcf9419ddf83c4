import Interpreter
import PlotKit

/// `matplotlib.gridspec.GridSpec`, `fig.add_gridspec` and `plt.subplot2grid`: axes spanning
/// several cells of a grid (`fig.add_subplot(gs[0, :])`), with column and row ratios.
/// A grid's `left`/`right`/`top`/`bottom`/`wspace`/`hspace` become the figure's subplot
/// parameters when its first axes is added (matplotlib keeps them per grid).
final class PyGridSpec: PyObject {
  let rows, cols: Int
  let widthRatios, heightRatios: [Double]?
  /// The ratios as the program wrote them, for the repr (`width_ratios=[3, 1]`).
  var ratiosText = ""
  /// The figure's subplot parameters this grid sets.
  let parameters: [(name: String, value: Value)]

  init(
    rows: Int, cols: Int, widthRatios: [Double]?, heightRatios: [Double]?,
    parameters: [(name: String, value: Value)]
  ) {
    (self.rows, self.cols) = (rows, cols)
    (self.widthRatios, self.heightRatios) = (widthRatios, heightRatios)
    self.parameters = parameters
  }

  static let gridSpecClass = PlotClasses.make("GridSpec", "matplotlib.gridspec")
  override var pyClass: PyClass { PyGridSpec.gridSpecClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "GridSpec(\(rows), \(cols)\(ratiosText))"
  }

  /// `GridSpec(nrows, ncols, figure=None, left=, bottom=, right=, top=, wspace=, hspace=,
  /// width_ratios=, height_ratios=)` from a call's arguments (`first`: where nrows is).
  static func make(_ a: Arguments, _ interp: Interpreter, from first: Int = 0, name: String)
    throws(PyException) -> PyGridSpec
  {
    func count(_ i: Int, _ key: String, _ noun: String) throws(PyException) -> Int {
      guard let v = a.parameter(first + i, key) else {
        if name == "add_gridspec" { return 1 }
        throw .typeError("\(name)() missing required argument '\(key)'")
      }
      guard case .int(let n) = v.asIndexLike, n > 0 else {
        throw .valueError(
          "Number of \(noun) must be a positive integer, not \(try interp.repr(v))")
      }
      return n
    }
    let rows = try count(0, "nrows", "rows"), cols = try count(1, "ncols", "columns")
    var text = ""
    func ratios(_ key: String, _ n: Int, _ noun: String, _ lines: String) throws(PyException)
      -> [Double]?
    {
      guard let v = a.keyword(key), !v.isNone else { return nil }
      let r = try PlotArguments.doubles(v, interp)
      guard r.count == n else {
        throw .valueError(
          "Expected the given number of \(noun) ratios to match the number of \(lines) of the grid"
        )
      }
      text += ", \(key)=\(try interp.repr(v))"
      return r
    }
    let parameters = a.keywords.filter {
      ["left", "bottom", "right", "top", "wspace", "hspace"].contains($0.name) && !$0.value.isNone
    }
    let grid = PyGridSpec(
      rows: rows, cols: cols, widthRatios: try ratios("width_ratios", cols, "width", "columns"),
      heightRatios: try ratios("height_ratios", rows, "height", "rows"), parameters: parameters)
    grid.ratiosText = text
    return grid
  }

  /// The slot of rows `r` and columns `c` of this grid.
  func slot(rows r: Range<Int>, cols c: Range<Int>) -> Axes.GridSlot {
    var s = Axes.GridSlot(rows: rows, cols: cols, row: r.lowerBound, col: c.lowerBound)
    (s.rowSpan, s.colSpan) = (r.count, c.count)
    (s.widthRatios, s.heightRatios) = (widthRatios, heightRatios)
    return s
  }

  /// `gs[i, j]`, `gs[0, :]`, `gs[1:, -1]`, or a flat index `gs[3]`.
  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    func range(_ v: Value, _ n: Int, axis: Int) throws(PyException) -> Range<Int> {
      if let slice = v.as(PySlice.self) {
        let (start, stop, step) = try slice.resolve(count: n, interp)
        guard step == 1, start < stop else {
          throw .indexError("GridSpec slice would result in no space allocated for subplot")
        }
        return start..<stop
      }
      guard case .int(var i) = v.asIndexLike else {
        throw .typeError("GridSpec indices must be integers or slices, not \(v.typeName)")
      }
      if i < 0 { i += n }
      guard i >= 0 && i < n else {
        throw .indexError("index \(i) is out of bounds for axis \(axis) with size \(n)")
      }
      return i..<(i + 1)
    }
    if let pair = key.as(PyTuple.self)?.items, pair.count == 2 {
      let s = slot(rows: try range(pair[0], rows, axis: 0), cols: try range(pair[1], cols, axis: 1))
      return .object(PySubplotSpec(self, s))
    }
    guard case .int(var i) = key.asIndexLike else {
      throw .notImplemented("GridSpec indexing with \(key.typeName) is not supported")
    }
    if i < 0 { i += rows * cols }
    guard i >= 0 && i < rows * cols else { throw .indexError("index out of range") }
    return .object(
      PySubplotSpec(
        self, slot(rows: (i / cols)..<(i / cols + 1), cols: (i % cols)..<(i % cols + 1))))
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "nrows": return .int(rows)
    case "ncols": return .int(cols)
    case "get_geometry":
      return .object(
        PyBuiltinFunction("GridSpec.get_geometry") { [rows, cols] (_, _) throws(PyException) in
          .tuple([.int(rows), .int(cols)])
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  /// The `matplotlib.gridspec` module.
  static func module() -> PyModule {
    let m = PyModule(name: "matplotlib.gridspec")
    m.define("GridSpec") { (a, interp) throws(PyException) in
      .object(try PyGridSpec.make(a, interp, name: "GridSpec"))
    }
    return m
  }
}

/// `gs[0, :]`: the cells an axes takes.
final class PySubplotSpec: PyObject {
  let grid: PyGridSpec
  let slot: Axes.GridSlot

  init(_ grid: PyGridSpec, _ slot: Axes.GridSlot) {
    self.grid = grid
    self.slot = slot
  }

  static let specClass = PlotClasses.make("SubplotSpec", "matplotlib.gridspec")
  override var pyClass: PyClass { PySubplotSpec.specClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "\(try grid.repr(interp))[\(slot.row):\(slot.row + slot.rowSpan), \(slot.col):\(slot.col + slot.colSpan)]"
  }

  /// A new axes in these cells of `figure`, which takes the grid's subplot parameters.
  func addAxes(to f: PyFigureObject, _ interp: Interpreter) throws(PyException) -> PyAxesObject {
    if !grid.parameters.isEmpty {
      _ = try FigureMethods.subplotsAdjust(f, Arguments([], keywords: grid.parameters), interp)
      f.hasLocalGridParameters = true
    }
    let o = f.object(for: f.figure.addAxes(slot: slot))
    f.currentAxes = o
    return o
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "rowspan": return .object(PyRange(start: slot.row, stop: slot.row + slot.rowSpan, step: 1))
    case "colspan": return .object(PyRange(start: slot.col, stop: slot.col + slot.colSpan, step: 1))
    case "get_gridspec":
      return .object(
        PyBuiltinFunction("SubplotSpec.get_gridspec") { [grid] (_, _) throws(PyException) in
          .object(grid)
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
