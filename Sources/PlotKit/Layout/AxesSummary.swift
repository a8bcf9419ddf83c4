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
        xTickLabels: g.axes.axisOn && g.axes.xAxisVisible
          ? g.xTicks.major.compactMap { $0.label?.plain } : [],
        yTickLabels: g.axes.axisOn ? g.yTicks.major.compactMap { $0.label?.plain } : [])
    }
  }
}
