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
    case "sum", "mean", "max", "min", "prod":
      body = { (args, _) throws(PyException) in
        guard args.count == 0 && args.keyword("axis") == nil else {
          throw .notImplemented("\(name)(axis=...) is not supported yet")
        }
        return try NumpyMethods.reduce(NDArray.Reduction(rawValue: name)!, a)
      }
    default:
      return nil
    }
    return .object(PyBuiltinFunction(name, body))
  }

  /// Whole-array reductions (axis reductions come with the NumKit issue).
  static func reduce(_ kind: NDArray.Reduction, _ a: NDArray) throws(PyException) -> Value {
    NumpyBridge.wrap(try NumpyBridge.check { () throws(NumKitError) in try a.reduce(kind) })
  }

  static func toList(_ a: NDArray) -> Value {
    if a.ndim == 0 { return NumpyBridge.wrap(a).scalarValue }
    return .list((0..<a.shape[0]).map { toList(Indexing.row(a, $0)) })
  }
}
