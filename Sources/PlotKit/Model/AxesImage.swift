/// An image (`imshow`): scalar data through a colormap, or RGB(A) pixels given directly.
public final class AxesImage: Artist, ScalarMappable {
  public enum Pixels {
    /// rows × cols values, row-major, mapped through the colormap.
    case scalar([Double])
    /// rows × cols × 4 bytes.
    case rgba([UInt8])
  }
  public let rows: Int
  public let cols: Int
  public var pixels: Pixels
  public var colormap = Colormap.viridis
  public var norm: Normalize
  public var alpha: Double?
  /// (left, right, bottom, top) in data coordinates.
  public var extent: (Double, Double, Double, Double)
  public var label = ""
  public var zorder = 0.0
  public var levels: [Double]? { nil }

  public init(rows: Int, cols: Int, pixels: Pixels, originUpper: Bool = true) {
    self.rows = rows
    self.cols = cols
    self.pixels = pixels
    if case .scalar(let v) = pixels {
      norm = Normalize(data: v)
    } else {
      norm = Normalize(vmin: 0, vmax: 1)
    }
    let (w, h) = (Double(cols) - 0.5, Double(rows) - 0.5)
    extent = originUpper ? (-0.5, w, h, -0.5) : (-0.5, w, -0.5, h)
  }

  public var dataLimits: DataLimits {
    let xs = [extent.0, extent.1], ys = [extent.2, extent.3]
    return DataLimits(x: xs, y: ys, stickyX: xs, stickyY: ys)
  }

  /// The RGBA bytes of data pixel (row, col), row 0 being the first row of the array.
  func rgba(_ row: Int, _ col: Int) -> (UInt8, UInt8, UInt8, UInt8) {
    let i = row * cols + col
    var p: (UInt8, UInt8, UInt8, UInt8)
    switch pixels {
    case .scalar(let v): p = colormap.bytes(norm(v[i]))
    case .rgba(let b): p = (b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3])
    }
    if let alpha { p.3 = UInt8((Double(p.3) * alpha).rounded()) }
    return p
  }
}
