import CBLAS

extension NDArray {
  /// `np.dot(a, b)`: float products by the BLAS routine numpy picks for the shapes
  /// (`FloatProduct`), on the operands' own buffers when BLAS can address them; integer
  /// products by a plain loop.
  public static func dot(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    try product(a, b, matmul: false)
  }

  /// `dot` of 1-D and 2-D operands; `matmul`: with `np.matmul`'s choice of loops.
  static func product(_ a: NDArray, _ b: NDArray, matmul: Bool) throws(NumKitError) -> NDArray {
    // With a 0-d operand, numpy's dot is multiplication.
    guard a.ndim >= 1, b.ndim >= 1 else { return try binary(.multiply, a, b) }
    if a.ndim == 2 && b.ndim == 2 && a.shape[1] == b.shape[0],
      let small = FloatProduct.small(a, b)
    {
      return small
    }
    if a.ndim > 2 || b.ndim > 2 { return try dotND(a, b) }
    if a.ndim == 1 && b.ndim == 1, let v = try vectorDot(a, b) { return v }
    // 1-D operands are a row (left) or a column (right) vector.
    let a2 =
      a.ndim == 1
      ? NDArray(
        storage: a.storage, shape: [1, a.shape[0]], strides: [0, a.strides[0]], offset: a.offset)
      : a
    let b2 =
      b.ndim == 1
      ? NDArray(
        storage: b.storage, shape: [b.shape[0], 1], strides: [b.strides[0], 0], offset: b.offset)
      : b
    let (m, k) = (a2.shape[0], a2.shape[1])
    let (k2, n) = (b2.shape[0], b2.shape[1])
    guard k == k2 else {
      throw .value(
        "shapes \(ShapeText.compact(a.shape)) and \(ShapeText.compact(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(k2) (dim 0)"
      )
    }
    let type = DType.promote(a.dtype, b.dtype)
    try MemoryBudget.check([m, n], type)
    let writesAll =
      (type == .float64 || type == .float32) && FloatProduct.writesEveryElement(m, k, n)
    var out =
      writesAll
      ? NDArray(uninitialized: [m, n], dtype: type) : NDArray(zeros: [m, n], dtype: type)
    switch type {
    case .float64, .float32: FloatProduct.multiply(a2, b2, into: out, matmul: matmul)
    case .int64, .int32, .bool, .uint8:
      integerProduct(a2.copy(as: .int64), b2.copy(as: .int64), &out)
    }
    if a.ndim == 1 && b.ndim == 1 {
      out.shape = []
      out.strides = []
    } else if a.ndim == 1 {
      out.shape = [n]
      out.strides = [1]
    } else if b.ndim == 1 {
      out.shape = [m]
      out.strides = [1]
    }
    return out
  }

  /// Two float vectors by BLAS `ddot`/`sdot`, as numpy computes `dot` of 1-D operands (same
  /// summation order, so the same last digits); nil for other dtypes.
  private static func vectorDot(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray? {
    let type = DType.promote(a.dtype, b.dtype)
    guard type == .float64 || type == .float32 else { return nil }
    guard a.shape[0] == b.shape[0] else {
      throw .value(
        "shapes \(ShapeText.compact(a.shape)) and \(ShapeText.compact(b.shape)) not aligned: \(a.shape[0]) (dim 0) != \(b.shape[0]) (dim 0)"
      )
    }
    // numpy copies operands with negative (or zero) strides before handing them to BLAS.
    let x = a.dtype == type && a.strides[0] > 0 ? a : a.copy(as: type)
    let y = b.dtype == type && b.strides[0] > 0 ? b : b.copy(as: type)
    let n = a.shape[0]
    let (sx, sy) = (x.strides[0], y.strides[0])
    if type == .float64 {
      let v = cblas_ddot(
        Int32(n), x.storage.pointer(Double.self) + x.offset, Int32(sx),
        y.storage.pointer(Double.self) + y.offset, Int32(sy))
      return NDArray([v], shape: [])
    }
    let v = cblas_sdot(
      Int32(n), x.storage.pointer(Float.self) + x.offset, Int32(sx),
      y.storage.pointer(Float.self) + y.offset, Int32(sy))
    return NDArray([Double(v)], shape: [], dtype: .float32)
  }

  /// `dot` with an operand of more than two dimensions: the sum over the last axis of `a` and
  /// the second-to-last of `b` (its only axis when 1-D); the result's shape is
  /// `a.shape[:-1] + b.shape[:-2] + b.shape[-1:]`.
  private static func dotND(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    let k = a.shape[a.ndim - 1]
    let kb = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
    guard k == kb else {
      throw .value(
        "shapes \(ShapeText.compact(a.shape)) and \(ShapeText.compact(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(kb) (dim \(Swift.max(b.ndim - 2, 0)))"
      )
    }
    let rows = try a.contiguous.reshaped([a.shape.dropLast().reduce(1, *), k])
    let columns: NDArray
    var shape = Array(a.shape.dropLast())
    if b.ndim == 1 {
      columns = b.reshapedView([k, 1])
    } else {
      // Bring b's contracted axis to the front, then flatten the rest into columns.
      var axes = Array(0..<b.ndim)
      axes.remove(at: b.ndim - 2)
      axes.insert(b.ndim - 2, at: 0)
      let moved = try b.transposed(axes).contiguous
      columns = try moved.reshaped([k, moved.shape.dropFirst().reduce(1, *)])
      shape += b.shape.dropLast(2) + [b.shape[b.ndim - 1]]
    }
    return try dot(rows, columns).contiguous.reshaped(shape)
  }

  /// Integer matrix product on contiguous int64 operands (wrapping, as numpy's).
  private static func integerProduct(_ a: NDArray, _ b: NDArray, _ out: inout NDArray) {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let p = a.storage.pointer(Int64.self)
    let q = b.storage.pointer(Int64.self)
    var result = NDArray(zeros: [m, n], dtype: .int64)
    let r = result.storage.pointer(Int64.self)
    for i in 0..<m {
      for t in 0..<k {
        let v = p[i * k + t]
        if v == 0 { continue }
        for j in 0..<n { r[i * n + j] &+= v &* q[t * n + j] }
      }
    }
    if out.dtype != .int64 { result = result.copy(as: out.dtype) }
    out = result
  }
}
