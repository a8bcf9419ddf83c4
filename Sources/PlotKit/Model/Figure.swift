/// A page of axes, written as SVG. Sizes are in points (1/72 in).
public final class Figure {
  public var width: Double
  public var height: Double
  public private(set) var axes: [Axes] = []
  public var suptitle = ""
  public var suptitleSize = 12.0
  /// The suptitle's top, as a fraction of the figure's height from the bottom (`y=`), and
  /// its `fontweight`.
  public var suptitleY = 0.98
  public var suptitleWeight: String?
  /// Texts placed in figure coordinates (`fig.text`, `plt.figtext`): x and y are fractions
  /// of the figure's width and height from its bottom left.
  public var texts: [TextArtist] = []
  /// `supxlabel` / `supylabel` (also in `texts`): tight layout makes room for them.
  public var supXLabel: TextArtist?
  public var supYLabel: TextArtist?
  /// `figure(facecolor=)`: the figure's background.
  public var faceColor = Color.white
  /// Subplot parameters, fractions of the figure (matplotlib's defaults).
  public var subplotParams = SubplotParams()
  /// Set by `tight_layout()`: recompute the subplot parameters from the decorations.
  public var tightLayout: TightLayoutRequest?

  public struct SubplotParams: Equatable, Sendable {
    public var left = 0.125, right = 0.9, bottom = 0.11, top = 0.88
    public var wspace = 0.2, hspace = 0.2
  }

  public struct TightLayoutRequest: Sendable {
    public var pad = 1.08, hPad: Double?, wPad: Double?
    /// The points the pads are measured in (rcParams `font.size` when it was asked for).
    public var fontSize = 10.0
    public init(pad: Double = 1.08, hPad: Double? = nil, wPad: Double? = nil) {
      (self.pad, self.hPad, self.wPad) = (pad, hPad, wPad)
    }
  }

  /// `figsize` in inches, as matplotlib takes it (default 6.4 × 4.8).
  public init(figsize: (Double, Double) = (6.4, 4.8)) {
    width = figsize.0 * 72
    height = figsize.1 * 72
  }

  /// The axes at subplot position `index` (1-based, row-major) of a `rows` × `cols` grid:
  /// the existing one if that cell is taken with the same grid, as pyplot's `subplot` does.
  public func subplot(rows: Int, cols: Int, index: Int) -> Axes {
    let slot = Axes.GridSlot(
      rows: rows, cols: cols, row: (index - 1) / cols, col: (index - 1) % cols)
    if let existing = axes.first(where: { $0.slot == slot && $0.colorbar == nil }) {
      return existing
    }
    return addAxes(slot: slot)
  }

  @discardableResult
  public func addAxes(slot: Axes.GridSlot) -> Axes {
    let a = Axes(slot: slot)
    axes.append(a)
    return a
  }

  public func remove(_ a: Axes) { axes.removeAll { $0 === a } }

  public func clear() {
    axes.removeAll()
    suptitle = ""
    texts.removeAll()
    (supXLabel, supYLabel) = (nil, nil)
    tightLayout = nil
  }

  /// Adds a colorbar for `mappable` beside `parent`, taking space from it.
  @discardableResult
  public func colorbar(
    _ mappable: ScalarMappable, parent: Axes, label: String = "",
    configure: (inout Colorbar) -> Void = { _ in }
  ) -> Axes {
    let bar = Axes(slot: parent.slot)
    var info = Colorbar(mappable: mappable, parent: parent)
    configure(&info)
    bar.colorbar = info
    bar.yaxis.label = label
    parent.attachedColorbar = bar
    // Last, as matplotlib adds it to `fig.axes`.
    axes.append(bar)
    return bar
  }

  /// `ax.twinx()`: a new axes over `parent` sharing its x axis, with its y axis on the right.
  @discardableResult
  public func twinx(_ parent: Axes) -> Axes {
    let twin = Axes(slot: parent.slot)
    twin.fractionRect = parent.fractionRect
    twin.twinParent = parent
    twin.yTicksOnRight = true
    twin.xAxisVisible = false
    twin.drawsBackground = false
    let share = parent.xShare ?? Axes.Share()
    if parent.xShare == nil {
      share.add(parent)
      parent.xShare = share
    }
    share.add(twin)
    twin.xShare = share
    twin.xaxis.scale = parent.xaxis.scale
    axes.append(twin)
    return twin
  }

  public func svg(tightBBox: Bool = false) -> String {
    SVGWriter(figure: self, layout: FigureLayout(self), tightBBox: tightBBox).document()
  }
}

/// A colorbar's link to the image, scatter or contour set it shows.
public struct Colorbar {
  public unowned let mappable: ScalarMappable
  public unowned let parent: Axes
  /// matplotlib's `make_axes` parameters: the parent gives up `fraction + pad` of its width,
  /// the bar is `shrink` of its height (centred) and `aspect` times longer than wide.
  public var shrink = 1.0
  public var aspect = 20.0
  public var fraction = 0.15
  public var pad = 0.05
}
