/// Instances of a program's class derived from `dict` or `list` (`class Config(dict)`): the
/// built-in object itself, so every dict or list operation and method works on it, carrying
/// the program's class and an attribute table. Dunder methods the class defines in Python
/// (`__getitem__`, `__setitem__`, `__missing__`, `__repr__`, `__len__`, `__contains__`,
/// `__iter__`) take precedence over the built-in behaviour; `super()` reaches the built-in
/// methods (`dict.__init__`, `dict.__setitem__`, ...).
protocol BuiltinSubclassInstance: PyObject {
  var instanceClass: PyClass { get }
  var attributes: AttributeTable { get set }
}

extension BuiltinSubclassInstance {
  /// The class's own Python function called `name`, if it defines one (not a built-in's).
  func userMethod(_ name: String) -> Value? {
    guard let found = instanceClass.lookup(name), found.as(PyFunction.self) != nil else {
      return nil
    }
    return found
  }

  func callUser(_ method: Value, _ args: [Value], _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try interp.call(method, Arguments([.object(self)] + args))
  }

  /// The class's own operator method for `op`, if it defines one and it does not return
  /// NotImplemented.
  func userBinary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let m = userMethod(op.dunder(reflected: reflected)) else { return nil }
    let v = try callUser(m, [other], interp)
    return v.isNotImplemented ? nil : v
  }

  func userCompare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let m = userMethod(op.dunder) {
      let v = try callUser(m, [other], interp)
      if !v.isNotImplemented { return v }
    }
    if op == .notEqual, let m = userMethod("__eq__") {
      let v = try callUser(m, [other], interp)
      if !v.isNotImplemented { return .bool(!(try interp.isTruthy(v))) }
    }
    return nil
  }

  func instanceAttribute(_ name: String, _ interp: Interpreter) -> Value? {
    if name == "__dict__" {
      let d = PyDict()
      for (key, value) in zip(attributes.names, attributes.values) { d.set(key, value) }
      return .object(d)
    }
    return attributes[name]
  }
}

final class PyDictSubclassInstance: PyDict, BuiltinSubclassInstance {
  let instanceClass: PyClass
  var attributes = AttributeTable()

  init(_ cls: PyClass) {
    instanceClass = cls
    super.init()
  }

  override var pyClass: PyClass { instanceClass }

  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let v = try userBinary(op, other, reflected: reflected, interp) { return v }
    return try super.binary(op, other, reflected: reflected, interp)
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let v = try userCompare(op, other, interp) { return v }
    return try super.compare(op, other, interp)
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let v = instanceAttribute(name, interp) { return v }
    return try super.getAttribute(name, interp)
  }

  override func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    attributes[name] = value
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    if let m = userMethod("__repr__") { return try interp.str(callUser(m, [], interp)) }
    return try super.repr(interp)
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    if let m = userMethod("__str__") { return try interp.str(callUser(m, [], interp)) }
    return try repr(interp)
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let m = userMethod("__getitem__") { return try callUser(m, [key], interp) }
    if let value = try get(key, interp) { return value }
    if let m = userMethod("__missing__") { return try callUser(m, [key], interp) }
    throw .keyError(key)
  }

  override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    if let m = userMethod("__setitem__") {
      _ = try callUser(m, [key, value], interp)
      return
    }
    try super.setItem(key, value, interp)
  }

  override func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    if let m = userMethod("__delitem__") {
      _ = try callUser(m, [key], interp)
      return
    }
    try super.deleteItem(key, interp)
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int {
    if let m = userMethod("__len__"), case .int(let n) = try callUser(m, [], interp) { return n }
    return try super.length(interp)
  }

  override func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if let m = userMethod("__contains__") {
      return try interp.isTruthy(callUser(m, [value], interp))
    }
    return try super.contains(value, interp)
  }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    if let m = userMethod("__iter__") { return try interp.iterate(callUser(m, [], interp)) }
    return try super.makeIterator(interp)
  }

  override func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    userMethod("__hash__") != nil ? .identity(ObjectIdentifier(self)) : nil
  }
}

final class PyListSubclassInstance: PyList, BuiltinSubclassInstance {
  let instanceClass: PyClass
  var attributes = AttributeTable()

  init(_ cls: PyClass) {
    instanceClass = cls
    super.init([])
  }

