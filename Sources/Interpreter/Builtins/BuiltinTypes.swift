/// The built-in classes. Their methods are installed once per process by `installOnce()`.
extension PyClass {
  public static let int = PyClass("int", bases: [.object])
  public static let float = PyClass("float", bases: [.object])
  public static let bool = PyClass("bool", bases: [.int])
  public static let str = PyClass("str", bases: [.object])
  public static let list = PyClass("list", bases: [.object])
  public static let tuple = PyClass("tuple", bases: [.object])
  public static let dict = PyClass("dict", bases: [.object])
  public static let set = PyClass("set", bases: [.object])
  public static let frozenset = PyClass("frozenset", bases: [.object])
  public static let range = PyClass("range", bases: [.object])
  public static let slice = PyClass("slice", bases: [.object])
  public static let noneType = PyClass("NoneType", bases: [.object])
  public static let function = PyClass("function", bases: [.object])
  public static let builtinFunction = PyClass("builtin_function_or_method", bases: [.object])
  public static let method = PyClass("method", bases: [.object])
  public static let module = PyClass("module", bases: [.object])
  public static let iterator = PyClass("iterator", bases: [.object])
  /// The iterator types the builtins of the same names are.
  public static let zipType = PyClass("zip", bases: [.object])
  public static let enumerateType = PyClass("enumerate", bases: [.object])
  public static let mapType = PyClass("map", bases: [.object])
  public static let filterType = PyClass("filter", bases: [.object])
  public static let reversedType = PyClass("reversed", bases: [.object])
  public static let listIterator = PyClass("list_iterator", bases: [.object])
  public static let tupleIterator = PyClass("tuple_iterator", bases: [.object])
  public static let rangeIterator = PyClass("range_iterator", bases: [.object])
  /// What `reversed(a_list)` gives (CPython's `list.__reversed__`).
  public static let listReverseIterator = PyClass("list_reverseiterator", bases: [.object])
  /// What iterating over a dict or its views gives.
  public static let dictKeyIterator = PyClass("dict_keyiterator", bases: [.object])
  public static let dictValueIterator = PyClass("dict_valueiterator", bases: [.object])
  public static let dictItemIterator = PyClass("dict_itemiterator", bases: [.object])
  public static let ellipsisType = PyClass("ellipsis", bases: [.object])
  public static let superType: PyClass = {
    let c = PyClass("super", bases: [.object])
    c.constructor = PySuper.construct
    return c
  }()
}

enum BuiltinTypes {
  private static let installed: Bool = {
    StringMethods.install()
    StringMethods.installMore()
    ContainerMethods.install()
    SetMethods.install()
    BuiltinSubclassing.install()
    Constructors.install()
    NumberMethods.install()
    IntBytes.install()
    IntBytes.installFromHex()
    PyBytes.installMakeTrans()
    PyByteArray.install()
    PyComplex.install()
    ClassCreation.installBuiltinHooks()
    return true
  }()

  static func installOnce() { _ = installed }
}

extension PyClass {
  /// Adds a built-in class method (`dict.fromkeys`): the class arrives as the first
  /// positional argument, whether called on the class or on an instance.
  func classMethod(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
    attributes[name] = .object(PyClassMethod(.object(PyBuiltinFunction(name, body))))
  }

  /// Adds a built-in method; `self` arrives as the first positional argument. Calls through
  /// the class (`str.upper(x)`) are checked here, with CPython's messages.
  func method(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
    addMethod(name, body, fixed: .none)
  }

  /// Adds a built-in method with bodies for fixed argument counts only (the receiver counted):
  /// `d.get(k)` and `d.get(k, v)` are `fixed.two` and `fixed.three`.
  /// `messageName` is the name CPython's count errors give (`list.pop`, or just `get`).
  func method(_ name: String, messageName: String? = nil, fixed: FixedArityEntries) {
    addMethod(name, fixed.general(messageName ?? name, method: true), fixed: fixed)
  }

  /// Adds a built-in method with a general body and fixed bodies for the common argument
  /// counts, which must do what the general body does for those counts.
  func method(
    _ name: String, fixed: FixedArityEntries, general body: @escaping PyBuiltinFunction.Body
  ) {
    addMethod(name, body, fixed: fixed)
  }

