extension NDArray {
  /// `self op= other` computed into this array's own elements, as numpy's in-place operators
  /// do, when this is a float array and `other` has its dtype and broadcasts to its shape:
  /// `w -= lr * g`, `x *= 2`, and views such as col2im's `img[:, :, y:y_max:2, x:x_max:2] +=
  /// col[:, :, y, x]`. False, with nothing written, for every other case (power, other dtypes,
  /// a result of another shape, an `other` sharing memory with this array as another view),
  /// which the caller computes as a new array and copies in.
  public func formInPlace(_ op: ArithmeticOp, _ other: NDArray) -> Bool {
    guard op != .power, dtype == .float64 || dtype == .float32, size > 0,
      other.dtype == dtype
    else { return false }
    if hasCStrides
      && (other.ndim == 0
        || (other.shape == shape && other.hasCStrides
          && (other.storage !== storage || other.offset == offset)))
    {
      // Dense: one pointer stepping through both (see `inPlace`), so the loop is vectorised.
      if dtype == .float64 {
        NDArray.inPlaceFloatKernel(op, self, other, Double.self)
      } else {
        NDArray.inPlaceFloatKernel(op, self, other, Float.self)
      }
      return true
    }
    guard holdsDistinctElements, other.ndim <= ndim,
      (try? Broadcast.shape(shape, other.shape)) == shape,
      other.storage !== storage || other.isSameView(as: self)
    else { return false }
    let operand = other.shape == shape ? other : Broadcast.view(other, to: shape)
    if dtype == .float64 {
      NDArray.floatKernel(op, self, operand, self, Double.self)
    } else {
      NDArray.floatKernel(op, self, operand, self, Float.self)
    }
    return true
  }

  /// Whether no two elements of this array lie at one place of its buffer (false for a
  /// broadcast view or a self-overlapping `as_strided` one): an array written in place must
  /// not be. Sufficient test: ordered by stride, each axis steps past all the places the
  /// finer axes reach.
  var holdsDistinctElements: Bool {
    var axes: [(step: Int, count: Int)] = []
    for axis in 0..<ndim where shape[axis] > 1 {
      axes.append((abs(strides[axis]), shape[axis]))
    }
    axes.sort { $0.step < $1.step }
    var reach = 0
    for axis in axes {
      if axis.step <= reach { return false }
      reach += axis.step * (axis.count - 1)
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