  override var pyClass: PyClass { instanceClass }
  override func make(_ items: [Value]) -> PySequence { PyList(items) }

  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let v = try userBinary(op, other, reflected: reflected, interp) { return v }
    return try super.binary(op, other, reflected: reflected, interp)
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let v = try userCompare(op, other, interp) { return v }
    return try super.compare(op, other, interp)
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let v = instanceAttribute(name, interp) { return v }
    return try super.getAttribute(name, interp)
  }

  override func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    attributes[name] = value
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    if let m = userMethod("__repr__") { return try interp.str(callUser(m, [], interp)) }
    return try super.repr(interp)
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    if let m = userMethod("__str__") { return try interp.str(callUser(m, [], interp)) }
    return try repr(interp)
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let m = userMethod("__getitem__") { return try callUser(m, [key], interp) }
    return try super.getItem(key, interp)
  }

  override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    if let m = userMethod("__setitem__") {
      _ = try callUser(m, [key, value], interp)
      return
    }
    try super.setItem(key, value, interp)
  }

  override func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    if let m = userMethod("__delitem__") {
      _ = try callUser(m, [key], interp)
      return
    }
    try super.deleteItem(key, interp)
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int {
    if let m = userMethod("__len__"), case .int(let n) = try callUser(m, [], interp) { return n }
    return try super.length(interp)
  }

  override func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if let m = userMethod("__contains__") {
      return try interp.isTruthy(callUser(m, [value], interp))
    }
    return try super.contains(value, interp)
  }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    if let m = userMethod("__iter__") { return try interp.iterate(callUser(m, [], interp)) }
    return try super.makeIterator(interp)
  }
}

/// Creating instances of classes derived from `dict` or `list`, and the built-in dunder
/// methods `super()` reaches from them.
enum BuiltinSubclassing {
  /// A new instance when `cls` derives from dict or list (then `__init__` runs: the class's
  /// own, or the built-in's, which fills it from the arguments); nil for other classes.
  static func instantiate(_ cls: PyClass, _ args: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    let instance: PyObject
    if cls.isSubclass(of: .dict) {
      instance = PyDictSubclassInstance(cls)
    } else if cls.isSubclass(of: .list) {
      instance = PyListSubclassInstance(cls)
    } else {
      return nil
    }
    if let initializer = cls.lookup("__init__") {
      let result = try interp.call(
        initializer, Arguments([.object(instance)] + args.positional, keywords: args.keywords))
      guard result.isNone else {
        throw .typeError("__init__() should return None, not '\(result.typeName)'")
      }
    }
    return .object(instance)
  }

  /// `dict.__init__`, `dict.__getitem__`, ... and the `list` ones: the built-in behaviour on
  /// the receiver, whatever its class overrides.
  static func install() {
    let d = PyClass.dict
    d.method("__init__") { (a, interp) throws(PyException) in
      let target = try a.receiver(PyDict.self, "dict")
      guard a.count <= 2 else {
        throw .typeError("dict expected at most 1 argument, got \(a.count - 1)")
      }
      if a.count == 2 {
        let source = try interp.call(.object(PyClass.dict), Arguments([try a[1]]))
        if let pairs = source.as(PyDict.self) {
          for (k, v) in zip(pairs.keys, pairs.values) { try target.set(k, v, interp) }
        }
      }
      for (name, value) in a.keywords { target.set(name, value) }
      return .none
    }
    d.method("__getitem__") { (a, interp) throws(PyException) in
      let target = try a.receiver(PyDict.self, "dict")
      guard let v = try target.get(a[1], interp) else { throw .keyError(try a[1]) }
      return v
    }
    d.method("__setitem__") { (a, interp) throws(PyException) in
      try a.receiver(PyDict.self, "dict").set(a[1], a[2], interp)
      return .none
    }
    d.method("__delitem__") { (a, interp) throws(PyException) in
      try a.receiver(PyDict.self, "dict").removeItem(a[1], interp)
      return .none
    }
    d.method("__contains__") { (a, interp) throws(PyException) in
      let target = try a.receiver(PyDict.self, "dict")
      return .bool(target.storage[try HashKey.from(a[1], interp)] != nil)
    }
    d.method("__len__") { (a, _) throws(PyException) in
      try a.expectSlot("__len__", 0)
      return .int(try a.receiver(PyDict.self, "dict").storage.count)
    }
    let l = PyClass.list
    l.method("__init__") { (a, interp) throws(PyException) in
      let target = try a.receiver(PyList.self, "list")
      guard a.count <= 2 else {
        throw .typeError("list expected at most 1 argument, got \(a.count - 1)")
      }
      target.items = a.count == 2 ? try interp.collect(a[1]) : []
      return .none
    }
    l.method("__getitem__") { (a, interp) throws(PyException) in
      try a.receiver(PyList.self, "list").itemAt(a[1], interp)
    }
    l.method("__setitem__") { (a, interp) throws(PyException) in
      try a.receiver(PyList.self, "list").storeItem(a[1], a[2], interp)
      return .none
    }
    l.method("__delitem__") { (a, interp) throws(PyException) in
      try a.receiver(PyList.self, "list").removeItems(a[1], interp)
      return .none
    }
    l.method("__len__") { (a, _) throws(PyException) in
      try a.expectSlot("__len__", 0)
      return .int(try a.receiver(PyList.self, "list").items.count)
    }
  }
}
