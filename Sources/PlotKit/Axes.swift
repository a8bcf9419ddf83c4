/// One plotting area: its artists, labels and view limits.
public final class Axes {
  public let box: Rect
  public var lines: [Line2D] = []
  public var title = ""
  public var xlabel = ""
  public var ylabel = ""
  public var xlimit: (Double, Double)?
  public var ylimit: (Double, Double)?
  public var showLegend = false
  public var showGrid = false
  private var colorIndex = 0

  init(box: Rect) { self.box = box }

  /// Adds a line; without a color it takes the next one of the default cycle.
  @discardableResult
  public func plot(
    x: [Double], y: [Double], color: String? = nil, lineWidth: Double = 1.5,
    lineStyle: LineStyle = .solid, marker: Marker? = nil, label: String? = nil
  ) throws(PlotError) -> Line2D {
    guard x.count == y.count else {
      throw PlotError(
        "x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
    }
    let chosen = color ?? Colors.cycle[colorIndex % Colors.cycle.count]
    if color == nil { colorIndex += 1 }
    let line = Line2D(
      x: x, y: y, color: chosen, lineWidth: lineWidth, lineStyle: lineStyle, marker: marker,
      label: label)
    lines.append(line)
    return line
  }

  /// The view limits: explicit, else data limits widened by 5 % margins.
  public var viewLimits: (x: (Double, Double), y: (Double, Double)) {
    (xlimit ?? Axes.autoscale(lines.flatMap(\.x)), ylimit ?? Axes.autoscale(lines.flatMap(\.y)))
  }

  static func autoscale(_ values: [Double]) -> (Double, Double) {
    let finite = values.filter(\.isFinite)
    guard var lo = finite.min(), var hi = finite.max() else { return (0, 1) }
    if hi - lo < 1e-12 * max(abs(lo), 1) {
      let delta = lo == 0 ? 0.05 : 0.05 * abs(lo)
      lo -= delta
      hi += delta
    }
    let margin = 0.05 * (hi - lo)
    return (lo - margin, hi + margin)
  }
}

public struct Line2D {
  public var x: [Double]
  public var y: [Double]
  public var color: String
  public var lineWidth: Double
  public var lineStyle: LineStyle
  public var marker: Marker?
  public var label: String?
}

public enum LineStyle: String {
  case solid = "-", dashed = "--", dotted = ":", dashDot = "-.", none = ""
}
public enum Marker: String {
  case point = ".", circle = "o", square = "s", cross = "x", plus = "+", triangle = "^"
}

public struct PlotError: Error, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// Matplotlib's default color cycle ("tab10") and single-letter colors.
public enum Colors {
  public static let cycle = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
  ]
  public static let letters: [Character: String] = [
    "b": "#0000ff", "g": "#008000", "r": "#ff0000", "c": "#00bfbf", "m": "#bf00bf",
    "y": "#bfbf00", "k": "#000000", "w": "#ffffff",
  ]
  static let named: [String: String] = [
    "blue": "#0000ff", "green": "#008000", "red": "#ff0000", "black": "#000000",
    "white": "#ffffff", "orange": "#ffa500", "gray": "#808080", "grey": "#808080",
    "purple": "#800080", "cyan": "#00ffff", "magenta": "#ff00ff", "yellow": "#ffff00",
  ]

  /// A color string (`'r'`, `'red'`, `'#ff0000'`, `'C1'`) as SVG hex.
  public static func parse(_ s: String) throws(PlotError) -> String {
    if s.count == 1, let c = letters[s.first!] { return c }
    if let c = named[s.lowercased()] { return c }
    if s.hasPrefix("#") && (s.count == 7 || s.count == 4) { return s.lowercased() }
    if s.hasPrefix("C"), let i = Int(s.dropFirst()) { return cycle[i % cycle.count] }
    throw PlotError("\(s.debugDescription) is not a valid color value.")
  }
}
