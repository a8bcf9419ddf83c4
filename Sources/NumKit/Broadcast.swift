/// numpy broadcasting: shapes are aligned on the right; each pair of sizes is equal or 1.
public enum Broadcast {
  public static func shape(_ a: [Int], _ b: [Int]) throws(NumKitError) -> [Int] {
    let n = max(a.count, b.count)
    var out = [Int](repeating: 1, count: n)
    for i in 0..<n {
      let x = i < n - a.count ? 1 : a[i - (n - a.count)]
      let y = i < n - b.count ? 1 : b[i - (n - b.count)]
      guard x == y || x == 1 || y == 1 else {
        throw .value(
          "operands could not be broadcast together with shapes \(ShapeText.compact(a)) \(ShapeText.compact(b)) "
        )
      }
      out[i] = x == 1 ? y : x
    }
    try MemoryBudget.check(out, .float64)
    return out
  }

  /// The common shape of several operands; the error names every operand's shape, as
  /// numpy's does for `np.where(c, x, y)`.
  public static func shape(of shapes: [[Int]]) throws(NumKitError) -> [Int] {
    var common: [Int] = []
    for s in shapes {
      guard let next = try? shape(common, s) else {
        throw .value(
          "operands could not be broadcast together with shapes "
            + shapes.map { ShapeText.compact($0) + " " }.joined())
      }
      common = next
    }
    return common
  }

  /// A view of `a` with `shape`, using stride 0 on broadcast axes.
  public static func view(_ a: NDArray, to shape: [Int]) -> NDArray {
    let pad = shape.count - a.ndim
    var strides = [Int](repeating: 0, count: shape.count)
    for i in 0..<a.ndim where a.shape[i] != 1 { strides[pad + i] = a.strides[i] }
    return NDArray(storage: a.storage, shape: shape, strides: strides, offset: a.offset)
  }
}
