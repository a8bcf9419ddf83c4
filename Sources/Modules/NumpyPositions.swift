import Interpreter
import NumKit

/// numpy functions about positions and neighbours: `median`, `diff`, `take`, `argwhere`.
extension NumpyFunctions {
  static let positions: [String: Body] = [
    "median": { (a, interp) throws(PyException) in
      var x = try array(a[0], interp)
      let axes = try NumpyFunctions.axes(a, 1)
      var axis = axes?.first
      if let axes, axes.count > 1 {
        // Several axes: moved last and merged into one.
        let normalized = try check { () throws(NumKitError) in try x.normalizeAxes(axes) }
        let kept = (0..<x.ndim).filter { !normalized.contains($0) }
        x = try check { () throws(NumKitError) in
          try x.transposed(kept + normalized).copy().reshaped(kept.map { x.shape[$0] } + [-1])
        }
        axis = kept.count
      }
      let original = try array(a[0], interp)
      let median = try check { () throws(NumKitError) in try x.median(axis: axis) }
      guard let keepdims = argument(a, 4, "keepdims"), try interp.isTruthy(keepdims) else {
        return wrap(median)
      }
      // The reduced axes (or every axis) stay with length one.
      var shape = original.shape
      if let axes {
        for axis in try check({ () throws(NumKitError) in try original.normalizeAxes(axes) }) {
          shape[axis] = 1
        }
      } else {
        shape = shape.map { _ in 1 }
      }
      return wrapArray(try check { () throws(NumKitError) in try median.reshaped(shape) })
    },
    "diff": { (a, interp) throws(PyException) in
      // a[..., 1:] - a[..., :-1] along the axis, n times (booleans: !=, as numpy).
      if argument(a, 3, "prepend") != nil || argument(a, 4, "append") != nil {
        return try library(
          "_diff_ends",
          [
            a[0], argument(a, 1, "n") ?? .int(1), argument(a, 2, "axis") ?? .int(-1),
            argument(a, 3, "prepend") ?? .none, argument(a, 4, "append") ?? .none,
          ], interp)
      }
      var x = try array(a[0], interp)
      let n = try int(argument(a, 1, "n") ?? .int(1))
      guard n >= 0 else { throw .valueError("order must be non-negative but got \(n)") }
      guard x.ndim > 0 else {
        throw .valueError("diff requires input that is at least one dimensional")
      }
      let requested = try int(a.count > 2 ? a[2] : a.keyword("axis") ?? .int(-1))
      let axis = try check { () throws(NumKitError) in try x.normalizeAxes([requested])[0] }
      // Once the axis is empty, further differences change nothing (numpy would still loop).
      for _ in 0..<n {
        if x.shape[axis] == 0 { break }
        var upper = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: x.ndim)
        var lower = upper
        upper[axis] = .slice(start: 1, stop: nil, step: nil)
        lower[axis] = .slice(start: nil, stop: -1, step: nil)
        let (later, earlier) = try check { () throws(NumKitError) in
          (try x.index(upper), try x.index(lower))
        }
        x = try check { () throws(NumKitError) in
          x.dtype == .bool
            ? try NDArray.compare(.notEqual, later, earlier)
            : try NDArray.binary(.subtract, later, earlier)
        }
      }
      return wrap(x)
    },
    "take": { (a, interp) throws(PyException) in
      // a.flat[indices] without an axis, else the indices along the axis (fancy indexing).
      if let mode = argument(a, 4, "mode"), mode.as(PyStr.self)?.value != "raise" {
        return try library(
          "_take_mode", [a[0], a[1], argument(a, 2, "axis") ?? .none, mode], interp)
      }
      let x = try array(a[0], interp)
      let indices = try NumpyBridge.array(from: a[1], dtype: .int64, interp)
      let axisValue = argument(a, 2, "axis")
      let source = axisValue == nil ? x.reshapedView([x.size]) : x
      let axis = try axisValue.map { (v) throws(PyException) in try int(v) } ?? 0
      let normalized = try check { () throws(NumKitError) in try source.normalizeAxes([axis])[0] }
      var items = [IndexItem](
        repeating: .slice(start: nil, stop: nil, step: nil), count: source.ndim)
      items[normalized] = .integers(indices)
      return wrap(try check { () throws(NumKitError) in try source.index(items) })
    },
    "argwhere": { (a, interp) throws(PyException) in
      // One row per nonzero element: its index along every axis.
      let x = try array(a[0], interp)
      // A 0-d array counts as one element with no axes (shape (1, 0) or (0, 0)).
      guard x.ndim > 0 else {
        return .object(PyNDArray(NDArray([Int](), shape: [x.bool(at: 0) ? 1 : 0, 0])))
      }
      let columns = x.nonzeroIndices
      let count = columns.first?.size ?? 0
      var values: [Int] = []
      values.reserveCapacity(count * x.ndim)
      for row in 0..<count {
        for column in columns { values.append(column.int(at: row)) }
      }
      return .object(PyNDArray(NDArray(values, shape: [count, x.ndim])))
    },
  ]
}
