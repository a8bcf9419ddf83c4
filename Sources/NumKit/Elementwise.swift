/// Element-wise arithmetic with broadcasting and numpy's dtype rules.
public enum ArithmeticOp: Sendable {
  case add, subtract, multiply, divide, floorDivide, modulo, power

  /// The result dtype for two operand dtypes.
  func resultType(_ a: DType, _ b: DType) -> DType {
    let t = DType.promote(a, b)
    if self == .divide && !t.isFloat { return .float64 }
    if t == .bool && self != .multiply { return .int64 }
    return t
  }
}

extension NDArray {
  /// `a op b` with broadcasting. Float work is done in Double, integer work in Int.
  public static func binary(_ op: ArithmeticOp, _ a: NDArray, _ b: NDArray) throws(NumKitError)
    -> NDArray
  {
    let shape = try Broadcast.shape(a.shape, b.shape)
    let x = Broadcast.view(a, to: shape)
    let y = Broadcast.view(b, to: shape)
    let type = op.resultType(a.dtype, b.dtype)
    let out = NDArray(zeros: shape, dtype: type)
    let n = out.size
    if type == .float64, x.isContiguous && y.isContiguous, a.dtype == .float64, b.dtype == .float64
    {
      let p = x.storage.pointer(Double.self)
      let q = y.storage.pointer(Double.self)
      let r = out.storage.pointer(Double.self)
      switch op {
      case .add: for i in 0..<n { r[i] = p[i] + q[i] }
      case .subtract: for i in 0..<n { r[i] = p[i] - q[i] }
      case .multiply: for i in 0..<n { r[i] = p[i] * q[i] }
      case .divide: for i in 0..<n { r[i] = p[i] / q[i] }
      default: for i in 0..<n { r[i] = floatOp(op, p[i], q[i]) }
      }
      return out
    }
    if type.isFloat {
      for i in 0..<n { out.setFlat(i, floatOp(op, x.double(at: i), y.double(at: i))) }
    } else {
      for i in 0..<n {
        let v = try intOp(op, x.int(at: i), y.int(at: i))
        out.setFlat(i, Double(v), int: v)
      }
    }
    return out
  }

  static func floatOp(_ op: ArithmeticOp, _ p: Double, _ q: Double) -> Double {
    switch op {
    case .add: return p + q
    case .subtract: return p - q
    case .multiply: return p * q
    case .divide: return p / q
    case .floorDivide: return (p / q).rounded(.down)
    case .modulo:
      let r = p.truncatingRemainder(dividingBy: q)
      return r != 0 && (r < 0) != (q < 0) ? r + q : r
    case .power: return pow(p, q)
    }
  }

  static func intOp(_ op: ArithmeticOp, _ p: Int, _ q: Int) throws(NumKitError) -> Int {
    switch op {
    case .add: return p &+ q
    case .subtract: return p &- q
    case .multiply: return p &* q
    case .divide: return 0
    case .floorDivide:
      if q == 0 { return 0 }
      let d = p / q
      return (p % q != 0 && (p < 0) != (q < 0)) ? d - 1 : d
    case .modulo:
      if q == 0 { return 0 }
      let r = p % q
      return r != 0 && (r < 0) != (q < 0) ? r + q : r
    case .power:
      if q < 0 { throw .value("Integers to negative integer powers are not allowed.") }
      var result = 1
      for _ in 0..<q { result = result &* p }
      return result
    }
  }
}

#if canImport(Glibc)
  import Glibc
#endif
