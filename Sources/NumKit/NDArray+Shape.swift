/// Shape operations: views where numpy gives views (transpose, swapaxes, expand_dims,
/// squeeze, flip), copies where numpy copies (concatenate, stack, tile, repeat, pad).
extension NDArray {
  // MARK: - Views

  /// `a.transpose(axes)`; nil reverses the axes.
  public func transposed(_ axes: [Int]?) throws(NumKitError) -> NDArray {
    guard let axes else { return transposed }
    guard axes.count == ndim else { throw .value("axes don't match array") }
    var order: [Int] = []
    for a in axes { order.append(try normalizeAxis(a)) }
    guard Set(order).count == order.count else { throw .value("repeated axis in transpose") }
    return NDArray(
      storage: storage, shape: order.map { shape[$0] }, strides: order.map { strides[$0] },
      offset: offset)
  }

  public func swappingAxes(_ a: Int, _ b: Int) throws(NumKitError) -> NDArray {
    // (numpy names the argument that is out of range.)
    func checked(_ axis: Int, _ name: String) throws(NumKitError) -> Int {
      guard axis >= -ndim && axis < ndim else {
        throw .axis("\(name): axis \(axis) is out of bounds for array of dimension \(ndim)")
      }
      return axis < 0 ? axis + ndim : axis
    }
    let (x, y) = (try checked(a, "axis1"), try checked(b, "axis2"))
    var order = Array(0..<ndim)
    order.swapAt(x, y)
    return try transposed(order)
  }

  /// `np.expand_dims(a, axis)`: a new size-1 axis at `axis` (negative counts from the end of
  /// the result).
  public func expandingDims(_ axis: Int) throws(NumKitError) -> NDArray {
    let n = ndim + 1
    guard axis >= -n && axis < n else {
      throw .axis("axis \(axis) is out of bounds for array of dimension \(n)")
    }
    let a = axis < 0 ? axis + n : axis
    var s = shape
    var st = strides
    s.insert(1, at: a)
    st.insert(0, at: a)
    return NDArray(storage: storage, shape: s, strides: st, offset: offset)
  }

