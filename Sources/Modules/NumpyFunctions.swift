import Interpreter
import NumKit

/// Module-level numpy functions beyond creation and reductions: shape operations, selection,
/// ordering, comparisons of whole arrays, `linalg`.
enum NumpyFunctions {
  typealias Body = PyBuiltinFunction.Body

  /// Every function above by name (the `ndarray` methods of the same name delegate here).
  /// (Built without nested typed-throws closures: Swift 6.3.1's SILGen crashes on them.)
  static let functionTable: [String: Body] = [
    creation, shape, selection, positions, products, signal,
  ]
  .reduce(
    into: [:]
  ) { all, table in all.merge(table) { a, _ in a } }

  static func install(in m: PyModule) {
    for (name, body) in functionTable { m.define(name, body) }
    let linalg = PyModule(name: "numpy.linalg")
    for (name, body) in linearAlgebra { linalg.define(name, body) }
    linalg.define("LinAlgError", .object(NumpyBridge.linAlgError))
    m.define("linalg", .object(linalg))
  }

  // MARK: - Argument helpers

  /// An argument as an array: arrays and numpy scalars as they are (functions read their
  /// inputs and write fresh results, as numpy's do), anything else converted.
  /// Two operands where a Python number next to an array is weak (NEP 50): it takes the
  /// array's dtype when that can hold it (`np.where(c, float32_array, 0)` stays float32).
  static func weakPair(_ p: Value, _ q: Value, _ interp: Interpreter) throws(PyException)
    -> (NDArray, NDArray)
  {
    func isPythonNumber(_ v: Value) -> Bool {
      switch v {
      case .int, .float, .bool: return true
      default: return false
      }
    }
    if isPythonNumber(q), !isPythonNumber(p) {
      let x = try array(p, interp)
      if let y = try NumpyBridge.operand(q, like: x, interp) { return (x, y) }
    }
    if isPythonNumber(p), !isPythonNumber(q) {
      let y = try array(q, interp)
      if let x = try NumpyBridge.operand(p, like: y, interp) { return (x, y) }
    }
    return (try array(p, interp), try array(q, interp))
  }

  static func array(_ v: Value, _ interp: Interpreter) throws(PyException) -> NDArray {
    if let a = v.as(PyNDArray.self) { return a.array }
    if let s = v.as(PyNumpyScalar.self) { return s.array }
    return try NumpyBridge.array(from: v, dtype: nil, interp)
  }

  static func arrays(_ v: Value, _ interp: Interpreter) throws(PyException) -> [NDArray] {
    try interp.collect(v).map { (x) throws(PyException) in try array(x, interp) }
  }

  /// An optional argument by position or keyword.
  static func argument(_ a: Arguments, _ position: Int, _ name: String) -> Value? {
    let v = a.count > position ? a.positional[position] : a.keyword(name)
    return v.flatMap { $0.isNone ? nil : $0 }
  }

