/// Whole-array reductions with numpy's results: float sums use numpy's pairwise summation, so
/// `sum` and `mean` print the same digits as numpy's; `max`/`min` propagate NaN.
extension NDArray {
  public enum Reduction: String, Sendable, CaseIterable { case sum, mean, max, min, prod }

  /// A 0-d array holding the reduction of every element. Axis reductions come later.
  public func reduce(_ kind: Reduction) throws(NumKitError) -> NDArray {
    if size == 0 && (kind == .max || kind == .min) {
      throw .value(
        "zero-size array to reduction operation \(kind == .max ? "maximum" : "minimum") which has no identity"
      )
    }
    switch (kind, dtype) {
    case (.mean, .float32):
      let s = NDArray.memoryOrderSum(self, Float.self)
      return NDArray([Double(s / Float(size))], shape: [], dtype: .float32)
    case (.mean, .bool):
      // The count of true ones: the float64 sum numpy makes of them, exactly.
      return NDArray([Double(nonzeroCount) / Double(size)], shape: [], dtype: .float64)
    case (.mean, _):
      // numpy sums integers as float64 for the mean.
      let s = NDArray.memoryOrderSum(dtype == .float64 ? self : copy(as: .float64), Double.self)
      return NDArray([s / Double(size)], shape: [], dtype: .float64)
    case (.sum, .float64):
      return NDArray([NDArray.memoryOrderSum(self, Double.self)], shape: [], dtype: .float64)
    case (.sum, .float32):
      return NDArray(
        [Double(NDArray.memoryOrderSum(self, Float.self))], shape: [], dtype: .float32)
    case (.prod, .float32):
      // In float32, as numpy multiplies (a float64 product rounded once differs).
      let p = contiguous.storage.pointer(Float.self)
      var acc: Float = 1
      for i in 0..<size { acc *= p[i] }
      return NDArray([Double(acc)], shape: [], dtype: .float32)
    case (.max, .float64), (.min, .float64), (.max, .float32), (.min, .float32):
      return WholeExtreme.of(contiguous, max: kind == .max)
    case (.prod, .float64):
      let values = contiguous
      let p = values.storage.pointer(Double.self) + values.offset
      var acc = 1.0
      for i in 0..<size { acc *= p[i] }
      withExtendedLifetime(values) {}
      return NDArray([acc], shape: [], dtype: dtype)
    case (.sum, .bool):
      // Booleans are bytes of 0 or 1: their sum is the count of true ones.
      return NDArray([nonzeroCount], shape: [], dtype: .int64)
    default:
      // Integers (and booleans) as int64, read in place when they are already.
      let values = dtype == .int64 ? contiguous : copy(as: .int64)
      let p = values.storage.pointer(Int64.self) + values.offset
      var acc: Int64 = kind == .prod ? 1 : (kind == .sum ? 0 : p[0])
      switch kind {
      case .sum: for i in 0..<size { acc &+= p[i] }
      case .prod: for i in 0..<size { acc &*= p[i] }
      case .max: for i in 0..<size { acc = Swift.max(acc, p[i]) }
      default: for i in 0..<size { acc = Swift.min(acc, p[i]) }
      }
      withExtendedLifetime(values) {}
      let type: DType = (kind == .max || kind == .min) ? dtype : .int64
      return NDArray([Int(acc)], shape: [], dtype: type)
    }
  }

  /// This array if it is C-contiguous, else a contiguous copy.
  public var contiguous: NDArray { isContiguous ? self : copy() }

  /// numpy's pairwise summation (`pairwise_sum` in loops_utils.h) of an array whose elements
  /// lie in C order one after another: blocks of 128 summed with eight accumulators, larger
  /// ranges split in halves (multiples of 8). The reduction starts from the identity 0.
  static func pairwiseSum<T: BinaryFloatingPoint>(_ a: NDArray, _: T.Type) -> T {
    let p = UnsafePointer(a.storage.pointer(T.self) + a.offset)
    return 0 + pairwise(p, a.size)
  }

  static func pairwise<T: BinaryFloatingPoint>(_ a: UnsafePointer<T>, _ n: Int) -> T {
    if n < 8 {
      var res: T = 0
      for i in 0..<n { res += a[i] }
      return res
    }
    if n <= 128 {
      var r = (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
      var i = 8
      while i < n - (n % 8) {
        r.0 += a[i]
        r.1 += a[i + 1]
        r.2 += a[i + 2]
        r.3 += a[i + 3]
        r.4 += a[i + 4]
        r.5 += a[i + 5]
        r.6 += a[i + 6]
        r.7 += a[i + 7]
        i += 8
      }
      var res = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
      while i < n {
        res += a[i]
        i += 1
      }
      return res
    }
    var n2 = n / 2
    n2 -= n2 % 8
    return pairwise(a, n2) + pairwise(a + n2, n - n2)
  }
}
