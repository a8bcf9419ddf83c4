extension NDArray {
  /// `self op= other` computed into this array's own elements, as numpy's in-place operators
  /// do, when this is a float array whose elements lie in C order and `other` has its dtype
  /// and is one value or an array of its shape in C order (in a separate buffer, or this very
  /// array): `w -= lr * g`, `x *= 2`. False, with nothing written, for every other case
  /// (power, other dtypes, broadcasting, overlapping views), which the caller computes as a
  /// new array and copies in.
  public func formInPlace(_ op: ArithmeticOp, _ other: NDArray) -> Bool {
    guard op != .power, dtype == .float64 || dtype == .float32, size > 0, hasCStrides,
      other.dtype == dtype
    else { return false }
    if other.ndim != 0 {
      guard other.shape == shape, other.hasCStrides,
        other.storage !== storage || other.offset == offset
      else { return false }
    }
    if dtype == .float64 {
      NDArray.inPlaceFloatKernel(op, self, other, Double.self)
    } else {
      NDArray.inPlaceFloatKernel(op, self, other, Float.self)
    }
    return true
  }

  /// `x op= y` for a dense float `x` and `y` of its dtype, dense and of its shape or 0-d.
  static func inPlaceFloatKernel<T: BinaryFloatingPoint & ArrayElement>(
    _ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _: T.Type
  ) {
    withFloatOperation(op, T.self) { f in inPlace(x, y, T.self, f) }
  }
}