  private func addMethod(
    _ name: String, _ body: @escaping PyBuiltinFunction.Body, fixed: FixedArityEntries
  ) {
    let typeName = self.name
    let body = BuiltinKeywords.checked("\(typeName).\(name)", receiver: true, body)
    attributes[name] = .object(
      PyBuiltinFunction(
        "\(typeName).\(name)", method: body, fixed: fixed,
        checked: {
          [unowned self] (a, interp) throws(PyException) in
          guard let receiver = a.positional.first else {
            throw .typeError("unbound method \(typeName).\(name)() needs an argument")
          }
          guard Builtins.classOf(receiver).isSubclass(of: self) else {
            throw .typeError(
              "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(receiver.typeName)' object"
            )
          }
          return try body(a, interp)
        }))
  }
}

extension Arguments {
  /// Checks the positional count with CPython's wording.
  public func expect(_ name: String, min: Int, max: Int) throws(PyException) {
    let n = positional.count
    guard n < min || n > max else { return }
    // CPython's two wordings: one-argument builtins, and the positional-count check.
    switch (min, max) {
    case (1, 1): throw .typeError("\(name)() takes exactly one argument (\(n) given)")
    case (0, 0): throw .typeError("\(name)() takes no arguments (\(n) given)")
    case _ where min == max:
      throw .typeError("\(name) expected \(min) argument\(min == 1 ? "" : "s"), got \(n)")
    default:
      throw .typeError(
        n < min
          ? "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)"
          : "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }

  /// A special method's arguments after the receiver, as CPython's slot wrappers check them
  /// (`[].__len__(1)`: `expected 0 arguments, got 1`).
  public func expectSlot(_ name: String, _ count: Int) throws(PyException) {
    // (No receiver at all: the receiver's own check words it.)
    let n = positional.count - 1
    guard n >= 0, n != count || !keywords.isEmpty else { return }
    guard keywords.isEmpty else { throw .typeError("wrapper \(name)() takes no keyword arguments") }
    throw .typeError("expected \(count) argument\(count == 1 ? "" : "s"), got \(n)")
  }

  /// Method form: the receiver is argument 0 and is not counted in messages.
  public func expectMethod(_ name: String, min: Int, max: Int) throws(PyException) {
    let n = positional.count - 1
    if n < min || n > max {
      if min == max && min < 2 {
        throw .typeError(
          "\(name)() takes \(min == 0 ? "no arguments" : "exactly one argument") (\(n) given)")
      }
      if min == max {
        throw .typeError("\(name) expected \(min) arguments, got \(n)")
      }
      throw .typeError(
        n < min
          ? "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)"
          : "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }

  /// Argument `i` as an integer (ints, bools, anything with `__index__`).
  public func int(_ i: Int) throws(PyException) -> Int {
    try Arguments.index(self[i])
  }

  /// An integer argument: an int, a bool, anything with `__index__`.
  public static func index(_ v: Value) throws(PyException) -> Int {
    guard case .int(let n) = v.asIndexLike else {
      if v.as(PyBigInt.self) != nil {
        throw .overflow("Python int too large to convert to C ssize_t")
      }
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return n
  }

  /// Argument `i` as a file system path: a str, or an object whose class defines
  /// `__fspath__` (`pathlib.Path`).
  public func path(_ i: Int, _ interp: Interpreter) throws(PyException) -> String {
    let v = try self[i]
    if let s = v.as(PyStr.self) { return s.value }
    if let instance = v.as(PyInstance.self), instance.instanceClass.lookup("__fspath__") != nil,
      let s = try interp.callMethod(v, "__fspath__", Arguments([])).as(PyStr.self)
    {
      return s.value
    }
    throw .typeError("expected str, bytes or os.PathLike object, not \(v.typeName)")
  }

  public func string(_ i: Int, _ what: String) throws(PyException) -> String {
    try self[i].string(what)
  }

}

extension Value {
  /// This value's text, for an argument `what` names ("sep"), or that is CPython's whole
  /// phrase ("must be str"): a TypeError for anything but a str.
  public func string(_ what: String) throws(PyException) -> String {
    guard let s = self.as(PyStr.self) else {
      let phrase = what.hasSuffix("must be str") ? what : "\(what) must be str"
      throw .typeError("\(phrase), not \(typeName)")
    }
    return s.value
  }
}
