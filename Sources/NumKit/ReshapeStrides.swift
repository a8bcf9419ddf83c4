extension NDArray {
  /// Strides (in elements) that take this array's elements in C order as an array of
  /// `newShape` (of the same size) without moving them, or nil when they cannot (numpy's
  /// `_attempt_nocopy_reshape`, C order): a view of elements lying in C order one after
  /// another takes contiguous strides; otherwise each run of old axes that merges into, or
  /// splits into, a run of new axes must itself be contiguous.
  func viewStrides(for newShape: [Int]) -> [Int]? {
    if size == 0 || stepsDensely { return NDArray.contiguousStrides(newShape) }
    // Axes of length 1 take no part.
    let old = shape.indices.filter { shape[$0] != 1 }
    let oldDims = old.map { shape[$0] }
    let oldStrides = old.map { strides[$0] }
    var result = Array(repeating: 0, count: newShape.count)
    var (oi, oj, ni, nj) = (0, 1, 0, 1)
    while ni < newShape.count && oi < oldDims.count {
      var (np, op) = (newShape[ni], oldDims[oi])
      while np != op {
        if np < op {
          // A new axis of length 1 runs past the end only when sizes differ; they do not.
          guard nj < newShape.count else { return nil }
          np *= newShape[nj]
          nj += 1
        } else {
          guard oj < oldDims.count else { return nil }
          op *= oldDims[oj]
          oj += 1
        }
      }
      // The old axes oi..<oj must step as one contiguous run.
      for k in oi..<(oj - 1) where oldStrides[k] != oldDims[k + 1] * oldStrides[k + 1] {
        return nil
      }
      result[nj - 1] = oldStrides[oj - 1]
      var k = nj - 1
      while k > ni {
        result[k - 1] = result[k] * newShape[k]
        k -= 1
      }
      ni = nj
      nj += 1
      oi = oj
      oj += 1
    }
    // Trailing new axes of length 1 take the last stride set (one element when none is).
    let last = ni >= 1 ? result[ni - 1] : 1
    for k in ni..<newShape.count { result[k] = last }
    return result
  }
}
