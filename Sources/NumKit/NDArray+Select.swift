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
    let c = Broadcast.view(condition, to: shape)
    let a = Broadcast.view(x.copy(as: type), to: shape)
    let b = Broadcast.view(y.copy(as: type), to: shape)
    let out = NDArray(uninitialized: shape, dtype: type)
    for i in 0..<out.size {
      let source = c.bool(at: i) ? a : b
      if type.isFloat {
        out.setFlat(i, source.double(at: i))
      } else {
        out.setFlat(i, 0, int: source.int(at: i))
      }
    }
    return out
  }

  /// `np.nonzero(a)` for one array: the indices of true elements along each axis.
  public var nonzeroIndices: [NDArray] {
    var positions = [[Int]](repeating: [], count: ndim)
    for flat in 0..<size where bool(at: flat) {
      var rest = flat
      for d in stride(from: ndim - 1, through: 0, by: -1) {
        positions[d].append(rest % shape[d])
        rest /= shape[d]
      }
    }
    return positions.map { NDArray($0, shape: [$0.count]) }
  }

  /// `np.clip(a, low, high)` (either bound may be absent).
  public func clipped(_ low: NDArray?, _ high: NDArray?) throws(NumKitError) -> NDArray {
    var result = self
    if let low { result = try NDArray.binary(.maximum, result, low) }
    if let high { result = try NDArray.binary(.minimum, result, high) }
    return result
  }

  public enum Predicate: String, Sendable { case isnan, isinf, isfinite }

  public func test(_ p: Predicate) -> NDArray {
    let out = NDArray(uninitialized: shape, dtype: .bool)
    let r = out.storage.pointer(Bool.self)
    for i in 0..<size {
      let v = dtype.isFloat ? double(at: i) : 0
      switch p {
      case .isnan: r[i] = v.isNaN
      case .isinf: r[i] = v.isInfinite
      case .isfinite: r[i] = v.isFinite
      }
    }
    return out
  }

  /// `np.sign`: -1, 0 or 1 in the array's type (nan stays nan).
  public func sign() -> NDArray {
    let out = NDArray(uninitialized: shape, dtype: dtype == .bool ? .int64 : dtype)
    for i in 0..<size {
      if dtype.isFloat {
        let v = double(at: i)
        out.setFlat(i, v.isNaN ? .nan : (v > 0 ? 1 : v < 0 ? -1 : 0))
      } else {
        let v = int(at: i)
        out.setFlat(i, 0, int: v > 0 ? 1 : v < 0 ? -1 : 0)
      }
    }
    return out
  }

  /// `np.around(a, decimals)`: numpy's algorithm, scale, round half to even, unscale.
  public func rounded(decimals: Int) -> NDArray {
    guard dtype.isFloat else {
      return decimals >= 0 ? copy() : copy(as: .float64).rounded(decimals: decimals).copy(as: dtype)
    }
    let out = copy()
    let scale = pow(10.0, Double(abs(decimals)))
    for i in 0..<size {
      let v = double(at: i)
      let r: Double =
        decimals >= 0
        ? (v * scale).rounded(.toNearestOrEven) / scale
        : (v / scale).rounded(.toNearestOrEven) * scale
      out.setFlat(i, r)
    }
    return out
  }

  /// `np.isclose(a, b, rtol, atol, equal_nan)`: |a - b| <= atol + rtol * |b| (nan close to
  /// nan only with `equalNaN`).
  public static func isClose(
    _ a: NDArray, _ b: NDArray, rtol: Double, atol: Double, equalNaN: Bool = false
  ) throws(NumKitError) -> NDArray {
    let shape = try Broadcast.shape(a.shape, b.shape)
    let x = Broadcast.view(a, to: shape)
    let y = Broadcast.view(b, to: shape)
    let out = NDArray(uninitialized: shape, dtype: .bool)
    let r = out.storage.pointer(Bool.self)
    for i in 0..<out.size {
      let (p, q) = (x.double(at: i), y.double(at: i))
      r[i] =
        p == q || (p.isFinite && q.isFinite && abs(p - q) <= atol + rtol * abs(q))
        || (equalNaN && p.isNaN && q.isNaN)
    }
    return out
  }

  /// `np.array_equal(a, b)`: same shape and equal elements.
  public static func arrayEqual(_ a: NDArray, _ b: NDArray) -> Bool {
    guard a.shape == b.shape else { return false }
    for i in 0..<a.size where a.double(at: i) != b.double(at: i) || a.int(at: i) != b.int(at: i) {
      return false
    }
    return true
  }

  /// `np.outer(a, b)`: every product of the flattened operands.
  public static func outer(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    let column = a.reshapedView([a.size, 1])
    let row = b.reshapedView([1, b.size])
    return try binary(.multiply, column, row)
  }
}
