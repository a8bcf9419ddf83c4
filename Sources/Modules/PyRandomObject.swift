import Interpreter

/// A random generator object (numpy's `RandomState` and `Generator`, Python's `random.Random`):
/// its drawing methods live in a namespace of their own. numpy's print as
/// `RandomState(MT19937) at 0x7F...`, Python's (no bit generator) as
/// `<random.Random object at 0x...>`.
class PyRandomObject: PyObject {
  let methods: PyModule
  private let kind: PyClass
  private let bitGenerator: String?

  init(_ kind: PyClass, bitGenerator: String?, methods: PyModule) {
    self.kind = kind
    self.bitGenerator = bitGenerator
    self.methods = methods
  }

  static func kind(_ name: String, module: String) -> PyClass {
    let c = PyClass(name, bases: [.object])
    c.moduleName = module
    c.namesModuleInMessages = true
    return c
  }

  /// `np.random.RandomState(seed)`: a stream of its own with the module's drawing methods.
  static let randomStateClass = kind("RandomState", module: "numpy.random.mtrand")

  override var pyClass: PyClass { kind }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    guard let bitGenerator else {
      return "<\(kind.moduleName).\(kind.name) object at \(Interpreter.address(of: self))>"
    }
    return "\(kind.name)(\(bitGenerator)) at 0x"
      + Interpreter.address(of: self).dropFirst(2).uppercased()
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let method = methods.globals.value(of: name) {
      // Bound to this object: a method kept after the generator itself is dropped
      // (`f = np.random.default_rng(0).random`) keeps the generator alive, as in Python.
      return .object(
        PyBuiltinFunction(name) { [self] (a, interp) throws(PyException) in
          try withExtendedLifetime(self) { () throws(PyException) in try interp.call(method, a) }
        })
    }
    return try super.getAttribute(name, interp)
  }
}
