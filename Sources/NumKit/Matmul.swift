/// `a @ b` (`np.matmul`): 1-D operands become a row or column and the added axis is dropped;
/// stacks of matrices broadcast over their leading (batch) dimensions; each matrix product
/// goes through `dot` (OpenBLAS for floats).
extension NDArray {
  static let matmulSignature = "(n?,k),(k,m?)->(n?,m?)"

  public static func matmul(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    for (i, x) in [a, b].enumerated() where x.ndim == 0 {
      throw .value(
        "matmul: Input operand \(i) does not have enough dimensions (has 0, gufunc core with signature \(matmulSignature) requires 1)"
      )
    }
    let k = a.shape[a.ndim - 1]
    let kb = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
    guard k == kb else {
      throw .value(
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(matmulSignature) (size \(kb) is different from \(k))"
      )
    }
    if a.ndim <= 2 && b.ndim <= 2 { return try product(a, b, matmul: true) }
    // Batch dimensions broadcast; 1-D operands gain (and later lose) their matrix axis.
    let x = a.ndim == 1 ? a.reshapedView([1, k]) : a
    let y = b.ndim == 1 ? b.reshapedView([kb, 1]) : b
    let batchX = Array(x.shape.dropLast(2))
    let batchY = Array(y.shape.dropLast(2))
    guard let batch = try? Broadcast.shape(batchX, batchY) else {
      // numpy's wording: the batch shapes with the matrix axes shown as `newaxis`.
      func remapped(_ original: [Int], _ batch: [Int]) -> String {
        let dims = batch.map(String.init) + ["newaxis", "newaxis"]
        return ShapeText.compact(original) + "->(" + dims.joined(separator: ",") + ")"
      }
      let requested = ShapeText.compact([x.shape[x.ndim - 2], y.shape[y.ndim - 1]])
      throw .value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: \(remapped(a.shape, batchX)) \(remapped(b.shape, batchY))  and requested shape \(requested)"
      )
    }
    let (m, n) = (x.shape[x.ndim - 2], y.shape[y.ndim - 1])
    let xs = Broadcast.view(x, to: batch + [m, k])
    let ys = Broadcast.view(y, to: batch + [k, n])
    let type = DType.promote(a.dtype, b.dtype)
    try MemoryBudget.check(batch + [m, n], type)
    let out = NDArray(uninitialized: batch + [m, n], dtype: type)
    let count = batch.reduce(1, *)
    for i in 0..<count {
      let index = unravel(i, batch).map { IndexItem.integer($0) }
      let product = try product(try xs.index(index), try ys.index(index), matmul: true)
      try out.assign(index, product)
    }
    var shape = batch + [m, n]
    if a.ndim == 1 { shape.remove(at: shape.count - 2) }
    if b.ndim == 1 { shape.removeLast() }
    return out.reshapedView(shape)
  }

  /// The multi-index of flat position `i` in C order.
  static func unravel(_ i: Int, _ shape: [Int]) -> [Int] {
    var rest = i
    var index = [Int](repeating: 0, count: shape.count)
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      index[axis] = rest % shape[axis]
      rest /= shape[axis]
    }
    return index
  }
}
