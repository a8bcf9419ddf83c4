import Interpreter
import NumKit
import PlotKit

/// `pcolormesh([X, Y,] C)`: cells colored through a colormap, with matplotlib's reading of
/// the grid (`shading` 'flat' with corner coordinates, 'nearest' with cell centres, 'auto'
/// choosing between them by the shapes).
enum AxesMeshMethods {
  static let table: [(String, AxesPlotMethods.Method)] = [
    ("pcolormesh", pcolormesh), ("pcolor", pcolor), ("matshow", MatshowMethods.matshow),
    ("hist2d", hist2d),
  ]

  /// `hist2d(x, y, bins=10, range=None, density=False, weights=None, cmin=None, cmax=None)`:
  /// numpy's histogram2d drawn with pcolormesh, the view fitted to the edges; returns
  /// (counts, xedges, yedges, mesh). Counts outside cmin…cmax are left empty.
  static func hist2d(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard a.count >= 2 else {
      throw .typeError("hist2d() missing 2 required positional arguments: 'x' and 'y'")
    }
    var numpyKeywords: [(name: String, value: Value)] = []
    var rest = Arguments()
    for (i, name) in ["bins", "range", "density", "weights"].enumerated() {
      if let v = a.count > i + 2 ? a.positional[i + 2] : a.keyword(name) {
        numpyKeywords.append((name, v))
      }
    }
    let cut = ["bins", "range", "density", "weights", "cmin", "cmax"]
    rest.keywords = a.keywords.filter { !cut.contains($0.name) }
    let result = try NumpyFunctions.library(
      "histogram2d", [try a[0], try a[1]], keywords: numpyKeywords, interp)
    guard let parts = result.as(PyTuple.self)?.items, parts.count == 3,
      let counts = parts[0].as(PyNDArray.self)?.array
    else { return .none }
    var shown = counts.copy()
    let cmin = try PlotArguments.number(a, "cmin", interp: interp)
    let cmax = try PlotArguments.number(a, "cmax", interp: interp)
    if cmin != nil || cmax != nil {
      let p = shown.storage.pointer(Double.self)
      for i in 0..<shown.size where p[i] < (cmin ?? -.infinity) || p[i] > (cmax ?? .infinity) {
        p[i] = .nan
      }
    }
    // matplotlib masks the counts it returns too.
    let returned = PyNDArray(shown)
    shown = shown.transposed.copy()
    rest.positional = [parts[1], parts[2], .object(PyNDArray(shown))]
    let mesh = try pcolormesh(ax, rest, interp)
    let xs = try PlotArguments.doubles(parts[1], interp)
    let ys = try PlotArguments.doubles(parts[2], interp)
    if let x0 = xs.first, let x1 = xs.last, let y0 = ys.first, let y1 = ys.last {
      (ax.axes.xaxis.fixedLow, ax.axes.xaxis.fixedHigh) = (x0, x1)
      (ax.axes.yaxis.fixedLow, ax.axes.yaxis.fixedHigh) = (y0, y1)
    }
    return .tuple([.object(returned), parts[1], parts[2], mesh])
  }

  /// `pcolor([X, Y,] C)`: the same cells as `pcolormesh` (matplotlib draws them as a
  /// PolyQuadMesh, which looks the same).
  static func pcolor(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try pcolormesh(ax, a, interp, name: "pcolor", kind: PlotClasses.polyQuadMesh)
  }

  static func pcolormesh(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try pcolormesh(ax, a, interp, name: "pcolormesh", kind: PlotClasses.quadMesh)
  }

