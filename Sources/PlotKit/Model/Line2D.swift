/// A polyline with optional markers (`plot`, `axhline`, `axvline`).
public final class Line2D: Artist {
  public var x: [Double]
  public var y: [Double]
  public var color: Color
  public var lineWidth = 1.5
  public var lineStyle = LineStyle.solid
  public var marker: MarkerShape?
  public var markerSize = 6.0
  public var markerFaceColor: Color?
  public var markerEdgeColor: Color?
  public var markerEdgeWidth = 1.0
  public var alpha: Double?
  public var label = ""
  public var zorder = 2.0
  /// axhline/axvline: this coordinate is in axes fractions (0…1), not data.
  public var xInAxesFraction = false
  public var yInAxesFraction = false

  public init(x: [Double], y: [Double], color: Color) {
    self.x = x
    self.y = y
    self.color = color
  }

  public var dataLimits: DataLimits {
    DataLimits(x: xInAxesFraction ? [] : x, y: yInAxesFraction ? [] : y)
  }
}

public enum LineStyle: String, Sendable {
  case solid = "-", dashed = "--", dotted = ":", dashDot = "-.", none = ""

  /// From matplotlib's names ('solid', 'dashed', ...) or symbols.
  public init?(name: String) {
    switch name {
    case "-", "solid": self = .solid
    case "--", "dashed": self = .dashed
    case ":", "dotted": self = .dotted
    case "-.", "dashdot": self = .dashDot
    case "", " ", "None", "none": self = .none
    default: return nil
    }
  }

  /// The SVG dash pattern in units of the line width.
  var dashPattern: [Double]? {
    switch self {
    case .dashed: return [3.7, 1.6]
    case .dotted: return [1, 1.65]
    case .dashDot: return [6.4, 1.6, 1, 1.6]
    default: return nil
    }
  }
}
