#if canImport(Glibc)
  import Glibc
#endif

/// The ticks of one axis as drawn: value, position along the axis (SVG points) and label.
struct AxisTicks {
  struct Tick {
    var value: Double
    var position: Double
    var label: TickLabel?
  }
  var major: [Tick] = []
  var minor: [Tick] = []
  var offsetText = ""
  /// What the axis' locator gives for the view, those just outside it included (matplotlib's
  /// `get_xticks`).
  var locations: [Double] = []
  /// Their labels (`get_xticklabels`).
  var locationLabels: [String] = []

  /// Ticks for an axis spanning `view`, drawn over `length` points; `place` maps a value to
  /// its position.
  init(
    _ axis: AxisState, view: (Double, Double), length: Double, horizontal: Bool,
    place: (Double) -> Double
  ) {
    self.init(labelled: axis, view: view, length: length, horizontal: horizontal, place: place)
    if axis.hidesTickLabels {
      major = major.map { Tick(value: $0.value, position: $0.position, label: nil) }
      minor = minor.map { Tick(value: $0.value, position: $0.position, label: nil) }
      offsetText = ""
    }
  }

  private init(
    labelled axis: AxisState, view: (Double, Double), length: Double, horizontal: Bool,
    place: (Double) -> Double
  ) {
    let (lo, hi) = (min(view.0, view.1), max(view.0, view.1))
    let eps = (hi - lo) * 1e-10
    func visible(_ v: Double) -> Bool { v >= lo - eps && v <= hi + eps }
    let budget = MaxNLocator.autoBins(
      length: length, horizontal: horizontal, fontSize: axis.tickLabelSize)
    if let fixed = axis.fixedTicks {
      let labels: [TickLabel]
      if let given = axis.fixedLabels {
        labels = given.map { TickLabel($0) }
      } else if axis.scale == .log {
        labels = fixed.map(LogFormatter.label)
      } else {
        let f = ScalarFormatter(locs: fixed, view: view)
        labels = fixed.map { TickLabel(f.label($0)) }
        offsetText = f.offsetText
      }
      locations = fixed
      locationLabels = fixed.indices.map { $0 < labels.count ? labels[$0].plain : "" }
      for (i, v) in fixed.enumerated() where visible(v) {
        major.append(Tick(value: v, position: place(v), label: i < labels.count ? labels[i] : nil))
      }
      return
    }
    if !axis.categories.isEmpty {
      locations = axis.categories.indices.map(Double.init)
      locationLabels = axis.categories
      for (i, name) in axis.categories.enumerated() where visible(Double(i)) {
        major.append(Tick(value: Double(i), position: place(Double(i)), label: TickLabel(name)))
      }
      return
    }
    if axis.scale == .log {
      locations = LogLocator.major(lo, hi, budget: budget)
      locationLabels = locations.map { LogFormatter.label($0).plain }
      let majors = locations.filter(visible)
      major = majors.map { Tick(value: $0, position: place($0), label: LogFormatter.label($0)) }
      let labelMinor = majors.count <= 1
      minor = LogLocator.minor(lo, hi, budget: budget).filter(visible).map {
        Tick(
          value: $0, position: place($0),
          label: labelMinor && LogFormatter.labelsMinor($0, view: (lo, hi))
            ? LogFormatter.label($0) : nil)
      }
      return
    }
    var locator = axis.locator ?? MaxNLocator(nbins: budget)
    if locator.nbins == 0 { locator.nbins = budget }
    let locs = locator.ticks(lo, hi)
    locations = locs
    let formatter = ScalarFormatter(locs: locs, view: (lo, hi))
    locationLabels = locs.map { TickLabel(formatter.label($0)).plain }
    offsetText = formatter.offsetText
    major = locs.filter(visible).map {
      Tick(value: $0, position: place($0), label: TickLabel(formatter.label($0)))
    }
    if axis.minorTicksVisible {
      minor = AxisTicks.autoMinor(locs, lo, hi).filter(visible).map {
        Tick(value: $0, position: place($0), label: nil)
      }
    }
  }

  /// matplotlib's AutoMinorLocator: 5 divisions of a major step whose mantissa is 1, 2.5 or 5,
  /// else 4; minors within 1e-5 of the view of a major left out (as matplotlib's axis does).
  static func autoMinor(_ majors: [Double], _ lo: Double, _ hi: Double) -> [Double] {
    let sorted = Array(Set(majors)).sorted()
    guard sorted.count >= 2 else { return [] }
    let step = sorted[1] - sorted[0]
    let mantissa = pow(10, log10(step) - floor(log10(step)))
    let divisions =
      [1, 2.5, 5, 10].contains { abs(mantissa - $0) <= 1e-8 + 1e-5 * $0 } ? 5.0 : 4.0
    let minorStep = step / divisions
    let t0 = sorted[0]
    let first = ((lo - t0) / minorStep).rounded(.toNearestOrEven)
    let last = ((hi - t0) / minorStep).rounded(.toNearestOrEven) + 1
    guard first < last, last - first < 10_000 else { return [] }
    let tolerance = (hi - lo) * 1e-5
    return stride(from: first, to: last, by: 1).map { $0 * minorStep + t0 }.filter { v in
      !sorted.contains { abs(v - $0) <= tolerance }
    }
  }

  /// The widest label (y axes) in points.
  func maxLabelWidth(size: Double) -> Double {
    (major + minor).compactMap { $0.label?.width(size: size) }.max() ?? 0
  }
}
