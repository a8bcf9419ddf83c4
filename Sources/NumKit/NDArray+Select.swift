import CVectorMath

#if canImport(Glibc)
  import Glibc
#endif

/// Selection and element predicates: where, clip, isnan/isinf/isfinite, sign, around,
/// isclose/allclose/array_equal.
extension NDArray {
  /// `np.where(condition, x, y)`.
  public static func select(_ condition: NDArray, _ x: NDArray, _ y: NDArray) throws(NumKitError)
    -> NDArray
  {
    let shape = try Broadcast.shape(of: [condition.shape, x.shape, y.shape])
    let type = DType.promote(x.dtype, y.dtype)
    let truth =
      condition.dtype == .bool
      ? condition : try compare(.notEqual, condition, NDArray([0], shape: [], dtype: .int64))
    let c = Broadcast.view(truth, to: shape)
    let a = Broadcast.view(x.dtype == type ? x : x.copy(as: type), to: shape)
    let b = Broadcast.view(y.dtype == type ? y : y.copy(as: type), to: shape)
    let out = NDArray(uninitialized: shape, dtype: type)
    guard out.size > 0 else { return out }
    // The elements are picked, not computed: copied as bits of their width.
    switch type.itemSize {
    case 8: choose(c, a, b, out, UInt64.self)
    case 4: choose(c, a, b, out, UInt32.self)
    default: choose(c, a, b, out, UInt8.self)
    }
    return out
  }

  /// `out[i] = c[i] ? a[i] : b[i]` over operands of `out`'s shape (broadcast views).
  private static func choose<T>(
    _ c: NDArray, _ a: NDArray, _ b: NDArray, _ out: NDArray, _: T.Type
  ) {
    let pc = c.storage.pointer(UInt8.self)
    let (pa, pb, r) = (
      a.storage.pointer(T.self), b.storage.pointer(T.self), out.storage.pointer(T.self)
    )
    let loop = StridedLoop(
      shape: out.shape, strides: [c.strides, a.strides, b.strides, out.strides])
    loop.forEachRow(base: [c.offset, a.offset, b.offset, 0]) { o, n, s in
      let (qc, qa, qb, qr) = (pc + o[0], pa + o[1], pb + o[2], r + o[3])
      let (sc, sa, sb, sr) = (s[0], s[1], s[2], s[3])
      if sc == 1 && sa == 1 && sb == 1 && sr == 1 {
        for i in 0..<n { qr[i] = qc[i] != 0 ? qa[i] : qb[i] }
      } else if sc == 1 && sa == 1 && sb == 0 && sr == 1 {
        let v = qb[0]
        for i in 0..<n { qr[i] = qc[i] != 0 ? qa[i] : v }
      } else if sc == 1 && sa == 0 && sb == 1 && sr == 1 {
        let v = qa[0]
        for i in 0..<n { qr[i] = qc[i] != 0 ? v : qb[i] }
      } else {
        for i in 0..<n { qr[i * sr] = qc[i * sc] != 0 ? qa[i * sa] : qb[i * sb] }
      }
    }
  }

  /// `np.clip(a, low, high)` (either bound may be absent): numpy's `minimum(maximum(a, low),
  /// high)`. Dense floats between two single values that leave their dtype as it is go
  /// through one loop into one new array.
  public func clipped(_ low: NDArray?, _ high: NDArray?) throws(NumKitError) -> NDArray {
    if let low, let high, low.ndim == 0, high.ndim == 0, dtype.isFloat, stepsDensely,
      try ArithmeticOp.maximum.resultType(dtype, low.dtype) == dtype,
      try ArithmeticOp.minimum.resultType(dtype, high.dtype) == dtype
    {
      return dtype == .float64
        ? clippedDensely(low.double(at: 0), high.double(at: 0), Double.self)
        : clippedDensely(Float(low.double(at: 0)), Float(high.double(at: 0)), Float.self)
    }
    var result = self
    if let low { result = try NDArray.binary(.maximum, result, low) }
    if let high { result = try NDArray.binary(.minimum, result, high) }
    return result
  }

