/// Sorting, cumulative sums and products: along an axis, or over the flattened array.
extension NDArray {
  /// `np.sort(a, axis)` (nil: flattened). Stable; NaN sorts last, as in numpy.
  public func sorted(axis: Int?) throws(NumKitError) -> NDArray {
    let (source, a) = try alongLastAxis(axis)
    defer { withExtendedLifetime(source) {} }
    let out = NDArray(uninitialized: source.shape, dtype: dtype)
    let bytes = dtype.itemSize
    let n = source.shape.last ?? 1
    var (keys, scratch): ([UInt64], [UInt64]) = ([], [])
    // Rows whose values come back from their keys sort the keys alone (half the bytes moved).
    var byKeys = n > 0
    for start in stride(from: 0, to: byKeys ? source.size : 0, by: Swift.max(n, 1)) {
      let from = UnsafeRawPointer(source.storage.raw + (source.offset + start) * bytes)
      let to = out.storage.raw + start * bytes
      byKeys = SortKeys.sortValues(from, to, n, dtype, keys: &keys, scratch: &scratch)
      if !byKeys { break }
    }
    if byKeys { return try out.movingLastAxis(to: a) }
    forEachSortedRow(source) { row, entries in
      let from = source.storage.raw + (source.offset + row) * bytes
      let to = out.storage.raw + row * bytes
      for (k, e) in entries.enumerated() {
        (to + k * bytes).copyMemory(from: from + e.position * bytes, byteCount: bytes)
      }
    }
    return try out.movingLastAxis(to: a)
  }

  /// `np.argsort(a, axis)`: a stable sort (numpy's default quicksort may order ties
  /// differently in arrays longer than 16).
  public func argsorted(axis: Int?) throws(NumKitError) -> NDArray {
    let (source, a) = try alongLastAxis(axis)
    let out = NDArray(uninitialized: source.shape, dtype: .int64)
    let r = out.storage.pointer(Int64.self)
    forEachSortedRow(source) { row, entries in
      for (k, e) in entries.enumerated() { r[row + k] = Int64(e.position) }
    }
    return try out.movingLastAxis(to: a)
  }

  /// Sorts each row of `source` (contiguous, sorted along its last axis) by `SortKeys` and
  /// hands over the first element's index and the sorted entries.
  private func forEachSortedRow(_ source: NDArray, _ body: (Int, [SortKeys.Entry]) -> Void) {
    let n = source.shape.last ?? 1
    guard n > 0 else { return }
    var (entries, scratch): ([SortKeys.Entry], [SortKeys.Entry]) = ([], [])
    entries.reserveCapacity(n)
    for start in stride(from: 0, to: source.size, by: n) {
      SortKeys.entries(
        UnsafeRawPointer(source.storage.raw + (source.offset + start) * dtype.itemSize), n, dtype,
        into: &entries)
      SortKeys.sort(&entries, scratch: &scratch)
      body(start, entries)
    }
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
  /// (Every NaN is one value, as numpy's `equal_nan=True` has it.)
  public func unique() throws(NumKitError) -> (values: NDArray, counts: NDArray) {
    let source = contiguous.reshapedView([size])
    defer { withExtendedLifetime(source) {} }
    let start = UnsafeRawPointer(source.storage.raw + source.offset * dtype.itemSize)
    // Values that come back from their keys: the keys sorted alone, runs of equal keys kept.
    let sortedValues = NDArray(uninitialized: [size], dtype: dtype)
    var (keys, spare): ([UInt64], [UInt64]) = ([], [])
    if size > 0,
      SortKeys.sortValues(
        start, sortedValues.storage.raw, size, dtype, keys: &keys, scratch: &spare)
    {
      var (keep, counts): ([Int], [Int]) = ([], [])
      for (i, k) in keys.enumerated() {
        if i > 0 && k == keys[i - 1] {
          counts[counts.count - 1] += 1
        } else {
          keep.append(i)
          counts.append(1)
        }
      }
      let values = try sortedValues.index([.integers(NDArray(keep, shape: [keep.count]))])
      return (values, NDArray(counts, shape: [counts.count]))
    }
    var (entries, scratch): ([SortKeys.Entry], [SortKeys.Entry]) = ([], [])
    entries.reserveCapacity(size)
    SortKeys.entries(start, size, dtype, into: &entries)
    SortKeys.sort(&entries, scratch: &scratch)
    var keep: [Int] = []
    var counts: [Int] = []
    for (i, e) in entries.enumerated() {
      if i > 0 && e.key == entries[i - 1].key {
        counts[counts.count - 1] += 1
      } else {
        keep.append(e.position)
        counts.append(1)
      }
    }
    let values = try source.index([.integers(NDArray(keep, shape: [keep.count]))])
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
}
