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
      try NumpyBridge.checkPythonNumber(a[1], fits: dtype)
      let shape = try NumpyModule.shapeArgument(a[0], interp)
      return wrapArray(
        try check { () throws(NumKitError) in try NDArray.full(shape, value, dtype: dtype) })
    },
    "empty": { (a, interp) throws(PyException) in
      let dtype = try NumpyModule.dtypeArgument(argument(a, 1, "dtype")) ?? .float64
      let shape = try NumpyModule.shapeArgument(a[0], interp)
      try NumpyBridge.budget(shape, dtype)
      return wrapArray(NDArray(zeros: shape, dtype: dtype))
    },
    "zeros_like": { (a, interp) throws(PyException) in try like(a, interp, fill: 0) },
    "empty_like": { (a, interp) throws(PyException) in try like(a, interp, fill: 0) },
    "ones_like": { (a, interp) throws(PyException) in try like(a, interp, fill: 1) },
    "full_like": { (a, interp) throws(PyException) in
      let value = try array(a[1], interp)
      let source = try array(a[0], interp)
      let dtype = try NumpyModule.dtypeArgument(argument(a, 2, "dtype")) ?? source.dtype
      try NumpyBridge.checkPythonNumber(a[1], fits: dtype)
      return wrapArray(
        try check { () throws(NumKitError) in
          try NDArray.full(laidOutLike: source, value, dtype: dtype)
        })
    },
    "copy": { (a, interp) throws(PyException) in
      wrapArray(try array(a[0], interp).copyKeepingLayout())
    },
    "asarray": { (a, interp) throws(PyException) in
      let dtype = try NumpyModule.dtypeArgument(argument(a, 1, "dtype"))
      if let x = try a[0].as(PyNDArray.self), dtype == nil || dtype == x.array.dtype {
        // order='C' or 'F': a copy in that order unless the array is in it already.
        switch try argument(a, 2, "order").map({ (v) throws(PyException) in try interp.str(v) }) {
        case "C"? where !x.array.stepsInCOrder: return .object(PyNDArray(x.array.copy()))
        case "F"? where !x.array.stepsInFortranOrder:
          return .object(PyNDArray(x.array.copy(order: "F")!))
        default: return .object(x)
        }
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
    return wrapArray(
      try check { () throws(NumKitError) in
        try NDArray.full(laidOutLike: source, value, dtype: dtype)
      })
  }

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
    case .maximum, .minimum:
      // A NaN goes through without a warning in numpy; the vector instructions that pick
      // the larger or smaller raise the invalid flag for it, which is dropped here.
      let result = try check { () throws(NumKitError) in try NDArray.binary(op, weakLeft, y) }
      FloatStatus.clear()
      return wrap(result)
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
    let named = ReductionArguments(any ? "any" : "all", a, axisPosition: 1)
    if named.needsLibrary {
      return try NumpyMethods.libraryReduction(any ? "any" : "all", x, named, interp)
    }
    let axes = try NumpyFunctions.axes(a, 1)
    let keepdims = try interp.isTruthy(a.keyword("keepdims") ?? .bool(false))
    if axes == nil && !keepdims {
      let truth = any ? x.anyNonzero : x.allNonzero
      return .object(truth ? PyNumpyScalar.trueValue : PyNumpyScalar.falseValue)
    }
    let nonzero = try check { () throws(NumKitError) in
      try NDArray.compare(.notEqual, x, NDArray([0], shape: []))
    }
    let kind: NDArray.Reduction = any ? .max : .min
    if nonzero.size == 0 && axes == nil {
      return .object(any ? PyNumpyScalar.falseValue : PyNumpyScalar.trueValue)
    }
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
}
