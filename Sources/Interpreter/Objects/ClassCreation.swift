/// What happens after a class body has run: the metaclass (given as `metaclass=` or inherited)
/// and its `__init__`, then the parent's `__init_subclass__` with the remaining class keywords
/// (PEP 487).
enum ClassCreation {
  /// A new class's attributes from the namespace its body filled (or `type(name, bases,
  /// dict)` was given), then `finish`.
  static func fill(
    _ cls: PyClass, from namespace: PyDict, keywords: [(name: String, value: Value)],
    _ interp: Interpreter
  ) throws(PyException) {
    cls.cachesLookups = true
    for (key, pair) in namespace.storage {
      guard let attribute = key.string else { continue }
      var value = pair.value
      // `__new__` is a static method and `__init_subclass__` a class method implicitly.
      if value.as(PyFunction.self) != nil {
        if attribute == "__new__" { value = .object(PyStaticMethod(value)) }
        if attribute == "__init_subclass__" { value = .object(PyClassMethod(value)) }
      }
      cls.attributes[attribute] = value
      cls.attributeOrder.append(attribute)
      if let fn = pair.value.as(PyFunction.self) { fn.definingClass = cls }
      if let wrapped = pair.value.as(PyClassMethod.self)?.function.as(PyFunction.self) {
        wrapped.definingClass = cls
      }
      if let wrapped = pair.value.as(PyProperty.self) {
        wrapped.getter.as(PyFunction.self)?.definingClass = cls
      }
    }
    try finish(cls, keywords: keywords, namespace: namespace, interp)
  }

  /// `type(name, bases, dict)`: a class made as a class statement makes it, in the calling
  /// module (its `__module__`, unless the dict gives one), with CPython's argument checks.
  static func fromType(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let (nameValue, basesValue, namespaceValue) = (try a[0], try a[1], try a[2])
    guard let name = nameValue.as(PyStr.self)?.value else {
      throw .typeError("type.__new__() argument 1 must be str, not \(nameValue.typeName)")
    }
    guard let bases = basesValue.as(PyTuple.self)?.items else {
      throw .typeError("type.__new__() argument 2 must be tuple, not \(basesValue.typeName)")
    }
    guard let given = namespaceValue.as(PyDict.self) else {
      throw .typeError("type.__new__() argument 3 must be dict, not \(namespaceValue.typeName)")
    }
    var baseClasses: [PyClass] = []
    for b in bases {
      guard let c = b.as(PyClass.self) else {
        throw .typeError(
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"
        )
      }
      baseClasses.append(c)
    }
    let cls = PyClass(name, bases: baseClasses.isEmpty ? [.object] : baseClasses)
    let module =
      given.storage[.string("__module__")]?.value
      ?? interp.currentFrame?.takeUnretainedValue().globals.value(of: "__name__")
    if let module = module?.as(PyStr.self)?.value { cls.moduleName = module }
    // (The class keeps its own table: later changes to the dict given are not the class's.)
    let namespace = PyDict()
    for (key, pair) in given.storage where key.string != "__module__" {
      namespace.storage[key] = pair
    }
    try fill(cls, from: namespace, keywords: a.keywords, interp)
    return .object(cls)
  }

  static func finish(
    _ cls: PyClass, keywords: [(name: String, value: Value)], namespace: PyDict,
    _ interp: Interpreter
  ) throws(PyException) {
    cls.slotNames = SlotNames.of(cls)
    // A class that defines `__eq__` and not `__hash__` gets `__hash__ = None`, as in Python.
    if cls.attributes["__eq__"] != nil && cls.attributes["__hash__"] == nil {
      cls.attributes["__hash__"] = Value.none
      cls.attributeOrder.append("__hash__")
    }
    try Descriptor.announceNames(of: cls, interp)
    var rest = keywords
    if let i = rest.firstIndex(where: { $0.name == "metaclass" }) {
      let given = rest.remove(at: i).value
      guard let meta = given.as(PyClass.self), meta.isSubclass(of: .type) else {
        throw .notImplemented(
          "metaclass=\(given.typeName) is not supported (NumBook supports subclasses of type)")
      }
      cls.metaclass = meta === PyClass.type ? nil : meta
    } else {
      cls.metaclass = cls.bases.lazy.compactMap(\.metaclass).first
    }
    if let meta = cls.metaclass {
      if meta.lookup("__new__")?.as(PyStaticMethod.self)?.function.as(PyFunction.self) != nil {
        throw .notImplemented(
          "metaclass \(meta.name) defines __new__: NumBook runs a metaclass's __init__, __call__ and other methods, not __new__"
        )
      }
      if let initializer = meta.lookup("__init__"), initializer.as(PyFunction.self) != nil {
        let bases = PyTuple(cls.bases.map { .object($0) })
        _ = try interp.call(
          initializer,
          Arguments([.object(cls), .str(cls.name), .object(bases), .object(namespace)]))
      }
    }
    for parent in cls.mro.dropFirst() {
      guard let hook = parent.attributes["__init_subclass__"] else { continue }
      let function = hook.as(PyClassMethod.self)?.function ?? hook
      _ = try interp.call(function, Arguments([.object(cls)], keywords: rest))
      return
    }
  }
}

