/// Something drawn inside an axes. Artists are classes: pyplot hands them back to the user,
/// who may change them later (`line.set_data`, `im.set_clim`).
public protocol Artist: AnyObject {
  /// Drawing order inside the axes (matplotlib's defaults: images 0, patches 1, lines 2,
  /// text 3).
  var zorder: Double { get }
  /// The legend label; empty or starting with "_" means no legend entry.
  var label: String { get set }
  /// The data extent this artist adds to autoscaling.
  var dataLimits: DataLimits { get }
}

/// Something with a colormap and a normalisation, which `colorbar` can show.
public protocol ScalarMappable: AnyObject {
  var colormap: Colormap { get }
  var norm: Normalize { get set }
  /// Discrete levels (filled contours); nil for a continuous mappable.
  var levels: [Double]? { get }
  /// Also applied to the colorbar.
  var alpha: Double? { get }
}

/// Data bounds along x and y, and the values autoscale margins must not cross.
public struct DataLimits {
  public var x: [Double] = []
  public var y: [Double] = []
  public var stickyX: [Double] = []
  public var stickyY: [Double] = []

  public init(x: [Double] = [], y: [Double] = [], stickyX: [Double] = [], stickyY: [Double] = []) {
    self.x = x
    self.y = y
    self.stickyX = stickyX
    self.stickyY = stickyY
  }
}

extension Artist {
  public var showsInLegend: Bool { !label.isEmpty && !label.hasPrefix("_") }
}
