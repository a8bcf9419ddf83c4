import Interpreter
import NumKit

/// numpy's shape operations: reshape, transpose, concatenation and splitting, padding.
extension NumpyFunctions {
  static let shape: [String: Body] = [
    "reshape": { (a, interp) throws(PyException) in
      if let order = argument(a, 2, "order"), order.as(PyStr.self)?.value != "C" {
        let shape = a.count > 1 ? try a[1] : (a.keyword("shape") ?? a.keyword("newshape") ?? .none)
        return try library("_reshape_order", [a[0], shape, order], interp)
      }
      let x = try array(a[0], interp)
      let dims = try ints(
        a.count > 1 ? a[1] : (a.keyword("newshape") ?? a.keyword("shape") ?? .none), interp)
      return wrapArray(try check { () throws(NumKitError) in try x.reshaped(dims) })
    },
    "ravel": { (a, interp) throws(PyException) in
      if let order = argument(a, 1, "order"), order.as(PyStr.self)?.value != "C" {
        return try library("_reshape_order", [a[0], .int(-1), order], interp)
      }
      return wrap(try array(a[0], interp).raveled)
    },
    "transpose": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let axes = try argument(a, 1, "axes").map { (v) throws(PyException) in try ints(v, interp) }
      return wrapArray(try check { () throws(NumKitError) in try x.transposed(axes) })
    },
    "swapaxes": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (i, j) = (try int(a[1]), try int(a[2]))
      return wrap(try check { () throws(NumKitError) in try x.swappingAxes(i, j) })
    },
    "expand_dims": { (a, interp) throws(PyException) in
      var x = try array(a[0], interp)
      let axisValue = argument(a, 1, "axis") ?? .int(0)
      // A tuple of axes: each is a position in the result, inserted in increasing order.
      let axes = try ints(axisValue, interp)
      let ndim = x.ndim + axes.count
      let positions = axes.map { $0 < 0 ? $0 + ndim : $0 }.sorted()
      for axis in positions {
        x = try check { () throws(NumKitError) in try x.expandingDims(axis) }
      }
      return wrap(x)
    },
    "squeeze": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let axes = try argument(a, 1, "axis").map { (v) throws(PyException) in try ints(v, interp) }
      return wrapArray(try check { () throws(NumKitError) in try x.squeezed(axes) })
    },
    "flip": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let axes = try argument(a, 1, "axis").map { (v) throws(PyException) in try ints(v, interp) }
      return wrap(try check { () throws(NumKitError) in try x.flipped(axes) })
    },
    "concatenate": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp)
      let axisValue = a.count > 1 ? try a[1] : (a.keyword("axis") ?? .int(0))
      let axis = axisValue.isNone ? nil : try int(axisValue)
      return wrap(
        try check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: axis) })
    },
    "stack": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp)
      let axis = try int(a.count > 1 ? a[1] : a.keyword("axis") ?? .int(0))
      return wrap(try check { () throws(NumKitError) in try NDArray.stack(parts, axis: axis) })
    },
    "vstack": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp).map { $0.ndim <= 1 ? $0.reshapedRow : $0 }
      return wrap(try check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: 0) })
    },
    "hstack": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp).map { $0.ndim == 0 ? $0.reshapedView([1]) : $0 }
      let axis = parts.first?.ndim == 1 ? 0 : 1
      return wrap(
        try check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: axis) })
    },
    "column_stack": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp).map { $0.ndim <= 1 ? $0.reshapedColumn : $0 }
      return wrap(try check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: 1) })
    },
    "split": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let requested = try int(a.count > 2 ? a[2] : (a.keyword("axis") ?? .int(0)))
      let axis = try check { () throws(NumKitError) in try x.normalizeAxes([requested])[0] }
      let n = x.shape[axis]
      var bounds: [Int]
      if case .int(let sections) = try a[1].asIndexLike {
        if sections == 0 { throw .zeroDivision("integer modulo by zero") }
        guard sections > 0 else { throw .valueError("number sections must be larger than 0.") }
        guard n % sections == 0 else {
          throw .valueError("array split does not result in an equal division")
        }
        // numpy builds the list of pieces first: more than memory holds is its MemoryError.
        guard sections <= MemoryBudget.physicalBytes / 64 else {
          throw PyException(.memoryError, args: [])
        }
        bounds = (0...sections).map { $0 * (n / sections) }
      } else {
        bounds = [0] + (try ints(a[1], interp)) + [n]
      }
      var pieces: [Value] = []
      for (start, stop) in zip(bounds, bounds.dropFirst()) {
        var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: x.ndim)
        items[axis] = .slice(start: start, stop: stop, step: 1)
        pieces.append(wrap(try check { () throws(NumKitError) in try x.index(items) }))
      }
      return .list(pieces)
    },
    "broadcast_to": { (a, interp) throws(PyException) in
      try a.expect("broadcast_to", min: 2, max: 3)
      let x = try array(a[0], interp)
      guard let shapeValue = argument(a, 1, "shape") else {
        throw .typeError("broadcast_to() missing required argument 'shape' (pos 2)")
      }
      return wrapArray(try broadcastView(x, to: try ints(shapeValue, interp)))
    },
    "broadcast_arrays": { (a, interp) throws(PyException) in
      let xs = try a.positional.map { (v) throws(PyException) in try array(v, interp) }
      var shape: [Int] = []
      for x in xs {
        shape = try check { () throws(NumKitError) in try Broadcast.shape(shape, x.shape) }
      }
      return .object(PyTuple(xs.map { .object(PyNDArray(Broadcast.view($0, to: shape))) }))
    },
    "tile": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let reps = try ints(a[1], interp)
      return wrap(try check { () throws(NumKitError) in try x.tiled(reps) })
    },
    "repeat": { (a, interp) throws(PyException) in
      guard let repeats = argument(a, 1, "repeats") else {
        throw .typeError("repeat() missing required argument 'repeats' (pos 1)")
      }
      if case .none = repeats.asIndexLike.asInt {
        return try library(
          "_repeat_counts", [a[0], repeats, argument(a, 2, "axis") ?? .none], interp)
      }
      let x = try array(a[0], interp)
      let n = try int(repeats)
      let axis = try NumpyFunctions.axis(a, 2)
      return wrap(try check { () throws(NumKitError) in try x.repeated(n, axis: axis) })
    },
    // `pad` itself is in NumpyLibrarySource (its other modes index with `take`).
    "_pad_constant": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let widths = try padWidths(a[1], ndim: x.ndim, interp)
      let constant =
        try a.keyword("constant_values").map { (v) throws(PyException) in
          interp.numeric(v.scalarValue) ?? 0
        } ?? 0
      return wrap(try check { () throws(NumKitError) in try x.padded(widths, constant: constant) })
    },
  ]

  /// `np.broadcast_to`: a view of `x` with zero strides along the stretched axes, numpy's
  /// messages when `shape` does not fit. (numpy's view is read-only; NumBook does not block
  /// writes through it.)
  static func broadcastView(_ x: NDArray, to shape: [Int]) throws(PyException) -> NDArray {
    if shape.contains(where: { $0 < 0 }) {
      throw .valueError("all elements of broadcast shape must be non-negative")
    }
    guard x.ndim <= shape.count else {
      throw .valueError("input operand has more dimensions than allowed by the axis remapping")
    }
    let pad = shape.count - x.ndim
    for i in 0..<x.ndim where x.shape[i] != 1 && x.shape[i] != shape[pad + i] {
      throw .valueError(
        "operands could not be broadcast together with remapped shapes [original->remapped]: \(ShapeText.compact(x.shape))  and requested shape \(ShapeText.compact(shape))"
      )
    }
    return Broadcast.view(x, to: shape)
  }

  /// `pad_width` as numpy accepts it: n, (before, after), or one pair per axis.
  static func padWidths(_ v: Value, ndim: Int, _ interp: Interpreter) throws(PyException) -> [(
    Int, Int
  )] {
    if case .int(let n) = v.asIndexLike { return Array(repeating: (n, n), count: ndim) }
    let items = try interp.collect(v)
    if items.count == 2, case .int = items[0].asIndexLike {
      let pair = (try int(items[0]), try int(items[1]))
      return Array(repeating: pair, count: ndim)
    }
    if items.isEmpty { throw .typeError("`pad_width` must be of integral type.") }
    return try items.map { (item) throws(PyException) -> (Int, Int) in
      let pair = try ints(item, interp)
      switch pair.count {
      case 0: throw .typeError("`pad_width` must be of integral type.")
      case 1: return (pair[0], pair[0])
      case 2: return (pair[0], pair[1])
      default:
        throw .valueError(
          "operands could not be broadcast together with remapped shapes [original->remapped]: (\(items.count),\(pair.count))  and requested shape (\(ndim),2)"
        )
      }
    }
  }
}
