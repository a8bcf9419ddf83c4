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
    var dims = shape
    var steps = strides
    // Drop size-1 dimensions (their stride never matters), then merge compatible neighbours.
    var keep: [Int] = dims.indices.filter { dims[$0] != 1 }
    if keep.isEmpty { keep = [] }
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
  /// `base[k]`.
  @inline(__always)
  func forEachRow(base: [Int], _ row: (_ offsets: [Int], _ count: Int, _ steps: [Int]) -> Void) {
    let inner = shape.count - 1
    let n = shape[inner]
    let rowSteps = strides.map { $0[inner] }
    if inner == 0 {
      row(base, n, rowSteps)
      return
    }
    var index = [Int](repeating: 0, count: inner)
    var offsets = base
    while true {
      row(offsets, n, rowSteps)
      // Odometer over the outer dimensions.
      var axis = inner - 1
      while axis >= 0 {
        index[axis] += 1
        for k in offsets.indices { offsets[k] += strides[k][axis] }
        if index[axis] < shape[axis] { break }
        for k in offsets.indices { offsets[k] -= strides[k][axis] * shape[axis] }
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { return }
    }
  }
}
