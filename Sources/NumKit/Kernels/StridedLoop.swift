/// Iteration over the elements of one or more arrays of one shape, row by row.
///
/// Dimensions are first merged wherever every operand steps through them as one (so a
/// contiguous array, or a broadcast scalar, becomes a single flat row), then the innermost
/// dimension is handed to the kernel as a row with one stride per operand. Strides and offsets
/// are in elements.
struct StridedLoop {
  var shape: [Int]
  /// strides[k] are operand k's strides.
  var strides: [[Int]]

  init(shape: [Int], strides: [[Int]]) {
    if shape.contains(0) {
      // No elements: one empty row (an outer axis of length 0 must not run its inner rows).
      self.shape = [0]
      self.strides = strides.map { _ in [0] }
      return
    }
    var dims = shape
    var steps = strides
    // Drop size-1 dimensions (their stride never matters), then merge compatible neighbours.
    let keep: [Int] = dims.indices.filter { dims[$0] != 1 }
    dims = keep.map { dims[$0] }
    steps = steps.map { s in keep.map { s[$0] } }
    var i = dims.count - 1
    while i > 0 {
      let mergeable = steps.allSatisfy { $0[i - 1] == $0[i] * dims[i] }
      if mergeable {
        dims[i - 1] *= dims[i]
        dims.remove(at: i)
        for k in steps.indices {
          steps[k][i - 1] = steps[k][i]
          steps[k].remove(at: i)
        }
      }
      i -= 1
    }
    if dims.isEmpty {
      dims = [1]
      steps = steps.map { _ in [0] }
    }
    self.shape = dims
    self.strides = steps
  }

  /// Calls `row(offsets, count, rowStrides)` for each innermost row; `offsets[k]` starts at
  /// `base[k]`. The odometer's state lives in one scratch buffer: no array is built per row.
  @inline(__always)
  func forEachRow(
    base: [Int],
    _ row: (_ offsets: UnsafePointer<Int>, _ count: Int, _ steps: UnsafePointer<Int>) -> Void
  ) {
    let operands = strides.count
    let inner = shape.count - 1
    let n = shape[inner]
    withUnsafeTemporaryAllocation(of: Int.self, capacity: (2 + inner) * operands + 2 * inner) {
      buffer in
      let offsets = buffer.baseAddress!
      let rowSteps = offsets + operands
      // outer[axis * operands + k]: operand k's stride along outer axis `axis`.
      let outer = rowSteps + operands
      let index = outer + inner * operands
      let extent = index + inner
      for k in 0..<operands {
        offsets[k] = base[k]
        rowSteps[k] = strides[k][inner]
        for axis in 0..<inner { outer[axis * operands + k] = strides[k][axis] }
      }
      for axis in 0..<inner {
        index[axis] = 0
        extent[axis] = shape[axis]
      }
      while true {
        row(offsets, n, rowSteps)
        // Odometer over the outer dimensions.
        var axis = inner - 1
        while axis >= 0 {
          let step = outer + axis * operands
          index[axis] += 1
          if index[axis] < extent[axis] {
            for k in 0..<operands { offsets[k] += step[k] }
            break
          }
          for k in 0..<operands { offsets[k] -= step[k] * (extent[axis] - 1) }
          index[axis] = 0
          axis -= 1
        }
        if axis < 0 { return }
      }
    }
  }
}

extension StridedLoop {
  /// The loop over `shape` with its axes in the order that walks one operand through memory
  /// from low addresses to high: the operand that touches the most cache lines (its elements
  /// times the bytes of a line each takes, up to a whole line), when one does. numpy keeps the
  /// axes' order when operands disagree; for col2im's `img[:, :, y::2, x::2] += col[:, :, y,
  /// x]` that leaves `col` read 30 times over, a line for each element, where the prefetcher
  /// cannot follow (1.8 ms; streamed, 1.2). Small loops, and operands that agree, keep the
  /// given order. Only for kernels whose result does not depend on the order of the elements.
  static func cacheOrdered(shape: [Int], strides: [[Int]], itemSize: Int) -> StridedLoop {
    guard shape.count >= 2, shape.reduce(1, *) >= 1 << 14,
      let lead = leadingOperand(shape: shape, strides: strides, itemSize: itemSize)
    else { return StridedLoop(shape: shape, strides: strides) }
    let s = strides[lead]
    let order = shape.indices.sorted { (Swift.abs(s[$0]), $1) > (Swift.abs(s[$1]), $0) }
    guard order != Array(shape.indices) else { return StridedLoop(shape: shape, strides: strides) }
    return StridedLoop(
      shape: order.map { shape[$0] }, strides: strides.map { t in order.map { t[$0] } })
  }

  /// The operand touching the most lines, if one touches more than every other and steps
  /// along every axis longer than 1 (a broadcast one would leave its order undecided).
  private static func leadingOperand(shape: [Int], strides: [[Int]], itemSize: Int) -> Int? {
    var lead: Int?
    var most = 0
    var tied = false
    for (k, s) in strides.enumerated() {
      var elements = 1
      var finest = Int.max
      for axis in shape.indices where shape[axis] > 1 {
        if s[axis] == 0 { return nil }
        elements *= shape[axis]
        finest = Swift.min(finest, Swift.abs(s[axis]))
      }
      let bytes = elements * Swift.min(finest * itemSize, 64)
      if bytes > most {
        (lead, most, tied) = (k, bytes, false)
      } else if bytes == most {
        tied = true
      }
    }
    return tied ? nil : lead
  }
}
