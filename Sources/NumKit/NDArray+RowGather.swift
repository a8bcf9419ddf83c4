import Glibc

extension NDArray {
  /// `a[idx]` for one integer array along the first axis of an array whose rows each lie
  /// densely (`x_train[batch_mask]`): each picked row copied as one block, in the index's
  /// shape. Nil for other selections (and for an index of another dtype), which take the
  /// general path. (Through the general path, a batch of 100 rows of 784 values listed
  /// every element's offset first: ten times numpy's time.)
  func gatheredRows(_ index: NDArray) throws(NumKitError) -> NDArray? {
    guard let (row, starts) = try pickedRows(index) else { return nil }
    let outShape = index.shape + row.shape
    try MemoryBudget.check(outShape, dtype)
    let out = NDArray(uninitialized: outShape, dtype: dtype)
    let rowBytes = row.size * dtype.itemSize
    for (j, start) in starts.enumerated() {
      memcpy(out.storage.raw + j * rowBytes, storage.raw + start, rowBytes)
    }
    return out
  }

  /// `a[idx] = value` for one integer array along the first axis of an array whose rows each
  /// lie densely, and a value of its dtype and of the selection's shape lying densely in
  /// another buffer: each row copied as one block, in the index's order (a repeated position
  /// keeps the last row, as in numpy). False, with nothing written, for other assignments.
  func scatterRows(_ index: NDArray, _ value: NDArray) throws(NumKitError) -> Bool {
    guard value.dtype == dtype, value.storage !== storage, value.stepsDensely,
      value.shape == index.shape + shape.dropFirst(), let (row, starts) = try pickedRows(index)
    else { return false }
    let rowBytes = row.size * dtype.itemSize
    let source = value.storage.raw + value.offset * dtype.itemSize
    for (j, start) in starts.enumerated() {
      memcpy(storage.raw + start, source + j * rowBytes, rowBytes)
    }
    return true
  }

  /// When `index` is an integer array and this array's rows lie densely: one row's layout
  /// (a view at offset 0) and the byte offset in the buffer of each picked row, negative
  /// positions counted from the end; numpy's IndexError for a position out of bounds
  /// (checked before anything is copied, as numpy does).
  private func pickedRows(_ index: NDArray) throws(NumKitError) -> (NDArray, [Int])? {
    guard ndim >= 1, index.dtype == .int64 || index.dtype == .int32 else { return nil }
    let row = NDArray(
      storage: storage, shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()))
    guard row.stepsDensely else { return nil }
    let picks = index.dense(.int64)
    let n = shape[0]
    let (item, step) = (dtype.itemSize, strides[0] * dtype.itemSize)
    let ix = UnsafePointer(picks.storage.pointer(Int64.self) + picks.offset)
    var starts: [Int] = []
    starts.reserveCapacity(picks.size)
    try withExtendedLifetime(picks) { () throws(NumKitError) in
      for j in 0..<picks.size {
        let i = Int(ix[j])
        if i < -n || i >= n { _ = try NDArray.normalize(i, size: n, axis: 0) }
        starts.append(offset * item + (i < 0 ? i + n : i) * step)
      }
    }
    return (row, starts)
  }
}
