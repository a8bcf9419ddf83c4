import Interpreter
import NumKit
import PlotKit

/// `boxplot(x)`: matplotlib's statistics (numpy's linear percentiles, whiskers at the furthest
/// data within `whis` × IQR, the rest fliers) and drawing (black box, whiskers and caps, a
/// 'C1' median, hollow circle fliers; boxes 0.15 to 0.5 wide by the positions' spread), the
/// x axis ticked at the positions and fitted to them ±0.5. Returns matplotlib's dict of lines.
enum AxesBoxplotMethod {
  struct Statistics {
    var q1, median, q3, low, high: Double
    var fliers: [Double]
  }

  static func boxplot(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let datasets = try data(try a[0], interp)
    for name in ["notch", "showmeans", "meanline", "bootstrap"] {
      if let v = a.keyword(name), !v.isNone, try interp.isTruthy(v) {
        throw .notImplemented("boxplot(\(name)=...) is not supported")
      }
    }
    if let v = a.keyword("vert"), !v.isNone, !(try interp.isTruthy(v)) {
      throw .notImplemented("boxplot(vert=False) is not supported; boxes are vertical")
    }
    if let o = try PlotArguments.string(a, "orientation", interp: interp), o != "vertical" {
      throw .notImplemented("boxplot(orientation='\(o)') is not supported; boxes are vertical")
    }
    var whisLow: Double?
    var whisHigh: Double?
    var whis = 1.5
    if let w = a.keyword("whis"), !w.isNone {
      let values = try PlotArguments.doubles(w, interp)
      if values.count == 2 {
        (whisLow, whisHigh) = (values[0], values[1])
      } else {
        whis = values[0]
      }
    }
    let n = datasets.count
    let positions =
      try a.keyword("positions").flatMap { (v) throws(PyException) in
        v.isNone ? nil : try PlotArguments.doubles(v, interp)
      } ?? (1...max(n, 1)).map(Double.init)
    guard positions.count == n else {
      throw .valueError(
        "List of boxplot statistics and `positions` values must have same the length")
    }
    let spread = (positions.max() ?? 0) - (positions.min() ?? 0)
    var widths = [Double](repeating: min(max(0.15 * spread, 0.15), 0.5), count: n)
    if let w = a.keyword("widths"), !w.isNone {
      let given = try PlotArguments.doubles(w, interp)
      widths = given.count == 1 ? Array(repeating: given[0], count: n) : given
    }
    let patchArtist =
      try a.keyword("patch_artist").map { (v) throws(PyException) in
        try interp.isTruthy(v)
      } ?? false
    let showFliers =
      try a.keyword("showfliers").map { (v) throws(PyException) in
        try interp.isTruthy(v)
      } ?? true
    let showCaps =
      try a.keyword("showcaps").map { (v) throws(PyException) in
        try interp.isTruthy(v)
      } ?? true
    let labels = try (a.keyword("tick_labels") ?? a.keyword("labels")).flatMap {
      (v) throws(PyException) in
      v.isNone ? nil : try interp.collect(v).map { (l) throws(PyException) in try interp.str(l) }
    }

    var parts: [String: [Value]] = [
      "whiskers": [], "caps": [], "boxes": [], "medians": [], "fliers": [], "means": [],
    ]
    func line(_ x: [Double], _ y: [Double], _ color: Color, _ kind: String, zorder: Double = 2)
      -> Line2D
    {
      let l = Line2D(x: x, y: y, color: color)
      l.lineWidth = 1
      l.zorder = zorder
      ax.axes.add(l)
      parts[kind]!.append(AxesPlotMethods.handle(l, PlotClasses.line, ax))
      return l
    }
    for (i, values) in datasets.enumerated() {
      let s = statistics(values, whis: whis, range: whisLow.map { ($0, whisHigh!) })
      let (position, width) = (positions[i], widths[i])
      let (left, right) = (position - width * 0.5, position + width * 0.5)
      let boxX = [left, right, right, left, left]
      let boxY = [s.q1, s.q1, s.q3, s.q3, s.q1]
      if patchArtist {
        let patch = PolygonPatch(points: Array(zip(boxX, boxY)), color: Colors.cycle[0])
        patch.edgeColor = .black
        patch.zorder = 2
        ax.axes.add(patch)
        parts["boxes"]!.append(AxesPlotMethods.handle(patch, PlotClasses.pathPatch, ax))
      } else {
        _ = line(boxX, boxY, .black, "boxes")
      }
      _ = line([position, position], [s.q1, s.low], .black, "whiskers")
      _ = line([position, position], [s.q3, s.high], .black, "whiskers")
      if showCaps {
        let cap = width * 0.5 * 0.5
        _ = line([position - cap, position + cap], [s.low, s.low], .black, "caps")
        _ = line([position - cap, position + cap], [s.high, s.high], .black, "caps")
      }
      let median = line(
        [left, right], [s.median, s.median], Colors.cycle[1], "medians", zorder: 2.1)
      median.stickyX = [position - 0.5, position + 0.5]
      if showFliers {
        let fliers = line(
          Array(repeating: position, count: s.fliers.count), s.fliers, .black, "fliers")
        fliers.lineStyle = LineStyle.none
        fliers.marker = .circle
        fliers.markerFaceColor = Color.none
        fliers.markerEdgeColor = .black
      }
    }
    ax.axes.xaxis.fixedTicks = positions
    ax.axes.xaxis.fixedLabels =
      labels ?? positions.map(AxesPlotMethods.interpRepr)
    let result = PyDict()
    for key in ["whiskers", "caps", "boxes", "medians", "fliers", "means"] {
      result.set(key, .list(parts[key]!))
    }
    return .object(result)
  }

