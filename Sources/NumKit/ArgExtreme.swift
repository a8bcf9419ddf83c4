/// The first position of the largest (or smallest) value, or of the first NaN, as numpy's
/// argmax and argmin find it, two sets of eight lanes at a time.
///
/// A lane takes a value when it is strictly better, or NaN while the lane's best is not: each
/// lane keeps its first extreme (or first NaN); the lanes are then merged by value, ties and
/// NaNs going to the smallest index.
enum ArgExtreme {
  typealias Lanes = SIMD8<Double>
  typealias Positions = SIMD8<Int64>

  /// Whether `v` replaces `best` (scalar form of the lane rule).
  @inline(__always)
  static func takes(_ v: Double, over best: Double, max: Bool) -> Bool {
    best == best && !(max ? v <= best : v >= best)
  }

  /// Index of the extreme among `n >= 1` contiguous values.
  static func row(_ p: UnsafePointer<Double>, _ n: Int, max: Bool) -> Int {
    guard n >= 4 * Lanes.scalarCount else {
      return sequential(p, 0, n, best: p[0], index: 0, max: max)
    }
    let lanes = max ? scan(p, n, true) : scan(p, n, false)
    let whole = n - n % (2 * Lanes.scalarCount)
    let (a, b) = (lanes.0.best, lanes.1.best)
    if all((a .== a) .& (b .== b)) {
      // No NaN: the extreme value of all lanes, then the smallest index holding it.
      let extreme = max ? Swift.max(a.max(), b.max()) : Swift.min(a.min(), b.min())
      let none = Positions(repeating: .max)
      let first = none.replacing(with: lanes.0.index, where: a .== extreme)
      let second = none.replacing(with: lanes.1.index, where: b .== extreme)
      let index = Swift.min(first.min(), second.min())
      return sequential(p, whole, n, best: extreme, index: Int(index), max: max)
    }
    // Merge the lanes: a NaN wins, then the extreme value, ties to the smaller index.
    var best = lanes.0.best[0]
    var index = lanes.0.index[0]
    func merge(_ set: (best: Lanes, index: Positions)) {
      for l in 0..<Lanes.scalarCount {
        let v = set.best[l]
        let i = set.index[l]
        if best.isNaN {
          if v.isNaN && i < index { index = i }
        } else if v.isNaN || takes(v, over: best, max: max) || (v == best && i < index) {
          (best, index) = (v, i)
        }
      }
    }
    merge(lanes.0)
    merge(lanes.1)
    return sequential(p, whole, n, best: best, index: Int(index), max: max)
  }

  /// Two independent sets of lanes (elements 16k..16k+7 and 16k+8..16k+15), so that one
  /// compare-and-select chain does not wait for the other.
  @inline(__always)
  private static func scan(_ p: UnsafePointer<Double>, _ n: Int, _ max: Bool)
    -> ((best: Lanes, index: Positions), (best: Lanes, index: Positions))
  {
    let width = Lanes.scalarCount
    var first = UnsafeRawPointer(p).loadUnaligned(as: Lanes.self)
    var second = UnsafeRawPointer(p + width).loadUnaligned(as: Lanes.self)
    var firstIndex = Positions(0, 1, 2, 3, 4, 5, 6, 7)
    var secondIndex = firstIndex &+ Int64(width)
    var at = firstIndex &+ Int64(2 * width)
    @inline(__always) func step(
      _ v: Lanes, _ best: inout Lanes, _ index: inout Positions, _ at: Positions
    ) {
      let better = max ? .!(v .<= best) : .!(v .>= best)
      let take = better .& (best .== best)
      best.replace(with: v, where: take)
      index.replace(with: at, where: take)
    }
    var i = 2 * width
    while i + 2 * width <= n {
      step(UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self), &first, &firstIndex, at)
      step(
        UnsafeRawPointer(p + i + width).loadUnaligned(as: Lanes.self), &second, &secondIndex,
        at &+ Int64(width))
      at &+= Int64(2 * width)
      i += 2 * width
    }
    return ((first, firstIndex), (second, secondIndex))
  }

  @inline(__always)
  private static func sequential(
    _ p: UnsafePointer<Double>, _ from: Int, _ to: Int, best: Double, index: Int, max: Bool
  ) -> Int {
    var (best, index) = (best, index)
    for j in from..<to where j != index && takes(p[j], over: best, max: max) {
      (best, index) = (p[j], j)
    }
    return index
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
