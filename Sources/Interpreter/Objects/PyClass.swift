import Synchronization

/// A Python class: built-in types (`int`, `list`) and user classes alike.
public final class PyClass: PyObject {
  public private(set) var name: String
  public var bases: [PyClass]
  public private(set) var mro: [PyClass] = []
  public var attributes: [String: Value] = [:] {
    didSet { PyClass.epoch.add(1, ordering: .relaxed) }
  }
  /// Advances whenever any class's attributes change: it invalidates every lookup cache.
  static let epoch = Atomic<Int>(0)
  /// Classes defined by a program (never shared between interpreters) cache their lookups.
  public var cachesLookups = false
  private var cacheEpoch = -1
  private var cachedNames: [String] = []
  private var cachedValues: [Value?] = []
  /// Module that defined it ("builtins" for the built-in ones), for reprs.
  public var moduleName = "builtins"
  /// Instances are `PyException`s (the class derives from BaseException).
  public var isExceptionClass = false
  /// For built-in types: what calling the type does (`int("3")`, `list(x)`).
  public var constructor: ((Arguments, Interpreter) throws(PyException) -> Value)?

  public init(_ name: String, bases: [PyClass]) {
    self.name = name
    self.bases = bases
    super.init()
    mro = PyClass.linearize(self)
    isExceptionClass = bases.contains { $0.isExceptionClass }
  }

  override public var pyClass: PyClass { .type }

  public static let object = PyClass("object", bases: [])
  public static let type = PyClass("type", bases: [.object])

  /// Method resolution order: C3 for single inheritance reduces to the chain of bases;
  /// multiple bases are merged left to right without duplicates.
  static func linearize(_ c: PyClass) -> [PyClass] {
    var order = [c]
    for base in c.bases {
      for k in base.mro where !order.contains(where: { $0 === k }) { order.append(k) }
    }
    // `object` (the only class without bases) always comes last.
    if let i = order.firstIndex(where: { $0.bases.isEmpty }), i != order.count - 1 {
      order.append(order.remove(at: i))
    }
    return order
  }

  public func lookup(_ name: String) -> Value? {
    guard cachesLookups else { return resolve(name) }
    let epoch = PyClass.epoch.load(ordering: .relaxed)
    if epoch == cacheEpoch {
      for i in cachedNames.indices where cachedNames[i] == name { return cachedValues[i] }
    } else {
      cacheEpoch = epoch
      cachedNames.removeAll(keepingCapacity: true)
      cachedValues.removeAll(keepingCapacity: true)
    }
    let found = resolve(name)
    if cachedNames.count < 64 {
      cachedNames.append(name)
      cachedValues.append(found)
    }
    return found
  }

  /// The first definition of `name` along the method resolution order.
  private func resolve(_ name: String) -> Value? {
    for c in mro {
      if let v = c.attributes[name] { return v }
    }
    return nil
  }

  public func isSubclass(of other: PyClass) -> Bool { mro.contains { $0 === other } }

  func allAttributeNames() -> [String] {
    Array(Set(mro.flatMap { $0.attributes.keys })).sorted()
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    moduleName == "builtins" ? "<class '\(name)'>" : "<class '\(moduleName).\(name)'>"
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "__name__", "__qualname__": return .str(self.name)
    case "__module__": return .str(moduleName)
    case "__bases__": return .tuple(bases.map { .object($0) })
    case "__mro__": return .tuple(mro.map { .object($0) })
    default: break
    }
    if let v = lookup(name) {
      if let method = v.as(PyClassMethod.self) {
        return .object(PyBoundMethod(function: method.function, receiver: .object(self)))
      }
      if let method = v.as(PyStaticMethod.self) { return method.function }
      return v
    }
    return nil
  }

  /// `int | float`: a union type (for isinstance), as in Python 3.10.
  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard op == .bitOr else { return nil }
    return reflected
      ? PyUnionType.joining(other, .object(self)) : PyUnionType.joining(.object(self), other)
  }

  override public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    if name == "__name__" || name == "__qualname__" {
      guard let s = value.as(PyStr.self)?.value else {
        throw .typeError("can only assign string to \(self.name).\(name), not '\(value.typeName)'")
      }
      self.name = s
      return
    }
    attributes[name] = value
  }

  override public func call(_ args: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    if let constructor { return try constructor(args, interp) }
    if let made = try BuiltinSubclassing.instantiate(self, args, interp) { return made }
    let instance: PyInstance =
      isExceptionClass ? PyException(self, args: args.positional) : PyInstance(self)
    if let initializer = lookup("__init__") {
      let result = try interp.call(
        initializer, Arguments([.object(instance)] + args.positional, keywords: args.keywords))
      guard result.isNone else {
        throw .typeError("__init__() should return None, not '\(result.typeName)'")
      }
    } else if !isExceptionClass && (!args.positional.isEmpty || !args.keywords.isEmpty) {
      throw .typeError("\(name)() takes no arguments")
    }
    return .object(instance)
  }
}

/// `@classmethod` and `@staticmethod` wrappers stored in a class body.
public final class PyClassMethod: PyObject {
  let function: Value
  init(_ function: Value) { self.function = function }
}

public final class PyStaticMethod: PyObject {
  let function: Value
  init(_ function: Value) { self.function = function }
}

public final class PyProperty: PyObject {
  let getter: Value
  var setter: Value?
  init(_ getter: Value) { self.getter = getter }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    guard name == "setter" else { return nil }
    return .object(
      PyBuiltinFunction("setter") { [self] (args: Arguments, _: Interpreter) throws(PyException) in
        self.setter = try args[0]
        return .object(self)
      })
  }
}
