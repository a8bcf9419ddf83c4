/// The descriptor protocol for a program's classes: an instance of a class defining
/// `__get__` (and `__set__`/`__delete__` for a data descriptor), stored as a class attribute,
/// answers reads (and writes, deletes) of that attribute on the class's instances. Built-in
/// descriptors (functions, properties, class and static methods) have their own paths.
enum Descriptor {
  /// The class attribute `v` as a program's descriptor: its `__get__` method, else nil.
  @inline(__always) static func getter(of v: Value) -> Value? {
    guard case .object(let o) = v, let d = o as? PyInstance else { return nil }
    return d.instanceClass.lookup("__get__")
  }

  /// `d.__get__(instance, owner)` for the class attribute `v`; nil when `v` is no descriptor.
  static func get(_ v: Value, instance: Value, owner: PyClass, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let hook = getter(of: v) else { return nil }
    return try interp.call(hook, Arguments([v, instance, .object(owner)]))
  }

  /// The class attribute `v`'s `__set__` or `__delete__` method when `v` is a data descriptor.
  static func hook(_ name: String, of v: Value?) -> Value? {
    guard case .object(let o)? = v, let d = o as? PyInstance else { return nil }
    return d.instanceClass.lookup(name)
  }

  /// Whether `v` is a data descriptor (its class defines `__set__` or `__delete__`): it takes
  /// stores to the instance's attribute of that name.
  static func isData(_ v: Value?) -> Bool {
    hook("__set__", of: v) != nil || hook("__delete__", of: v) != nil
  }

  /// `__set_name__(owner, name)` for each attribute of a new class that defines it.
  static func announceNames(of cls: PyClass, _ interp: Interpreter) throws(PyException) {
    for name in cls.attributeOrder {
      guard let v = cls.attributes[name], let hook = hook("__set_name__", of: v) else { continue }
      _ = try interp.call(hook, Arguments([v, .object(cls), .str(name)]))
    }
  }
}
