/// The first position of the largest (or smallest) value, or of the first NaN, as numpy's
/// argmax and argmin find it.
///
/// Along a row, two passes over the values (the second from the cache): the extreme value,
/// and whether there is a NaN, eight lanes at a time; then the first position holding it (or
/// the first NaN). Ties go to the first position, and -0.0 ties with 0.0, as in numpy.
enum ArgExtreme {
  typealias Lanes = SIMD8<Double>

  /// Whether `v` replaces `best` (scalar form of the rule).
  @inline(__always)
  static func takes(_ v: Double, over best: Double, max: Bool) -> Bool {
    best == best && !(max ? v <= best : v >= best)
  }

  /// Index of the extreme among `n >= 1` contiguous values.
  static func row(_ p: UnsafePointer<Double>, _ n: Int, max: Bool) -> Int {
    guard n >= 2 * Lanes.scalarCount else {
      var (best, index) = (p[0], 0)
      for j in 1..<n where takes(p[j], over: best, max: max) { (best, index) = (p[j], j) }
      return index
    }
    let (extreme, hasNaN) = max ? extremum(p, n, true) : extremum(p, n, false)
    return hasNaN ? firstNaN(p, n) : first(extreme, p, n)
  }

  /// The largest (smallest) of `n >= 16` values, and whether any is NaN: two sets of lanes, so
  /// that one compare-and-select chain does not wait for the other.
  @inline(__always)
  private static func extremum(_ p: UnsafePointer<Double>, _ n: Int, _ max: Bool)
    -> (Double, Bool)
  {
    let width = Lanes.scalarCount
    @inline(__always) func load(_ i: Int) -> Lanes {
      UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self)
    }
    var first = load(0)
    var second = load(width)
    var nan = (first .!= first) .| (second .!= second)
    @inline(__always) func step(_ v: Lanes, _ best: inout Lanes) {
      best.replace(with: v, where: max ? v .> best : v .< best)
      nan .|= v .!= v
    }
    var i = 2 * width
    while i + 2 * width <= n {
      step(load(i), &first)
      step(load(i + width), &second)
      i += 2 * width
    }
    // The rest: the last whole vectors again (a value seen twice changes nothing).
    if i < n {
      step(load(n - 2 * width), &first)
      step(load(n - width), &second)
    }
    first.replace(with: second, where: max ? second .> first : second .< first)
    return (max ? first.max() : first.min(), any(nan))
  }

  /// The first position holding `value` (there is one).
  private static func first(_ value: Double, _ p: UnsafePointer<Double>, _ n: Int) -> Int {
    let target = Lanes(repeating: value)
    var i = 0
    while i + Lanes.scalarCount <= n {
      if any(UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self) .== target) { break }
      i += Lanes.scalarCount
    }
    while p[i] != value { i += 1 }
    return i
  }

  /// The first position holding a NaN (there is one).
  private static func firstNaN(_ p: UnsafePointer<Double>, _ n: Int) -> Int {
    var i = 0
    while i + Lanes.scalarCount <= n {
      let v = UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self)
      if any(v .!= v) { break }
      i += Lanes.scalarCount
    }
    while p[i] == p[i] { i += 1 }
    return i
  }

  /// Along an outer axis: `n` rows of `inner` contiguous values; one best per column.
  static func columns(
    _ p: UnsafePointer<Double>, _ n: Int, _ inner: Int, into r: UnsafeMutablePointer<Int64>,
    max: Bool
  ) {
    let best = UnsafeMutablePointer<Double>.allocate(capacity: inner)
    defer { best.deallocate() }
    best.initialize(from: p, count: inner)
    r.initialize(repeating: 0, count: inner)
    for j in 1..<Swift.max(n, 1) {
      let row = p + j * inner
      let position = Int64(j)
      // Branch-free, so that the compiler vectorises the selects.
      if max {
        for i in 0..<inner {
          let take = best[i] == best[i] && !(row[i] <= best[i])
          best[i] = take ? row[i] : best[i]
          r[i] = take ? position : r[i]
        }
      } else {
        for i in 0..<inner {
          let take = best[i] == best[i] && !(row[i] >= best[i])
          best[i] = take ? row[i] : best[i]
          r[i] = take ? position : r[i]
        }
      }
    }
  }
}
