/// A compiled name load's memory of what the builtins hold under its name (`len`, `range`,
/// `isinstance`), so a call of a builtin does not hash the name on every execution. Valid
/// while the interpreter's builtins are unchanged (`Interpreter.builtinsVersion`).
final class BuiltinNameCache {
  let name: String
  private var version = -1
  private var value: Value?

  init(_ name: String) { self.name = name }

  /// The builtin when it is an object of exactly class `T`, read in place.
  @inline(__always) func object<T: PyObject>(in interp: Interpreter, as: T.Type) -> T? {
    if version != interp.builtinsVersion { _ = value(in: interp) }
    guard case .object(let o)? = value, o.isExactly(T.self) else { return nil }
    return unsafeDowncast(o, to: T.self)
  }

  @inline(__always) func value(in interp: Interpreter) -> Value? {
    if version == interp.builtinsVersion { return value }
    value = interp.builtins[name]
    version = interp.builtinsVersion
    return value
  }
}
