/// The numbers of a laid-out axes that tests compare with matplotlib's: its box in SVG
/// points, its view limits and the labels of its visible ticks.
public struct AxesSummary: Equatable, Sendable {
  public var box: Rect
  public var xlim: (Double, Double)
  public var ylim: (Double, Double)
  public var xTickLabels: [String]
  public var yTickLabels: [String]

  public static func == (a: AxesSummary, b: AxesSummary) -> Bool {
    a.box == b.box && a.xlim == b.xlim && a.ylim == b.ylim && a.xTickLabels == b.xTickLabels
      && a.yTickLabels == b.yTickLabels
  }
}

extension Figure {
  /// Where an axes sits, in figure fractions from the bottom left (matplotlib's position
  /// bounds: left, bottom, width, height), before a fixed aspect shrinks it.
  public func position(of axes: Axes) -> Rect {
    let r = FigureLayout(self).region(axes)
    return Rect(
      x: r.x / width, y: 1 - r.maxY / height, width: r.width / width, height: r.height / height)
  }

  /// Where an axes is drawn, in figure fractions from the bottom left, as (x0, y0, x1, y1):
  /// a rectangle given as it was given; a grid cell by matplotlib's arithmetic
  /// (`GridSpec.get_grid_positions`, so that the numbers print alike); else the box once the
  /// layout (aspect ratio, colorbar) placed it (matplotlib's active position).
  public func drawnPosition(of axes: Axes) -> (Double, Double, Double, Double)? {
    let layout = FigureLayout(self)
    if let f = axes.fractionRect, axes.aspect == nil {
      return (f.0, f.1, f.0 + f.2, f.1 + f.3)
    }
    if axes.fractionRect == nil, axes.aspect == nil, axes.attachedColorbar == nil,
      axes.colorbar == nil
    {
      return FigureLayout.gridPosition(axes.slot, layout.params)
    }
    guard let g = layout.geometries.first(where: { $0.axes === axes }) else { return nil }
    let b = g.box
    return (b.x / width, 1 - b.maxY / height, b.maxX / width, 1 - b.y / height)
  }

  /// The major tick locations of an axes' x (or y) axis as its locator gives them for the
  /// laid-out view (`get_xticks`), those just outside the view included, and their labels.
  public func tickLocations(of axes: Axes, horizontal: Bool) -> (
    values: [Double], labels: [String]
  ) {
    guard let g = FigureLayout(self).geometries.first(where: { $0.axes === axes }) else {
      return ([], [])
    }
    let ticks = horizontal ? g.xTicks : g.yTicks
    return (ticks.locations, ticks.locationLabels)
  }

  /// One summary per axes, in drawing order (a colorbar follows its parent).
  public func summaries() -> [AxesSummary] {
    FigureLayout(self).geometries.map { g in
      AxesSummary(
        box: g.box, xlim: g.xlim, ylim: g.ylim,
        xTickLabels: g.axes.visible && g.axes.axisOn && g.axes.xAxisVisible
          ? g.xTicks.major.compactMap { $0.label?.plain } : [],
        yTickLabels: g.axes.visible && g.axes.axisOn
          ? g.yTicks.major.compactMap { $0.label?.plain } : [])
    }
  }
}
