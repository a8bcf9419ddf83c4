import Interpreter
import NumKit

/// `c = a + b` of large arrays written into the array `c` held, when nothing else refers to it
/// (`Interpreter.resultInto`): the assignment drops it anyway, and its buffer is in the cache,
/// where a new one would be a third array's worth of lines passing through it (10^6 float32
/// additions in a loop 158 -> 141 µs, as with `out=`).
extension PyNDArray {
  /// Results from this size on (smaller ones are recycled once dropped: `dense`).
  static let reusedBytes = 256 << 10

  /// `x op y` into `target` when the operands are dense float arrays of `target`'s dtype,
  /// shape and strides (or `y` a Python number, which takes their dtype: NEP 50), `target`
  /// owns its buffer alone, and no floating-point error can raise (`np.seterr` modes 'raise',
  /// 'call' and 'log' run code that would see `target` already written): `target` itself;
  /// else nil, `target` untouched.
  static func result(
    _ op: BinaryOp, _ x: Value, _ y: Value, into target: PyObject, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard target.isExactly(PyNDArray.self), let kind = NumpyBridge.arithmetic(op),
      let a = x.as(PyNDArray.self)
    else { return nil }
    let t = unsafeDowncast(target, to: PyNDArray.self)
    guard t.base == nil, t.array.ownsStorageAlone else { return nil }
    let (left, out) = (a.array, t.array)
    guard out.size * out.dtype.itemSize >= reusedBytes, out.isLaidOutLike(left) else {
      return nil
    }
    let right: NDArray
    switch y {
    case .float, .int:
      guard left.dtype.isFloat, left.hasCStrides,
        let number = try NumpyBridge.operand(y, like: left, interp),
        number.dtype == left.dtype
      else { return nil }
      right = number
    default:
      guard let b = y.as(PyNDArray.self), left.isDenseFloat(like: b.array) else { return nil }
      right = b.array
    }
    guard NumpyErrorState.onlyReports(interp) else { return nil }
    NumpyBridge.prepareFlags()
    NDArray.denseFloat(kind, left, right, into: out)
    try NumpyBridge.reportFlags(NumpyBridge.ufuncName[op] ?? op.symbol, interp)
    return .object(t)
  }
}
