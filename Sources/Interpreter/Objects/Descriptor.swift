/// The descriptor protocol for a program's classes: an instance of a class defining
/// `__get__` (and `__set__`/`__delete__` for a data descriptor), stored as a class attribute,
/// answers reads (and writes, deletes) of that attribute on the class's instances. Built-in
/// descriptors (functions, properties, class and static methods) have their own paths.
enum Descriptor {
  /// `d.__get__(instance, owner)` for the class attribute `v`; nil when `v` is no descriptor.
  static func get(_ v: Value, instance: Value, owner: PyClass, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let hook = hook("__get__", of: v) else { return nil }
    return try interp.call(hook, Arguments([v, instance, .object(owner)]))
  }

  /// The method `name` of the class attribute `v` when `v` is an instance of a program's class.
  static func hook(_ name: String, of v: Value?) -> Value? {
    guard case .object(let o)? = v, let d = o as? PyInstance else { return nil }
    return d.instanceClass.lookup(name)
  }

  /// Whether `v` is a data descriptor (its class defines `__set__` or `__delete__`): it takes
  /// stores to the instance's attribute of that name.
  static func isData(_ v: Value?) -> Bool {
    hook("__set__", of: v) != nil || hook("__delete__", of: v) != nil
  }

  /// A store or delete (`method` is `__set__` or `__delete__`, `arguments` what follows the
  /// descriptor) taken by the data descriptor `found`; false when `found` is none. One without
  /// that method refuses, as CPython's does.
  static func intercept(
    _ method: String, _ found: Value?, _ arguments: [Value], _ interp: Interpreter
  ) throws(PyException) -> Bool {
    guard let descriptor = found, isData(descriptor) else { return false }
    guard let hook = hook(method, of: descriptor) else { throw .attributeError(method) }
    _ = try interp.call(hook, Arguments([descriptor] + arguments))
    return true
  }

  /// `__set_name__(owner, name)` for each attribute of a new class that defines it.
  static func announceNames(of cls: PyClass, _ interp: Interpreter) throws(PyException) {
    for name in cls.attributeOrder {
      guard let v = cls.attributes[name], let hook = hook("__set_name__", of: v) else { continue }
      _ = try interp.call(hook, Arguments([v, .object(cls), .str(name)]))
    }
  }
}
