/// An instance of a user class. Its slots dispatch to the class's dunder methods.
public class PyInstance: PyObject {
  public let instanceClass: PyClass
  public var dict = AttributeTable()

  public init(_ instanceClass: PyClass) {
    self.instanceClass = instanceClass
  }

  override public var pyClass: PyClass { instanceClass }
  override public var isCallable: Bool { instanceClass.lookup("__call__") != nil }

  /// Calls `name` on this instance if the class defines it; nil otherwise.
  func callDunder(_ name: String, _ args: [Value], _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    guard let method = instanceClass.lookup(name), method.as(PyFunction.self) != nil else {
      return nil
    }
    return try interp.call(method, Arguments([.object(self)] + args))
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if let v = try callDunder("__repr__", [], interp) {
      return try interp.expectString(v, "__repr__")
    }
    if let e = self as? PyException {
      let body = try e.args.map { (v) throws(PyException) in try interp.repr(v) }
      return "\(instanceClass.name)(\(body.joined(separator: ", ")))"
    }
    let module = instanceClass.moduleName
    return "<\(module).\(instanceClass.name) object at \(Interpreter.address(of: self))>"
  }

  override public func str(_ interp: Interpreter) throws(PyException) -> String {
    if let v = try callDunder("__str__", [], interp) {
      return try interp.expectString(v, "__str__")
    }
    if let e = self as? PyException { return e.message(interp) }
    return try repr(interp)
  }

  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException) -> String {
    if let v = try callDunder("__format__", [.str(spec)], interp) {
      return try interp.expectString(v, "__format__")
    }
    return try super.format(spec, interp)
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    if let v = try callDunder("__bool__", [], interp) { return try interp.isTruthy(v) }
    if let v = try callDunder("__len__", [], interp) { return try interp.isTruthy(v) }
    return true
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int {
    guard let v = try callDunder("__len__", [], interp) else { return try super.length(interp) }
    guard case .int(let n) = v else {
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return n
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    if let v = try callDunder("__iter__", [], interp) {
      if let it = v.as(PyIterator.self) { return it }
      // CPython checks at once that `__iter__` gave an iterator.
      guard case .object(let o) = v, try o.getAttribute("__next__", interp) != nil else {
        throw .typeError("iter() returned non-iterator of type '\(v.typeName)'")
      }
      return PyProtocolIterator(v)
    }
    if instanceClass.lookup("__getitem__") != nil { return PySequenceIterator(.object(self)) }
    return try super.makeIterator(interp)
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    if let v = try plainAttribute(name, interp) { return v }
    if let getattr = instanceClass.lookup("__getattr__") {
      return try interp.call(getattr, Arguments([.object(self), .str(name)]))
    }
    return nil
  }

  /// `object.__getattribute__(self, name)`: the instance's own attribute or its class's,
  /// without the class's `__getattr__`.
  public func plainAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if name == "__class__" { return .object(instanceClass) }
    // (Instances of `object` itself, and of classes with `__slots__`, have no dictionary.)
    if name == "__dict__", instanceClass.slotNames == nil, instanceClass !== PyClass.object {
      return .object(InstanceDictView(self))
    }
    if let e = self as? PyException {
      switch name {
      case "args": return .tuple(e.args)
      case "__cause__": return e.cause.map { .object($0) } ?? Value.none
      case "__context__": return e.context.map { .object($0) } ?? Value.none
      case "__suppress_context__": return .bool(e.suppressContext)
      case "__traceback__":
        // An opaque stand-in (tracebacks print through the `traceback` module).
        return e.traceback.isEmpty && !e.wasHandled
          ? Value.none : .object(PyTracebackObject())
      case "errno", "strerror", "filename", "filename2":
        if e.isInstance(of: .osError) { return e.osField(name) }
        if name == "filename", let file = e.syntaxFile { return .str(file) }
      case "value" where e.isInstance(of: .stopIteration):
        return e.args.first ?? Value.none
      case "code" where e.isInstance(of: .systemExit):
        if dict["code"] == nil { return e.args.count > 1 ? .tuple(e.args) : e.args.first ?? .none }
      case "msg" where e.isInstance(of: .syntaxError):
        return e.args.first ?? Value.none
      case "lineno" where e.isInstance(of: .syntaxError):
        return e.syntaxLocation.map { .int($0.line) } ?? Value.none
      case "offset" where e.isInstance(of: .syntaxError):
        // In characters (the location counts UTF-8 bytes).
        guard let column = e.syntaxLocation?.column else { return Value.none }
        guard let line = e.syntaxLine, column > 1 else { return .int(column) }
        let bytes = Array(line.utf8)
        let before = bytes[..<min(column - 1, bytes.count)]
        let characters = String(decoding: before, as: UTF8.self).unicodeScalars.count
        return .int(characters + max(0, column - 1 - bytes.count) + 1)
      case "text" where e.isInstance(of: .syntaxError):
        // (With its line end, which CPython's tokenizer adds to the last line too.)
        return e.syntaxLine.map { .str($0 + "\n") } ?? Value.none
      default: break
      }
    }
    let found = instanceClass.lookup(name)
    // A data descriptor comes before the instance's own attribute.
    if Descriptor.isData(found), let v = found,
      let got = try Descriptor.get(v, instance: .object(self), owner: instanceClass, interp)
    {
      return got
    }
    if let v = dict[name] { return v }
    if let v = found {
      if let property = v.as(PyProperty.self) {
        return try interp.call(property.getter, Arguments([.object(self)]))
      }
      if let method = v.as(PyClassMethod.self) {
        return .object(PyBoundMethod(function: method.function, receiver: .object(instanceClass)))
      }
      if let method = v.as(PyStaticMethod.self) { return method.function }
      if let got = try Descriptor.get(v, instance: .object(self), owner: instanceClass, interp) {
        return got
      }
      return interp.bindIfFunction(v, to: .object(self))
    }
    // The class's module, which a class statement records (`obj.__module__`).
    if name == "__module__" { return .str(instanceClass.moduleName) }
    return nil
  }

  /// `obj.name = v`: the class's own `__setattr__` when it defines one, else the plain store.
  override public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    if let hook = instanceClass.lookup("__setattr__"), hook.as(PyFunction.self) != nil {
      _ = try interp.call(hook, Arguments([.object(self), .str(name), value]))
      return
    }
    try setPlainAttribute(name, value, interp)
  }

  /// `object.__setattr__(self, name, v)`: a property's setter, or the instance's own table.
  public func setPlainAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    let found = instanceClass.lookup(name)
    if try Descriptor.intercept("__set__", found, [.object(self), value], interp) { return }
    if let property = found?.as(PyProperty.self) {
      guard let setter = property.setter else {
        throw .attributeError(
          "property '\(name)' of '\(instanceClass.name)' object has no setter")
      }
      _ = try interp.call(setter, Arguments([.object(self), value]))
      return
    }
    // (A bare `object()` has no attribute dictionary: as a class with `__slots__ = ()`.)
    if instanceClass.slotNames.map({ !$0.contains(name) }) ?? (instanceClass === PyClass.object) {
      throw .attributeError("'\(typeName)' object has no attribute '\(name)'")
    }
    dict[name] = value
  }

  /// `del obj.name`: the class's own `__delattr__` when it defines one, else the plain delete.
  override public func deleteAttribute(_ name: String, _ interp: Interpreter) throws(PyException) {
    if let hook = instanceClass.lookup("__delattr__"), hook.as(PyFunction.self) != nil {
      _ = try interp.call(hook, Arguments([.object(self), .str(name)]))
      return
    }
    try deletePlainAttribute(name, interp)
  }

  /// `object.__delattr__(self, name)`.
  public func deletePlainAttribute(_ name: String, _ interp: Interpreter) throws(PyException) {
    let found = instanceClass.lookup(name)
    if try Descriptor.intercept("__delete__", found, [.object(self)], interp) { return }
    if let property = found?.as(PyProperty.self) {
      guard let deleter = property.deleter else {
        throw .attributeError(
          "property '\(name)' of '\(instanceClass.name)' object has no deleter")
      }
      _ = try interp.call(deleter, Arguments([.object(self)]))
      return
    }
    guard dict.removeValue(forKey: name) != nil else {
      throw .attributeError("'\(typeName)' object has no attribute '\(name)'")
    }
  }

  override public func attributeNames() -> [String] {
    Array(Set(dict.keys).union(instanceClass.allAttributeNames())).sorted()
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard let v = try callDunder(op.dunder(reflected: reflected), [other], interp) else {
      return nil
    }
    return v.isNotImplemented ? nil : v
  }

  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let v = try callDunder(op.dunder(inPlace: true), [other], interp) else { return nil }
    return v.isNotImplemented ? nil : v
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let v = try callDunder(op.dunder, [other], interp), !v.isNotImplemented { return v }
    if op == .notEqual, let v = try callDunder("__eq__", [other], interp), !v.isNotImplemented {
      return .bool(!(try interp.isTruthy(v)))
    }
    return try super.compare(op, other, interp)
  }

  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    let name = op == .negate ? "__neg__" : op == .plus ? "__pos__" : "__invert__"
    if let v = try callDunder(name, [], interp) { return v }
    return try super.unary(op, interp)
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let v = try callDunder("__getitem__", [key], interp) { return v }
    return try super.getItem(key, interp)
  }

  override public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    if try callDunder("__setitem__", [key, value], interp) != nil { return }
    try super.setItem(key, value, interp)
  }

  override public func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    if try callDunder("__delitem__", [key], interp) != nil { return }
    try super.deleteItem(key, interp)
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if let v = try callDunder("__contains__", [value], interp) { return try interp.isTruthy(v) }
    return try super.contains(value, interp)
  }

  override public func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    guard let method = instanceClass.lookup("__call__") else { return try super.call(args, interp) }
    return try interp.call(
      method, Arguments([.object(self)] + args.positional, keywords: args.keywords))
  }

  /// The class's `__hash__`: None (set by a class statement that defines `__eq__` alone, or
  /// by the program) is unhashable, a function gives the hash; else the identity.
  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    if let hash = instanceClass.lookup("__hash__") {
      if hash.isNone { return nil }
      if hash.as(PyFunction.self) != nil {
        let h: Int
        switch try interp.call(hash, Arguments([.object(self)])) {
        case .int(let i): h = i
        case .bool(let b): h = b ? 1 : 0
        default: throw .typeError("__hash__ method should return an integer")
        }
        return .custom(CustomKey(hash: h, object: self, interp: interp))
      }
    }
    return .identity(ObjectIdentifier(self))
  }
}

/// The `NotImplemented` singleton.
public final class PyNotImplemented: PyObject {
  public static let shared = PyNotImplemented()
  static let notImplementedType = PyClass("NotImplementedType", bases: [.object])
  override public var pyClass: PyClass { PyNotImplemented.notImplementedType }
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "NotImplemented"
  }
}

extension Value {
  var isNotImplemented: Bool { self.as(PyNotImplemented.self) != nil }
}
