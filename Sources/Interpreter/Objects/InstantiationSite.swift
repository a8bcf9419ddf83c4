/// What a compiled `C(...)` site remembers about the last class it instantiated: whether
/// `C(...)` is a plain instance plus its `__init__` (no built-in constructor, metaclass
/// `__call__`, program `__new__`, exception or dict/list base), and that `__init__` when it is
/// a function taking the site's arguments positionally. The call then binds the arguments
/// straight into `__init__`'s frame. Valid until any class changes (`PyClass.epoch`).
final class InstantiationSite {
  private var seenClass: PyClass?
  private var seenEpoch = -1
  private var initializer: PyFunction?

  /// The `__init__` to run on a new plain instance of `c`, for a call with `arity` positional
  /// arguments (nil: the class needs the general path).
  @inline(__always) func initializer(for c: PyClass, arity: Int) -> PyFunction? {
    let epoch = PyClass.epoch.load(ordering: .relaxed)
    if c !== seenClass || epoch != seenEpoch {
      seenClass = c
      seenEpoch = epoch
      initializer = InstantiationSite.plainInitializer(c)
    }
    guard let initializer, initializer.code.directArity == arity + 1 else { return nil }
    return initializer
  }

  private static func plainInitializer(_ c: PyClass) -> PyFunction? {
    guard !c.hasConstructor, c.metaclassHook("__call__") == nil, !c.isExceptionClass,
      !c.isSubclass(of: .dict), !c.isSubclass(of: .list),
      c.lookup("__new__")?.as(PyStaticMethod.self)?.function.as(PyFunction.self) == nil
    else { return nil }
    return c.lookup("__init__")?.as(PyFunction.self)
  }
}

/// What a compiled `super().name(...)` site remembers: for the last (receiver class, defining
/// class) pair, the function `name` finds after the defining class in the receiver's MRO (nil
/// when it is something else: a static or class method, a built-in's). Valid until any class
/// changes (`PyClass.epoch`).
final class SuperMethodSite {
  let name: String
  private var seenClass: PyClass?
  private var seenDefining: PyClass?
  private var seenEpoch = -1
  private var method: PyFunction?

  init(_ name: String) { self.name = name }

  @inline(__always) func method(for c: PyClass, after defining: PyClass) -> PyFunction? {
    let epoch = PyClass.epoch.load(ordering: .relaxed)
    if c !== seenClass || defining !== seenDefining || epoch != seenEpoch {
      seenClass = c
      seenDefining = defining
      seenEpoch = epoch
      method = nil
      if let i = c.mro.firstIndex(where: { $0 === defining }) {
        for base in c.mro[(i + 1)...] {
          guard let v = base.attributes[name] else { continue }
          method = v.as(PyFunction.self)
          break
        }
      }
    }
    return method
  }
}
