/// Reductions along axes, in numpy's summation order for C-contiguous data: along the last axis
/// each row is summed pairwise; along another axis each output element accumulates in index
/// order (numpy adds whole slices one after another).
extension NDArray {
  /// Reduces along `axes` (nil: all axes). Axes may be negative; `keepdims` keeps them as 1.
  public func reduce(_ kind: Reduction, axes: [Int]?, keepdims: Bool = false) throws(NumKitError)
    -> NDArray
  {
    guard let axes else {
      let whole = try reduce(kind)
      return keepdims ? whole.reshapedView(Array(repeating: 1, count: ndim)) : whole
    }
    let normalized = try normalizeAxes(axes)
    try checkEmptyReduction(normalized)
    if let result = try reducedInMemoryOrder(kind, normalized, keepdims: keepdims) {
      return result
    }
    if normalized.count == 1 {
      return try reduce(kind, axis: normalized[0], keepdims: keepdims)
    }
    // Several axes: the mean divides once by the product of their sizes.
    var result = self
    let count = normalized.reduce(1) { $0 * shape[$1] }
    if kind == .sum && dtype.isFloat || kind == .mean {
      let axes = normalized.sorted()
      result =
        dtype == .float32
        ? NDArray.axesSum(contiguous, axes, Float.self, .float32)
        : NDArray.axesSum(
          dtype == .float64 ? contiguous : copy(as: .float64), axes, Double.self, .float64)
      if kind == .mean { result = try result.divided(by: count) }
      return keepdims
        ? result.reshapedView(shape.indices.map { axes.contains($0) ? 1 : shape[$0] }) : result
    }
    let step: Reduction = kind == .mean ? .sum : kind
    for axis in normalized.sorted(by: >) {
      result = try result.reduce(step, axis: axis, keepdims: true)
    }
    if kind == .mean { result = try result.divided(by: count) }
    if !keepdims {
      result = result.reshapedView(
        shape.indices.filter { !normalized.contains($0) }.map { shape[$0] })
    }
    return result
  }

  /// A reduction of an array whose axes do not lie in C order (`x.T.sum(axis=0)`, a
  /// Fortran-ordered array's mean): numpy's iterator visits the axes in memory order, so it
  /// sums floats pairwise along the axis whose elements lie closest together and adds slice
  /// after slice along the others. Reduced here with the axes in that order (the reduction of
  /// C order then adds as numpy does), the result's axes put back: a view laid out as numpy's
  /// result is. Nil for an array whose axes lie in C order.
  private func reducedInMemoryOrder(_ kind: Reduction, _ axes: [Int], keepdims: Bool)
    throws(NumKitError) -> NDArray?
  {
    guard ndim > 1, !stepsDensely else { return nil }
    let order = memoryOrderAxes
    if order == Array(0..<ndim) { return nil }
    let moved = axes.map { axis in order.firstIndex(of: axis)! }
    let result = try permuted(order).reduce(kind, axes: moved, keepdims: true)
      .permuted(ResultLayout.inverse(order))
    return keepdims ? result : try result.squeezed(axes)
  }

  /// Reduces along one `axis` (negative from the end).
  public func reduce(_ kind: Reduction, along axis: Int, keepdims: Bool = false)
    throws(NumKitError) -> NDArray
  {
    let axis = try normalizeAxis(axis)
    try checkEmptyReduction([axis])
    if let result = try reducedInMemoryOrder(kind, [axis], keepdims: keepdims) { return result }
    return try reduce(kind, axis: axis, keepdims: keepdims)
  }

  /// Only an empty array's reduction can be larger than the array (`np.zeros((0, 2**40))
  /// .sum(axis=0)`): its result's size is checked as numpy checks it.
  func checkEmptyReduction(_ axes: [Int]) throws(NumKitError) {
    guard size == 0 else { return }
    try MemoryBudget.check(shape.indices.filter { !axes.contains($0) }.map { shape[$0] }, dtype)
  }

  /// numpy's axis check: `axis 2 is out of bounds for array of dimension 2`; a negative axis
  /// counts from the end.
  func normalizeAxis(_ axis: Int) throws(NumKitError) -> Int {
    guard axis >= -ndim && axis < ndim else {
      throw .axis("axis \(axis) is out of bounds for array of dimension \(ndim)")
    }
    return axis < 0 ? axis + ndim : axis
  }

  /// The products of the extents before and after `axis`.
  @inline(__always) func extents(around axis: Int) -> (outer: Int, inner: Int) {
    var (outer, inner) = (1, 1)
    for i in 0..<axis { outer *= shape[i] }
    for i in (axis + 1)..<ndim { inner *= shape[i] }
    return (outer, inner)
  }

