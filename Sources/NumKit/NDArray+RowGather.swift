import Glibc

extension NDArray {
  /// `a[idx]` for one integer array along the first axis of an array whose rows each lie
  /// densely (`x_train[batch_mask]`): each picked row copied as one block, in the index's
  /// shape. Nil for other selections (and for an index of another dtype), which take the
  /// general path. (Through the general path, a batch of 100 rows of 784 values listed
  /// every element's offset first: ten times numpy's time.)
  func gatheredRows(_ index: NDArray) throws(NumKitError) -> NDArray? {
    guard ndim >= 1, index.dtype == .int64 || index.dtype == .int32 else { return nil }
    let row = NDArray(
      storage: storage, shape: Array(shape.dropFirst()), strides: Array(strides.dropFirst()))
    guard row.stepsDensely else { return nil }
    let picks = index.dense(.int64)
    let count = picks.size
    let n = shape[0]
    let ix = UnsafePointer(picks.storage.pointer(Int64.self) + picks.offset)
    // The bounds first, as numpy checks them before it copies anything.
    for j in 0..<count where ix[j] < -n || ix[j] >= n {
      _ = try NDArray.normalize(Int(ix[j]), size: n, axis: 0)
    }
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
}
