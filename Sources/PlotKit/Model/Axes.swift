/// One plotting area: its artists, its two axes and its decorations.
public final class Axes {
  /// Where it sits in its figure's subplot grid (0-based row and column spans).
  public struct GridSlot: Equatable, Sendable {
    public var rows, cols: Int
    public var row, col: Int
    public var rowSpan = 1, colSpan = 1
    /// Relative column widths and row heights of the grid (`width_ratios`, `height_ratios`);
    /// nil: all equal.
    public var widthRatios: [Double]?
    public var heightRatios: [Double]?

    public init(rows: Int, cols: Int, row: Int, col: Int) {
      (self.rows, self.cols, self.row, self.col) = (rows, cols, row, col)
    }
  }

  public var slot: GridSlot
  /// An explicit position (`fig.add_axes`, colorbars), in figure fractions [left, bottom,
  /// width, height]; nil when the grid slot decides.
  public var fractionRect: (Double, Double, Double, Double)?
  public private(set) var artists: [Artist] = []
  /// Artists hidden by `set_visible(False)`: not drawn, still in the legend and the limits.
  public var hiddenArtists = Set<ObjectIdentifier>()
  public var xaxis = AxisState()
  public var yaxis = AxisState()
  public var title = ""
  public var titleSize = 12.0
  /// The title's `fontweight` and `color` (nil weight: normal).
  public var titleWeight: String?
  public var titleColor = Color.black
  /// Points between the axes (or its top tick labels) and the title's baseline (`pad`).
  public var titlePad = 6.0
  public var titleLoc = "center"
  public var legend: Legend?
  public var gridX = false
  public var gridY = false
  public var gridColor = Color(r: 0xb0 / 255.0, g: 0xb0 / 255.0, b: 0xb0 / 255.0)
  public var gridLineWidth = 0.8
  public var gridLineStyle = LineStyle.solid
  public var gridAlpha: Double?
  public var axisOn = true
  /// Where the axis decorations (grid, ticks, labels) sit among the artists: 1.5 (between
  /// patches and lines, matplotlib's 'line'), 0.5 (`set_axisbelow(True)`) or 2.5 (False).
  public var axisZOrder = 1.5
  /// The frame's four sides (`ax.spines['top'].set_visible(False)`).
  public var spines: [Spine.Side: Spine] = Spine.defaults
  /// Data aspect ratio (1 for 'equal'); nil for 'auto'.
  public var aspect: Double?
  /// Fix the aspect by widening the data limits ('datalim', `axis('equal')`) instead of
  /// shrinking the box ('box', `imshow`, `set_aspect`).
  public var aspectAdjustsLimits = false
  /// Set when this axes is a colorbar.
  public internal(set) var colorbar: Colorbar?
  /// The colorbar attached to this axes, which takes space from it.
  public internal(set) weak var attachedColorbar: Axes?
  var lineCycle = 0
  var patchCycle = 0
  /// The colors lines and patches take in turn (`set_prop_cycle`, rcParams
  /// `axes.prop_cycle`); setting it starts both turns again.
  public var colorCycle: [Color] = Colors.cycle {
    didSet { (lineCycle, patchCycle) = (0, 0) }
  }
  /// What a language binding made `colorCycle` from (to give its colors back as written).
  public var colorCycleSource: AnyObject?
  public var visible = true
  /// A twin (`twinx`): drawn over `twinParent` in the same box, its y axis on the right,
  /// its x axis (shared with the parent) and background not drawn.
  public internal(set) weak var twinParent: Axes?
  public var yTicksOnRight = false
  public var xAxisVisible = true
  public var drawsBackground = true
  /// `set_frame_on(False)`: neither the background nor the spines are drawn.
  public var frameOn = true
  /// The background (`set_facecolor`).
  public var backgroundColor = Color.white

  public init(slot: GridSlot) { self.slot = slot }

  public func add(_ artist: Artist) { artists.append(artist) }

  /// `add_patch`, `add_line`, `add_artist`: the artist joins the data limits, but, as in
  /// matplotlib, asks for no autoscaling: the view takes it in only when a plotting call does.
  public func addWithoutAutoscale(_ artist: Artist) {
    artists.append(artist)
    addedWithoutAutoscale.insert(ObjectIdentifier(artist))
  }