  /// The shape of a reduction along `axis`: without it, or with it as 1 (`keepdims`). Made
  /// at its size: a copy of `shape` with an axis removed copies it twice.
  func reducedShape(removing axis: Int, keepdims: Bool) -> [Int] {
    if keepdims {
      var kept = shape
      kept[axis] = 1
      return kept
    }
    switch ndim {
    case 1: return []
    case 2: return NDArray.vectorShape(shape[1 - axis])
    default:
      return Array(unsafeUninitializedCapacity: ndim - 1) { buffer, count in
        for (i, extent) in shape.enumerated() where i != axis {
          buffer[count] = extent
          count += 1
        }
      }
    }
  }

  /// `normalizeAxis` for each, and no axis twice.
  public func normalizeAxes(_ axes: [Int]) throws(NumKitError) -> [Int] {
    var out: [Int] = []
    for a in axes {
      let n = try normalizeAxis(a)
      guard !out.contains(n) else { throw .value("duplicate value in 'axis'") }
      out.append(n)
    }
    return out
  }

  private func reduce(_ kind: Reduction, axis: Int, keepdims: Bool) throws(NumKitError) -> NDArray {
    let n = shape[axis]
    if n == 0 && (kind == .max || kind == .min) {
      throw .value(
        "zero-size array to reduction operation \(kind == .max ? "maximum" : "minimum") which has no identity"
      )
    }
    let (outer, inner) = extents(around: axis)
    let outShape = reducedShape(removing: axis, keepdims: keepdims)
    // numpy's iterator runs its inner loop over the axis with the smallest stride: summing
    // along that axis is pairwise, along any other it accumulates slice after slice.
    let pairwise = (0..<ndim).allSatisfy {
      $0 == axis || shape[$0] <= 1 || abs(strides[$0]) >= abs(strides[axis])
    }
    switch (kind, dtype) {
    case (.sum, .float32), (.mean, .float32):
      return NDArray.axisSum(
        contiguous, outer, n, inner, Float.self, mean: kind == .mean, pairwise: pairwise,
        outShape, .float32)
    case (.sum, .float64), (.mean, _):
      let source = dtype == .float64 ? contiguous : copy(as: .float64)
      return NDArray.axisSum(
        source, outer, n, inner, Double.self, mean: kind == .mean, pairwise: pairwise,
        outShape, .float64)
    case (.prod, .float32):
      // In float32, as numpy multiplies (a float64 product rounded once differs).
      return NDArray.axisFold(contiguous, outer, n, inner, outShape, Float(1)) { $0 * $1 }
    case (_, .float64), (_, .float32):
      let source = dtype == .float64 ? contiguous : copy(as: .float64)
      let folded: NDArray
      switch kind {
      case .max:
        folded = NDArray.axisFold(source, outer, n, inner, outShape, Double?.none) {
          (x: Double, y: Double) in x.isNaN || y.isNaN ? .nan : Swift.max(x, y)
        }
      case .min:
        folded = NDArray.axisFold(source, outer, n, inner, outShape, Double?.none) {
          (x: Double, y: Double) in x.isNaN || y.isNaN ? .nan : Swift.min(x, y)
        }
      default: folded = NDArray.axisFold(source, outer, n, inner, outShape, 1.0) { $0 * $1 }
      }
      return dtype == .float64 ? folded : folded.copy(as: dtype)
    default:
      let source = copy(as: .int64)
      switch kind {
      case .max:
        return NDArray.axisFold(source, outer, n, inner, outShape, Int64?.none) {
          Swift.max($0, $1)
        }.copy(as: dtype)
      case .min:
        return NDArray.axisFold(source, outer, n, inner, outShape, Int64?.none) {
          Swift.min($0, $1)
        }.copy(as: dtype)
      case .prod:
        return NDArray.axisFold(source, outer, n, inner, outShape, Int64(1)) { $0 &* $1 }
      default:
        return NDArray.axisFold(source, outer, n, inner, outShape, Int64(0)) { $0 &+ $1 }
      }
    }
  }

  /// Sums (or means) along the middle of `outer` x `n` x `inner` contiguous values, into a
  /// new array of `shape` (`outer * inner` values).
  private static func axisSum<T: BinaryFloatingPoint>(
    _ a: NDArray, _ outer: Int, _ n: Int, _ inner: Int, _: T.Type, mean: Bool, pairwise: Bool,
    _ shape: [Int], _ type: DType
  ) -> NDArray {
    let out = NDArray(zeros: shape, dtype: type)
    let p = a.storage.pointer(T.self) + a.offset
    let r = out.storage.pointer(T.self)
    if inner == 1 && pairwise {
      for o in 0..<outer { r[o] = 0 + NDArray.pairwise(UnsafePointer(p + o * n), n) }
    } else {
      for o in 0..<outer {
        for j in 0..<n {
          let row = p + (o * n + j) * inner
          let acc = r + o * inner
          for i in 0..<inner { acc[i] += row[i] }
        }
      }
    }
    if mean {
      for i in 0..<(outer * inner) { r[i] /= T(n) }
    }
    return out
  }

