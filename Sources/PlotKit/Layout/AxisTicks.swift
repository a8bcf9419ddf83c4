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
    /// Labels for `locs` from the axis' formatter (ScalarFormatter when it has none).
    func formatted(_ locs: [Double]) -> [TickLabel?] {
      let (labels, offset) = (axis.formatter ?? .scalar(ScalarFormatting())).labels(
        locs, view: view)
      offsetText = offset
      return labels
    }
    if let fixed = axis.fixedTicks {
      let labels: [TickLabel?]
      if let given = axis.fixedLabels {
        labels = given.map { TickLabel($0) }
      } else if axis.scale == .log, !axis.hasOwnLabels {
        labels = fixed.map(LogFormatter.label)
      } else {
        labels = formatted(fixed)
      }
      locations = fixed
      locationLabels = fixed.indices.map { $0 < labels.count ? labels[$0]?.plain ?? "" : "" }
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
      locations =
        axis.locator?.ticks(lo, hi, budget: budget) ?? LogLocator.major(lo, hi, budget: budget)
      let labels =
        axis.hasOwnLabels ? formatted(locations) : locations.map { LogFormatter.label($0) }
      locationLabels = labels.map { $0?.plain ?? "" }
      let majors = locations.filter(visible)
      major = locations.indices.filter { visible(locations[$0]) }.map {
        Tick(value: locations[$0], position: place(locations[$0]), label: labels[$0])
      }
      let labelMinor = majors.count <= 1 && !axis.hasOwnLabels
      minor = LogLocator.minor(lo, hi, budget: budget).filter(visible).map {
        Tick(
          value: $0, position: place($0),
          label: labelMinor && LogFormatter.labelsMinor($0, view: (lo, hi))
            ? LogFormatter.label($0) : nil)
      }
      return
    }
    let locs = (axis.locator ?? .maxN(MaxNLocator(nbins: budget))).ticks(lo, hi, budget: budget)
    locations = locs
    let labels = formatted(locs)
    locationLabels = labels.map { $0?.plain ?? "" }
    major = locs.indices.filter { visible(locs[$0]) }.map {
      Tick(value: locs[$0], position: place(locs[$0]), label: labels[$0])
    }
    let minorLocator =
      axis.minorLocator ?? (axis.minorTicksVisible ? .autoMinor(divisions: nil) : nil)
    if let minorLocator {
      let minors = TickLocator.withoutMajors(
        minorLocator.ticks(lo, hi, budget: budget, majors: locs), locs, lo, hi)
      let minorLabels = axis.minorFormatter?.labels(minors, view: view).labels
      minor = minors.indices.filter { visible(minors[$0]) }.map {
        Tick(value: minors[$0], position: place(minors[$0]), label: minorLabels?[$0] ?? nil)
      }
    }
  }

  /// The widest label (y axes) in points.
  func maxLabelWidth(size: Double) -> Double {
    (major + minor).compactMap { $0.label?.width(size: size) }.max() ?? 0
  }
}
