/// A figure: a page of one or more axes, written as SVG. Sizes are in points (1/72 in).
public final class Figure {
  public var width: Double
  public var height: Double
  public private(set) var axes: [Axes] = []

  /// `figsize` in inches, as matplotlib takes it (default 6.4 × 4.8).
  public init(figsize: (Double, Double) = (6.4, 4.8)) {
    width = figsize.0 * 72
    height = figsize.1 * 72
  }

  /// The axes at subplot position `index` (1-based) of an `rows` × `cols` grid.
  public func addSubplot(rows: Int = 1, cols: Int = 1, index: Int = 1) -> Axes {
    let box = SubplotLayout.box(rows: rows, cols: cols, index: index, width: width, height: height)
    let a = Axes(box: box)
    axes.append(a)
    return a
  }

  public func svg() -> String { SVGWriter(figure: self).document() }
}

/// Matplotlib's default subplot parameters (left .125, right .9, bottom .11, top .88, spacing .2).
enum SubplotLayout {
  static func box(rows: Int, cols: Int, index: Int, width: Double, height: Double) -> Rect {
    let left = 0.125 * width, right = 0.9 * width
    let top = 0.12 * height, bottom = 0.89 * height
    let cellW = (right - left) / (Double(cols) + 0.2 * Double(cols - 1))
    let cellH = (bottom - top) / (Double(rows) + 0.2 * Double(rows - 1))
    let row = (index - 1) / cols, col = (index - 1) % cols
    return Rect(
      x: left + Double(col) * cellW * 1.2, y: top + Double(row) * cellH * 1.2, width: cellW,
      height: cellH)
  }
}

public struct Rect: Equatable {
  public var x, y, width, height: Double
}
