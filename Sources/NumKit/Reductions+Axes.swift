/// Sums over several axes in numpy's order for C-ordered values: numpy's iterator merges the
/// trailing axes that are all reduced (or all kept) into one inner run. When the last axis is
/// reduced, each run is summed pairwise into its output element; when it is kept, each run is
/// added element by element into a row of outputs. Either way the runs come in C order, so an
/// output element adds its pieces one after another (`x.sum(axis=(0, 2, 3))` of a batch of
/// images adds two pairwise sums of 16 per channel for two images, as numpy's does).
extension NDArray {
  /// The sum over `axes` (sorted, at least one) of `a`'s values (C-ordered, element type `T`),
  /// shaped as `a` without those axes.
  static func axesSum<T: BinaryFloatingPoint>(
    _ a: NDArray, _ axes: [Int], _: T.Type, _ type: DType
  ) -> NDArray {
    let shape = a.shape
    let ndim = shape.count
    let reduced = (0..<ndim).map { axes.contains($0) }
    let kept = (0..<ndim).filter { !reduced[$0] }
    let out = NDArray(zeros: kept.map { shape[$0] }, dtype: type)
    // Where each axis moves in the output (0 for a reduced axis).
    var outStep = Array(repeating: 0, count: ndim)
    var step = 1
    for axis in kept.reversed() {
      outStep[axis] = step
      step *= shape[axis]
    }
    // The inner run: the trailing axes that are all reduced, or all kept.
    let lastReduced = reduced[ndim - 1]
    var split = ndim
    while split > 0 && reduced[split - 1] == lastReduced { split -= 1 }
    let run = shape[split...].reduce(1, *)
    let runs = shape[..<split].reduce(1, *)
    guard run > 0 && runs > 0 else { return out }
    let p = UnsafePointer(a.storage.pointer(T.self) + a.offset)
    let r = out.storage.pointer(T.self)
    // The outer axes counted in C order, with the output position they reach.
    var index = Array(repeating: 0, count: split)
    var position = 0
    for o in 0..<runs {
      let values = p + o * run
      if lastReduced {
        r[position] += pairwise(values, run)
      } else {
        let row = r + position
        for i in 0..<run { row[i] += values[i] }
      }
      var axis = split - 1
      while axis >= 0 {
        index[axis] += 1
        position += outStep[axis]
        if index[axis] < shape[axis] { break }
        position -= outStep[axis] * shape[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return out
  }
}
