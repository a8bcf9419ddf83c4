/// A compiled name load's memory of what the builtins hold under its name (`len`, `range`,
/// `isinstance`), so a call of a builtin does not hash the name on every execution. Valid
/// while the interpreter's builtins are unchanged (`Interpreter.builtinsVersion`).
final class BuiltinNameCache {
  let name: String
  private var version = -1
  private var value: Value?

  init(_ name: String) { self.name = name }

  @inline(__always) func value(in interp: Interpreter) -> Value? {
    if version == interp.builtinsVersion { return value }
    value = interp.builtins[name]
    version = interp.builtinsVersion
    return value
  }
}
