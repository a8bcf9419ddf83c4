/// A grid of quadrilaterals colored through a colormap (`pcolormesh`): corner coordinates of
/// (rows + 1) × (cols + 1) points, one value per cell.
public final class QuadMesh: Artist, ScalarMappable {
  public let rows: Int
  public let cols: Int
  /// Corner x and y, row-major over (rows + 1) × (cols + 1).
  public let x: [Double]
  public let y: [Double]
  /// rows × cols values, row-major; NaN cells are not drawn.
  public var values: [Double]
  public var colormap = Colormap.viridis
  public var norm: Normalize
  public var alpha: Double?
  /// Cell edges (none by default, as matplotlib's).
  public var edgeColor: Color?
  public var lineWidth = 1.0
  public var label = ""
  public var zorder = 1.0
  public var levels: [Double]? { nil }

  public init(rows: Int, cols: Int, x: [Double], y: [Double], values: [Double]) {
    self.rows = rows
    self.cols = cols
    self.x = x
    self.y = y
    self.values = values
    norm = Normalize(data: values)
  }

  /// The four corners of cell (i, j) in matplotlib's path order.
  func corners(_ i: Int, _ j: Int) -> [(Double, Double)] {
    let w = cols + 1
    return [(i, j), (i, j + 1), (i + 1, j + 1), (i + 1, j)].map { r, c in
      (x[r * w + c], y[r * w + c])
    }
  }

  public var dataLimits: DataLimits {
    let xs = x.filter(\.isFinite), ys = y.filter(\.isFinite)
    let sx = [xs.min(), xs.max()].compactMap { $0 }, sy = [ys.min(), ys.max()].compactMap { $0 }
    return DataLimits(x: sx, y: sy, stickyX: sx, stickyY: sy)
  }
}
