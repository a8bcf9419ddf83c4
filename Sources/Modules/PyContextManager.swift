import Interpreter

/// A `with` target made of two actions: `__enter__` (returning None) and `__exit__` (which lets
/// exceptions through), as `np.printoptions(...)` and `np.errstate(...)` are.
final class PyContextManager: PyObject {
  private let enter: (Interpreter) -> Void
  private let exit: (Interpreter) -> Void

  init(enter: @escaping (Interpreter) -> Void, exit: @escaping (Interpreter) -> Void) {
    self.enter = enter
    self.exit = exit
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "__enter__":
      return .object(
        PyBuiltinFunction(name) { [self] (_, interp) throws(PyException) in
          enter(interp)
          return .none
        })
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
