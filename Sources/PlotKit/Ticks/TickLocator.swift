#if canImport(Glibc)
  import Glibc
#endif

/// Where an axis puts its ticks when the user chose (matplotlib.ticker's locators); an axis
/// without one uses AutoLocator (`MaxNLocator` with the axis' own tick budget).
public enum TickLocator: Sendable {
  /// MaxNLocator and AutoLocator (nbins 0: the axis' budget, matplotlib's 'auto').
  case maxN(MaxNLocator)
  /// MultipleLocator(base, offset): every multiple of `base`, shifted by `offset`.
  case multiple(base: Double, offset: Double)
  /// FixedLocator(locs, nbins): the values given, every k-th one when there are more than
  /// `nbins + 1`.
  case fixed([Double], nbins: Int?)
  /// LinearLocator(numticks): evenly spaced over the view.
  case linear(numticks: Int)
  /// NullLocator: none.
  case null
  /// AutoMinorLocator(n): `divisions` minor intervals per major step (nil: 5 for a step whose
  /// mantissa is 1, 2.5 or 5, else 4). Only meaningful as a minor locator.
  case autoMinor(divisions: Int?)

  /// The name of the matplotlib.ticker class this locator is.
  public var kind: String {
    switch self {
    case .maxN(let l): return l.nbins == 0 ? "AutoLocator" : "MaxNLocator"
    case .multiple: return "MultipleLocator"
    case .fixed: return "FixedLocator"
    case .linear: return "LinearLocator"
    case .null: return "NullLocator"
    case .autoMinor: return "AutoMinorLocator"
    }
  }

  /// matplotlib's most ticks a locator hands out before NumBook gives up on it (matplotlib
  /// warns from 1000 on and goes on; this bounds the work and the drawing).
  public static let maximumTicks = 10_000

  /// The ticks for a view from `a` to `b` (either order); `budget` fills in an 'auto' nbins,
  /// `majors` are the axis' major ticks (for AutoMinorLocator).
  public func ticks(_ a: Double, _ b: Double, budget: Int, majors: [Double] = []) -> [Double] {
    let (lo, hi) = (min(a, b), max(a, b))
    switch self {
    case .maxN(var locator):
      if locator.nbins == 0 { locator.nbins = budget }
      return locator.ticks(lo, hi)
    case .multiple(let base, let offset):
      guard base > 0, lo.isFinite, hi.isFinite else { return [] }
      let edge = MaxNLocator.Edge(step: base, offset: 0)
      let first = edge.ge(lo - offset) * base
      let n = PythonDivision.floorDivide(hi - offset - first + 0.001 * base, base)
      // (matplotlib 3.11 adds one multiple beyond each end.)
      guard n >= 0, n < Double(TickLocator.maximumTicks) else { return [] }
      return (0..<Int(n) + 3).map { first - base + Double($0) * base + offset }
    case .fixed(let values, let nbins):
      guard let nbins, nbins > 0 else { return values }
      return TickLocator.subsample(values, nbins: nbins)
    case .linear(let count):
      guard count > 0 else { return [] }
      let (vmin, vmax) = TickLocator.nonsingular(lo, hi, expander: 0.05)
      guard count > 1 else { return [vmin] }
      let step = (vmax - vmin) / Double(count - 1)
      return (0..<count).map { $0 == count - 1 ? vmax : vmin + Double($0) * step }
    case .null:
      return []
    case .autoMinor(let divisions):
      return TickLocator.autoMinor(majors, lo, hi, divisions: divisions)
    }
  }

  /// matplotlib's FixedLocator with `nbins`: every k-th value, starting where the ticks come
  /// closest to zero.
  public static func subsample(_ values: [Double], nbins: Int) -> [Double] {
    let step = max((values.count + nbins - 1) / nbins, 1)
    func pick(_ start: Int) -> [Double] {
      Array(stride(from: start, to: values.count, by: step)).map { values[$0] }
    }
    var ticks = pick(0)
    for i in 1..<max(step, 1) {
      let other = pick(i)
      if let a = other.map(abs).min(), let b = ticks.map(abs).min(), a < b { ticks = other }
    }
    return ticks
  }

  /// matplotlib's AutoMinorLocator: `divisions` (or, when nil, 5 for a major step whose
  /// mantissa is 1, 2.5 or 5, else 4) intervals per major step, over the view.
  static func autoMinor(_ majors: [Double], _ lo: Double, _ hi: Double, divisions: Int?)
    -> [Double]
  {
    let sorted = Array(Set(majors)).sorted()
    guard sorted.count >= 2 else { return [] }
    let step = sorted[1] - sorted[0]
    let mantissa = pow(10, log10(step) - floor(log10(step)))
    let auto = [1, 2.5, 5, 10].contains { abs(mantissa - $0) <= 1e-8 + 1e-5 * $0 } ? 5 : 4
    let minorStep = step / Double(divisions ?? auto)
    let t0 = sorted[0]
    let first = ((lo - t0) / minorStep).rounded(.toNearestOrEven)
    let last = ((hi - t0) / minorStep).rounded(.toNearestOrEven) + 1
    guard first < last, last - first < Double(maximumTicks) else { return [] }
    return stride(from: first, to: last, by: 1).map { $0 * minorStep + t0 }
  }

  /// Minor ticks that fall on a major one (within 1e-5 of the view) left out, as matplotlib's
  /// axis does.
  static func withoutMajors(_ minors: [Double], _ majors: [Double], _ lo: Double, _ hi: Double)
    -> [Double]
  {
    let tolerance = abs(hi - lo) * 1e-5
    return minors.filter { v in !majors.contains { abs(v - $0) <= tolerance } }
  }

  /// matplotlib's `transforms.nonsingular`: a view too small to divide is widened by
  /// `expander` of its size (or to ±expander around zero).
  static func nonsingular(_ lo: Double, _ hi: Double, expander: Double, tiny: Double = 1e-15)
    -> (Double, Double)
  {
    guard lo.isFinite, hi.isFinite else { return (-expander, expander) }
    let largest = max(abs(lo), abs(hi))
    if largest < 1e6 / tiny * Double.leastNormalMagnitude { return (-expander, expander) }
    if hi - lo <= largest * tiny {
      if lo == 0 && hi == 0 { return (-expander, expander) }
      return (lo - expander * abs(lo), hi + expander * abs(hi))
    }
    return (lo, hi)
  }
}

/// Python's float floor division, which matplotlib's locators use (`divmod`'s rounding of the
/// quotient, not `floor(a / b)`).
enum PythonDivision {
  static func divmod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
    var mod = fmod(x, y)
    var div = (x - mod) / y
    if mod != 0 {
      if (y < 0) != (mod < 0) {
        mod += y
        div -= 1
      }
    } else {
      mod = copysign(0, y)
    }
    var floorDiv: Double
    if div != 0 {
      floorDiv = floor(div)
      if div - floorDiv > 0.5 { floorDiv += 1 }
    } else {
      floorDiv = copysign(0, x / y)
    }
    return (floorDiv, mod)
  }

  static func floorDivide(_ x: Double, _ y: Double) -> Double { divmod(x, y).quotient }
}
