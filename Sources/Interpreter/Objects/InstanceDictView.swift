/// `obj.__dict__` of an instance: a dict of its attributes whose changes reach the instance
/// (`obj.__dict__['x'] = 1`, `del obj.__dict__['x']`, `obj.__dict__.update(kw)`, `pop`,
/// `setdefault`, `clear`, `popitem`), as the instance's own dictionary in CPython. The
/// contents are the attributes when it was asked for: an attribute set on the instance
/// afterwards shows in the next `obj.__dict__`, not in one already held.
final class InstanceDictView: PyDict {
  let instance: PyInstance

  /// The dict methods that change it: each call is passed on to the instance.
  private static let changing: Set<String> = [
    "update", "pop", "popitem", "clear", "setdefault", "__setitem__", "__delitem__",
  ]

  init(_ instance: PyInstance) {
    self.instance = instance
    super.init()
    for (key, value) in zip(instance.dict.names, instance.dict.values) { set(key, value) }
  }

  override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    try set(key, value, interp)
    if let name = key.as(PyStr.self)?.value { instance.dict[name] = value }
  }

  override func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    try removeItem(key, interp)
    if let name = key.as(PyStr.self)?.value { instance.dict.removeValue(forKey: name) }
  }

  /// A changing method runs on the dict, then the instance takes the dict's string keys.
  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    guard InstanceDictView.changing.contains(name), let method = PyClass.dict.lookup(name) else {
      return try super.getAttribute(name, interp)
    }
    return .object(
      PyBuiltinFunction(name) { [self] (a, interp) throws(PyException) in
        let result = try interp.call(
          method, Arguments([.object(self)] + a.positional, keywords: a.keywords))
        var table = AttributeTable()
        for (key, value) in storage.values {
          if let name = key.as(PyStr.self)?.value { table[name] = value }
        }
        instance.dict = table
        return result
      })
  }
}
