/// Points drawn with one marker shape (`scatter`): one color for all, or one per point.
public final class ScatterCollection: Artist, ScalarMappable {
  public var x: [Double]
  public var y: [Double]
  /// One color, or one per point.
  public var faceColors: [Color]
  /// nil: the edge takes the face color ('face').
  public var edgeColors: [Color]?
  public var sizes: [Double]
  public var marker: MarkerShape
  public var lineWidth: Double
  public var alpha: Double?
  public var label = ""
  public var zorder = 1.0
  /// Values mapped through the colormap, when `c=` was numeric.
  public var values: [Double]?
  public var colormap = Colormap.viridis
  public var norm = Normalize(vmin: 0, vmax: 1)
  public var levels: [Double]? { nil }

  public init(x: [Double], y: [Double], faceColors: [Color], sizes: [Double], marker: MarkerShape) {
    self.x = x
    self.y = y
    self.faceColors = faceColors
    self.sizes = sizes
    self.marker = marker
    lineWidth = marker.isFilled ? 1 : 1.5
  }

  public var dataLimits: DataLimits { DataLimits(x: x, y: y) }

  /// Re-applies the colormap after the norm changed (vmin/vmax, `set_clim`).
  public func remap() {
    guard let values else { return }
    faceColors = values.map { colormap.color(norm($0)) }
  }
}

/// Rectangles (`bar`, `barh`, `hist`), in data coordinates.
public final class BarContainer: Artist {
  public struct Bar {
    public var x, y, width, height: Double
  }
  public var bars: [Bar]
  public var colors: [Color]
  public var edgeColor: Color?
  /// Edge colors set on single bars (`bars[0].set_edgecolor('k')`), by index.
  public var edgeOverrides: [Int: Color] = [:]
  public var lineWidth = 1.0
  public var alpha: Double?
  public var label = ""
  public var zorder = 1.0
  public var horizontal = false
  /// Which of a bar's "x", "y", "width" and "height" came from integers (matplotlib's
  /// Rectangle then answers `get_height()` with a numpy int64).
  public var integerFields: Set<String> = []
  /// What a language binding keeps with the bars (the values set from Python, as given).
  public var binding: AnyObject?

  public init(bars: [Bar], colors: [Color]) {
    self.bars = bars
    self.colors = colors
  }

  /// Bar `i`'s face color (the colors repeat over the bars).
  public func color(at i: Int) -> Color { colors.cycled(i) }

  /// Bar `i`'s face color changed, the others keeping theirs.
  public func setColor(_ color: Color, at i: Int) {
    var all = bars.indices.map { colors.cycled($0) }
    all[i] = color
    colors = all
  }

  public var dataLimits: DataLimits {
    var d = DataLimits()
    for b in bars {
      d.x += [b.x, b.x + b.width]
      d.y += [b.y, b.y + b.height]
    }
    if horizontal { d.stickyX = [0] } else { d.stickyY = [0] }
    return d
  }
}

/// A filled polygon in data coordinates (`fill_between`, `fill`, `axhspan`).
public final class PolygonPatch: Artist {
  public var points: [(Double, Double)]
  public var color: Color
  public var edgeColor: Color?
  public var alpha: Double?
  public var label = ""
  public var zorder = 1.0
  /// Sticky y edges (`stackplot`'s first layer stops the margins at 0).
  public var stickyY: [Double] = []
  /// `fill=False` (matplotlib.patches): the outline alone.
  public var filled = true
  /// The outline's width and dashes (drawn when there is an edge color).
  public var lineWidth = 1.0
  public var lineStyle = LineStyle.solid
  /// Drawn as a matplotlib Patch, whose `alpha` is the whole shape's opacity (the edge does
  /// not darken the face under it), not as a collection's colors' alpha.
  public var isPatch = false
  /// axhspan/axvspan: this coordinate is in axes fractions (0…1), not data.
  public var xInAxesFraction = false
  public var yInAxesFraction = false

  public init(points: [(Double, Double)], color: Color) {
    self.points = points
    self.color = color
  }

  public var dataLimits: DataLimits {
    DataLimits(
      x: xInAxesFraction ? [] : points.map(\.0), y: yInAxesFraction ? [] : points.map(\.1),
      stickyY: stickyY)
  }
}

/// Straight segments in data coordinates drawn in one color (error bars, contour lines).
public final class SegmentCollection: Artist {
  public var segments: [[(Double, Double)]]
  public var colors: [Color]
  public var lineWidth: Double
  public var lineStyle = LineStyle.solid
  public var alpha: Double?
  public var label = ""
  public var zorder = 2.0

  public init(segments: [[(Double, Double)]], colors: [Color], lineWidth: Double) {
    self.segments = segments
    self.colors = colors
    self.lineWidth = lineWidth
  }

  public var dataLimits: DataLimits {
    let points = segments.flatMap { $0 }
    return DataLimits(x: points.map(\.0), y: points.map(\.1))
  }
}