  private var addedWithoutAutoscale: Set<ObjectIdentifier> = []

  /// `autoscale_view()`: the view takes in every artist, those added without autoscaling too.
  public func takeInAllData() { addedWithoutAutoscale.removeAll() }

  /// Whether some artist asked for the view to take in the data.
  var autoscales: Bool {
    artists.contains { !addedWithoutAutoscale.contains(ObjectIdentifier($0)) }
  }

  public func remove(_ artist: Artist) { artists.removeAll { $0 === artist } }

  public func clear() {
    artists.removeAll()
    addedWithoutAutoscale.removeAll()
    (xaxis, yaxis) = (AxisState(), AxisState())
    (title, legend, gridX, gridY, axisOn, aspect) = ("", nil, false, false, true, nil)
    (lineCycle, patchCycle) = (0, 0)
    spines = Spine.defaults
  }

  /// The next color of the line cycle (plot, hist, errorbar).
  public func nextLineColor() -> Color {
    defer { lineCycle += 1 }
    return colorCycle[lineCycle % colorCycle.count]
  }

  /// The next color of the patch cycle (scatter, bar, fill_between).
  public func nextPatchColor() -> Color {
    defer { patchCycle += 1 }
    return colorCycle[patchCycle % colorCycle.count]
  }

  /// The artists in drawing order: by z-order, then insertion order.
  var drawOrder: [Artist] {
    artists.enumerated().filter { !hiddenArtists.contains(ObjectIdentifier($0.element)) }.sorted {
      $0.element.zorder != $1.element.zorder
        ? $0.element.zorder < $1.element.zorder : $0.offset < $1.offset
    }.map(\.element)
  }

  /// The current view limits of the x axis (explicit or autoscaled).
  public var xlim: (Double, Double) { limits(\.xaxis, xShare, \.x, \.stickyX) }
  public var ylim: (Double, Double) { limits(\.yaxis, yShare, \.y, \.stickyY) }

  /// One axis' view: autoscaled over the data of every axes sharing it, unless one of them
  /// fixed the limits.
  private func limits(
    _ axisPath: KeyPath<Axes, AxisState>, _ share: Share?, _ values: KeyPath<DataLimits, [Double]>,
    _ sticky: KeyPath<DataLimits, [Double]>
  ) -> (Double, Double) {
    let group = share?.members ?? [self]
    var axis = self[keyPath: axisPath]
    if let fixed = group.map({ $0[keyPath: axisPath] }).first(where: {
      $0.fixedLow != nil || $0.fixedHigh != nil
    }) {
      (axis.fixedLow, axis.fixedHigh) = (fixed.fixedLow, fixed.fixedHigh)
    }
    let data = group.filter(\.autoscales).flatMap(\.artists).map(\.dataLimits)
    return Autoscale.limits(axis, data.map { ($0[keyPath: values], $0[keyPath: sticky]) })
  }

  /// Axes sharing one axis (`subplots(sharex=True)`): one view interval for all, computed from
  /// all their data.
  public final class Share {
    public private(set) var members: [Axes] = []
    public init() {}
    public func add(_ a: Axes) { members.append(a) }
  }

  public var xShare: Share?
  public var yShare: Share?

  /// The most recent artist that `colorbar()` can show.
  public var lastMappable: ScalarMappable? {
    for a in artists.reversed() {
      if let m = a as? ScalarMappable,
        !(a is ScatterCollection)
          || (a as! ScatterCollection)
            .values != nil
      {
        return m
      }
    }
    return nil
  }
}

/// One side of an axes' frame.
public struct Spine: Sendable {
  public enum Side: String, CaseIterable, Sendable {
    // matplotlib's drawing order.
    case left, right, bottom, top
  }
  public var visible = true
  public var color = Color.black
  public var lineWidth = 0.8
  public var lineStyle = LineStyle.solid
  public var alpha: Double?

  public init() {}

  public static let defaults: [Side: Spine] = Dictionary(
    uniqueKeysWithValues: Side.allCases.map { ($0, Spine()) })
}
