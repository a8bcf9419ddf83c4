import Interpreter

/// A `with` target made of two actions: `__enter__` (returning None) and `__exit__` (which lets
/// exceptions through), as `np.printoptions(...)` and `np.errstate(...)` are.
final class PyContextManager: PyObject {
  /// Runs at `with`; its value is what `as` binds.
  private let enter: (Interpreter) -> Value
  private let exit: (Interpreter) -> Void

  init(enter: @escaping (Interpreter) -> Void, exit: @escaping (Interpreter) -> Void) {
    self.enter = { interp in
      enter(interp)
      return .none
    }
    self.exit = exit
  }

  init(entering: @escaping (Interpreter) -> Value, exit: @escaping (Interpreter) -> Void) {
    self.enter = entering
    self.exit = exit
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "__enter__":
      return .object(
        PyBuiltinFunction(name) { [self] (_, interp) throws(PyException) in enter(interp) })
    case "__exit__":
      return .object(
        PyBuiltinFunction(name) { [self] (_, interp) throws(PyException) in
          exit(interp)
          return .bool(false)
        })
    default: return nil
    }
  }
}
