import Interpreter
import NumKit

/// numpy's selection, ordering and whole-array comparison functions.
extension NumpyFunctions {
  static let selection: [String: Body] = [
    "where": { (a, interp) throws(PyException) in
      let condition = try array(a[0], interp)
      guard a.count == 3 else { return try nonzero(condition) }
      let (x, y) = try weakPair(a[1], a[2], interp)
      return wrapArray(
        try check { () throws(NumKitError) in try NDArray.select(condition, x, y) })
    },
    "nonzero": { (a, interp) throws(PyException) in try nonzero(try array(a[0], interp)) },
    "clip": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      // Python numbers as bounds take the array's dtype (NEP 50), as in numpy.
      func bound(_ v: Value) throws(PyException) -> NDArray {
        if let weak = try NumpyBridge.operand(v, like: x, interp) { return weak }
        return try array(v, interp)
      }
      // numpy 2 names the bounds `min`/`max` too (the method's names), and wants both or
      // neither of `a_min`, `a_max`.
      let givenLow = a.count > 1 ? a.positional[1] : a.keyword("a_min")
      let givenHigh = a.count > 2 ? a.positional[2] : a.keyword("a_max")
      let (namedLow, namedHigh) = (a.keyword("min"), a.keyword("max"))
      if (givenLow == nil) != (givenHigh == nil) {
        throw .typeError(
          "clip() missing 1 required positional argument: '\(givenLow == nil ? "a_min" : "a_max")'")
      }
      if givenLow != nil && (namedLow != nil || namedHigh != nil) {
        throw .valueError(
          "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden."
        )
      }
      let low = try (givenLow ?? namedLow).flatMap { (v) throws(PyException) in
        v.isNone ? nil : try bound(v)
      }
      let high = try (givenHigh ?? namedHigh).flatMap { (v) throws(PyException) in
        v.isNone ? nil : try bound(v)
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
    "sign": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      try NumpyBridge.refuseBool("sign", x)
      return wrap(x.sign())
    },
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
      let axes = try NumpyFunctions.axes(a, 1)
      let keepdims = try interp.isTruthy(a.keyword("keepdims") ?? .bool(false))
      if axes == nil && !keepdims {
        return wrap(NDArray([x.nonzeroCount], shape: [], dtype: .int64))
      }
      let nonzero = try check { () throws(NumKitError) in
        try NDArray.compare(.notEqual, x, NDArray([0], shape: []))
      }
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
      return .bool(close.allNonzero)
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

  /// `np.nonzero(x)` (and one-argument `np.where`): a tuple of index arrays; numpy refuses a
  /// 0-d array.
  static func nonzero(_ x: NDArray) throws(PyException) -> Value {
    guard x.ndim > 0 else {
      throw .valueError(
        "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead."
      )
    }
    return .tuple(x.nonzeroIndices.map { wrap($0) })
  }
}
