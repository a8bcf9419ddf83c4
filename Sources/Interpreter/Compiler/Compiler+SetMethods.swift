import Syntax

/// `s.add(x)` and `s.discard(x)` on a plain set in a variable, the calls of set-building
/// loops: straight into its table (an int without making its key), without a method call. A
/// built-in type's methods cannot be replaced, so on an exact set these are always what runs.
extension Compiler {
  /// The call's code when it is one of these, the set read where `receiver` holds it;
  /// anything else (another receiver, a frozenset) runs `general`.
  func inPlaceSetMethodCall(
    _ receiver: VariableAddressKind, _ name: String, _ arguments: [CompiledExpression],
    _ span: CallSpans?, otherwise general: @escaping ExpressionCode
  ) -> ExpressionCode? {
    guard arguments.count == 1, name == "add" || name == "discard" else { return nil }
    switch receiver {
    case .local(let r): return setMethodCall(r, name, arguments[0], span, general)
    case .global(let r): return setMethodCall(r, name, arguments[0], span, general)
    }
  }

  @inline(__always)
  private func setMethodCall<R: VariableAddress>(
    _ receiver: R, _ name: String, _ item: CompiledExpression, _ span: CallSpans?,
    _ general: @escaping ExpressionCode
  ) -> ExpressionCode {
    let interp = self.interp
    let adding = name == "add"
    return { (f: Frame) throws(PyException) -> Value in
      guard case .object(let o)? = receiver.address(in: f).pointee, o.isExactly(PySet.self) else {
        return try general(f)
      }
      let set = unsafeDowncast(o, to: PySet.self)
      guard !set.frozen else { return try general(f) }
      let x = try item.value(in: f)
      if case .int(let i) = x {
        if adding { set.storage.add(int: i) } else { set.storage.discard(int: i) }
        return .none
      }
      do throws(PyException) {
        if adding { try set.insert(x, interp) } else { try set.discard(x, interp) }
      } catch {
        throw Compiler.markedCall(error, span)
      }
      return .none
    }
  }
}
