extension NDArray {
  /// `np.nonzero(a)` for one array: the indices of nonzero elements along each axis, in C
  /// order (none for a 0-d array, which numpy refuses).
  public var nonzeroIndices: [NDArray] {
    guard ndim > 0 else { return [] }
    let truths = dtype == .bool || dtype == .uint8 ? dense(dtype) : nonzeroMask()
    defer { withExtendedLifetime(truths) {} }
    let count = truths.nonzeroCount
    let axes = ndim
    let extents = shape
    let outputs = (0..<axes).map { _ in NDArray(uninitialized: [count], dtype: .int64) }
    guard count > 0 else { return outputs }
    let p = truths.storage.pointer(UInt8.self) + truths.offset
    let columns = outputs.map { $0.storage.pointer(Int64.self) }
    let last = axes - 1
    var index = [Int64](repeating: 0, count: axes)
    var written = 0
    let rowLength = extents[last]
    var flat = 0
    while written < count {
      // One innermost row: its positions, then the odometer over the outer axes.
      for j in 0..<rowLength where p[flat + j] != 0 {
        for axis in 0..<last { columns[axis][written] = index[axis] }
        columns[last][written] = Int64(j)
        written += 1
      }
      flat += rowLength
      var axis = last - 1
      while axis >= 0 {
        index[axis] += 1
        if index[axis] < Int64(extents[axis]) { break }
        index[axis] = 0
        axis -= 1
      }
    }
    return outputs
  }

  /// Booleans of this array's nonzero elements, dense in C order.
  private func nonzeroMask() -> NDArray {
    (try? NDArray.compare(.notEqual, self, NDArray([0], shape: [], dtype: .int64)))?.dense(.bool)
      ?? NDArray(zeros: shape, dtype: .bool)
  }
}
