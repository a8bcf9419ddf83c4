import Interpreter
import NumKit

/// Small results taken over once the program drops them (`ResultRecycling`): their objects,
/// headers and buffers written anew instead of allocated (see `RecentResults`).
extension PyNDArray {
  /// `x op y` when both are dense float arrays of one dtype and shape (`isDenseFloat(like:)`),
  /// else nil. A small result goes into a recent one of the same dtype, shape and strides
  /// that the program has dropped (its object and buffer both taken over), or is kept for
  /// that.
  static func dense(_ op: ArithmeticOp, _ x: PyNDArray, _ y: PyNDArray) -> PyNDArray? {
    // Each header is copied out of its object once: every read of `x.array` through the class
    // copies the whole view (three references counted each way), 21 of them per 2x2 addition.
    let a = x.array
    let b = y.array
    // (0-d results are numpy scalars: `NumpyBridge.wrap`.)
    guard a.ndim > 0, a.isDenseFloat(like: b) else { return nil }
    guard a.size * a.dtype.itemSize < PyNDArray.recycledBytes, ResultRecycling.onOwnerThread
    else {
      let out = NDArray(uninitializedLike: a, dtype: a.dtype)
      NDArray.denseFloat(op, a, b, into: out)
      return PyNDArray(out)
    }
    if let dropped = PyNDArray.droppedResult() {
      let out = dropped.array
      if out.isLaidOutLike(a) {
        // Its object, header and buffer as they are: the elements are written anew.
        NDArray.denseFloat(op, a, b, into: out)
        return dropped
      }
    }
    let out = NDArray(uninitializedLike: a, dtype: a.dtype)
    NDArray.denseFloat(op, a, b, into: out)
    let result = PyNDArray(out)
    ResultRecycling.arrays.keep(result)
    return result
  }

  /// A small result the program has dropped, whose buffer nothing else shares: its object
  /// and buffer can take a new result of its layout. (The buffer's uniqueness is asked before
  /// its header is copied: a copy is a second reference.)
  static func droppedResult() -> PyNDArray? {
    guard ResultRecycling.onOwnerThread, let dropped = ResultRecycling.arrays.dropped(),
      dropped.base == nil, dropped.array.ownsStorageAlone
    else { return nil }
    return dropped
  }

  /// `result` as a value: `spare` itself when the result was written into its buffer
  /// (`droppedResult`), else a new array, kept for recycling when small.
  static func recycling(_ result: NDArray, spare: PyNDArray?) -> Value {
    if let spare, spare.array.storage === result.storage { return .object(spare) }
    guard result.ndim > 0 else { return NumpyBridge.wrap(result) }
    let wrapped = PyNDArray(result)
    if result.size * result.dtype.itemSize < PyNDArray.recycledBytes,
      ResultRecycling.onOwnerThread
    {
      ResultRecycling.arrays.keep(wrapped)
    }
    return .object(wrapped)
  }

  /// Results up to this size are recycled (see `RecentResults`): a kept one holds its buffer
  /// until it is taken over.
  static let recycledBytes = 4096
}
