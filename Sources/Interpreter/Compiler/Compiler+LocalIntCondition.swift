import Syntax

/// `n < 2`, `i >= 0`: a local variable compared with an int literal as a condition (an `if`,
/// a `while`, a conditional expression's test), the int in the slot compared in place by the
/// comparison chosen when the code is compiled. (Through the general comparison condition the
/// test took about sixty instructions: its closure's large context loaded by a forwarding
/// thunk, both operands asked for ints, and the operator switched on at each test.)
extension Compiler {
  /// The condition `left op right` when `left` is a local and `right` an int literal; nil
  /// otherwise. Anything but an int in the slot (or nothing) runs `general`.
  func localIntCondition(
    _ left: Expr, _ op: ComparisonOp, _ right: Expr, otherwise general: @escaping ConditionCode
  ) -> ConditionCode? {
    guard let local = localOperand(left), let k = Compiler.literalInt(right) else { return nil }
    let slot = local.slot
    switch op {
    case .less:
      return { (f: Frame) throws(PyException) -> Bool in
        if case .int(let x)? = f.slots[slot] { return x < k }
        return try general(f)
      }
    case .lessEqual:
      return { (f: Frame) throws(PyException) -> Bool in
        if case .int(let x)? = f.slots[slot] { return x <= k }
        return try general(f)
      }
    case .greater:
      return { (f: Frame) throws(PyException) -> Bool in
        if case .int(let x)? = f.slots[slot] { return x > k }
        return try general(f)
      }
    case .greaterEqual:
      return { (f: Frame) throws(PyException) -> Bool in
        if case .int(let x)? = f.slots[slot] { return x >= k }
        return try general(f)
      }
    case .equal:
      return { (f: Frame) throws(PyException) -> Bool in
        if case .int(let x)? = f.slots[slot] { return x == k }
        return try general(f)
      }
    case .notEqual:
      return { (f: Frame) throws(PyException) -> Bool in
        if case .int(let x)? = f.slots[slot] { return x != k }
        return try general(f)
      }
    }
  }
}
