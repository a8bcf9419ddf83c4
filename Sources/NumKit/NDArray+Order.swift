/// Sorting, cumulative sums and products: along an axis, or over the flattened array.
extension NDArray {
  /// `np.sort(a, axis)` (nil: flattened). Stable; NaN sorts last, as in numpy.
  public func sorted(axis: Int?) throws(NumKitError) -> NDArray {
    let order = try argsorted(axis: axis)
    return try takeAlong(order, axis: axis)
  }

  /// `np.argsort(a, axis)`: a stable merge sort (numpy's default quicksort may order ties
  /// differently in arrays longer than 16).
  public func argsorted(axis: Int?) throws(NumKitError) -> NDArray {
    let (source, a) = try alongLastAxis(axis)
    let n = source.shape.last ?? 1
    let rows = n == 0 ? 0 : source.size / n
    let out = NDArray(uninitialized: source.shape, dtype: .int64)
    let r = out.storage.pointer(Int64.self)
    let values = source.copy(as: .float64)
    let p = values.storage.pointer(Double.self)
    let integers = dtype.isInteger ? source.copy(as: .int64) : nil
    for row in 0..<rows {
      let base = row * n
      var index = Array(0..<n)
      if let integers {
        let q = integers.storage.pointer(Int64.self)
        index.sort { q[base + $0] < q[base + $1] || (q[base + $0] == q[base + $1] && $0 < $1) }
      } else {
        index.sort { i, j in
          let (x, y) = (p[base + i], p[base + j])
          if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN || (x.isNaN && y.isNaN && i < j) }
          return x < y || (x == y && i < j)
        }
      }
      for k in 0..<n { r[base + k] = Int64(index[k]) }
    }
    return try out.movingLastAxis(to: a)
  }

  /// `np.cumsum`/`np.cumprod` along `axis` (nil: flattened), accumulated in order.
  public func cumulative(product: Bool, axis: Int?) throws(NumKitError) -> NDArray {
    let (source, a) = try alongLastAxis(axis)
    let type: DType = dtype.isFloat ? dtype : .int64
    let values = source.copy(as: type)
    let n = values.shape.last ?? 1
    let rows = n == 0 ? 0 : values.size / n
    if type == .float64 {
      let p = values.storage.pointer(Double.self)
      for row in 0..<rows {
        for k in 1..<max(n, 1) {
          let i = row * n + k
          p[i] = product ? p[i - 1] * p[i] : p[i - 1] + p[i]
        }
      }
    } else if type == .float32 {
      let q = values.storage.pointer(Float.self)
      for row in 0..<rows {
        for k in 1..<max(n, 1) {
          let i = row * n + k
          q[i] = product ? q[i - 1] * q[i] : q[i - 1] + q[i]
        }
      }
    } else {
      let p = values.storage.pointer(Int64.self)
      for row in 0..<rows {
        for k in 1..<max(n, 1) {
          let i = row * n + k
          p[i] = product ? p[i - 1] &* p[i] : p[i - 1] &+ p[i]
        }
      }
    }
    return try values.movingLastAxis(to: a)
  }

  /// `np.unique(a)`: the sorted distinct values, flattened; with their counts if asked.
  public func unique() throws(NumKitError) -> (values: NDArray, counts: NDArray) {
    let sortedValues = try sorted(axis: nil)
    var keep: [Int] = []
    var counts: [Int] = []
    for i in 0..<sortedValues.size {
      let same =
        i > 0
        && (dtype.isFloat
          ? (sortedValues.double(at: i) == sortedValues.double(at: i - 1)
            || (sortedValues.double(at: i).isNaN && sortedValues.double(at: i - 1).isNaN))
          : sortedValues.int(at: i) == sortedValues.int(at: i - 1))
      if same {
        counts[counts.count - 1] += 1
      } else {
        keep.append(i)
        counts.append(1)
      }
    }
    let values = try sortedValues.index([.integers(NDArray(keep, shape: [keep.count]))])
    return (values, NDArray(counts, shape: [counts.count]))
  }

  // MARK: - Helpers

  /// The array with `axis` moved last and made contiguous (flattened for nil), and the axis.
  private func alongLastAxis(_ axis: Int?) throws(NumKitError) -> (NDArray, Int?) {
    guard let axis else { return (contiguous.reshapedView([size]), nil) }
    let a = try normalizeAxes([axis])[0]
    var order = Array(0..<ndim)
    order.remove(at: a)
    order.append(a)
    return (try transposed(order).copy(), a)
  }

  /// Undoes `alongLastAxis`: moves the last axis back to `axis`.
  private func movingLastAxis(to axis: Int?) throws(NumKitError) -> NDArray {
    guard let axis, ndim > 1 else { return self }
    var order = Array(0..<(ndim - 1))
    order.insert(ndim - 1, at: axis)
    return try transposed(order).copy()
  }

  /// `np.take_along_axis(a, indices, axis)` for indices shaped like `a`.
  private func takeAlong(_ indices: NDArray, axis: Int?) throws(NumKitError) -> NDArray {
    let (source, a) = try alongLastAxis(axis)
    let (order, _) = try indices.alongLastAxis(axis)
    let n = source.shape.last ?? 1
    let out = NDArray(uninitialized: source.shape, dtype: dtype)
    let bytes = dtype.itemSize
    for i in 0..<source.size {
      let row = i / max(n, 1)
      let pick = row * n + order.int(at: i)
      (out.storage.raw + i * bytes).copyMemory(
        from: source.storage.raw + pick * bytes, byteCount: bytes)
    }
    return try out.movingLastAxis(to: a)
  }
}
