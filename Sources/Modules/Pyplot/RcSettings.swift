import Interpreter
import PlotKit

/// The `rcParams` NumBook applies, read when an artist is made, as matplotlib reads them:
/// `font.size` and the sizes named relative to it (`axes.titlesize` 'large', the label, tick
/// and legend sizes 'medium', `figure.titlesize` 'large'), `lines.linewidth`,
/// `lines.markersize`, `axes.grid` (with `axes.grid.axis`), `axes.spines.*`,
/// `axes.facecolor`, `axes.edgecolor`, `axes.linewidth` and `figure.facecolor`.
struct RcSettings {
  private let table: PyDict?

  init(_ state: PyplotState?) { table = state?.rcParams }

  private func value(_ key: String) -> Value? { table?.storage[.string(key)]?.value }

  /// matplotlib's defaults for the keys applied (what `rcParams[...]` shows before a change).
  static let defaults: [(String, Value)] = [
    ("axes.titlesize", .str("large")), ("axes.labelsize", .str("medium")),
    ("xtick.labelsize", .str("medium")), ("ytick.labelsize", .str("medium")),
    ("legend.fontsize", .str("medium")), ("figure.titlesize", .str("large")),
    ("figure.labelsize", .str("large")), ("axes.grid.axis", .str("both")),
    ("axes.spines.left", .bool(true)), ("axes.spines.bottom", .bool(true)),
    ("axes.spines.top", .bool(true)), ("axes.spines.right", .bool(true)),
    ("axes.facecolor", .str("white")), ("axes.edgecolor", .str("black")),
    ("axes.linewidth", .float(0.8)), ("figure.facecolor", .str("white")),
    ("axes.titlepad", .float(6.0)),
  ]

  /// matplotlib's font scalings (`font_manager.font_scalings`).
  static let scalings: [String: Double] = [
    "xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1.0, "large": 1.200,
    "x-large": 1.440, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833,
  ]

  private func number(_ key: String) -> Double? {
    guard let v = value(key) else { return nil }
    if let s = v.as(PyStr.self)?.value { return Double(s) }
    switch v.scalarValue {
    case .int(let i): return Double(i)
    case .float(let d): return d
    default: return nil
    }
  }

  private func flag(_ key: String) -> Bool? {
    guard let v = value(key) else { return nil }
    if let s = v.as(PyStr.self)?.value {
      return ["true", "yes", "on", "1"].contains(s.lowercased())
    }
    switch v.scalarValue {
    case .bool(let b): return b
    case .int(let i): return i != 0
    default: return nil
    }
  }

  var fontSize: Double { number("font.size") ?? 10 }

  /// A new figure's resolution (`figure.dpi`), and savefig's (`savefig.dpi`: nil for
  /// 'figure', the figure's own).
  var figureDPI: Double { number("figure.dpi") ?? 100 }
  var savefigDPI: Double? { number("savefig.dpi") }

  /// A size setting: points, or a name scaling `font.size`.
  func size(_ key: String) -> Double {
    if let s = value(key)?.as(PyStr.self)?.value, let scale = RcSettings.scalings[s] {
      return fontSize * scale
    }
    return number(key) ?? fontSize
  }

  /// A color setting: a name, '#rrggbb', or a tuple of components (nil when unreadable).
  func color(_ key: String) -> Color? {
    guard let v = value(key) else { return nil }
    if let s = v.as(PyStr.self)?.value { return try? Colors.parse(s) }
    let items = v.as(PyTuple.self)?.items ?? v.as(PyList.self)?.items ?? []
    let components = items.compactMap { item -> Double? in
      switch item.scalarValue {
      case .int(let i): return Double(i)
      case .float(let d): return d
      default: return nil
      }
    }
    guard components.count == items.count, !items.isEmpty else { return nil }
    return try? Colors.fromComponents(components)
  }

  var lineWidth: Double { number("lines.linewidth") ?? 1.5 }
  var markerSize: Double { number("lines.markersize") ?? 6 }

  /// A new axes takes the font sizes, grid and spines of the settings.
  func apply(to axes: Axes) {
    axes.titleSize = size("axes.titlesize")
    axes.titlePad = number("axes.titlepad") ?? 6
    axes.xaxis.labelSize = size("axes.labelsize")
    axes.yaxis.labelSize = size("axes.labelsize")
    axes.xaxis.tickLabelSize = size("xtick.labelsize")
    axes.yaxis.tickLabelSize = size("ytick.labelsize")
    if flag("axes.grid") == true {
      let which = value("axes.grid.axis")?.as(PyStr.self)?.value ?? "both"
      axes.gridX = which != "y"
      axes.gridY = which != "x"
    }
    for side in Spine.Side.allCases {
      if flag("axes.spines.\(side.rawValue)") == false { axes.spines[side]?.visible = false }
      if let c = color("axes.edgecolor") { axes.spines[side]?.color = c }
      if let w = number("axes.linewidth") { axes.spines[side]?.lineWidth = w }
    }
    if let c = color("axes.facecolor") { axes.backgroundColor = c }
  }
}
