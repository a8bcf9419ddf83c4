/// Whether a name in a module still means the builtin it meant when kernel code was built
/// (`range`, `abs`, `min`, `max`): no global of that name, and the builtins' own object.
final class BuiltinName {
  let name: String
  unowned(unsafe) let globals: Globals
  let slot: Int
  unowned(unsafe) let interp: Interpreter
  let builtin: PyObject?
  /// The builtins' version (`Interpreter.builtinsVersion`) at which the name was last found
  /// to be the builtin.
  private var verifiedVersion = -1

  init(_ name: String, globals: Globals, slot: Int, interp: Interpreter) {
    self.name = name
    self.globals = globals
    self.slot = slot
    self.interp = interp
    if case .object(let o)? = interp.builtins[name] { builtin = o } else { builtin = nil }
  }

  @inline(__always) var isBuiltin: Bool {
    guard !globals.isBound(slot) else { return false }
    return interp.builtinsVersion == verifiedVersion || verify()
  }

  @inline(never) private func verify() -> Bool {
    guard let builtin, case .object(let o)? = interp.builtins[name], o === builtin else {
      return false
    }
    verifiedVersion = interp.builtinsVersion
    return true
  }
}
