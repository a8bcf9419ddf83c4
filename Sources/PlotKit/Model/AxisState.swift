/// How one axis (x or y) of an axes maps and labels its data.
public struct AxisState {
  public enum Scale: String, Sendable { case linear, log }
  public var label = ""
  public var labelSize = 10.0
  /// The axis label's `fontweight` and `color` (nil weight: normal).
  public var labelWeight: String?
  public var labelColor = Color.black
  /// Points between the tick labels and the axis label (`labelpad`, matplotlib's 4).
  public var labelPad = 4.0
  /// The axis label's rotation in degrees (nil: matplotlib's, 0 for x and 90 for y).
  public var labelRotation: Double?
  public var scale = Scale.linear
  /// Limits set by the user (`xlim`); either end may stay automatic.
  public var fixedLow: Double?
  public var fixedHigh: Double?
  /// `xticks(locs)`; an empty list hides the ticks.
  public var fixedTicks: [Double]?
  public var fixedLabels: [String]?
  public var tickLabelSize = 10.0
  public var tickLabelRotation = 0.0
  /// `minorticks_on()`: unlabelled minor ticks between the major ones (matplotlib's
  /// AutoMinorLocator, when no minor locator was set; log axes always have theirs).
  public var minorTicksVisible = false
  /// Category names in the order first seen (string x values of `bar`, `plot`).
  public var categories: [String] = []
  public var margin = 0.05
  /// Flip the automatic limits (images with origin 'upper').
  public var inverted = false
  /// Ticks without labels (inner axes of a shared grid, `tick_params(labelbottom=False)`).
  public var hidesTickLabels = false
  /// A locator of its own instead of the automatic one (`matshow`'s integer ticks,
  /// `set_major_locator`), and the minor ticks' (`set_minor_locator`).
  public var locator: TickLocator?
  public var minorLocator: TickLocator?
  /// A formatter of its own for the major and minor tick labels (`set_major_formatter`,
  /// `ticklabel_format`); minor ticks have no labels without one.
  public var formatter: TickFormatter?
  public var minorFormatter: TickFormatter?
  /// Where an x axis draws tick marks and labels (`xaxis.tick_top()`, `matshow`).
  /// The marks and label spacing of the major and minor ticks (`tick_params`).
  public var majorTicks = TickStyle.major
  public var minorTicks = TickStyle.minor
  public var ticksAtBottom = true
  public var ticksAtTop = false
  public var labelsAtTop = false

  public init() {}

  /// Whether the user chose how labels are written (a formatter other than ScalarFormatter),
  /// which a log axis then uses instead of its LogFormatter.
  var hasOwnLabels: Bool {
    if let formatter, case .scalar = formatter { return false }
    return formatter != nil
  }

  /// The index of a category, adding it when new.
  public mutating func category(_ name: String) -> Double {
    if let i = categories.firstIndex(of: name) { return Double(i) }
    categories.append(name)
    return Double(categories.count - 1)
  }
}

/// How an axis draws its major or minor ticks (matplotlib's `tick_params`): the mark's
/// length, width, direction and color, the pad to the label and the label's color.
public struct TickStyle: Sendable {
  public enum Direction: String, Sendable { case out, `in`, inOut = "inout" }
  public var length: Double
  public var width: Double
  public var direction = Direction.out
  public var color = Color.black
  public var pad: Double
  public var labelColor = Color.black

  public static let major = TickStyle(length: 3.5, width: 0.8, pad: 3.5)
  public static let minor = TickStyle(length: 2, width: 0.6, pad: 3.4)

  public init(length: Double, width: Double, pad: Double) {
    (self.length, self.width, self.pad) = (length, width, pad)
  }

  /// How far the mark reaches outside the axes.
  public var outside: Double {
    switch direction {
    case .out: return length
    case .in: return 0
    case .inOut: return length / 2
    }
  }

  /// From the spine to the label: the mark's outer part and the pad (matplotlib keeps the
  /// room of a mark it does not draw).
  public var labelGap: Double { outside + pad }
}
