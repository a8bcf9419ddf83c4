/// `exit` and `quit`, which Python's `site` module adds to the builtins: called, they raise
/// SystemExit with the code given; shown, they say how to leave the REPL.
final class PyQuitter: PyObject {
  let name: String

  init(_ name: String) { self.name = name }

  static let quitterClass: PyClass = {
    let c = PyClass("Quitter", bases: [.object])
    c.moduleName = "_sitebuiltins"
    return c
  }()

  override var pyClass: PyClass { PyQuitter.quitterClass }
  override var isCallable: Bool { true }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "Use \(name)() or Ctrl-D (i.e. EOF) to exit"
  }

  override func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    try args.expect(name, min: 0, max: 1)
    throw PyException(.systemExit, args: Array(args.positional.prefix(1)))
  }
}