  /// `clipped` of dense elements, as numpy's clip loop: NaN stays NaN (a NaN bound makes every
  /// element NaN), a value equal to a bound stays itself (`clip(-0.0, 0.0, 1)` is -0.0). One
  /// loop that vectorises (maximum then minimum passed in as closures were two calls an
  /// element: 1.75 times numpy's time, and gave the bound on ties).
  private func clippedDensely<T: BinaryFloatingPoint & ArrayElement>(
    _ low: T, _ high: T, _: T.Type
  ) -> NDArray {
    let out = NDArray(uninitialized: shape, dtype: dtype)
    let p = storage.pointer(T.self) + offset
    let r = out.storage.pointer(T.self)
    if low.isNaN || high.isNaN {
      r.initialize(repeating: .nan, count: size)
    } else {
      for i in 0..<size {
        let x = p[i]
        let raised = x < low ? low : x
        r[i] = x.isNaN ? .nan : raised > high ? high : raised
      }
    }
    return out
  }

  public enum Predicate: String, Sendable { case isnan, isinf, isfinite }

  public func test(_ p: Predicate) -> NDArray {
    ResultLayout.laidOutLike(self, { $0.testInCOrder(p) }) ?? testInCOrder(p)
  }

  private func testInCOrder(_ p: Predicate) -> NDArray {
    let out = NDArray(uninitialized: shape, dtype: .bool)
    let r = out.storage.pointer(UInt8.self)
    switch dtype {
    case .float64 where p == .isnan && WideKernels.byteMasks:
      // `x != x`, sixteen lanes at a time (the comparison kernel of `a != b`).
      let x = dense(.float64)
      let q = x.storage.pointer(Double.self) + x.offset
      withExtendedLifetime(x) { nk_compare_f64_avx512(q, q, 1, 0, r, size, 5) }
    case .float64: ElementTests.run(p, dense(.float64), Double.self, UInt64.self, r)
    case .float32: ElementTests.run(p, dense(.float32), Float.self, UInt32.self, r)
    default: r.initialize(repeating: p == .isfinite ? 1 : 0, count: size)
    }
    return out
  }

  /// This array's elements of `type` lying densely in C order: itself, or a copy.
  func dense(_ type: DType) -> NDArray {
    dtype == type && stepsDensely ? self : copy(as: type)
  }

