import Synchronization

/// A Python class: built-in types (`int`, `list`) and user classes alike.
public final class PyClass: PyObject {
  public private(set) var name: String
  /// A `__name__` other than the class's own (numpy's `@_display_as_base` classes show their
  /// base's: `type(e).__name__` of `_UFuncOutputCastingError` is `UFuncTypeError`).
  public var displayName: String?
  /// A built-in extension type (numpy's, datetime's, re's): error messages name it with its
  /// module, as CPython's tp_name does (`'numpy.ndarray' object is not callable`).
  public var namesModuleInMessages = false
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
  public var moduleName = "builtins" {
    didSet { findConstructorKeywords() }
  }
  /// Instances are `PyException`s (the class derives from BaseException).
  public var isExceptionClass = false
  /// For built-in types: what calling the type does (`int("3")`, `list(x)`).
  public var constructor: PyBuiltinFunction.Body? {
    get { hasConstructor ? constructorBody : nil }
    set {
      hasConstructor = newValue != nil
      if let newValue { constructorBody = newValue }
      findConstructorKeywords()
    }
  }
  /// The constructor in a plain field (an optional closure is converted, a thunk allocated,
  /// each time it is unwrapped), and whether there is one.
  private(set) var constructorBody: PyBuiltinFunction.Body = { _, _ throws(PyException) in .none }
  /// A built-in type's constructor bodies for calls with a fixed count of positional
  /// arguments (`type(x)`, `str(i)`): a call site passes those as values.
  var fixedConstructor = FixedArityEntries.none
  private(set) var hasConstructor = false
  /// The keywords a built-in type's constructor takes: looked up when the constructor or the
  /// module is set, not per call (and not lazily on first call: the built-in classes are
  /// shared by interpreters on other threads).
  private(set) var constructorKeywords: BuiltinKeywords?

  private func findConstructorKeywords() {
    constructorKeywords =
      hasConstructor && moduleName == "builtins" ? BuiltinKeywords.table[name] : nil
  }

  /// Whether a call with `count` positional arguments and no keywords goes straight to the
  /// constructor: CPython's rule for the type allows that many.
  @inline(__always) func constructorTakes(_ count: Int) -> Bool {
    guard hasConstructor else { return false }
    guard let most = constructorKeywords?.mostPositional else { return true }
    return count <= most
  }
  /// The class's metaclass when a program gave it one (`class C(metaclass=M)`, or inherited
  /// from a base): `type(C)` is then M, and M's `__call__`, `__iter__`, `__len__`,
  /// `__getitem__`, `__contains__`, `__repr__` and methods apply to the class object.
  public var metaclass: PyClass?
  /// Names in the order the class body defined them (then later assignments): `__dict__`.
  public var attributeOrder: [String] = []
  /// The attribute names, in order, of the instance that came to have the most through
  /// attribute stores: a new instance's table takes it at its first store (`adopt`), so that
  /// `__init__` setting `self.x` and `self.y` makes one array, of the values (its two arrays
  /// were grown twice, then made at their size, before).
  var instanceLayout: [String] = []
  /// The attribute names instances may have when the class and every base but `object`
  /// declare `__slots__` (without `__dict__`); nil: any name (see `SlotNames`).
  var slotNames: Set<String>?

  public init(_ name: String, bases: [PyClass]) {
    self.name = name
    self.bases = bases
    super.init()
    mro = PyClass.linearize(self)
    isExceptionClass = bases.contains { $0.isExceptionClass }
  }

  override public var pyClass: PyClass { metaclass ?? .type }
  override public var isCallable: Bool { true }

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

  /// A subclass through the bases, or through an ABC this class (or one of its bases) was
  /// registered with (`Integral.register(int)` makes int a Rational too).
  public func isSubclass(of other: PyClass) -> Bool {
    if mro.contains(where: { $0 === other }) { return true }
    guard PyClass.anyVirtualBases else { return false }
    return mro.contains { c in c.virtualBases.contains { $0.isSubclass(of: other) } }
  }

  /// The ABCs this class was registered with (`ABC.register(cls)`).
  private var virtualBases: [PyClass] = []
  /// Whether any class was registered with an ABC (else the bases decide alone).
  private static var anyVirtualBases = false

  /// `abc.ABCMeta.register`: `subclass` counts as a subclass of this class from now on.
  public func register(virtualSubclass subclass: PyClass) {
    guard !subclass.virtualBases.contains(where: { $0 === self }) else { return }
    subclass.virtualBases.append(self)
    PyClass.anyVirtualBases = true
  }

