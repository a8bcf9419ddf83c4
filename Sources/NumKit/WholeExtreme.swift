import CVectorMath

/// `a.max()` and `a.min()` of a float array whose elements lie one after another, in numpy's
/// order of comparisons on AVX-512 processors, so that the sign of a zero result is numpy's
/// (`np.array([-0.0, 0.0]).max()` is 0.0; `[0.0, -0.0]` gives -0.0): the first element, then
/// the rest in lanes (eight float64 or sixteen float32), eight vectors a turn, folded
/// pairwise; the lanes reduced by halves, higher half against lower; the last values one by
/// one. Each comparison keeps its first operand only when it is beyond the second or NaN, so
/// that a NaN anywhere gives NaN. (Worked out against numpy's results for every position of
/// one signed zero among 1 to 299.)
enum WholeExtreme {
  /// The 0-d array of the largest (`max`) or smallest element of `a`, a float array of at
  /// least one element lying in C order.
  static func of(_ a: NDArray, max: Bool) -> NDArray {
    let value =
      a.dtype == .float64
      ? extreme(a, max, SIMD8<Double>.self) : Double(extreme(a, max, SIMD16<Float>.self))
    return NDArray([value], shape: [], dtype: a.dtype)
  }

  /// (On AVX-512 processors the lanes run in `nk_whole_extreme_f64_avx512` and its float32
  /// twin, numpy's own instructions; the Swift form takes about half as long again.)
  @inline(__always)
  private static func extreme<V: ExtremeLanes>(_ a: NDArray, _ max: Bool, _: V.Type)
    -> V.Scalar
  {
    let p = UnsafePointer(a.storage.pointer(V.Scalar.self) + a.offset)
    let n = a.size
    var acc = V(repeating: p[0])
    let i: Int
    if WideKernels.available {
      i = withUnsafeMutableBytes(of: &acc) {
        V.wideLanes(p, n, max, $0.baseAddress!.assumingMemoryBound(to: V.Scalar.self))
      }
    } else {
      i = max ? lanes(p, n, &acc, true) : lanes(p, n, &acc, false)
    }
    let r = finished(acc, from: i, p, n, max)
    withExtendedLifetime(a) {}
    return r
  }

  /// Keeps the first operand where it is beyond the second (above it for `max`) or NaN.
  @inline(__always)
  private static func pick<T: BinaryFloatingPoint>(_ a: T, _ b: T, _ max: Bool) -> T {
    (max ? a > b : a < b) || a != a ? a : b
  }

  /// The values from `p[1]` on into the lanes `acc` (each holding `p[0]`), as many as fill
  /// whole vectors; returns the index of the first value not read.
  @inline(__always)
  private static func lanes<V: ExtremeLanes>(
    _ p: UnsafePointer<V.Scalar>, _ n: Int, _ acc: inout V, _ max: Bool
  ) -> Int {
    @inline(__always) func pick(_ a: V, _ b: V) -> V { a.kept(against: b, max: max) }
    let width = V.scalarCount
    @inline(__always) func load(_ i: Int) -> V {
      UnsafeRawPointer(p + i).loadUnaligned(as: V.self)
    }
    var i = 1
    while n - i >= 8 * width {
      let a = pick(load(i), load(i + width))
      let b = pick(load(i + 2 * width), load(i + 3 * width))
      let c = pick(load(i + 4 * width), load(i + 5 * width))
      let d = pick(load(i + 6 * width), load(i + 7 * width))
      acc = pick(acc, pick(pick(a, b), pick(c, d)))
      i += 8 * width
    }
    while n - i >= width {
      acc = pick(acc, load(i))
      i += width
    }
    return i
  }

  /// The lanes reduced, then the values from `i` on one by one.
  @inline(__always)
  private static func finished<V: ExtremeLanes>(
    _ acc: V, from i: Int, _ p: UnsafePointer<V.Scalar>, _ n: Int, _ max: Bool
  ) -> V.Scalar {
    var r = reduced(acc, max)
    for j in i..<n { r = pick(r, p[j], max) }
    return r
  }

  /// The lanes of `acc` reduced as numpy's AVX-512 build does: a NaN lane gives it; else the
  /// higher half against the lower, down to two lanes, then (of four) the two pairs swapped
  /// against themselves.
  @inline(__always)
  private static func reduced<V: ExtremeLanes>(_ acc: V, _ max: Bool) -> V.Scalar {
    @inline(__always) func pick(_ a: V.Scalar, _ b: V.Scalar) -> V.Scalar {
      WholeExtreme.pick(a, b, max)
    }
    let width = V.scalarCount
    var v = acc
    for k in 0..<width where v[k] != v[k] { return v[k] }
    var count = width
    while count > 4 || (count == 4 && width == 8) {
      let half = count / 2
      for j in 0..<half { v[j] = pick(v[half + j], v[j]) }
      count = half
    }
    if count == 4 { return pick(pick(v[0], v[2]), pick(v[1], v[3])) }
    return pick(v[0], v[1])
  }
}

/// Lanes of floats compared lane by lane with the vector instructions of their concrete type
/// (in a generic function, `.>` is the library's generic lane-by-lane loop).
protocol ExtremeLanes: SIMD where Scalar: BinaryFloatingPoint {
  /// Each lane of `self` where it is beyond `other`'s (above for `max`) or NaN, else
  /// `other`'s.
  func kept(against other: Self, max: Bool) -> Self
  /// `WholeExtreme`'s lanes by the AVX-512 kernel of this type (see `lanes`).
  static func wideLanes(
    _ p: UnsafePointer<Scalar>, _ n: Int, _ max: Bool, _ acc: UnsafeMutablePointer<Scalar>
  ) -> Int
}

extension SIMD8: ExtremeLanes where Scalar == Double {
  @inline(__always) func kept(against other: Self, max: Bool) -> Self {
    other.replacing(with: self, where: (max ? self .> other : self .< other) .| (self .!= self))
  }
  @inline(__always) static func wideLanes(
    _ p: UnsafePointer<Double>, _ n: Int, _ max: Bool, _ acc: UnsafeMutablePointer<Double>
  ) -> Int { nk_whole_extreme_f64_avx512(p, n, max ? 1 : 0, acc) }
}

extension SIMD16: ExtremeLanes where Scalar == Float {
  @inline(__always) func kept(against other: Self, max: Bool) -> Self {
    other.replacing(with: self, where: (max ? self .> other : self .< other) .| (self .!= self))
  }
  @inline(__always) static func wideLanes(
    _ p: UnsafePointer<Float>, _ n: Int, _ max: Bool, _ acc: UnsafeMutablePointer<Float>
  ) -> Int { nk_whole_extreme_f32_avx512(p, n, max ? 1 : 0, acc) }
}