  static func pcolormesh(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, name: String, kind: PyClass
  ) throws(PyException) -> Value {
    let p = a.positional
    guard p.count == 1 || p.count == 3 else {
      throw .typeError("\(name)() takes 1 or 3 positional arguments but \(p.count) were given")
    }
    let c = try NumpyBridge.array(from: p[p.count - 1], dtype: .float64, interp)
    guard c.ndim == 2 else {
      throw .valueError("C must be a 2-D array, got shape \(ShapeText.tuple(c.shape))")
    }
    let (rows, cols) = (c.shape[0], c.shape[1])
    var shading = try PlotArguments.string(a, "shading", interp: interp) ?? "auto"
    if shading == "gouraud" {
      throw .notImplemented("\(name)(shading='gouraud') is not supported yet")
    }
    var grid: Grid
    if p.count == 1 {
      let centred = shading == "nearest"
      grid = Grid(
        columns: (0..<(centred ? cols : cols + 1)).map(Double.init),
        rows: (0..<(centred ? rows : rows + 1)).map(Double.init))
      if !centred { shading = "flat" }
    } else {
      grid = try Grid(
        NumpyBridge.array(from: p[0], dtype: .float64, interp),
        NumpyBridge.array(from: p[1], dtype: .float64, interp))
    }
    if shading == "auto" { shading = grid.nx == cols && grid.ny == rows ? "nearest" : "flat" }
    if shading == "flat" {
      guard grid.nx == cols + 1, grid.ny == rows + 1 else {
        throw .typeError(
          "Dimensions of C (\(rows), \(cols)) should be one smaller than X(\(grid.nx)) and Y(\(grid.ny)) while using shading='flat' see help(\(name))"
        )
      }
    } else {
      guard grid.nx == cols, grid.ny == rows else {
        throw .typeError(
          "Dimensions of C (\(rows), \(cols)) are incompatible with X (\(grid.nx)) and/or Y (\(grid.ny)); see help(\(name))"
        )
      }
      grid = grid.cellEdges()
    }
    let values = (0..<c.size).map { c.double(at: $0) }
    let mesh = QuadMesh(rows: rows, cols: cols, x: grid.x, y: grid.y, values: values)
    mesh.colormap = try PlotArguments.colormap(a, interp, defaults: ax.figureObject.state)
    mesh.norm = try PlotArguments.normalize(a, interp) {
      Normalize(data: values, vmin: $0, vmax: $1)
    }
    mesh.alpha = try PlotArguments.alpha(a, interp: interp)
    if let e = a.keyword("edgecolors") ?? a.keyword("edgecolor") ?? a.keyword("ec"), !e.isNone,
      try interp.str(e) != "none"
    {
      mesh.edgeColor = try PlotArguments.color(e, interp)
    }
    if let w = try PlotArguments.number(a, "linewidth", "linewidths", "lw", interp: interp) {
      mesh.lineWidth = w
    }
    if let l = try PlotArguments.string(a, "label", interp: interp) { mesh.label = l }
    if let z = try PlotArguments.number(a, "zorder", interp: interp) { mesh.zorder = z }
    ax.axes.add(mesh)
    return AxesPlotMethods.handle(mesh, kind, ax)
  }

  /// Corner or centre coordinates as ny × nx grids (1-D X and Y repeated, as matplotlib).
  struct Grid {
    var nx: Int
    var ny: Int
    var x: [Double]
    var y: [Double]

    init(columns: [Double], rows: [Double]) {
      (nx, ny) = (columns.count, rows.count)
      x = (0..<ny).flatMap { _ in columns }
      y = rows.flatMap { v in Array(repeating: v, count: columns.count) }
    }

    init(_ xs: NDArray, _ ys: NDArray) throws(PyException) {
      let (columns, rows) = (xs.shape.last ?? 1, ys.shape.first ?? 1)
      (nx, ny) = (columns, rows)
      let xFlat = (0..<xs.size).map { xs.double(at: $0) }
      let yFlat = (0..<ys.size).map { ys.double(at: $0) }
      x = xs.ndim != 2 || xs.shape[0] == 1 ? (0..<rows).flatMap { _ in xFlat } : xFlat
      y =
        ys.ndim != 2 || ys.shape[1] == 1
        ? yFlat.flatMap { v in Array(repeating: v, count: columns) } : yFlat
      guard x.count == nx * ny, y.count == nx * ny, xFlat.allSatisfy(\.isFinite),
        yFlat.allSatisfy(\.isFinite)
      else {
        throw .typeError("Incompatible X, Y inputs to pcolormesh; see help(pcolormesh)")
      }
    }

    /// Cell centres to cell edges: midpoints inside, half a step beyond at both ends, along
    /// each row and then each column (matplotlib's `_interp_grid`).
    func cellEdges() -> Grid {
      func widenRows(_ v: [Double], _ nx: Int, _ ny: Int) -> [Double] {
        (0..<ny).flatMap { r -> [Double] in
          let row = Array(v[(r * nx)..<((r + 1) * nx)])
          guard nx > 1 else { return row + row }
          let d = (0..<(nx - 1)).map { (row[$0 + 1] - row[$0]) * 0.5 }
          return [row[0] - d[0]] + (0..<(nx - 1)).map { row[$0] + d[$0] } + [
            row[nx - 1] + d[nx - 2]
          ]
        }
      }
      func transpose(_ v: [Double], _ nx: Int, _ ny: Int) -> [Double] {
        (0..<nx).flatMap { c in (0..<ny).map { r in v[r * nx + c] } }
      }
      let wideX = widenRows(x, nx, ny), wideY = widenRows(y, nx, ny)
      let w = nx + 1
      let tallX = transpose(widenRows(transpose(wideX, w, ny), ny, w), ny + 1, w)
      let tallY = transpose(widenRows(transpose(wideY, w, ny), ny, w), ny + 1, w)
      var out = self
      (out.nx, out.ny, out.x, out.y) = (w, ny + 1, tallX, tallY)
      return out
    }
  }
}