  /// What dir() lists for the class and its instances (their own attributes aside), as
  /// CPython does: a built-in class's names as CPython lists them (`BuiltinDirNames`), and for
  /// a class a program defined, its attributes, its slots and what a class statement adds.
  func allAttributeNames() -> [String] {
    var names = Set<String>()
    for c in mro {
      names.formUnion(c.attributes.keys)
      if c.moduleName == "builtins", let listed = BuiltinDirNames.names(of: c.name) {
        names.formUnion(listed)
      } else if c.isExceptionClass, c.moduleName == "builtins" {
        names.formUnion(BuiltinDirNames.names(of: "BaseException") ?? [])
      } else if c.cachesLookups {
        guard let slots = c.attributes["__slots__"] else {
          names.formUnion(BuiltinDirNames.classStatement)
          continue
        }
        names.formUnion(BuiltinDirNames.slottedClassStatement)
        if let one = slots.as(PyStr.self) {
          names.insert(one.value)
        } else if let sequence = slots.as(PyTuple.self)?.items ?? slots.as(PyList.self)?.items {
          names.formUnion(sequence.compactMap { $0.as(PyStr.self)?.value })
        }
      }
    }
    return names.sorted()
  }

  /// `dir(C)`: the names C and its bases define.
  override public func attributeNames() -> [String] { allAttributeNames() }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if let hook = metaclassHook("__repr__") {
      return try interp.str(interp.call(hook, Arguments([.object(self)])))
    }
    return moduleName == "builtins" ? "<class '\(name)'>" : "<class '\(moduleName).\(name)'>"
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "__name__": return .str(displayName ?? self.name)
    case "__qualname__": return .str(self.name)
    case "__module__": return .str(moduleName)
    case "__bases__": return .tuple(bases.map { .object($0) })
    case "__mro__": return .tuple(mro.map { .object($0) })
    case "__dict__" where cachesLookups:
      let d = PyDict()
      d.set("__module__", .str(moduleName))
      for key in attributeOrder { if let v = attributes[key] { d.set(key, v) } }
      for key in attributes.keys.sorted() where !attributeOrder.contains(key) {
        d.set(key, attributes[key]!)
      }
      return .object(d)
    default: break
    }
    if let v = lookup(name) {
      if let method = v.as(PyClassMethod.self) {
        return .object(PyBoundMethod(function: method.function, receiver: .object(self)))
      }
      if let method = v.as(PyStaticMethod.self) { return method.function }
      if let got = try Descriptor.get(v, instance: .none, owner: self, interp) { return got }
      return v
    }
    // Methods and attributes of the metaclass, bound to this class.
    if let meta = metaclass, let v = meta.lookup(name) {
      return interp.bindIfFunction(v, to: .object(self))
    }
    return nil
  }

  /// A metaclass's own definition of `name` (a program's function; `type`'s built-ins are
  /// not hooks).
  func metaclassHook(_ name: String) -> Value? {
    guard let v = metaclass?.lookup(name), v.as(PyFunction.self) != nil else { return nil }
    return v
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    guard let hook = metaclassHook("__iter__") else { return try super.makeIterator(interp) }
    return try interp.iterate(interp.call(hook, Arguments([.object(self)])))
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int {
    guard let hook = metaclassHook("__len__") else { return try super.length(interp) }
    guard case .int(let n) = try interp.call(hook, Arguments([.object(self)])) else {
      throw .typeError("'\(name)' object cannot be interpreted as an integer")
    }
    return n
  }

  /// `C[key]`: the metaclass's `__getitem__`, else the class's `__class_getitem__`; a
  /// built-in type subscripted in a hint (`list[int]`) stands for itself.
  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let hook = metaclassHook("__getitem__") {
      return try interp.call(hook, Arguments([.object(self), key]))
    }
    if let hook = lookup("__class_getitem__") {
      let function = hook.as(PyClassMethod.self)?.function ?? hook
      return try interp.call(function, Arguments([.object(self), key]))
    }
    if moduleName == "builtins" { return .object(self) }
    throw .typeError("type '\(name)' is not subscriptable")
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    guard let hook = metaclassHook("__contains__") else {
      return try super.contains(value, interp)
    }
    return try interp.isTruthy(interp.call(hook, Arguments([.object(self), value])))
  }

  /// `int | float`: a union type (for isinstance), as in Python 3.10.
  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard op == .bitOr else { return nil }
    return reflected
      ? PyUnionType.joining(other, .object(self)) : PyUnionType.joining(.object(self), other)
  }

  override public func deleteAttribute(_ name: String, _ interp: Interpreter) throws(PyException) {
    guard attributes.removeValue(forKey: name) != nil else {
      throw .attributeError("type object '\(self.name)' has no attribute '\(name)'")
    }
    attributeOrder.removeAll { $0 == name }
  }

  override public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    // A built-in class (shared by every interpreter) is immutable, as CPython's are.
    guard cachesLookups else {
      let type = moduleName == "builtins" ? self.name : "\(moduleName).\(self.name)"
      throw .typeError("cannot set '\(name)' attribute of immutable type '\(type)'")
    }
    if name == "__name__" || name == "__qualname__" {
      guard let s = value.as(PyStr.self)?.value else {
        throw .typeError("can only assign string to \(self.name).\(name), not '\(value.typeName)'")
      }
      self.name = s
      return
    }
    if attributes[name] == nil && cachesLookups { attributeOrder.append(name) }
    attributes[name] = value
  }

  override public func call(_ args: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    if hasConstructor {
      // A built-in type refuses keywords CPython's does (`range(1, 5, step=2)`).
      if let rule = constructorKeywords, rule.applies(to: args) { try rule.check(args) }
      return try constructorBody(args, interp)
    }
    if let hook = metaclassHook("__call__") {
      return try interp.call(
        hook, Arguments([.object(self)] + args.positional, keywords: args.keywords))
    }
    return try instantiate(args, interp)
  }

  /// `type.__call__`: a new instance by the class's `__new__` (a program's, when it has one)
  /// and `__init__`.
  public func instantiate(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    // A built-in exception class (`ValueError('x')`) has no `__new__` or `__init__` (built-in
    // classes are immutable) and is no dict or list: not asked (each `lookup` of a built-in
    // class hashes the name in every class of its MRO, about 150 instructions a class).
    let builtinException = isExceptionClass && !cachesLookups
    if !builtinException, let creator = lookup("__new__")?.as(PyStaticMethod.self)?.function,
      creator.as(PyFunction.self) != nil
    {
      let made = try interp.call(
        creator, Arguments([.object(self)] + args.positional, keywords: args.keywords))
      if Builtins.classOf(made).isSubclass(of: self), let initializer = lookup("__init__") {
        let result = try interp.call(
          initializer, Arguments([made] + args.positional, keywords: args.keywords))
        guard result.isNone else {
          throw .typeError("__init__() should return None, not '\(result.typeName)'")
        }
      }
      return made
    }
    if !builtinException, let made = try BuiltinSubclassing.instantiate(self, args, interp) {
      return made
    }
    let instance: PyInstance =
      !isExceptionClass
      ? PyInstance(self)
      : isSubclass(of: .osError)
        ? PyException.makeOSError(self, args.positional) : PyException(self, args: args.positional)
    if !builtinException, let initializer = lookup("__init__") {
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

extension PyClass {
  /// The classes of `@classmethod`, `@staticmethod` and `@property` objects.
  public static let classmethodType: PyClass = decoratorType("classmethod") {
    .object(PyClassMethod($0))
  }
  public static let staticmethodType: PyClass = decoratorType("staticmethod") {
    .object(PyStaticMethod($0))
  }
  public static let propertyType: PyClass = decoratorType("property") { .object(PyProperty($0)) }

  private static func decoratorType(_ name: String, _ wrap: @escaping (Value) -> Value) -> PyClass {
    let c = PyClass(name, bases: [.object])
    c.constructor = { (a, _) throws(PyException) in
      try a.expect(name, min: 1, max: 1)
      return wrap(try a[0])
    }
    return c
  }
}

/// `@classmethod` and `@staticmethod` wrappers stored in a class body.
public final class PyClassMethod: PyObject {
  let function: Value
  init(_ function: Value) { self.function = function }
  override public var pyClass: PyClass { .classmethodType }
  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    name == "__func__" ? function : try super.getAttribute(name, interp)
  }
}

public final class PyStaticMethod: PyObject {
  let function: Value
  init(_ function: Value) { self.function = function }
  override public var pyClass: PyClass { .staticmethodType }
  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    name == "__func__" ? function : try super.getAttribute(name, interp)
  }
}

public final class PyProperty: PyObject {
  let getter: Value
  var setter: Value?
  var deleter: Value?
  init(_ getter: Value) { self.getter = getter }
  override public var pyClass: PyClass { .propertyType }

  /// `@name.setter` and `@name.deleter`: decorators adding the function to this property.
  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    guard name == "setter" || name == "deleter" else { return nil }
    return .object(
      PyBuiltinFunction(name) { [self] (args: Arguments, _: Interpreter) throws(PyException) in
        if name == "setter" { self.setter = try args[0] } else { self.deleter = try args[0] }
        return .object(self)
      })
  }
}