  static func int(_ v: Value) throws(PyException) -> Int {
    guard case .int(let i) = v.asIndexLike else {
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return i
  }

  static func ints(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Int] {
    if case .int(let i) = v.asIndexLike { return [i] }
    return try interp.collect(v).map { (x) throws(PyException) in try int(x) }
  }

  static func axis(_ a: Arguments, _ position: Int) throws(PyException) -> Int? {
    try argument(a, position, "axis").map { (v) throws(PyException) in try int(v) }
  }

  /// `axis=`: one int or a tuple of them (nil: every axis).
  static func axes(_ a: Arguments, _ position: Int) throws(PyException) -> [Int]? {
    guard let v = argument(a, position, "axis") else { return nil }
    if let t = v.as(PyTuple.self) {
      return try t.items.map { (item) throws(PyException) in try int(item) }
    }
    return [try int(v)]
  }

  static func check<T>(_ body: () throws(NumKitError) -> T) throws(PyException) -> T {
    try NumpyBridge.check(body)
  }

  static func wrap(_ a: NDArray) -> Value { NumpyBridge.wrap(a) }
  /// An array even when it is 0-d (shape functions give 0-d arrays; computations give
  /// numpy scalars, which `wrap` makes).
  static func wrapArray(_ a: NDArray) -> Value { .object(PyNDArray(a)) }

  // MARK: - Creation

  static let creation: [String: Body] = [
    "eye": { (a, interp) throws(PyException) in
      let n = try int(a[0])
      let m = try argument(a, 1, "M").map { (v) throws(PyException) in try int(v) }
      let k = try argument(a, 2, "k").map { (v) throws(PyException) in try int(v) } ?? 0
      let dtype = try NumpyModule.dtypeArgument(a.keyword("dtype")) ?? .float64
      try NumpyBridge.budget([n, m ?? n], dtype)
      return wrap(NDArray.eye(n, m, k: k, dtype: dtype))
    },
    "identity": { (a, interp) throws(PyException) in
      try NumpyBridge.budget([try int(a[0]), try int(a[0])], .float64)
      return wrap(
        NDArray.eye(
          try int(a[0]), dtype: try NumpyModule.dtypeArgument(a.keyword("dtype")) ?? .float64))
    },
    "full": { (a, interp) throws(PyException) in
      let value = try array(a[1], interp)
      let dtype = try NumpyModule.dtypeArgument(argument(a, 2, "dtype")) ?? value.dtype
      let shape = try NumpyModule.shapeArgument(a[0], interp)
      return wrap(
        try check { () throws(NumKitError) in try NDArray.full(shape, value, dtype: dtype) })
    },
    "empty": { (a, interp) throws(PyException) in
      let dtype = try NumpyModule.dtypeArgument(argument(a, 1, "dtype")) ?? .float64
      let shape = try NumpyModule.shapeArgument(a[0], interp)
      try NumpyBridge.budget(shape, dtype)
      return wrap(NDArray(zeros: shape, dtype: dtype))
    },
    "zeros_like": { (a, interp) throws(PyException) in try like(a, interp, fill: 0) },
    "empty_like": { (a, interp) throws(PyException) in try like(a, interp, fill: 0) },
    "ones_like": { (a, interp) throws(PyException) in try like(a, interp, fill: 1) },
    "full_like": { (a, interp) throws(PyException) in
      let value = try array(a[1], interp)
      let source = try array(a[0], interp)
      let dtype = try NumpyModule.dtypeArgument(argument(a, 2, "dtype")) ?? source.dtype
      return wrap(
        try check { () throws(NumKitError) in try NDArray.full(source.shape, value, dtype: dtype) })
    },
    "copy": { (a, interp) throws(PyException) in wrapArray(try array(a[0], interp).copy()) },
    "asarray": { (a, interp) throws(PyException) in
      let dtype = try NumpyModule.dtypeArgument(argument(a, 1, "dtype"))
      if let x = try a[0].as(PyNDArray.self), dtype == nil || dtype == x.array.dtype {
        return .object(x)
      }
      return .object(PyNDArray(try NumpyBridge.array(from: a[0], dtype: dtype, interp)))
    },
    "meshgrid": { (a, interp) throws(PyException) in
      // One output per input, each over the grid of all their lengths; indexing='xy' (the
      // default) swaps the first two axes. sparse=True keeps each one's own axis only.
      let vectors = try a.positional.map { (v) throws(PyException) in
        try array(v, interp).reshapedView([try array(v, interp).size])
      }
      let indexing = a.keyword("indexing").flatMap { $0.as(PyStr.self)?.value } ?? "xy"
      guard indexing == "xy" || indexing == "ij" else {
        throw .valueError("Valid values for `indexing` are 'xy' and 'ij'.")
      }
      let sparse = try interp.isTruthy(a.keyword("sparse") ?? .bool(false))
      var shape = vectors.map(\.size)
      var axes = Array(shape.indices)
      if indexing == "xy" && vectors.count > 1 {
        shape.swapAt(0, 1)
        axes.swapAt(0, 1)
      }
      var grids: [Value] = []
      for (i, v) in vectors.enumerated() {
        var own = Array(repeating: 1, count: vectors.count)
        own[axes[i]] = v.size
        let placed = v.reshapedView(own)
        grids.append(
          sparse
            ? wrap(placed.copy())
            : wrap(
              try check { () throws(NumKitError) in
                try NDArray.full(shape, placed, dtype: placed.dtype)
              }))
      }
      return .tuple(grids)
    },
  ]

  static func like(_ a: Arguments, _ interp: Interpreter, fill: Int) throws(PyException) -> Value {
    let source = try array(a[0], interp)
    let dtype = try NumpyModule.dtypeArgument(argument(a, 1, "dtype")) ?? source.dtype
    let value = NDArray([fill], shape: [])
    return wrap(
      try check { () throws(NumKitError) in try NDArray.full(source.shape, value, dtype: dtype) })
  }

  // MARK: - Shape

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
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try x.reshaped([x.size]) })
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
      let axisValue = try argument(a, 1, "axis") ?? .int(0)
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
      let parts = try arrays(a[0], interp).map { $0.ndim == 1 ? $0.reshapedRow : $0 }
      return wrap(try check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: 0) })
    },
    "hstack": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp)
      let axis = parts.first?.ndim == 1 ? 0 : 1
      return wrap(
        try check { () throws(NumKitError) in try NDArray.concatenate(parts, axis: axis) })
    },
    "column_stack": { (a, interp) throws(PyException) in
      let parts = try arrays(a[0], interp).map { $0.ndim == 1 ? $0.reshapedColumn : $0 }
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
      return wrap(try broadcastView(x, to: try ints(shapeValue, interp)))
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

  // MARK: - Selection, ordering, comparison

  static let selection: [String: Body] = [
    "where": { (a, interp) throws(PyException) in
      let condition = try array(a[0], interp)
      guard a.count == 3 else {
        return .tuple(condition.nonzeroIndices.map { wrap($0) })
      }
      let (x, y) = try weakPair(a[1], a[2], interp)
      return wrap(try check { () throws(NumKitError) in try NDArray.select(condition, x, y) })
    },
    "nonzero": { (a, interp) throws(PyException) in
      .tuple(try array(a[0], interp).nonzeroIndices.map { wrap($0) })
    },
    "clip": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      // Python numbers as bounds take the array's dtype (NEP 50), as in numpy.
      func bound(_ v: Value) throws(PyException) -> NDArray {
        if let weak = try NumpyBridge.operand(v, like: x, interp) { return weak }
        return try array(v, interp)
      }
      // numpy 2 names the bounds `min`/`max` too (the method's names).
      let low = try (argument(a, 1, "a_min") ?? argument(a, 99, "min")).map {
        (v) throws(PyException) in try bound(v)
      }
      let high = try (argument(a, 2, "a_max") ?? argument(a, 99, "max")).map {
        (v) throws(PyException) in try bound(v)
      }
      return wrap(try check { () throws(NumKitError) in try x.clipped(low, high) })
    },
    "maximum": { (a, interp) throws(PyException) in try binary(.maximum, a, interp) },
    "minimum": { (a, interp) throws(PyException) in try binary(.minimum, a, interp) },
    "add": { (a, interp) throws(PyException) in try binary(.add, a, interp) },
    "subtract": { (a, interp) throws(PyException) in try binary(.subtract, a, interp) },
    "multiply": { (a, interp) throws(PyException) in try binary(.multiply, a, interp) },
    "divide": { (a, interp) throws(PyException) in try binary(.divide, a, interp) },
    "power": { (a, interp) throws(PyException) in try binary(.power, a, interp) },
    "isnan": { (a, interp) throws(PyException) in wrap(try array(a[0], interp).test(.isnan)) },
    "isinf": { (a, interp) throws(PyException) in wrap(try array(a[0], interp).test(.isinf)) },
    "isfinite": { (a, interp) throws(PyException) in wrap(try array(a[0], interp).test(.isfinite))
    },
    "sign": { (a, interp) throws(PyException) in wrap(try array(a[0], interp).sign()) },
    "round": { (a, interp) throws(PyException) in try round(a, interp) },
    "around": { (a, interp) throws(PyException) in try round(a, interp) },
    "cumsum": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let axis = try NumpyFunctions.axis(a, 1)
      return wrap(
        try check { () throws(NumKitError) in try x.cumulative(product: false, axis: axis) })
    },
    "cumprod": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let axis = try NumpyFunctions.axis(a, 1)
      return wrap(
        try check { () throws(NumKitError) in try x.cumulative(product: true, axis: axis) })
    },
    "any": { (a, interp) throws(PyException) in try truth(any: true, a, interp) },
    "all": { (a, interp) throws(PyException) in try truth(any: false, a, interp) },
    "count_nonzero": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let nonzero = try check { () throws(NumKitError) in
        try NDArray.compare(.notEqual, x, NDArray([0], shape: []))
      }
      let axes = try NumpyFunctions.axes(a, 1)
      let keepdims = try interp.isTruthy(a.keyword("keepdims") ?? .bool(false))
      let count = try check { () throws(NumKitError) in
        try nonzero.reduce(.sum, axes: axes, keepdims: keepdims)
      }
      // numpy 2 gives an `np.int64` for the whole array too.
      return wrap(count)
    },
    "sort": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      if argument(a, 3, "order") != nil {
        throw .valueError("Cannot specify order when the array has no fields.")
      }
      let axisValue = a.count > 1 ? try a[1] : (a.keyword("axis") ?? .int(-1))
      let axis = axisValue.isNone ? nil : try int(axisValue)
      return wrap(try check { () throws(NumKitError) in try x.sorted(axis: axis) })
    },
    "argsort": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      if argument(a, 3, "order") != nil {
        throw .valueError("Cannot specify order when the array has no fields.")
      }
      let axisValue = a.count > 1 ? try a[1] : (a.keyword("axis") ?? .int(-1))
      let axis = axisValue.isNone ? nil : try int(axisValue)
      return wrap(try check { () throws(NumKitError) in try x.argsorted(axis: axis) })
    },
    "unique": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let general =
        a.count > 1
        || ["return_index", "return_inverse", "axis", "equal_nan", "sorted"].contains {
          a.keyword($0) != nil
        }
      if general {
        return try library("_unique_general", a.positional, keywords: a.keywords, interp)
      }
      let result = try check { () throws(NumKitError) in try x.unique() }
      guard try interp.isTruthy(a.keyword("return_counts") ?? .bool(false)) else {
        return wrap(result.values)
      }
      return .tuple([wrap(result.values), wrap(result.counts)])
    },
    "isclose": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      let (rtol, atol) = try tolerances(a, interp)
      let equalNaN = try interp.isTruthy(a.keyword("equal_nan") ?? .bool(false))
      return wrap(
        try check { () throws(NumKitError) in
          try NDArray.isClose(x, y, rtol: rtol, atol: atol, equalNaN: equalNaN)
        })
    },
    "allclose": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      let (rtol, atol) = try tolerances(a, interp)
      let equalNaN = try interp.isTruthy(a.keyword("equal_nan") ?? .bool(false))
      let close = try check { () throws(NumKitError) in
        try NDArray.isClose(x, y, rtol: rtol, atol: atol, equalNaN: equalNaN)
      }
      return .bool((0..<close.size).allSatisfy { close.bool(at: $0) })
    },
    "array_equal": { (a, interp) throws(PyException) in
      if let equalNaN = argument(a, 2, "equal_nan"), try interp.isTruthy(equalNaN) {
        return try library("_array_equal_nan", [a[0], a[1]], interp)
      }
      return .bool(NDArray.arrayEqual(try array(a[0], interp), try array(a[1], interp)))
    },
    "outer": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      return wrap(try check { () throws(NumKitError) in try NDArray.outer(x, y) })
    },
    "inner": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      guard x.ndim <= 1, y.ndim <= 1 else { return try library("_inner", [a[0], a[1]], interp) }
      return wrap(try check { () throws(NumKitError) in try NDArray.dot(x, y) })
    },
  ]

  /// One of the library's helpers for arguments the Swift functions leave to it
  /// (NumpyLibrarySource: `_repeat_counts`, `_take_mode`, ...).
  static func library(
    _ name: String, _ arguments: [Value], keywords: [(name: String, value: Value)] = [],
    _ interp: Interpreter
  ) throws(PyException) -> Value {
    guard let function = try interp.importModule("numpy").globals.value(of: name) else {
      throw PyException(.notImplementedError, "numpy's \(name) is missing")
    }
    return try interp.call(function, Arguments(arguments, keywords: keywords))
  }

  static func binary(_ op: ArithmeticOp, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try a.expect("ufunc", min: 2, max: 2)
    let x = try array(a[0], interp)
    guard let y = try NumpyBridge.operand(a[1], like: x, interp) else {
      throw .typeError("unsupported operand type: '\(try a[1].typeName)'")
    }
    let weakLeft = try NumpyBridge.operand(a[0], like: y, interp) ?? x
    let name: String
    switch op {
    case .add: name = "add"
    case .subtract: name = "subtract"
    case .multiply: name = "multiply"
    case .divide: name = "divide"
    case .floorDivide: name = "floor_divide"
    case .modulo: name = "remainder"
    case .power: name = "power"
    case .maximum: name = "maximum"
    case .minimum: name = "minimum"
    }
    return wrap(
      try NumpyBridge.ufunc(name, interp) { () throws(NumKitError) in
        try NDArray.binary(op, weakLeft, y)
      })
  }

  static func round(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let x = try array(a[0], interp)
    let decimals = try argument(a, 1, "decimals").map { (v) throws(PyException) in try int(v) } ?? 0
    return wrap(x.rounded(decimals: decimals))
  }

  static func truth(any: Bool, _ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let x = try array(a[0], interp)
    let named = NumpyMethods.reductionArguments(any ? "any" : "all", a, axisPosition: 1)
    if NumpyMethods.needsLibrary(named) {
      return try NumpyMethods.libraryReduction(any ? "any" : "all", x, named, interp)
    }
    let nonzero = try check { () throws(NumKitError) in
      try NDArray.compare(.notEqual, x, NDArray([0], shape: []))
    }
    let axes = try NumpyFunctions.axes(a, 1)
    let kind: NDArray.Reduction = any ? .max : .min
    if nonzero.size == 0 && axes == nil {
      return .object(PyNumpyScalar(NDArray([any ? 0 : 1], shape: [], dtype: .bool)))
    }
    let keepdims = try interp.isTruthy(a.keyword("keepdims") ?? .bool(false))
    let result = try check { () throws(NumKitError) in
      try nonzero.reduce(kind, axes: axes, keepdims: keepdims)
    }
    return wrap(result.copy(as: .bool))
  }

  static func tolerances(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> (
    Double, Double
  ) {
    let rtol =
      try argument(a, 2, "rtol").map { (v) throws(PyException) in
        interp.numeric(v.scalarValue) ?? 1e-5
      } ?? 1e-5
    let atol =
      try argument(a, 3, "atol").map { (v) throws(PyException) in
        interp.numeric(v.scalarValue) ?? 1e-8
      } ?? 1e-8
    return (rtol, atol)
  }

  // MARK: - Products

  static let products: [String: Body] = [
    "dot": { (a, interp) throws(PyException) in try product(a, interp) },
    "matmul": { (a, interp) throws(PyException) in try product(a, interp, matmul: true) },
  ]

  static func product(_ a: Arguments, _ interp: Interpreter, matmul: Bool = false)
    throws(PyException) -> Value
  {
    try a.expect(matmul ? "matmul" : "dot", min: 2, max: 2)
    let x = try array(a[0], interp)
    let y = try array(a[1], interp)
    do {
      return wrap(matmul ? try NDArray.matmul(x, y) : try NDArray.dot(x, y))
    } catch {
      throw NumpyBridge.exception(error)
    }
  }

  // MARK: - linalg

  static let linearAlgebra: [String: Body] = [
    "inv": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.inverse(x) })
    },
    "det": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.determinant(x) })
    },
    "slogdet": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (sign, logarithm) = try check { () throws(NumKitError) in
        try LinearAlgebra.signAndLogDeterminant(x)
      }
      return .tuple([wrap(NDArray([sign], shape: [])), wrap(NDArray([logarithm], shape: []))])
    },
    "cholesky": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.cholesky(x) })
    },
    "qr": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let modeName = try argument(a, 1, "mode").map { (v) throws(PyException) in try interp.str(v) }
      guard let mode = LinearAlgebra.QRMode(rawValue: modeName ?? "reduced") else {
        if modeName == "raw" {
          throw .notImplemented("np.linalg.qr mode 'raw' is not supported yet")
        }
        throw .valueError("Unrecognized mode '\(modeName ?? "")'")
      }
      let (q, r) = try check { () throws(NumKitError) in try LinearAlgebra.qr(x, mode: mode) }
      guard let q else { return wrap(r) }
      return .tuple([wrap(q), wrap(r)])
    },
    "svd": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let full = try interp.isTruthy(argument(a, 1, "full_matrices") ?? .bool(true))
      let computeUV = try interp.isTruthy(argument(a, 2, "compute_uv") ?? .bool(true))
      let (u, s, vt) = try check { () throws(NumKitError) in
        try LinearAlgebra.svd(x, fullMatrices: full)
      }
      if !computeUV { return wrap(s) }
      return .tuple([wrap(u), wrap(s), wrap(vt)])
    },
    "eigh": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (w, v) = try check { () throws(NumKitError) in
        try LinearAlgebra.symmetricEigen(x, vectors: true)
      }
      return .tuple([wrap(w), wrap(v!)])
    },
    "eigvalsh": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (w, _) = try check { () throws(NumKitError) in
        try LinearAlgebra.symmetricEigen(x, vectors: false)
      }
      return wrap(w)
    },
    "eig": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (w, v) = try check { () throws(NumKitError) in try LinearAlgebra.eigen(x) }
      return .tuple([wrap(w), wrap(v)])
    },
    "eigvals": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.eigen(x).0 })
    },
    "lstsq": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      let rcond = try argument(a, 2, "rcond").map { (v) throws(PyException) -> Double in
        guard let d = interp.numeric(v.scalarValue) else {
          throw .typeError("rcond must be a number")
        }
        return d
      }
      let (solution, residuals, rank, s) = try check { () throws(NumKitError) in
        try LinearAlgebra.leastSquares(x, y, rcond: rcond)
      }
      // numpy reports the rank as LAPACK's integer, an int32.
      let rankScalar = PyNumpyScalar(NDArray([rank], shape: [], dtype: .int32))
      return .tuple([wrap(solution), wrap(residuals), .object(rankScalar), wrap(s)])
    },
    "solve": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.solve(x, y) })
    },
    "norm": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let ordValue = a.count > 1 ? try a[1] : (a.keyword("ord") ?? .none)
      let order: NormOrder?
      switch ordValue {
      case .none: order = nil
      case .int(let n): order = .power(Double(n))
      case .float(let d): order = .power(d)
      case .bool(let b): order = .power(b ? 1 : 0)
      default:
        guard let text = ordValue.as(PyStr.self)?.value, text == "fro" || text == "nuc" else {
          throw .valueError("Invalid norm order '\(try interp.str(ordValue))' for vectors")
        }
        order = text == "fro" ? .frobenius : .nuclear
      }
      let axisValue = a.count > 2 ? try a[2] : (a.keyword("axis") ?? .none)
      var axes: [Int]?
      if case .int(let n) = axisValue.asIndexLike {
        axes = [n]
      } else if let t = axisValue.as(PyTuple.self) {
        axes = try t.items.map { (v) throws(PyException) in try int(v) }
      } else if !axisValue.isNone {
        throw .typeError("'\(axisValue.typeName)' object cannot be interpreted as an integer")
      }
      let keepdims = try interp.isTruthy(
        a.count > 3 ? a[3] : (a.keyword("keepdims") ?? .bool(false)))
      return wrap(
        try check { () throws(NumKitError) in
          try x.norm(order: order, axes: axes, keepdims: keepdims)
        })
    },
  ]
}

extension NDArray {
  var reshapedRow: NDArray { reshapedView([1, size]) }
  var reshapedColumn: NDArray { reshapedView([size, 1]) }
}
