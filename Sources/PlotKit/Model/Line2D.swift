/// A polyline with optional markers (`plot`, `axhline`, `axvline`).
public final class Line2D: Artist {
  public var x: [Double]
  public var y: [Double]
  public var color: Color
  public var lineWidth = 1.5
  public var lineStyle = LineStyle.solid
  /// Straight segments between the points, or steps (`drawstyle`, `step`).
  public var drawStyle = DrawStyle.plain
  public var marker: MarkerShape?
  /// `dashes=[on, off, ...]`: a dash pattern of its own, in line widths (nil: the style's).
  public var dashes: [Double]?
  /// `solid_capstyle` and `dash_capstyle` as SVG line caps ('square' for matplotlib's
  /// 'projecting', 'round', 'butt').
  public var solidCap = "square"
  public var dashCap = "butt"
  public var markerSize = 6.0
  public var markerFaceColor: Color?
  public var markerEdgeColor: Color?
  public var markerEdgeWidth = 1.0
  /// The points that carry markers (`markevery`); nil: all of them.
  public var markEvery: MarkEvery?
  /// An `errorbar` line's bars, as its legend entry shows them.
  public var errorGlyph: ErrorGlyph?
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

  /// What a language binding keeps with the line (its data as the program gave it).
  public var binding: AnyObject?

  /// Sticky x edges, which also bound the data (a boxplot's median spans its slot ±0.5).
  public var stickyX: [Double] = []

  public var dataLimits: DataLimits {
    DataLimits(x: xInAxesFraction ? [] : x + stickyX, y: yInAxesFraction ? [] : y, stickyX: stickyX)
  }
}

/// How a line joins its points: straight, or in steps that change value at a point (pre), after
/// it (post) or halfway between two (mid), as matplotlib's `drawstyle`.
public enum DrawStyle: String, Sendable {
  case plain = "default", stepsPre = "steps-pre", stepsMid = "steps-mid", stepsPost = "steps-post"

  /// From matplotlib's names ('steps' is 'steps-pre').
  public init?(name: String) {
    if name == "steps" {
      self = .stepsPre
    } else {
      self.init(rawValue: name)
    }
  }

  /// The vertices of the drawn path, in data coordinates (matplotlib's `pts_to_prestep` and
  /// its siblings).
  public func vertices(_ x: [Double], _ y: [Double]) -> (x: [Double], y: [Double]) {
    let n = min(x.count, y.count)
    guard n > 1, self != .plain else { return (x, y) }
    var vx: [Double] = [x[0]]
    var vy: [Double] = [y[0]]
    for i in 1..<n {
      switch self {
      case .stepsPre:
        vx += [x[i - 1], x[i]]
        vy += [y[i], y[i]]
      case .stepsPost:
        vx += [x[i], x[i]]
        vy += [y[i - 1], y[i]]
      default:
        let middle = 0.5 * (x[i - 1] + x[i])
        vx += [middle, middle]
        vy += [y[i - 1], y[i]]
      }
    }
    if self == .stepsMid {
      vx.append(x[n - 1])
      vy.append(y[n - 1])
    }
    return (vx, vy)
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

/// `markevery`: which of a line's points get markers.
public enum MarkEvery: Sendable, Equatable {
  /// Every `step`-th point from `start` (an int N is `(0, N)`).
  case stride(start: Int, step: Int)
  /// These indices (a list, or a slice resolved against the points).
  case indices([Int])
  /// The points where the mask is true.
  case mask([Bool])

  /// The selected indices among `count` points, in order.
  public func indices(count: Int) -> [Int] {
    switch self {
    case .stride(let start, let step):
      guard step > 0, start < count else { return [] }
      return Array(Swift.stride(from: max(start, 0), to: count, by: step))
    case .indices(let list):
      return list.map { $0 < 0 ? $0 + count : $0 }.filter { $0 >= 0 && $0 < count }
    case .mask(let mask):
      return mask.indices.filter { $0 < count && mask[$0] }
    }
  }
}

/// The error bars a legend entry of an `errorbar` line draws through its marker (matplotlib's
/// HandlerErrorbar): half a font size each way, with caps when the bars have them.
public struct ErrorGlyph: Sendable {
  public var vertical: Bool
  public var horizontal: Bool
  public var color: Color
  public var lineWidth: Double
  /// The caps' marker size (2 × capsize) and edge width; nil: no caps.
  public var capSize: Double?
  public var capThickness: Double

  public init(
    vertical: Bool, horizontal: Bool, color: Color, lineWidth: Double, capSize: Double?,
    capThickness: Double
  ) {
    (self.vertical, self.horizontal, self.color, self.lineWidth) =
      (vertical, horizontal, color, lineWidth)
    (self.capSize, self.capThickness) = (capSize, capThickness)
  }
}
