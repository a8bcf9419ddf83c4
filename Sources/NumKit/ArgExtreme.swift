import CVectorMath

/// The first position of the largest (or smallest) value, or of the first NaN, as numpy's
/// argmax and argmin find it.
///
/// Along a row, two passes: the extreme value, whether there is a NaN, and the block of 256
/// values where the extreme was first reached, sixteen lanes at a time; then the first
/// position holding it in that block, from the cache (or the first NaN). Ties go to the first
/// position, and -0.0 ties with 0.0, as in numpy. Processors with AVX-512 run the first pass in
/// `nk_extremum_f64_avx512`, the same steps sixteen lanes at a time in two registers, and the
/// second in `nk_first_f64_avx512` (this library's SIMD8 search took a seventh of the time).
enum ArgExtreme {
  typealias Lanes = SIMD8<Double>

  /// The index of the extreme of each of `count` contiguous rows of `n >= 1` values, into
  /// `r`. Rows under sixteen values are walked one value at a time, in place.
  static func rows(
    _ p: UnsafePointer<Double>, _ count: Int, _ n: Int, into r: UnsafeMutablePointer<Int64>,
    max: Bool
  ) {
    if n >= 2 * Lanes.scalarCount {
      for o in 0..<count { r[o] = Int64(row(p + o * n, n, max: max)) }
    } else if max {
      for o in 0..<count { r[o] = Int64(short(p + o &* n, n, true)) }
    } else {
      for o in 0..<count { r[o] = Int64(short(p + o &* n, n, false)) }
    }
  }

  /// Index of the extreme among `n >= 16` contiguous values.
  private static func row(_ p: UnsafePointer<Double>, _ n: Int, max: Bool) -> Int {
    if WideKernels.available {
      let (extreme, hasNaN, start) = wideExtremum(p, n, max)
      return hasNaN
        ? nk_first_f64_avx512(p, n, 0, 1)
        : start + nk_first_f64_avx512(p + start, n - start, extreme, 0)
    }
    let (extreme, hasNaN, start) = max ? extremum(p, n, true) : extremum(p, n, false)
    return hasNaN ? firstNaN(p, n) : start + first(extreme, p + start, n - start)
  }

  /// A short row, one value at a time: the first NaN wins; a value replaces the best only
  /// when strictly beyond it (ties, and -0.0 against 0.0, keep the first). One comparison a
  /// value: "not at or below the best" is beyond it or NaN. Four values a turn of the loop
  /// (its count and test are then a small part of the work).
  @inline(__always)
  private static func short(_ p: UnsafePointer<Double>, _ n: Int, _ max: Bool) -> Int {
    var best = p[0]
    if best != best { return 0 }
    var index = 0
    @inline(__always) func beyond(_ v: Double) -> Bool { max ? !(v <= best) : !(v >= best) }
    var j = 1
    while j &+ 3 < n {
      for k in 0..<4 {
        let v = p[j &+ k]
        if beyond(v) {
          if v != v { return j &+ k }
          (best, index) = (v, j &+ k)
        }
      }
      j &+= 4
    }
    while j < n {
      let v = p[j]
      if beyond(v) {
        if v != v { return j }
        (best, index) = (v, j)
      }
      j &+= 1
    }
    return index
  }

  private static func wideExtremum(_ p: UnsafePointer<Double>, _ n: Int, _ max: Bool)
    -> (Double, Bool, Int)
  {
    var (extreme, nan): (Double, Int32) = (0, 0)
    let start = nk_extremum_f64_avx512(p, n, max ? 1 : 0, &extreme, &nan)
    return (extreme, nan != 0, start)
  }

  /// Values per block: the extreme so far is taken at the end of each block, so that the
  /// second pass looks only in the block where it was first reached.
  private static let block = 256

