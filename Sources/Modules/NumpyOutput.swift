import Interpreter
import NumKit

/// `out=` for numpy functions that are not ufuncs or reductions (`np.cumsum(x, out=y)`,
/// `np.concatenate(parts, out=buffer)`, `np.dot(a, b, out=c)`): the function computes its
/// result as usual, which is then written into `out` and `out` returned, with each
/// function's own checks and words (numpy words them in half a dozen ways).
struct NumpyOutput {
  /// How the result may be converted into `out`'s dtype.
  enum Casting {
    /// Any conversion (accumulations).
    case unsafe
    /// numpy's same-kind rule, refused as an array copy refuses it.
    case sameKind
    /// The same-kind rule, refused in the words of the ufunc numpy runs (`'rint'` for round).
    case sameKindUfunc(String)
    /// `np.dot`: out must have the result's dtype exactly.
    case exact
  }

  /// How a wrong shape is refused.
  enum ShapeCheck {
    /// Broadcast into out, as ufuncs do.
    case broadcast
    /// `cumsum`: "provided out is the wrong size for the accumulation."
    case sameSize
    /// `concatenate`, `stack`: the number of dimensions, then the shape.
    case joined
    /// `round`: "invalid output shape".
    case exactShape
    /// `dot`: "output array is not acceptable ...".
    case acceptable
  }

  let notArray: String
  let casting: Casting
  let shape: ShapeCheck

  static let rules: [String: NumpyOutput] = [
    "cumsum": NumpyOutput(notArray: "output must be an array", casting: .unsafe, shape: .sameSize),
    "cumprod": NumpyOutput(
      notArray: "output must be an array", casting: .unsafe, shape: .sameSize),
    "round": NumpyOutput(
      notArray: "output must be an array", casting: .sameKindUfunc("rint"), shape: .exactShape),
    "around": NumpyOutput(
      notArray: "output must be an array", casting: .sameKindUfunc("rint"), shape: .exactShape),
    "concatenate": NumpyOutput(
      notArray: "'out' must be an array", casting: .sameKind, shape: .joined),
    "stack": NumpyOutput(notArray: "'out' must be an array", casting: .sameKind, shape: .joined),
    "dot": NumpyOutput(notArray: "'out' must be an array", casting: .exact, shape: .acceptable),
    "clip": NumpyOutput(
      notArray: "return arrays must be of ArrayType", casting: .sameKindUfunc("clip"),
      shape: .broadcast),
    "outer": NumpyOutput(
      notArray: "return arrays must be of ArrayType", casting: .sameKindUfunc("multiply"),
      shape: .broadcast),
    "matmul": NumpyOutput(
      notArray: "return arrays must be of ArrayType", casting: .sameKindUfunc("matmul"),
      shape: .broadcast),
  ]

  static let general = NumpyOutput(
    notArray: "return arrays must be of ArrayType", casting: .sameKind, shape: .broadcast)

  /// Functions that take `out=` themselves (reductions and the library's nan-functions).
  static let handledByFunction: Set<String> = [
    "sum", "prod", "mean", "std", "var", "max", "min", "argmax", "argmin", "any", "all",
  ]

  /// `function` with `out` (at `position`, or by keyword) taken off its arguments and the
  /// result written into it.
  static func wrap(
    _ name: String, position: Int?, _ function: @escaping PyBuiltinFunction.Body
  ) -> PyBuiltinFunction.Body {
    let rule = rules[name] ?? general
    return { (a, interp) throws(PyException) in
      var args = a
      guard let out = args.remove("out", position: position), !out.isNone else {
        return try function(a, interp)
      }
      guard let target = out.as(PyNDArray.self) else { throw .typeError(rule.notArray) }
      let result = try NumpyFunctions.array(try function(args, interp), interp)
      try rule.store(result, into: target.array)
      return out
    }
  }

  func store(_ result: NDArray, into out: NDArray) throws(PyException) {
    let narrowing = !NumpyDTypeArgument.canCast(result.dtype, to: out.dtype, sameKind: true)
    switch casting {
    case .unsafe: break
    case .sameKind where narrowing:
      throw .typeError(
        "Cannot cast array data from dtype('\(result.dtype.rawValue)') to dtype('\(out.dtype.rawValue)') according to the rule 'same_kind'"
      )
    case .sameKindUfunc(let ufunc) where narrowing:
      throw NumpyBridge.outputCasting(ufunc, from: result.dtype, to: out.dtype)
    case .exact where result.dtype != out.dtype || result.shape != out.shape:
      throw .valueError(
        "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)"
      )
    default: break
    }
    switch shape {
    case .sameSize where result.size != out.size:
      throw .valueError("provided out is the wrong size for the accumulation.")
    case .joined where result.ndim != out.ndim:
      throw .valueError("Output array has wrong dimensionality")
    case .joined where result.shape != out.shape:
      throw .valueError("Output array is the wrong shape")
    case .exactShape where result.shape != out.shape:
      throw .valueError("invalid output shape")
    case .broadcast where (try? Broadcast.shape(result.shape, out.shape)) != out.shape:
      throw .valueError(
        "non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(result.shape))"
      )
    default: break
    }
    // An accumulation fills out in order whatever its shape (same size).
    try NumpyBridge.check { () throws(NumKitError) in
      let value =
        shape == .sameSize && result.shape != out.shape
        ? try result.copy().reshaped(out.shape) : result
      try out.assign([.ellipsis], value)
    }
  }
}