  /// `np.sign`: -1, 0 or 1 in the array's type (nan stays nan).
  public func sign() -> NDArray {
    switch dtype {
    case .float64: return mapped(Double.self) { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 == 0 ? 0 : $0 }
    case .float32: return mapped(Float.self) { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 == 0 ? 0 : $0 }
    case .int64: return mapped(Int64.self) { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
    case .int32: return mapped(Int32.self) { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
    case .uint8: return mapped(UInt8.self) { $0 > 0 ? 1 : 0 }
    case .bool: return copy(as: .int64).sign()
    }
  }

  /// `f` of each element, into an array of this dtype laid out as this one (numpy's order K).
  private func mapped<T>(_: T.Type, _ f: (T) -> T) -> NDArray {
    ResultLayout.laidOutLike(self, { $0.mappedInCOrder(T.self, f) }) ?? mappedInCOrder(T.self, f)
  }

  /// `mapped` with the result in C order.
  private func mappedInCOrder<T>(_: T.Type, _ f: (T) -> T) -> NDArray {
    let source = dense(dtype)
    let out = NDArray(uninitialized: shape, dtype: dtype)
    let (p, q) = (source.storage.pointer(T.self) + source.offset, out.storage.pointer(T.self))
    withExtendedLifetime(source) { for i in 0..<out.size { q[i] = f(p[i]) } }
    return out
  }

  /// `np.around(a, decimals)`: numpy's algorithm in the array's float type: scale by the
  /// power of ten, round half to even, unscale (for negative `decimals`, divide first).
  public func rounded(decimals: Int) -> NDArray {
    guard dtype.isFloat else {
      return decimals >= 0 ? copy() : copy(as: .float64).rounded(decimals: decimals).copy(as: dtype)
    }
    let scale = pow(10.0, Double(abs(decimals)))
    if dtype == .float32 {
      let f = Float(scale)
      return decimals >= 0
        ? mapped(Float.self) { ($0 * f).rounded(.toNearestOrEven) / f }
        : mapped(Float.self) { ($0 / f).rounded(.toNearestOrEven) * f }
    }
    return decimals >= 0
      ? mapped(Double.self) { ($0 * scale).rounded(.toNearestOrEven) / scale }
      : mapped(Double.self) { ($0 / scale).rounded(.toNearestOrEven) * scale }
  }

  /// `np.isclose(a, b, rtol, atol, equal_nan)`: |a - b| <= atol + rtol * |b| (nan close to
  /// nan only with `equalNaN`).
  public static func isClose(
    _ a: NDArray, _ b: NDArray, rtol: Double, atol: Double, equalNaN: Bool = false
  ) throws(NumKitError) -> NDArray {
    let shape = try Broadcast.shape(a.shape, b.shape)
    // numpy makes `b` a float first (an int becomes float64), then computes in the type of
    // `a - b`, the tolerances (Python floats) taking that type: float32 stays float32.
    let type = DType.promote(a.dtype, b.dtype.isFloat ? b.dtype : .float64)
    let x = Broadcast.view(a.dtype == type ? a : a.copy(as: type), to: shape)
    let y = Broadcast.view(b.dtype == type ? b : b.copy(as: type), to: shape)
    let out = NDArray(uninitialized: shape, dtype: .bool)
    guard out.size > 0 else { return out }
    if type == .float32 {
      closeness(x, y, out, Float(rtol), Float(atol), equalNaN)
    } else {
      closeness(x, y, out, rtol, atol, equalNaN)
    }
    return out
  }

  /// numpy's test, `|x - y| <= atol + rtol * |y|` where y is finite, or `x == y`.
  private static func closeness<T: BinaryFloatingPoint>(
    _ x: NDArray, _ y: NDArray, _ out: NDArray, _ rtol: T, _ atol: T, _ equalNaN: Bool
  ) {
    let (p, q, r) = (
      x.storage.pointer(T.self), y.storage.pointer(T.self), out.storage.pointer(UInt8.self)
    )
    let loop = StridedLoop(shape: out.shape, strides: [x.strides, y.strides, out.strides])
    loop.forEachRow(base: [x.offset, y.offset, 0]) { o, n, s in
      let (px, py, pr) = (p + o[0], q + o[1], r + o[2])
      let (sx, sy, sr) = (s[0], s[1], s[2])
      for i in 0..<n {
        let (u, v) = (px[i * sx], py[i * sy])
        let close = (Swift.abs(u - v) <= atol + rtol * Swift.abs(v) && v.isFinite) || u == v
        pr[i * sr] = close || (equalNaN && u.isNaN && v.isNaN) ? 1 : 0
      }
    }
  }

  /// `np.outer(a, b)`: every product of the flattened operands.
  public static func outer(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    let column = a.reshapedView([a.size, 1])
    let row = b.reshapedView([1, b.size])
    return try binary(.multiply, column, row)
  }
}

/// `np.isnan`, `np.isinf`, `np.isfinite` over dense float elements, by their bits (a float
/// is NaN or infinite when its exponent bits are all set), so that the loops are vectorised.
enum ElementTests {
  static func run<T: BinaryFloatingPoint, Bits: FixedWidthInteger & UnsignedInteger>(
    _ p: NDArray.Predicate, _ source: NDArray, _: T.Type, _: Bits.Type,
    _ r: UnsafeMutablePointer<UInt8>
  ) {
    let n = source.size
    let bits = UnsafeRawPointer(source.storage.pointer(T.self) + source.offset)
      .assumingMemoryBound(to: Bits.self)
    let exponent = Bits(truncatingIfNeeded: (1 << T.exponentBitCount) - 1) << T.significandBitCount
    let magnitude = ~(Bits(1) << (Bits.bitWidth - 1))
    switch p {
    case .isnan: for i in 0..<n { r[i] = bits[i] & magnitude > exponent ? 1 : 0 }
    case .isinf: for i in 0..<n { r[i] = bits[i] & magnitude == exponent ? 1 : 0 }
    case .isfinite: for i in 0..<n { r[i] = bits[i] & exponent != exponent ? 1 : 0 }
    }
  }
}