  /// `np.squeeze(a, axis)`: drops size-1 axes (all, or the given ones).
  public func squeezed(_ axes: [Int]?) throws(NumKitError) -> NDArray {
    let drop: [Int]
    if let axes {
      drop = try normalizeAxes(axes)
      for a in drop where shape[a] != 1 {
        throw .value("cannot select an axis to squeeze out which has size not equal to one")
      }
    } else {
      drop = shape.indices.filter { shape[$0] == 1 }
    }
    let keep = shape.indices.filter { !drop.contains($0) }
    return NDArray(
      storage: storage, shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] },
      offset: offset)
  }

  /// `np.flip(a, axis)`: reversed along the axes (all when nil), as a view.
  public func flipped(_ axes: [Int]?) throws(NumKitError) -> NDArray {
    var view = self
    for a in try axes.map({ (x) throws(NumKitError) in try normalizeAxes(x) }) ?? Array(0..<ndim)
    where shape[a] > 0 {
      view.offset += (shape[a] - 1) * view.strides[a]
      view.strides[a] = -view.strides[a]
    }
    return view
  }

  // MARK: - Joining and repeating (copies)

  /// `np.concatenate(arrays, axis)`; `axis` nil flattens first.
  public static func concatenate(_ arrays: [NDArray], axis: Int?) throws(NumKitError) -> NDArray {
    guard let first = arrays.first else { throw .value("need at least one array to concatenate") }
    var parts = arrays
    var a = axis ?? 0
    if axis == nil { parts = arrays.map { $0.reshapedView([$0.size]) } }
    let ndim = parts[0].ndim
    guard ndim > 0 else { throw .value("zero-dimensional arrays cannot be concatenated") }
    a = try parts[0].normalizeAxes([a])[0]
    for (i, p) in parts.enumerated() {
      guard p.ndim == ndim else {
        throw .value(
          "all the input arrays must have same number of dimensions, but the array at index 0 has \(ndim) dimension(s) and the array at index \(i) has \(p.ndim) dimension(s)"
        )
      }
      for d in 0..<ndim where d != a && p.shape[d] != parts[0].shape[d] {
        throw .value(
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(parts[0].shape[d]) and the array at index \(i) has size \(p.shape[d])"
        )
      }
    }
    var shape = parts[0].shape
    shape[a] = parts.reduce(0) { $0 + $1.shape[a] }
    let type = parts.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
    try MemoryBudget.check(shape, type)
    let out = NDArray(uninitialized: shape, dtype: type)
    // Each part is written into the view of `out` it fills (converted to its dtype).
    var start = 0
    for p in parts {
      let region = NDArray(
        storage: out.storage, shape: p.shape, strides: out.strides,
        offset: start * out.strides[a])
      if p.size > 0 { region.write(p) }
      start += p.shape[a]
    }
    return out
  }

  /// `np.stack(arrays, axis)`: joins along a new axis.
  public static func stack(_ arrays: [NDArray], axis: Int) throws(NumKitError) -> NDArray {
    guard let first = arrays.first else { throw .value("need at least one array to stack") }
    for a in arrays where a.shape != first.shape {
      throw .value("all input arrays must have the same shape")
    }
    let expanded = try arrays.map { (a) throws(NumKitError) in try a.expandingDims(axis) }
    return try concatenate(expanded, axis: axis < 0 ? axis + first.ndim + 1 : axis)
  }

  /// `np.tile(a, reps)`.
  public func tiled(_ reps: [Int]) throws(NumKitError) -> NDArray {
    let n = max(ndim, reps.count)
    guard reps.allSatisfy({ $0 >= 0 }) else {
      throw .value("negative dimensions are not allowed")
    }
    let base = reshapedView(Array(repeating: 1, count: n - ndim) + shape)
    let r = Array(repeating: 1, count: n - reps.count) + reps
    try Self.checkTileBudget(base.shape, r, dtype)
    if base.size == 0 {
      // Nothing to copy; the result's extents must still fit (numpy's dimension check).
      var extents: [Int] = []
      for axis in 0..<n {
        let (extent, overflow) = r[axis].multipliedReportingOverflow(by: base.shape[axis])
        if overflow { throw .value("Maximum allowed dimension exceeded") }
        extents.append(extent)
      }
      try MemoryBudget.check(extents, dtype)
      return NDArray(zeros: extents, dtype: dtype)
    }
    // A view of shape (r0, s0, r1, s1, ...) whose repetition axes step by 0, copied once.
    var viewShape: [Int] = []
    var viewStrides: [Int] = []
    for axis in 0..<n {
      viewShape += [r[axis], base.shape[axis]]
      viewStrides += [0, base.strides[axis]]
    }
    let repeated = NDArray(
      storage: base.storage, shape: viewShape, strides: viewStrides, offset: base.offset)
    return repeated.copy().reshapedView((0..<n).map { r[$0] * base.shape[$0] })
  }

  /// numpy's tile repeats one axis at a time from the first (`c.reshape(-1, n).repeat(nrep,
  /// 0)`): a size it cannot hold is refused with the shape of the step that fails, as numpy's
  /// MemoryError names it (`np.tile(np.ones(3), 10**12)`: shape (1000000000000, 3)).
  private static func checkTileBudget(_ shape: [Int], _ reps: [Int], _ dtype: DType)
    throws(NumKitError)
  {
    var total = shape.reduce(1, *)
    var n = total
    guard n > 0 else { return }
    for (length, times) in zip(shape, reps) {
      if times != 1 {
        let (rows, overflow) = (total / n).multipliedReportingOverflow(by: times)
        try MemoryBudget.check([overflow ? Int.max : rows, n], dtype)
        total = rows * n
      }
      n /= length
    }
  }

  /// `np.repeat(a, repeats, axis)`: each element (or slice along `axis`) `repeats` times.
  public func repeated(_ repeats: Int, axis: Int?) throws(NumKitError) -> NDArray {
    guard repeats >= 0 else { throw .value("negative dimensions are not allowed") }
    let source = axis == nil ? reshapedView([size]) : self
    let a = try source.normalizeAxes([axis ?? 0])[0]
    var result = source.shape
    let (length, overflow) = result[a].multipliedReportingOverflow(by: repeats)
    result[a] = overflow ? Int.max : length
    try MemoryBudget.check(result, dtype)
    // A view with a length-`repeats`, stride-0 axis after `a`, copied once and merged.
    var viewShape = source.shape
    var viewStrides = source.strides
    viewShape.insert(repeats, at: a + 1)
    viewStrides.insert(0, at: a + 1)
    let view = NDArray(
      storage: source.storage, shape: viewShape, strides: viewStrides, offset: source.offset)
    return view.copy().reshapedView(result)
  }

  /// `np.pad(a, widths, constant_values=c)` with constant padding.
  public func padded(_ widths: [(Int, Int)], constant: Double) throws(NumKitError) -> NDArray {
    guard widths.count == ndim, widths.allSatisfy({ $0.0 >= 0 && $0.1 >= 0 }) else {
      throw .value("index can't contain negative values")
    }
    let shape = zip(self.shape, widths).map { $0 + $1.0 + $1.1 }
    try MemoryBudget.check(shape, dtype)
    let out = NDArray(zeros: shape, dtype: dtype)
    if constant != 0 {
      try out.assign([.ellipsis], NDArray([constant], shape: []))
    }
    let items = zip(self.shape, widths).map { n, w in
      IndexItem.slice(start: w.0, stop: w.0 + n, step: 1)
    }
    try out.assign(items, self)
    return out
  }

  // MARK: - Creation

  /// `np.eye(n, m, k)`.
  public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) -> NDArray
  {
    let cols = m ?? n
    let out = NDArray(zeros: [n, cols], dtype: dtype)
    // Row i holds its one at column i + k: rows max(0, -k) ..< min(n, cols - k).
    let rows = max(0, -k)..<max(max(0, -k), min(n, cols - k))
    for i in rows { out.setFlat(i * cols + i + k, 1, int: 1) }
    return out
  }

  /// `np.full(shape, value)`.
  public static func full(_ shape: [Int], _ value: NDArray, dtype: DType) throws(NumKitError)
    -> NDArray
  {
    try MemoryBudget.check(shape, dtype)
    let out = NDArray(uninitialized: shape, dtype: dtype)
    try out.assign([.ellipsis], value)
    return out
  }
}