extension ClassCreation {
  /// `object.__new__(cls)` (what `super().__new__(cls)` reaches) and `type.__call__(cls, ...)`
  /// (what a metaclass's `__call__` passes on to).
  static func installBuiltinHooks() {
    let create = PyBuiltinFunction("__new__") { (a, interp) throws(PyException) in
      guard let cls = try a[0].as(PyClass.self) else {
        throw .typeError("object.__new__(X): X is not a type object (\(try a[0].typeName))")
      }
      if cls.isExceptionClass {
        return .object(PyException(cls, args: Array(a.positional.dropFirst())))
      }
      return .object(PyInstance(cls))
    }
    PyClass.object.attributes["__new__"] = .object(PyStaticMethod(.object(create)))
    let initSubclass = PyBuiltinFunction("__init_subclass__") { (a, interp) throws(PyException) in
      guard a.keywords.isEmpty else {
        let name = try a[0].as(PyClass.self)?.name ?? "object"
        throw .typeError("\(name).__init_subclass__() takes no keyword arguments")
      }
      return .none
    }
    PyClass.object.attributes["__init_subclass__"] = .object(PyClassMethod(.object(initSubclass)))
    installAttributeHooks()
    PyClass.type.attributes["__call__"] = .object(
      PyBuiltinFunction("__call__") { (a, interp) throws(PyException) in
        guard let cls = try a[0].as(PyClass.self) else {
          throw .typeError("descriptor '__call__' requires a 'type' object")
        }
        return try cls.instantiate(
          Arguments(Array(a.positional.dropFirst()), keywords: a.keywords), interp)
      })
  }
}

extension ClassCreation {
  /// `object.__setattr__`, `__delattr__` and `__getattribute__`: the plain attribute rules,
  /// which a class's own `__setattr__` (`super().__setattr__(name, value)`) passes on to.
  static func installAttributeHooks() {
    PyClass.object.attributes["__setattr__"] = .object(
      PyBuiltinFunction("__setattr__") { (a, interp) throws(PyException) in
        try a.expect("__setattr__", min: 3, max: 3)
        let name = try Builtins.attributeName(try a[1])
        if let instance = try a[0].as(PyInstance.self) {
          try instance.setPlainAttribute(name, try a[2], interp)
        } else {
          try interp.setAttribute(try a[0], name, try a[2])
        }
        return .none
      })
    PyClass.object.attributes["__delattr__"] = .object(
      PyBuiltinFunction("__delattr__") { (a, interp) throws(PyException) in
        try a.expect("__delattr__", min: 2, max: 2)
        let name = try Builtins.attributeName(try a[1])
        if let instance = try a[0].as(PyInstance.self) {
          try instance.deletePlainAttribute(name, interp)
        } else {
          try interp.deleteAttribute(try a[0], name)
        }
        return .none
      })
    PyClass.object.attributes["__getattribute__"] = .object(
      PyBuiltinFunction("__getattribute__") { (a, interp) throws(PyException) in
        try a.expect("__getattribute__", min: 2, max: 2)
        let name = try Builtins.attributeName(try a[1])
        guard let instance = try a[0].as(PyInstance.self) else {
          return try interp.getAttribute(try a[0], name)
        }
        guard let v = try instance.plainAttribute(name, interp) else {
          throw .attributeError("'\(instance.typeName)' object has no attribute '\(name)'")
        }
        return v
      })
  }
}
