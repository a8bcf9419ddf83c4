import Interpreter
import NumKit

/// `np.result_type`, `np.promote_types` and `np.can_cast`: numpy 2's promotion (NEP 50: Python
/// numbers are weak and take the other operands' kind when they can) and its casting rules.
enum NumpyTypePromotion {
  static func install(in m: PyModule) {
    m.define("result_type") { (a, interp) throws(PyException) in
      guard a.count > 0 else { throw .valueError("at least one array or dtype is required") }
      var strong: DType?
      var weak: DType?
      for v in a.positional {
        if let t = try operandType(v, interp) {
          strong = strong.map { DType.promote($0, t) } ?? t
        } else {
          let t: DType
          switch v {
          case .bool: t = .bool
          case .int: t = .int64
          default: t = .float64
          }
          weak = weak.map { DType.promote($0, t) } ?? t
        }
      }
      return .object(PyDType(combine(strong: strong, weak: weak)))
    }
    m.define("promote_types") { (a, interp) throws(PyException) in
      try a.expect("promote_types", min: 2, max: 2)
      guard let x = try NumpyModule.dtypeArgument(a[0]),
        let y = try NumpyModule.dtypeArgument(a[1])
      else { throw .typeError("Cannot interpret 'None' as a data type") }
      return .object(PyDType(DType.promote(x, y)))
    }
    m.define("can_cast") { (a, interp) throws(PyException) in
      try a.expect("can_cast", min: 2, max: 3)
      let casting = a.count > 2 ? try a[2] : a.keyword("casting") ?? .str("safe")
      guard let from = try operandType(a[0], interp) else {
        throw .typeError(
          "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future."
        )
      }
      guard let to = try NumpyModule.dtypeArgument(a[1]) else {
        throw .typeError("Cannot interpret 'None' as a data type")
      }
      switch casting.as(PyStr.self)?.value {
      case "no", "equiv": return .bool(from == to)
      case "safe": return .bool(NumpyDTypeArgument.canCast(from, to: to, sameKind: false))
      case "same_kind": return .bool(NumpyDTypeArgument.canCast(from, to: to, sameKind: true))
      case "unsafe": return .bool(true)
      default:
        throw .valueError(
          "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
      }
    }
  }

  /// The dtype an operand brings to promotion: an array's, a numpy scalar's, or a dtype given
  /// as such; nil for a Python number (weak).
  static func operandType(_ v: Value, _ interp: Interpreter) throws(PyException) -> DType? {
    switch v {
    case .bool, .int, .float: return nil
    default: break
    }
    if let array = v.as(PyNDArray.self) { return array.array.dtype }
    if let scalar = v.as(PyNumpyScalar.self) { return scalar.dtype }
    return try NumpyModule.dtypeArgument(v)
  }

  /// Weak Python numbers join the strong dtypes' kind when it is as wide (an int with a float
  /// array stays float32), else take their own default type.
  static func combine(strong: DType?, weak: DType?) -> DType {
    guard let strong else { return weak ?? .float64 }
    guard let weak else { return strong }
    return NumpyDTypeArgument.canCast(weak, to: strong, sameKind: true)
      ? strong : DType.promote(strong, weak)
  }
}
