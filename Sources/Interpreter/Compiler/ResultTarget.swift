import Syntax

/// The variable an assignment `name = x op y` binds (a local or a module global): an array
/// operation may write its result into the array the variable holds, when nothing else refers
/// to that array (`Interpreter.binary(_:_:_:reusing:)`): the old value is dropped by the
/// assignment anyway, and its buffer is still in the cache.
enum ResultTarget {
  case local(Int)
  case global(Globals, Int)

  /// Where the variable's value lies (looked at in place; no global is added meanwhile).
  @inline(__always) func slot(in f: Frame) -> UnsafeMutablePointer<Value?> {
    switch self {
    case .local(let i): return f.slots + i
    case .global(let g, let i): return g.address(of: i)
    }
  }
}

/// Where an arithmetic expression's result goes (`ArithmeticCode`): how object operands are
/// combined.
protocol ResultDestination {
  func binary(_ interp: Interpreter, _ op: BinaryOp, _ x: Value, _ y: Value, _ f: Frame)
    throws(PyException) -> Value
}

/// A result that goes anywhere: `Interpreter.binary`.
struct AnyDestination: ResultDestination {
  @inline(__always)
  func binary(_ interp: Interpreter, _ op: BinaryOp, _ x: Value, _ y: Value, _ f: Frame)
    throws(PyException) -> Value
  {
    try interp.binary(op, x, y)
  }
}

extension ResultTarget: ResultDestination {
  @inline(__always)
  func binary(_ interp: Interpreter, _ op: BinaryOp, _ x: Value, _ y: Value, _ f: Frame)
    throws(PyException) -> Value
  {
    guard case .object = x else { return try interp.binary(op, x, y) }
    return try interp.binary(op, x, y, reusing: slot(in: f))
  }
}

extension Interpreter {
  /// `a op b` for the assignment to the variable at `slot`: the operation's result may be
  /// written into the object the variable holds (`resultInto`, installed by the array
  /// module) when the variable holds the only reference to it; else `binary(op, a, b)`.
  func binary(
    _ op: BinaryOp, _ a: Value, _ b: Value, reusing slot: UnsafeMutablePointer<Value?>
  ) throws(PyException) -> Value {
    if let resultInto, case .object(var old)? = slot.pointee {
      // The slot's reference given up, `old` is the only one left when nobody else has one
      // (an operand that is the same object holds another).
      slot.pointee = nil
      let unique = isKnownUniquelyReferenced(&old)
      slot.pointee = .object(old)
      if unique, let result = try resultInto(op, a, b, old) { return result }
    }
    return try binary(op, a, b)
  }
}

extension Compiler {
  /// `name = x op y` for `+ - * /` and a local or global name: the operation compiled as any
  /// other, told the variable it is assigned to (`ResultTarget`); nil for other assignments.
  func resultReusingAssignment(_ target: Expr, _ value: Expr) throws(SyntaxError)
    -> StatementCode?
  {
    guard case .name(let name) = target.kind, case .binary(let op, let l, let r) = value.kind,
      let kind = BinaryOp(rawValue: op.rawValue),
      [BinaryOp.add, .subtract, .multiply, .trueDivide].contains(kind), scope.kind != .classBody
    else { return nil }
    let resultTarget: ResultTarget
    switch scope.locate(name) {
    case .local(let i): resultTarget = .local(i)
    case .global(let i): resultTarget = .global(scope.globalsTable, i)
    default: return nil
    }
    let maker = ArithmeticCode(
      op: kind, interp: interp, span: failureSpan(value), destination: resultTarget)
    let code = try specialized(l, r, maker).run
    switch resultTarget {
    case .local(let i):
      return { (f: Frame) throws(PyException) -> Completion in
        f.slots[i] = try code(f)
        return .normal
      }
    case .global(let globals, let i):
      return { (f: Frame) throws(PyException) -> Completion in
        globals[i] = try code(f)
        return .normal
      }
    }
  }
}
