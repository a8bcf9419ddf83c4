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
    case _ where reductions.contains(name):
      body = { (args, interp) throws(PyException) in
        try NumpyMethods.reduction(name, a, args, axisPosition: 0, interp)
      }
    default:
      return nil
    }
    return .object(PyBuiltinFunction(name, body))
  }

  static let reductions: Set<String> = [
    "sum", "mean", "max", "min", "prod", "argmax", "argmin", "std", "var",
  ]

  /// A reduction with numpy's arguments: `axis` (at `axisPosition` or by keyword; an int, a
  /// tuple or None), `keepdims`, and `ddof` for std/var.
  static func reduction(
    _ name: String, _ a: NDArray, _ args: Arguments, axisPosition: Int, _ interp: Interpreter
  ) throws(PyException) -> Value {
    let axisValue = args.count > axisPosition ? args[axisPosition] : args.keyword("axis")
    var axes: [Int]?
    if let axisValue, !axisValue.isNone {
      let parts = axisValue.as(PyTuple.self)?.items ?? [axisValue]
      axes = try parts.map { (v) throws(PyException) -> Int in
        guard case .int(let i) = v.asIndexValue else {
          throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        return i
      }
    }
    let keepdims = try interp.isTruthy(args.keyword("keepdims") ?? .bool(false))
    let ddof = args.keyword("ddof")?.asInt ?? 0
    let result = try NumpyBridge.check { () throws(NumKitError) -> NDArray in
      switch name {
      case "argmax", "argmin":
        guard (axes?.count ?? 1) == 1 else {
          throw .type("'tuple' object cannot be interpreted as an integer")
        }
        return try a.argExtreme(max: name == "argmax", axis: axes?.first, keepdims: keepdims)
      case "var": return try a.variance(axes: axes, ddof: ddof, keepdims: keepdims)
      case "std": return try a.variance(axes: axes, ddof: ddof, keepdims: keepdims).apply(.sqrt)
      default:
        return try a.reduce(NDArray.Reduction(rawValue: name)!, axes: axes, keepdims: keepdims)
      }
    }
    return NumpyBridge.wrap(result)
  }

  static func toList(_ a: NDArray) -> Value {
    if a.ndim == 0 { return NumpyBridge.wrap(a).scalarValue }
    return .list((0..<a.shape[0]).map { toList(Indexing.row(a, $0)) })
  }
}
