import Interpreter
import NumKit

/// Methods of `ndarray` (`a.reshape(...)`, `a.sum()`, ...).
enum NumpyMethods {
  static func method(_ name: String, _ target: PyNDArray, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    let a = target.array
    let body: PyBuiltinFunction.Body
    switch name {
    case "reshape":
      body = { (args, interp) throws(PyException) in
        let dims =
          args.count == 1 && args[0].as(PyTuple.self) != nil
          ? try interp.collect(args[0]) : args.positional
        let shape = try dims.map { (d) throws(PyException) -> Int in
          guard case .int(let n) = d.asIndexValue else {
            throw .typeError("'\(d.typeName)' object cannot be interpreted as an integer")
          }
          return n
        }
        return .object(
          PyNDArray(try NumpyBridge.check { () throws(NumKitError) in try a.reshaped(shape) }))
      }
    case "copy":
      body = { (_, _) throws(PyException) in .object(PyNDArray(a.copy())) }
    case "tolist":
      body = { (_, _) throws(PyException) in toList(a) }
    case "sum", "mean", "max", "min":
      body = { (args, _) throws(PyException) in
        guard args.count == 0 && args.keyword("axis") == nil else {
          throw .notImplemented("\(name)(axis=...) is not supported yet")
        }
        return NumpyMethods.reduce(name, a)
      }
    default:
      return nil
    }
    return .object(PyBuiltinFunction(name, body))
  }

  /// Whole-array reductions (axis reductions come with the NumKit issue).
  static func reduce(_ name: String, _ a: NDArray) -> Value {
    let n = a.size
    if a.dtype.isFloat || name == "mean" {
      let values = (0..<n).map { a.double(at: $0) }
      let result: Double
      switch name {
      case "sum": result = values.reduce(0, +)
      case "mean": result = values.reduce(0, +) / Double(n)
      case "max": result = values.max() ?? .nan
      default: result = values.min() ?? .nan
      }
      return NumpyBridge.wrap(
        NDArray(
          [result], shape: [], dtype: a.dtype == .float32 && name != "mean" ? .float32 : .float64))
    }
    let values = (0..<n).map { a.int(at: $0) }
    let result: Int
    switch name {
    case "sum": result = values.reduce(0, &+)
    case "max": result = values.max() ?? 0
    default: result = values.min() ?? 0
    }
    return NumpyBridge.wrap(NDArray([result], shape: [], dtype: .int64))
  }

  static func toList(_ a: NDArray) -> Value {
    if a.ndim == 0 { return NumpyBridge.wrap(a).scalarValue }
    return .list((0..<a.shape[0]).map { toList(Indexing.row(a, $0)) })
  }
}
