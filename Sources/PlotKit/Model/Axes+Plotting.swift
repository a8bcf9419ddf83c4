/// The plotting calls of an axes, taking plain Swift values (the pyplot bridge converts
/// Python arguments). Each returns its artist so callers can style it further.
extension Axes {
  @discardableResult
  public func plot(x: [Double], y: [Double], color: Color? = nil) throws(PlotError) -> Line2D {
    guard x.count == y.count else {
      throw PlotError(
        "x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
    }
    let line = Line2D(x: x, y: y, color: color ?? nextLineColor())
    add(line)
    return line
  }

  @discardableResult
  public func scatter(
    x: [Double], y: [Double], colors: [Color]? = nil, sizes: [Double] = [36],
    marker: MarkerShape = .circle
  ) throws(PlotError) -> ScatterCollection {
    guard x.count == y.count else { throw PlotError("x and y must be the same size") }
    if let colors, colors.count != 1, colors.count != x.count {
      throw PlotError(
        "'c' argument has \(colors.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count)."
      )
    }
    if sizes.count != 1 && sizes.count != x.count {
      throw PlotError("s must be a scalar, or float array-like with the same size as x and y")
    }
    let s = ScatterCollection(
      x: x, y: y, faceColors: colors ?? [nextPatchColor()], sizes: sizes, marker: marker)
    add(s)
    return s
  }

  /// Bars centred at (or starting at, `alignEdge`) `positions`.
  @discardableResult
  public func bar(
    positions: [Double], heights: [Double], width: [Double] = [0.8], bottom: [Double] = [0],
    color: [Color]? = nil, horizontal: Bool = false, alignEdge: Bool = false
  ) throws(PlotError) -> BarContainer {
    let n = max(positions.count, heights.count)
    for (name, v) in [("x", positions), ("height", heights), ("width", width), ("bottom", bottom)]
    where v.count != 1 && v.count != n {
      throw PlotError(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (\(positions.count),) and arg 1 with shape (\(v.count),). (\(name))"
      )
    }
    func at(_ v: [Double], _ i: Int) -> Double { v.count == 1 ? v[0] : v[i] }
    var bars: [BarContainer.Bar] = []
    for i in 0..<n {
      let w = at(width, i)
      let start = alignEdge ? at(positions, i) : at(positions, i) - w / 2
      bars.append(
        horizontal
          ? .init(x: at(bottom, i), y: start, width: at(heights, i), height: w)
          : .init(x: start, y: at(bottom, i), width: w, height: at(heights, i)))
    }
    let container = BarContainer(bars: bars, colors: color ?? [nextPatchColor()])
    container.horizontal = horizontal
    add(container)
    return container
  }

  /// numpy's histogram drawn as touching bars (line color cycle, as matplotlib does).
  @discardableResult
  public func hist(
    _ values: [Double], bins: HistogramBins, range: (Double, Double)? = nil,
    weights: [Double]? = nil, density: Bool = false, color: Color? = nil,
    relativeWidth: Double = 1, horizontal: Bool = false, cumulative: Int = 0,
    align: String = "mid", bottom: [Double] = [0]
  ) throws(PlotError) -> (counts: [Double], edges: [Double], bars: BarContainer) {
    var (counts, edges) = try Histogram.compute(
      values, weights: weights, bins: bins, range: range, density: density)
    if cumulative != 0 {
      // matplotlib's running sums (of densities times widths): from the left, or from the
      // right for a negative `cumulative`.
      var heights =
        density ? zip(counts, zip(edges.dropFirst(), edges)).map { $0 * ($1.0 - $1.1) } : counts
      if cumulative < 0 { heights.reverse() }
      var total = 0.0
      for i in heights.indices {
        total += heights[i]
        heights[i] = total
      }
      counts = cumulative < 0 ? heights.reversed() : heights
    }
    let widths = zip(edges.dropFirst(), edges).map { ($0 - $1) * relativeWidth }
    // Bars centred on the bins' middles (`align='mid'`), left or right edges.
    let positions: [Double]
    switch align {
    case "left": positions = Array(edges.dropLast())
    case "right": positions = Array(edges.dropFirst())
    default: positions = zip(edges.dropFirst(), edges).map { ($0 + $1) / 2 }
    }
    let container = try bar(
      positions: positions, heights: counts, width: widths, bottom: bottom,
      color: [color ?? nextLineColor()], horizontal: horizontal)
    return (counts, edges, container)
  }

  /// Shows an image with square pixels, row 0 at the top (unless `originUpper` is false).
  @discardableResult
  public func imshow(_ image: AxesImage, aspectEqual: Bool = true, originUpper: Bool = true)
    -> AxesImage
  {
    add(image)
    aspect = aspectEqual ? 1 : nil
    yaxis.inverted = originUpper
    return image
  }

  @discardableResult
  public func fillBetween(x: [Double], y1: [Double], y2: [Double], color: Color? = nil)
    throws(PlotError) -> PolygonPatch
  {
    guard x.count == y1.count, x.count == y2.count else {
      throw PlotError("x, y1 and y2 must have the same length")
    }
    let points = Array(zip(x, y1)) + Array(zip(x, y2).reversed())
    let patch = PolygonPatch(points: points, color: color ?? nextPatchColor())
    add(patch)
    return patch
  }

  /// A line across the whole axes at y (axhline) or x (axvline), from `from` to `to` in
  /// axes fractions.
  @discardableResult
  public func referenceLine(
    at value: Double, horizontal: Bool, from: Double = 0, to: Double = 1, color: Color? = nil
  ) -> Line2D {
    // matplotlib's Line2D default ('C0'): reference lines leave the color cycle alone.
    let line =
      horizontal
      ? Line2D(x: [from, to], y: [value, value], color: color ?? Colors.cycle[0])
      : Line2D(x: [value, value], y: [from, to], color: color ?? Colors.cycle[0])
    if horizontal { line.xInAxesFraction = true } else { line.yInAxesFraction = true }
    add(line)
    return line
  }

  @discardableResult
  public func text(x: Double, y: Double, _ s: String) -> TextArtist {
    let t = TextArtist(x: x, y: y, text: s)
    add(t)
    return t
  }
}

public enum HistogramBins: Sendable {
  case count(Int)
  case edges([Double])
}

/// numpy.histogram: equal-width bins over the data range (or `range`), the last bin closed.
public enum Histogram {
  /// Counts per bin (each value counting its weight, when given) and the bin edges.
  public static func compute(
    _ values: [Double], weights: [Double]? = nil, bins: HistogramBins, range: (Double, Double)?,
    density: Bool
  ) throws(PlotError) -> ([Double], [Double]) {
    var edges: [Double]
    switch bins {
    case .edges(let e):
      guard e.count >= 2, zip(e, e.dropFirst()).allSatisfy({ $0 <= $1 }) else {
        throw PlotError("`bins` must increase monotonically, when an array")
      }
      edges = e
    case .count(let n):
      guard n >= 1 else { throw PlotError("`bins` must be positive, when an integer") }
      guard n <= 10_000_000 else { throw PlotError("too many bins: \(n) (at most 10000000)") }
      var (lo, hi) = range ?? (values.min() ?? 0, values.max() ?? 1)
      if values.isEmpty && range == nil { (lo, hi) = (0, 1) }
      guard lo <= hi else { throw PlotError("max must be larger than min in range parameter.") }
      guard lo.isFinite && hi.isFinite else {
        throw PlotError("autodetected range of [\(lo), \(hi)] is not finite")
      }
      if lo == hi { (lo, hi) = (lo - 0.5, hi + 0.5) }
      let step = (hi - lo) / Double(n)
      edges = (0...n).map { lo + Double($0) * step }
      edges[n] = hi
    }
    var counts = [Double](repeating: 0, count: edges.count - 1)
    let (lo, hi) = (edges.first!, edges.last!)
    let n = counts.count
    for (k, v) in values.enumerated() where v >= lo && v <= hi {
      var i: Int
      if case .count = bins {
        i = max(0, min(Int(saturating: (v - lo) / (hi - lo) * Double(n)), n - 1))
        if v < edges[i] { i -= 1 }
        if i < n - 1 && v >= edges[i + 1] { i += 1 }
      } else {
        var low = 0, high = n
        while low < high {
          let mid = (low + high) / 2
          if edges[mid + 1] <= v { low = mid + 1 } else { high = mid }
        }
        i = min(low, n - 1)
      }
      counts[i] += weights?[k] ?? 1
    }
    if density {
      let total = counts.reduce(0, +)
      counts = counts.indices.map { counts[$0] / total / (edges[$0 + 1] - edges[$0]) }
    }
    return (counts, edges)
  }
}
