/// Filled bands or iso-lines of a function sampled on a grid (`contourf`, `contour`).
public final class ContourSet: Artist, ScalarMappable {
  public let filled: Bool
  public let levels: [Double]?
  /// Filled: one list of polygons per band (levels[i]...levels[i+1]). Lines: one list of
  /// segments per level.
  public let paths: [[[(Double, Double)]]]
  public var colormap: Colormap
  public var norm: Normalize
  public var fixedColors: [Color]?
  public var alpha: Double?
  public var lineWidth = 1.5
  public var label = ""
  public var zorder: Double
  let xRange: (Double, Double)
  let yRange: (Double, Double)

  /// `x` and `y` give each grid vertex's coordinates (rows × cols, row-major), like `z`.
  public init(
    x: [Double], y: [Double], z: [Double], rows: Int, cols: Int, levels: [Double],
    filled: Bool, colormap: Colormap
  ) {
    self.filled = filled
    self.levels = levels
    self.colormap = colormap
    zorder = filled ? 1 : 2
    let grid = Isobands.Grid(x: x, y: y, z: z, rows: rows, cols: cols)
    paths = filled ? Isobands.bands(grid, levels) : Isobands.lines(grid, levels)
    if filled {
      norm = Normalize(vmin: levels.first ?? 0, vmax: levels.last ?? 1)
    } else {
      norm = Normalize(
        data: levels.filter { $0 >= (z.min() ?? 0) && $0 <= (z.max() ?? 0) })
    }
    xRange = (x.min() ?? 0, x.max() ?? 1)
    yRange = (y.min() ?? 0, y.max() ?? 1)
  }

  /// The color of band `i` (its midpoint) or of level `i`.
  func color(_ i: Int) -> Color {
    if let fixedColors, !fixedColors.isEmpty { return fixedColors[i % fixedColors.count] }
    guard let levels else { return .black }
    let value = filled ? (levels[i] + levels[i + 1]) / 2 : levels[i]
    return colormap.color(norm(value))
  }

  public var dataLimits: DataLimits {
    let xs = [xRange.0, xRange.1], ys = [yRange.0, yRange.1]
    return DataLimits(x: xs, y: ys, stickyX: xs, stickyY: ys)
  }
}