  /// Folds along an axis in index order, starting from `identity` (nil: the first element).
  private static func axisFold<T>(
    _ a: NDArray, _ outer: Int, _ n: Int, _ inner: Int, _ shape: [Int], _ identity: T?,
    _ combine: (T, T) -> T
  ) -> NDArray {
    let out = NDArray(uninitialized: shape, dtype: a.dtype)
    let p = a.storage.pointer(T.self) + a.offset
    let r = out.storage.pointer(T.self)
    for o in 0..<outer {
      for i in 0..<inner {
        var acc = identity ?? p[o * n * inner + i]
        for j in (identity == nil ? 1 : 0)..<n { acc = combine(acc, p[(o * n + j) * inner + i]) }
        r[o * inner + i] = acc
      }
    }
    return out
  }

  /// `argmax`/`argmin` along `axis` (nil: over the flattened array): the first position of
  /// the extreme value, or of the first NaN.
  ///
  /// `reusing`: an array the result may be written into when it has the result's layout (a
  /// small result the program dropped): it is then returned, sharing that buffer.
  public func argExtreme(
    max: Bool, axis: Int?, keepdims: Bool = false, reusing spare: NDArray? = nil
  ) throws(NumKitError) -> NDArray {
    let name = max ? "argmax" : "argmin"
    let (outer, n, inner): (Int, Int, Int)
    let outShape: [Int]
    if let axis {
      let a = try normalizeAxis(axis)
      n = shape[a]
      (outer, inner) = extents(around: a)
      guard n > 0 else { throw .value("attempt to get \(name) of an empty sequence") }
      outShape = reducedShape(removing: a, keepdims: keepdims)
    } else {
      guard size > 0 else { throw .value("attempt to get \(name) of an empty sequence") }
      (outer, n, inner) = (1, size, 1)
      outShape = keepdims ? Array(repeating: 1, count: ndim) : []
    }
    // (Along an axis of some length, an empty rest gives an empty result, as in numpy.)
    if outer == 0 || inner == 0 { return NDArray(zeros: outShape, dtype: .int64) }
    let out =
      if let spare, spare.isFreshLayout(outShape, .int64) {
        spare
      } else {
        NDArray(uninitialized: outShape, dtype: .int64)
      }
    let r = out.storage.pointer(Int64.self)
    // A contiguous float64 array is read where it lies (a copy of `self` would retain its
    // storage and both index arrays, atomically, and release them after).
    if dtype == .float64 && hasCStrides {
      NDArray.argExtreme(storage.pointer(Double.self) + offset, outer, n, inner, into: r, max: max)
    } else {
      let source = copy(as: .float64)
      NDArray.argExtreme(
        source.storage.pointer(Double.self) + source.offset, outer, n, inner, into: r, max: max)
      withExtendedLifetime(source) {}
    }
    return out
  }

  /// argmax/argmin of `outer` blocks of `n` rows of `inner` float64 values at `p`.
  private static func argExtreme(
    _ p: UnsafeMutablePointer<Double>, _ outer: Int, _ n: Int, _ inner: Int,
    into r: UnsafeMutablePointer<Int64>, max: Bool
  ) {
    if inner == 1 {
      ArgExtreme.rows(UnsafePointer(p), outer, n, into: r, max: max)
      return
    }
    for o in 0..<outer {
      ArgExtreme.columns(UnsafePointer(p + o * n * inner), n, inner, into: r + o * inner, max: max)
    }
  }

  /// Variance (`ddof` degrees of freedom) as numpy computes it: the mean, then the mean of
  /// squared deviations divided by `n - ddof`.
  public func variance(axes: [Int]?, ddof: Int, keepdims: Bool = false) throws(NumKitError)
    -> NDArray
  {
    let mean = try reduce(.mean, axes: axes, keepdims: true)
    let deviation = try NDArray.binary(.subtract, self, mean)
    let squared = try NDArray.binary(.multiply, deviation, deviation)
    let total = try squared.reduce(.sum, axes: axes, keepdims: keepdims)
    let count = axes.map { try? normalizeAxes($0).reduce(1) { $0 * shape[$1] } } ?? size
    return try total.divided(by: Swift.max(0, (count ?? size) - ddof))
  }

  /// Division by a count, as numpy divides by a Python int (a weak scalar: float32 stays).
  func divided(by count: Int) throws(NumKitError) -> NDArray {
    let divisor = NDArray(
      [Double(count)], shape: [], dtype: dtype == .float32 ? .float32 : .float64)
    return try NDArray.binary(.divide, self, divisor)
  }

  /// A view with a new shape of the same (contiguous) elements.
  public func reshapedView(_ newShape: [Int]) -> NDArray {
    let base = isContiguous || size <= 1 ? self : copy()
    return NDArray(
      storage: base.storage, shape: newShape, strides: NDArray.contiguousStrides(newShape),
      offset: size <= 1 ? base.offset : 0)
  }
}
