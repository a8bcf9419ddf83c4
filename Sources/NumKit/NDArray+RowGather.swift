import Glibc

extension NDArray {
  /// `a[idx]` for one integer array along the first axis of an array whose rows each lie
  /// densely (`x_train[batch_mask]`): each picked row copied as one block, in the index's
  /// shape. Nil for other selections (and for an index of another dtype), which take the
  /// general path. (Through the general path, a batch of 100 rows of 784 values listed
  /// every element's offset first: ten times numpy's time.)
  func gatheredRows(_ index: NDArray) throws(NumKitError) -> NDArray? {
    guard let (row, picks) = try pickedRows(index) else { return nil }
    let count = picks.size
    let n = shape[0]
    let ix = UnsafePointer(picks.storage.pointer(Int64.self) + picks.offset)
    let outShape = index.shape + row.shape
    try MemoryBudget.check(outShape, dtype)
    let out = NDArray(uninitialized: outShape, dtype: dtype)
    let item = dtype.itemSize
    let rowBytes = row.size * item
    guard rowBytes > 0 else { return out }
    let source = storage.raw + offset * item
    let step = strides[0] * item
    let target = out.storage.raw
    withExtendedLifetime(picks) {
      for j in 0..<count {
        let i = Int(ix[j])
        memcpy(target + j * rowBytes, source + (i < 0 ? i + n : i) * step, rowBytes)
      }
    }
    return out
  }

  /// `a[idx] = value` for one integer array along the first axis of an array whose rows each
  /// lie densely, and a value of its dtype and of the selection's shape lying densely in
  /// another buffer: each row copied as one block, in the index's order (a repeated position
  /// keeps the last row, as in numpy). False, with nothing written, for other assignments.
  func scatterRows(_ index: NDArray, _ value: NDArray) throws(NumKitError) -> Bool {
    guard value.dtype == dtype, value.storage !== storage, value.stepsDensely,
      value.shape == index.shape + shape.dropFirst(), let (row, picks) = try pickedRows(index)
    else { return false }
    let n = shape[0]
    let ix = UnsafePointer(picks.storage.pointer(Int64.self) + picks.offset)
    let item = dtype.itemSize
    let rowBytes = row.size * item
    let target = storage.raw + offset * item
    let step = strides[0] * item
    let source = value.storage.raw + value.offset * item
    withExtendedLifetime(picks) {
      for j in 0..<picks.size where rowBytes > 0 {
        let i = Int(ix[j])
        memcpy(target + (i < 0 ? i + n : i) * step, source + j * rowBytes, rowBytes)
      }
    }
    return true
  }

  /// The row shape (as a view) and the positions as dense int64 when `index` is an integer
  /// array and this array's rows lie densely; numpy's IndexError for a position out of
  /// bounds (checked before anything is copied, as numpy does).
  private func pickedRows(_ index: NDArray) throws(NumKitError) -> (NDArray, NDArray)? {
    guard ndim >= 1, index.dtype == .int64 || index.dtype == .int32 else { return nil }
    let row = NDArray(
      storage: storage, shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()))
    guard row.stepsDensely else { return nil }
    let picks = index.dense(.int64)
    let n = shape[0]
    let ix = UnsafePointer(picks.storage.pointer(Int64.self) + picks.offset)
    try withExtendedLifetime(picks) { () throws(NumKitError) in
      for j in 0..<picks.size where ix[j] < -n || ix[j] >= n {
        _ = try NDArray.normalize(Int(ix[j]), size: n, axis: 0)
      }
    }
    return (row, picks)
  }
}
