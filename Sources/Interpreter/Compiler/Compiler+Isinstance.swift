import Syntax

/// `isinstance(x, C)` of the built-in `isinstance`, a variable and a class named at module
/// level (`int`, `Layer`): answered from the value's class where the variable holds it, with
/// no call and no argument array. Any other case (`isinstance` shadowed, a tuple of classes,
/// `np.ndarray`) runs the general call.
extension Compiler {
  /// The call's code when it has that form; nil otherwise.
  func isinstanceCall(
    _ callee: Expr, _ args: [Argument], _ global: GlobalOperand,
    otherwise general: @escaping ExpressionCode
  ) throws(SyntaxError) -> ExpressionCode? {
    guard case .name("isinstance") = callee.kind, args.count == 2,
      case .positional = args[0].kind, case .positional = args[1].kind,
      let argument = variableAddress(args[0].value),
      case .object(let builtin)? = interp.builtins["isinstance"],
      let type = globalOperand(args[1].value, try compile(args[1].value))
    else { return nil }
    let function = ObjectIdentifier(builtin)
    switch argument {
    case .local(let a): return isinstanceCall(global, a, type, function, general)
    case .global(let a): return isinstanceCall(global, a, type, function, general)
    }
  }

  @inline(__always)
  private func isinstanceCall<A: VariableAddress>(
    _ callee: GlobalOperand, _ argument: A, _ type: GlobalOperand, _ isinstance: ObjectIdentifier,
    _ general: @escaping ExpressionCode
  ) -> ExpressionCode {
    { (f: Frame) throws(PyException) -> Value in
      guard let function = callee.builtinFunction(f), ObjectIdentifier(function) == isinstance,
        let c = type.builtinObject(f, as: PyClass.self)
      else { return try general(f) }
      let valueClass: PyClass
      if let object = argument.unretainedObject(in: f) {
        valueClass = object._withUnsafeGuaranteedRef { $0.pyClass }
      } else if let value = argument.address(in: f).pointee {
        valueClass = Builtins.classOf(value)
      } else {
        return try general(f)  // unbound: the general call's error
      }
      return .bool(valueClass === c || valueClass.isSubclass(of: c))
    }
  }
}
