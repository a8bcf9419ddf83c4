import Syntax

/// `len(xs)` of the built-in `len` on a list, tuple, dict or ASCII str in a variable: its
/// length read where it lies, with no call (CPython 3.11 specialises this call too). Any other
/// case, `len` shadowed or replaced among the builtins included, runs the general call.
extension Compiler {
  /// The call's code when the callee is the name `len` at module scope and the one argument a
  /// plain variable; nil otherwise.
  func lenCall(
    _ callee: Expr, _ args: [Argument], _ global: GlobalOperand,
    otherwise general: @escaping ExpressionCode
  ) -> ExpressionCode? {
    guard case .name("len") = callee.kind, args.count == 1, case .positional = args[0].kind,
      let argument = variableAddress(args[0].value),
      case .object(let builtin)? = interp.builtins["len"]
    else { return nil }
    let len = ObjectIdentifier(builtin)
    switch argument {
    case .local(let a): return lenCall(global, a, len, general)
    case .global(let a): return lenCall(global, a, len, general)
    }
  }

  @inline(__always)
  private func lenCall<A: VariableAddress>(
    _ callee: GlobalOperand, _ argument: A, _ len: ObjectIdentifier,
    _ general: @escaping ExpressionCode
  ) -> ExpressionCode {
    { (f: Frame) throws(PyException) -> Value in
      if let function = callee.builtinFunction(f), ObjectIdentifier(function) == len,
        let object = argument.unretainedObject(in: f), let n = Compiler.length(of: object)
      {
        return .int(n)
      }
      return try general(f)
    }
  }

  /// The length of a plain list, tuple, dict or ASCII str, looked at in place, or an object's
  /// `storedLength` (a numpy array's); nil for any other object.
  @inline(__always)
  static func length(of object: Unmanaged<PyObject>) -> Int? {
    object._withUnsafeGuaranteedRef { (o: PyObject) -> Int? in
      if o.isExactly(PyList.self) { return unsafeDowncast(o, to: PyList.self).items.count }
      if o.isExactly(PyTuple.self) { return unsafeDowncast(o, to: PyTuple.self).items.count }
      if o.isExactly(PyDict.self) { return unsafeDowncast(o, to: PyDict.self).storage.count }
      if o.isExactly(PyStr.self) {
        let s = unsafeDowncast(o, to: PyStr.self)
        return s.isASCII ? s.value.utf8.count : nil
      }
      return o.storedLength
    }
  }
}
