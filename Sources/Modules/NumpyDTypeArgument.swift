import Interpreter
import NumKit

/// `dtype=` for numpy functions whose own code does not read it: either the inputs are cast
/// to the dtype before the function runs (`np.cumsum(ints, dtype=float)` accumulates in
/// floats), or the result is cast after it (`np.concatenate(parts, dtype=float)`, with
/// numpy's `casting=` rule).
enum NumpyDTypeArgument {
  enum Rule {
    /// Cast these positional arguments (arrays) before the call.
    case inputs([Int])
    /// Cast the first argument before the call and the result after it (an accumulation
    /// of small ints comes back as int64, as numpy's does without dtype=).
    case accumulation
    /// Cast the result, as `casting=` (default same_kind) allows.
    case result
  }

  static let rules: [String: Rule] = [
    "cumsum": .accumulation, "cumprod": .accumulation, "trace": .inputs([0]),
    "matmul": .inputs([0, 1]),
    "concatenate": .result, "stack": .result, "vstack": .result, "hstack": .result,
  ]

  static func wrap(
    _ name: String, _ rule: Rule, position: Int?, _ function: @escaping PyBuiltinFunction.Body
  ) -> PyBuiltinFunction.Body {
    return { (a, interp) throws(PyException) in
      var args = a
      guard let dtype = try NumpyModule.dtypeArgument(args.remove("dtype", position: position))
      else { return try function(a, interp) }
      switch rule {
      case .inputs(let positions):
        for p in positions where p < args.positional.count {
          let x = try NumpyFunctions.array(args.positional[p], interp)
          args.positional[p] = .object(PyNDArray(x.copy(as: dtype)))
        }
        return try function(args, interp)
      case .accumulation:
        if !args.positional.isEmpty {
          let x = try NumpyFunctions.array(args.positional[0], interp)
          args.positional[0] = .object(PyNDArray(x.copy(as: dtype)))
        }
        let value = try function(args, interp)
        let result = try NumpyFunctions.array(value, interp)
        return result.dtype == dtype ? value : .object(PyNDArray(result.copy(as: dtype)))
      case .result:
        let casting =
          args.remove("casting", position: nil)?.as(PyStr.self)?.value ?? "same_kind"
        let result = try NumpyFunctions.array(try function(args, interp), interp)
        if casting != "unsafe", !canCast(result.dtype, to: dtype, sameKind: casting == "same_kind")
        {
          throw .typeError(
            "Cannot cast array data from dtype('\(result.dtype.rawValue)') to dtype('\(dtype.rawValue)') according to the rule '\(casting)'"
          )
        }
        return .object(PyNDArray(result.copy(as: dtype)))
      }
    }
  }

  /// numpy's casting rules between NumKit's dtypes: `safe` keeps every value, `same_kind`
  /// also allows narrowing within a kind (float64 to float32) but not float to int or
  /// anything to bool.
  static func canCast(_ from: DType, to: DType, sameKind: Bool) -> Bool {
    if from == to || from == .bool { return true }
    func kind(_ t: DType) -> Int { t == .bool ? 0 : t.isInteger ? 1 : 2 }
    if sameKind { return kind(from) <= kind(to) }
    switch from {
    case .uint8: return to != .bool
    case .int32: return to == .int64 || to == .float64
    case .int64, .float32: return to == .float64
    default: return false
    }
  }
}