  /// The datasets: one for a 1-D array or a list of numbers, one per column of a 2-D array,
  /// one per item of a list of sequences.
  private static func data(_ v: Value, _ interp: Interpreter) throws(PyException) -> [[Double]] {
    if let array = v.as(PyNDArray.self)?.array {
      guard array.ndim == 2 else { return [try PlotArguments.doubles(v, interp)] }
      let (rows, columns) = (array.shape[0], array.shape[1])
      return (0..<columns).map { c in (0..<rows).map { array.double(at: $0 * columns + c) } }
    }
    let items = try interp.collect(v)
    if items.allSatisfy({ interp.numeric($0.scalarValue) != nil && $0.as(PyNDArray.self) == nil }) {
      return [try PlotArguments.doubles(v, interp)]
    }
    return try items.map { (item) throws(PyException) in try PlotArguments.doubles(item, interp) }
  }

  /// matplotlib's `boxplot_stats` for one dataset.
  static func statistics(_ x: [Double], whis: Double, range: (Double, Double)?) -> Statistics {
    let sorted = x.sorted()
    guard !sorted.isEmpty else {
      return Statistics(q1: .nan, median: .nan, q3: .nan, low: .nan, high: .nan, fliers: [])
    }
    let (q1, median, q3) = (
      percentile(sorted, 25), percentile(sorted, 50), percentile(sorted, 75)
    )
    let iqr = q3 - q1
    var (lowLimit, highLimit) = (q1 - whis * iqr, q3 + whis * iqr)
    if let range {
      (lowLimit, highLimit) = (percentile(sorted, range.0), percentile(sorted, range.1))
    }
    if iqr == 0 && range == nil { (lowLimit, highLimit) = (sorted[0], sorted[sorted.count - 1]) }
    let within = sorted.filter { $0 <= highLimit }
    let high = within.isEmpty || within.max()! < q3 ? q3 : within.max()!
    let above = sorted.filter { $0 >= lowLimit }
    let low = above.isEmpty || above.min()! > q1 ? q1 : above.min()!
    let fliers = x.filter { $0 < low } + x.filter { $0 > high }
    return Statistics(q1: q1, median: median, q3: q3, low: low, high: high, fliers: fliers)
  }

  /// numpy's 'linear' percentile of sorted values (its lerp: from the upper value when the
  /// fraction is one half or more).
  static func percentile(_ sorted: [Double], _ q: Double) -> Double {
    let index = (q / 100) * Double(sorted.count - 1)
    let below = Int(index.rounded(.down))
    let fraction = index - Double(below)
    let a = sorted[below]
    let b = sorted[min(below + 1, sorted.count - 1)]
    let difference = b - a
    return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
  }
}
