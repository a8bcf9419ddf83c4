import Glibc
import Interpreter
import NumKit

/// `np.r_[...]` and `np.c_[...]`: arrays, numbers and `start:stop:step` ranges joined along
/// the first axis (`r_`), or as columns along the last (`c_`, which turns 1-D pieces into
/// columns: `np.c_[xx.ravel(), yy.ravel()]` is the grid of a decision-boundary plot).
final class PyIndexConcatenator: PyObject {
  let columns: Bool

  static let cls: PyClass = {
    let c = PyClass("AxisConcatenator", bases: [.object])
    c.moduleName = "numpy.lib._index_tricks_impl"
    return c
  }()

  init(columns: Bool) { self.columns = columns }

  override var pyClass: PyClass { PyIndexConcatenator.cls }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    let items = key.as(PyTuple.self)?.items ?? [key]
    var parts: [NDArray] = []
    for item in items {
      var part: NDArray
      if let slice = item.as(PySlice.self) {
        part = try PyIndexConcatenator.range(slice, interp)
      } else if item.as(PyStr.self) != nil {
        throw .valueError("string directives in np.r_ and np.c_ are not supported")
      } else {
        part = try NumpyBridge.array(from: item, dtype: nil, interp)
      }
      if part.ndim == 0 {
        part = NDArray(storage: part.storage, shape: [1], strides: [1], offset: part.offset)
      }
      if columns && part.ndim == 1 {
        part = NDArray(
          storage: part.storage, shape: [part.shape[0], 1], strides: [part.strides[0], 0],
          offset: part.offset)
      }
      parts.append(part)
    }
    guard !parts.isEmpty else { return NumpyBridge.wrap(NDArray([Double](), shape: [0])) }
    let axis = columns ? parts[0].ndim - 1 : 0
    return NumpyBridge.wrap(
      try NumpyBridge.check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: axis) }
    )
  }

  /// `start:stop:step` as `np.arange(start, stop, step)`.
  static func range(_ s: PySlice, _ interp: Interpreter) throws(PyException) -> NDArray {
    let bounds = [s.lower, s.upper, s.step].map(\.scalarValue)
    let ints = bounds.allSatisfy { v in
      if case .int = v { return true }
      return v.isNone
    }
    let start = bounds[0].isNone ? 0 : interp.numeric(bounds[0]) ?? 0
    guard !bounds[1].isNone, let stop = interp.numeric(bounds[1]) else {
      throw .valueError("a range in np.r_ or np.c_ needs a stop value")
    }
    // A complex step (`0:1:5j`) is a count of points, both ends included, as linspace.
    if let points = bounds[2].as(PyComplex.self) {
      let count = Int(hypot(points.real, points.imag))
      try NumpyBridge.budget([count], .float64)
      let spacing = count > 1 ? (stop - start) / Double(count - 1) : 0
      return NDArray(
        (0..<count).map { $0 == count - 1 && count > 1 ? stop : start + Double($0) * spacing },
        shape: [count])
    }
    let step = bounds[2].isNone ? 1 : interp.numeric(bounds[2]) ?? 1
    guard step != 0 else { throw .valueError("step must not be zero") }
    let count = max(0, Int(((stop - start) / step).rounded(.up)))
    try NumpyBridge.budget([count], ints ? .int64 : .float64)
    return ints
      ? NDArray((0..<count).map { Int(start) + $0 * Int(step) }, shape: [count])
      : NDArray((0..<count).map { start + Double($0) * step }, shape: [count])
  }
}