  /// The largest (smallest) of `n >= 16` values, whether any is NaN, and where the block that
  /// first holds the extreme starts. Two sets of lanes, so that one compare-and-select chain
  /// does not wait for the other.
  @inline(__always)
  private static func extremum(_ p: UnsafePointer<Double>, _ n: Int, _ max: Bool)
    -> (Double, Bool, Int)
  {
    let width = Lanes.scalarCount
    @inline(__always) func load(_ i: Int) -> Lanes {
      UnsafeRawPointer(p + i).loadUnaligned(as: Lanes.self)
    }
    @inline(__always) func better(_ a: Double, _ b: Double) -> Bool { max ? a > b : a < b }
    var first = load(0)
    var second = load(width)
    var nan = (first .!= first) .| (second .!= second)
    // One unordered compare tests both vectors for NaN (the compiler folds the two tests).
    @inline(__always) func step(_ v: Lanes, _ w: Lanes) {
      first.replace(with: v, where: max ? v .> first : v .< first)
      second.replace(with: w, where: max ? w .> second : w .< second)
      nan .|= (v .!= v) .| (w .!= w)
    }
    var extreme = reduced(first, second, max)
    var start = 0
    var i = 2 * width
    while i + 2 * width <= n {
      let blockStart = i
      let blockEnd = Swift.min(i + block, n)
      while i + 2 * width <= blockEnd {
        step(load(i), load(i + width))
        i += 2 * width
      }
      let e = reduced(first, second, max)
      if better(e, extreme) { (extreme, start) = (e, blockStart) }
    }
    // The rest: the last whole vectors again (a value seen twice changes nothing; one seen
    // before position i did not exceed the extreme then).
    if i < n {
      step(load(n - 2 * width), load(n - width))
      let e = reduced(first, second, max)
      if better(e, extreme) { (extreme, start) = (e, i) }
    }
    return (extreme, any(nan), start)
  }

  /// The extreme of two sets of lanes, halving them (the library's `max()` is a call).
  @inline(__always)
  private static func reduced(_ a: Lanes, _ b: Lanes, _ max: Bool) -> Double {
    let eight = a.replacing(with: b, where: max ? b .> a : b .< a)
    let (l4, h4) = (eight.lowHalf, eight.highHalf)
    let four = l4.replacing(with: h4, where: max ? h4 .> l4 : h4 .< l4)
    let (l2, h2) = (four.lowHalf, four.highHalf)
    let two = l2.replacing(with: h2, where: max ? h2 .> l2 : h2 .< l2)
    return (max ? two.y > two.x : two.y < two.x) ? two.y : two.x
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

  /// Along an outer axis: `n` rows of `inner` contiguous values; one best per column. The
  /// rows are read in order, eight columns at a time against the best so far and its position
  /// (branch-free selects: with the take decided per element by a branch, random values
  /// mispredicted it about once in ten and the loop took 1.9 ns a value).
  static func columns(
    _ p: UnsafePointer<Double>, _ n: Int, _ inner: Int, into r: UnsafeMutablePointer<Int64>,
    max: Bool
  ) {
    let best = UnsafeMutablePointer<Double>.allocate(capacity: inner)
    defer { best.deallocate() }
    best.initialize(from: p, count: inner)
    r.initialize(repeating: 0, count: inner)
    let width = Lanes.scalarCount
    let whole = inner - inner % width
    for j in 1..<Swift.max(n, 1) {
      let row = p + j * inner
      let position = Int64(j)
      let positions = SIMD8<Int64>(repeating: position)
      var i = 0
      while i < whole {
        let v = UnsafeRawPointer(row + i).loadUnaligned(as: Lanes.self)
        let b = UnsafeRawPointer(best + i).loadUnaligned(as: Lanes.self)
        // Not already NaN, and not at or below (above) the best: beyond it, or NaN.
        let take = (b .== b) .& .!(max ? v .<= b : v .>= b)
        UnsafeMutableRawPointer(best + i).storeBytes(
          of: b.replacing(with: v, where: take), as: Lanes.self)
        let k = UnsafeRawPointer(r + i).loadUnaligned(as: SIMD8<Int64>.self)
        UnsafeMutableRawPointer(r + i).storeBytes(
          of: k.replacing(with: positions, where: take), as: SIMD8<Int64>.self)
        i += width
      }
      while i < inner {
        let take = best[i] == best[i] && !(max ? row[i] <= best[i] : row[i] >= best[i])
        if take { (best[i], r[i]) = (row[i], position) }
        i += 1
      }
    }
  }
}
