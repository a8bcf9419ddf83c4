import Interpreter
import NumKit

/// Python subscripts of arrays (`a[1, :, None]`, `a[mask]`, `a[:, [-1]]`) as NumKit index items.
enum NumpyIndexing {
  static func items(_ key: Value, _ interp: Interpreter) throws(PyException) -> [IndexItem] {
    if let t = key.as(PyTuple.self) {
      return try t.items.map { (v) throws(PyException) in try item(v, interp) }
    }
    return [try item(key, interp)]
  }

  static func item(_ v: Value, _ interp: Interpreter) throws(PyException) -> IndexItem {
    if case .int(let i) = v.asIndexLike { return .integer(i) }
    switch v {
    case .none: return .newAxis
    case .object(let o):
      if o is PyEllipsis { return .ellipsis }
      if let s = o as? PySlice {
        return .slice(
          start: try bound(s.lower), stop: try bound(s.upper), step: try bound(s.step))
      }
      if let a = o as? PyNDArray { return try arrayItem(a.array) }
      // A list, or a tuple inside the index tuple (`s[(0, 1), ::2]`), is an index array.
      if o is PyList || o is PyTuple {
        return try arrayItem(try NumpyBridge.array(from: v, dtype: nil, interp))
      }
    default:
      break
    }
    throw .indexError(
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
    )
  }

  private static func arrayItem(_ a: NDArray) throws(PyException) -> IndexItem {
    if a.dtype == .bool { return .mask(a) }
    guard a.dtype.isInteger || a.size == 0 else {
      throw .indexError("arrays used as indices must be of integer (or boolean) type")
    }
    return .integers(a.dtype.isInteger ? a : a.copy(as: .int64))
  }

  private static func bound(_ v: Value) throws(PyException) -> Int? {
    if v.isNone { return nil }
    guard case .int(let i) = v.asIndexLike else {
      throw .typeError("slice indices must be integers or None or have an __index__ method")
    }
    return i
  }

  static func elementComparison(_ op: ComparisonOp) -> ElementComparison {
    switch op {
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    case .equal: return .equal
    case .notEqual: return .notEqual
    }
  }
}
