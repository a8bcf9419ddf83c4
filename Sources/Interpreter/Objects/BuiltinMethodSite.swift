/// What a compiled `obj.name(...)` site remembers about the built-in method it last called
/// (`d.get(k)`, `s.split()`, `xs.pop()`, `a.sum()`): the receiver's class, and the method
/// that class gives for `name` (or the object's `siteMethod`). The next call on an object of
/// the same class skips the lookup by name, the bound method and the receiver check. Valid
/// until any class changes (`PyClass.epoch`).
final class BuiltinMethodSite {
  let name: String
  private var seenType: ObjectIdentifier?
  /// Whether objects of `seenType` take their methods from their class alone (not user
  /// instances, classes, modules or `super()`, whose own attributes come first).
  private var typeAnswersFromClass = false
  /// Whether every object of `seenType` has the same class (its `pyClass`).
  private var typeHasOneClass = false
  /// The Swift types whose objects all have one Python class (exact types: a user subclass
  /// of `str` or `list` is an object of a Swift subclass).
  private static let typesOfOneClass: [ObjectIdentifier] = [
    ObjectIdentifier(PyStr.self), ObjectIdentifier(PyList.self),
    ObjectIdentifier(PyTuple.self), ObjectIdentifier(PyDict.self),
    ObjectIdentifier(PyBytes.self), ObjectIdentifier(PyByteArray.self),
  ]
  private var seenClass: PyClass?
  private var seenEpoch = -1
  private var method: PyBuiltinFunction?

  init(_ name: String) { self.name = name }

  /// Whether `o` takes its methods from its class alone: not a user instance, class or
  /// module, whose own attributes come first, nor `super()`, which answers from the classes
  /// after the caller's (`super().__setattr__`), nor an instance's `__dict__`, whose changing
  /// methods reach the instance.
  static func answersFromClass(_ o: PyObject) -> Bool {
    !(o is PyInstance) && !(o is PyClass) && !(o is PyModule) && !(o is PySuper)
      && !(o is InstanceDictView) && o.methodsApplyToIt
  }

  /// The built-in method `o.name` would call, if that is what it is.
  @inline(__always) func method(for o: PyObject, _ interp: Interpreter) -> PyBuiltinFunction? {
    let type = ObjectIdentifier(Swift.type(of: o))
    if type != seenType {
      seenType = type
      typeAnswersFromClass = BuiltinMethodSite.answersFromClass(o)
      typeHasOneClass = BuiltinMethodSite.typesOfOneClass.contains(type)
      seenClass = nil
    }
    guard typeAnswersFromClass else { return nil }
    let epoch = PyClass.epoch.load(ordering: .relaxed)
    // (The class of a str, list, tuple or dict is known from its Swift type: no call.)
    if typeHasOneClass && epoch == seenEpoch && seenClass != nil { return method }
    let c = o.pyClass
    if c !== seenClass || epoch != seenEpoch {
      seenClass = c
      seenEpoch = epoch
      if let found = c.lookup(name) {
        method = found.as(PyBuiltinFunction.self)
      } else {
        method = (try? o.siteMethod(name, interp)) ?? nil
      }
    }
    return method
  }
}
