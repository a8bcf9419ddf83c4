import BigInt
import FloatText

/// The language's operations on values: what the compiled closures call.
extension Interpreter {
  // MARK: - Numbers

  /// Ints, bools and floats as a Double, for mixed arithmetic.
  @inline(__always) public func numeric(_ v: Value) -> Double? {
    switch v {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// A number as a Double the way Python's float() sees it: ints, floats, bools, and objects
  /// with `__index__` or `__float__` (numpy scalars). Nil for anything else.
  public func floatValue(_ v: Value) throws(PyException) -> Double? {
    if let d = numeric(v) { return d }
    guard case .object(let o) = v else { return nil }
    if let big = o as? PyBigInt { return try PyBigInt.double(big.value) }
    if let d = o.floatConversion { return d }
    if let i = o.indexValue { return Double(i) }
    guard let convert = try o.getAttribute("__float__", self) else { return nil }
    return numeric(try call(convert, Arguments()))
  }

  public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return try Arithmetic.ints(op, x, y)
    case (.float(let x), .float(let y)): return try Arithmetic.floats(op, x, y, a, b)
    case (.bool(let x), .bool(let y)) where op == .bitAnd || op == .bitOr || op == .bitXor:
      return .bool(op == .bitAnd ? x && y : op == .bitOr ? x || y : x != y)
    case (.int, .bool), (.bool, .int), (.bool, .bool):
      return try Arithmetic.ints(op, a.asInt!, b.asInt!)
    case (.float, .int), (.int, .float), (.float, .bool), (.bool, .float):
      return try Arithmetic.floats(op, numeric(a)!, numeric(b)!, a, b)
    default:
      break
    }
    if let r = try objectBinary(op, a, b) { return r }
    // CPython's repeat of a str, list, tuple or bytes by a non-int (the left one first).
    if op == .multiply, let other = Interpreter.repeated(a) ? b : Interpreter.repeated(b) ? a : nil
    {
      throw .typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
    }
    throw .unsupportedOperands(op.refusalName, a, b)
  }

  /// `a op b` by the operands' objects (the left one, then the right one reflected); nil when
  /// neither implements it.
  @inline(__always)
  func objectBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value? {
    if case .object(let o) = a, let r = try o.binary(op, b, reflected: false, self) { return r }
    if case .object(let o) = b, let r = try o.binary(op, a, reflected: true, self) { return r }
    return nil
  }

  /// Whether `v` is a sequence `*` repeats.
  private static func repeated(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return o is PyStr || o is PySequence || o is PyBytes
  }

  @inline(__always)
  public func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
    if let r = Arithmetic.quick(op, a, b) { return r }
    return try inPlaceGeneral(op, a, b)
  }

  @inline(never)
  func inPlaceGeneral(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
    if case .object(let o) = a, let r = try o.inPlace(op, b, self) { return r }
    do throws(PyException) {
      return try binary(op, a, b)
    } catch let e
      where e.isInstance(of: .typeError)
      && e.message(self) == PyException.unsupportedOperands(op.refusalName, a, b).message(self)
    {
      // (Only binary's own refusal of these operands: one raised inside an `__add__` it
      // called stays as it is, as in CPython.)
      throw .unsupportedOperands(op.symbol + "=", a, b)
    }
  }

  public func unary(_ op: UnaryOp, _ v: Value) throws(PyException) -> Value {
    switch (op, v) {
    case (.negate, .int(let i)):
      if i == .min { return PyBigInt.make(-BigInt(i)) }
      return .int(-i)
    case (.negate, .float(let d)): return .float(-d)
    case (.negate, .bool(let b)): return .int(b ? -1 : 0)
    case (.plus, .int), (.plus, .float): return v
    case (.plus, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
    case (_, .object(let o)): return try o.unary(op, self)
    default: throw .typeError("bad operand type for unary \(op.symbol): '\(v.typeName)'")
    }
  }

  // MARK: - Comparison and truth

  public func compare(_ a: Value, _ op: ComparisonOp, _ b: Value) throws(PyException) -> Value {
    if let x = numeric(a), let y = numeric(b) {
      if case .int(let i) = a, case .int(let j) = b {
        return .bool(Compiler.compareNumbers(i, op, j))
      }
      // An int and a float compare exactly, as in CPython (`2**63 - 1 == float(2**63)` is
      // False; as doubles both are 2**63).
      if case .int(let i) = a, case .float(let d) = b {
        return .bool(Arithmetic.compare(int: i, op, double: d))
      }
      if case .float(let d) = a, case .int(let i) = b {
        return .bool(Arithmetic.compare(int: i, op.swapped, double: d))
      }
      switch op {
      case .less: return .bool(x < y)
      case .lessEqual: return .bool(x <= y)
      case .greater: return .bool(x > y)
      case .greaterEqual: return .bool(x >= y)
      case .equal: return .bool(x == y)
      case .notEqual: return .bool(x != y)
      }
    }
    // Two plain strs (`t == line`, `word != ''`): their texts compared here, without the
    // dynamic casts of the general path.
    if case .object(let x) = a, case .object(let y) = b, x.isExactly(PyStr.self),
      y.isExactly(PyStr.self), op == .equal || op == .notEqual
    {
      let same = unsafeDowncast(x, to: PyStr.self).sameText(as: unsafeDowncast(y, to: PyStr.self))
      return .bool(op == .equal ? same : !same)
    }
    if case .object(let o) = a, let r = try o.compare(op, b, self) { return r }
    if case .object(let o) = b, let r = try o.compare(op.swapped, a, self) { return r }
    switch op {
    case .equal: return .bool(a.isIdentical(to: b))
    case .notEqual: return .bool(!a.isIdentical(to: b))
    default:
      throw .typeError(
        "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }
  }

  /// Comparison including `in`, `not in`, `is`, `is not`.
  func compareOperation(_ a: Value, _ op: CompareOperatorKind, _ b: Value) throws(PyException)
    -> Value
  {
    switch op {
    case .in: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    case .is: return .bool(a.isIdentical(to: b))
    case .isNot: return .bool(!a.isIdentical(to: b))
    default: return try compare(a, ComparisonOp(rawValue: op.rawValue)!, b)
    }
  }

  public func equals(_ a: Value, _ b: Value) throws(PyException) -> Bool {
    try isTruthy(compare(a, .equal, b))
  }

  public func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
    guard case .object(let o) = container else {
      throw .typeError("argument of type '\(container.typeName)' is not iterable")
    }
    return try o.contains(item, self)
  }

  @inline(__always) public func isTruthy(_ v: Value) throws(PyException) -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .none: return false
    case .object(let o): return try o.isTruthy(self)
    }
  }

  // MARK: - Attributes, items, calls

  public func getAttribute(_ v: Value, _ name: String) throws(PyException) -> Value {
    let found: Value?
    switch v {
    case .object(let o): found = try o.getAttribute(name, self)
    default: found = try scalarAttribute(v, name)
    }
    if let found { return found }
    // Every object's class, also where a bridged type answers its own attributes.
    if name == "__class__" { return .object(Builtins.classOf(v)) }
    if let special = BuiltinDunders.method(v, name, self) { return special }
    let error: PyException
    if let module = v.as(PyModule.self) {
      error = .attributeError("module '\(module.name)' has no attribute '\(name)'")
    } else if let cls = v.as(PyClass.self) {
      error = .attributeError("type object '\(cls.name)' has no attribute '\(name)'")
    } else {
      error = .attributeError("'\(v.typeName)' object has no attribute '\(name)'")
    }
    // CPython suggests from dir(v), sorted.
    error.missingName = name
    error.nameCandidates = {
      let names = v.as(PyObject.self)?.attributeNames() ?? Builtins.classOf(v).allAttributeNames()
      return [names.sorted()]
    }
    throw error
  }

  private func scalarAttribute(_ v: Value, _ name: String) throws(PyException) -> Value? {
    // The numbers' data attributes (no complex numbers: the imaginary part is zero).
    switch (v, name) {
    case (.int(let i), "real"), (.int(let i), "numerator"): return .int(i)
    case (.int, "imag"): return .int(0)
    case (.int, "denominator"): return .int(1)
    case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
    case (.bool, "imag"): return .int(0)
    case (.bool, "denominator"): return .int(1)
    case (.float(let d), "real"): return .float(d)
    case (.float, "imag"): return .float(0)
    case (_, "__class__"): return .object(Builtins.classOf(v))
    default: break
    }
    guard let found = Builtins.classOf(v).lookup(name) else { return nil }
    return bindIfFunction(found, to: v)
  }

  public func setAttribute(_ target: Value, _ name: String, _ value: Value) throws(PyException) {
    guard case .object(let o) = target else {
      throw .attributeError("'\(target.typeName)' object has no attribute '\(name)'")
    }
    try o.setAttribute(name, value, self)
  }

  /// `del target.name` and `delattr(target, name)`.
  public func deleteAttribute(_ target: Value, _ name: String) throws(PyException) {
    guard case .object(let o) = target else {
      let kind = target.typeName
      if (try? getAttribute(target, name)) != nil {
        throw .attributeError("attribute '\(name)' of '\(kind)' objects is not writable")
      }
      throw .attributeError("'\(kind)' object has no attribute '\(name)'")
    }
    try o.deleteAttribute(name, self)
  }

  public func getItem(_ container: Value, _ key: Value) throws(PyException) -> Value {
    guard case .object(let o) = container else {
      throw .typeError("'\(container.typeName)' object is not subscriptable")
    }
    return try o.getItem(key, self)
  }

  public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyException) {
    guard case .object(let o) = container else {
      throw .typeError("'\(container.typeName)' object does not support item assignment")
    }
    try o.setItem(key, value, self)
  }

  public func deleteItem(_ container: Value, _ key: Value) throws(PyException) {
    guard case .object(let o) = container else {
      throw .typeError("'\(container.typeName)' object does not support item deletion")
    }
    try o.deleteItem(key, self)
  }

  public func call(_ callee: Value, _ args: Arguments) throws(PyException) -> Value {
    guard case .object(let o) = callee else {
      throw .typeError("'\(callee.typeName)' object is not callable")
    }
    return try o.call(args, self)
  }

  /// `callee(argument)`: a user function taking one positional parameter (a `key=`, `map`'s or
  /// `filter`'s function) gets the value straight in its frame, without an argument array.
  public func call(_ callee: Value, with argument: Value) throws(PyException) -> Value {
    if case .object(let o) = callee, o.isExactly(PyFunction.self) {
      let function = unsafeDowncast(o, to: PyFunction.self)
      let code = function.code
      if code.directArity == 1, !code.isGenerator, code.cellCount == 0 {
        let frame = code.takeFrame(for: function)
        frame.slots[0] = argument
        return try run(consume frame, code)
      }
    }
    return try call(callee, Arguments([argument]))
  }

  /// `receiver.name(args)` without allocating a bound method for built-in methods.
  public func callMethod(_ receiver: Value, _ name: String, _ args: Arguments) throws(PyException)
    -> Value
  {
    if case .object(let o) = receiver, BuiltinMethodSite.answersFromClass(o),
      let method = o.pyClass.lookup(name), method.as(PyBuiltinFunction.self) != nil
    {
      var all = args
      all.positional.insert(receiver, at: 0)
      return try call(method, all)
    }
    return try call(getAttribute(receiver, name), args)
  }

  /// Functions found on a class become bound methods when read through an instance.
  public func bindIfFunction(_ v: Value, to receiver: Value) -> Value {
    if case .object(let o) = v, o is PyFunction || o is PyBuiltinFunction {
      return .object(PyBoundMethod(function: v, receiver: receiver))
    }
    return v
  }

  // MARK: - Iteration

  public func iterate(_ v: Value) throws(PyException) -> PyIterator {
    guard case .object(let o) = v else {
      throw .typeError("'\(v.typeName)' object is not iterable")
    }
    return try o.makeIterator(self)
  }

  /// `iter(v)`, with TypeError(`message`) instead of "'X' object is not iterable" where v's
  /// type has no way to iterate: CPython's words where it unpacks or converts. (An error of
  /// the object's own `__iter__` passes through.)
  func iterate(_ v: Value, notIterable message: @autoclosure () -> String)
    throws(PyException) -> PyIterator
  {
    do throws(PyException) {
      return try iterate(v)
    } catch {
      if error.isInstance(of: .typeError), error.args.count == 1,
        error.args[0].as(PyStr.self)?.value == "'\(v.typeName)' object is not iterable"
      {
        throw .typeError(message())
      }
      throw error
    }
  }

  /// All items of an iterable, as an array.
  public func collect(_ v: Value) throws(PyException) -> [Value] {
    // A list's or tuple's items at once (a subclass's go through its iterator: it may
    // define `__iter__`).
    if case .object(let o) = v, o.isExactly(PyList.self) || o.isExactly(PyTuple.self) {
      return unsafeDowncast(o, to: PySequence.self).items
    }
    if case .object(let o) = v, o.isExactly(PyStr.self), unsafeDowncast(o, to: PyStr.self).isASCII {
      // `list(text)`: the interpreter's one str object for each character.
      return unsafeDowncast(o, to: PyStr.self).value.utf8.map { asciiCharacter($0) }
    }
    if case .object(let o) = v, o.isExactly(PyRange.self) {
      // `list(range(n))`: the ints at once.
      let r = unsafeDowncast(o, to: PyRange.self)
      // (CPython sizes the list first: a range too long to hold is a MemoryError at once.)
      try SequenceBudget.check(r.count, 1)
      var out: [Value] = []
      out.reserveCapacity(Swift.min(r.count, 1 << 20))
      try r.forEachInt(self) { out.append(.int($0)) }
      return out
    }
    let iterator = try iterate(v)
    var out: [Value] = []
    while let item = try iterator.next(self) { out.append(item) }
    return out
  }

  /// Normalises a sequence index (negative from the end) with CPython's IndexError message.
  public func sequenceIndex(_ key: Value, count: Int, typeName: String) throws(PyException) -> Int {
    var key = key
    // An object whose class defines `__index__` indexes as the int it gives.
    if let instance = key.as(PyInstance.self), instance.instanceClass.lookup("__index__") != nil {
      key = try callMethod(key, "__index__", Arguments())
    }
    guard case .int(var i) = key.asIndexLike else {
      if key.as(PyBigInt.self) != nil {
        throw .indexError("cannot fit 'int' into an index-sized integer")
      }
      // (CPython 3.11 words the str case differently.)
      if typeName == "string" {
        throw .typeError("string indices must be integers, not '\(key.typeName)'")
      }
      let kind = typeName == "list assignment" ? "list" : typeName
      throw .typeError(
        "\(kind) indices must be integers or slices, not \(key.typeName)")
    }
    if i < 0 { i += count }
    guard i >= 0 && i < count else {
      throw .indexError("\(typeName) index out of range")
    }
    return i
  }

  // MARK: - Text

  public func repr(_ v: Value) throws(PyException) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return DecimalText.string(i)
    case .float(let d): return PythonFloat.repr(d)
    case .object(let o): return try o.repr(self)
    }
  }

  public func str(_ v: Value) throws(PyException) -> String {
    if case .object(let o) = v { return try o.str(self) }
    return try repr(v)
  }

  public func format(_ v: Value, _ spec: String) throws(PyException) -> String {
    switch v {
    case .int(let i): return try FormatSpec.parse(spec, for: "int").apply(toInt: i)
    case .bool(let b):
      return spec.isEmpty
        ? (b ? "True" : "False")
        : try FormatSpec.parse(spec, for: "bool").apply(toInt: b ? 1 : 0, typeName: "bool")
    case .float(let d): return try FormatSpec.parse(spec, for: "float").apply(toFloat: d)
    case .none:
      guard spec.isEmpty else {
        throw .typeError("unsupported format string passed to NoneType.__format__")
      }
      return "None"
    case .object(let o): return try o.format(spec, self)
    }
  }

  func expectString(_ v: Value, _ method: String) throws(PyException) -> String {
    guard let s = v.as(PyStr.self) else {
      throw .typeError("\(method) returned non-string (type \(v.typeName))")
    }
    return s.value
  }

  /// Guards recursive containers: returns nil when `object` is already being printed.
  func withReprGuard<T>(_ object: PyObject, _ body: () throws(PyException) -> T)
    throws(PyException) -> T?
  {
    let id = ObjectIdentifier(object)
    guard reprGuard.insert(id).inserted else { return nil }
    defer { reprGuard.remove(id) }
    return try body()
  }

  // MARK: - Exceptions

  /// The exception object for `raise value` (a class is instantiated with no arguments).
  func makeException(_ v: Value) throws(PyException) -> PyException {
    if let e = v.as(PyException.self) { return e }
    if let c = v.as(PyClass.self), c.isExceptionClass {
      guard let e = try call(v, Arguments()).as(PyException.self) else {
        throw .typeError("exceptions must derive from BaseException")
      }
      return e
    }
    throw .typeError("exceptions must derive from BaseException")
  }

  /// `except T:` matching, for a class or a tuple of classes.
  func exceptionMatches(_ e: PyException, _ type: Value) throws(PyException) -> Bool {
    if let c = type.as(PyClass.self) {
      guard c.isExceptionClass else {
        throw .typeError("catching classes that do not inherit from BaseException is not allowed")
      }
      return e.isInstance(of: c)
    }
    if let t = type.as(PyTuple.self) {
      for item in t.items where try exceptionMatches(e, item) { return true }
      return false
    }
    throw .typeError("catching classes that do not inherit from BaseException is not allowed")
  }

  /// Zero-argument `super()` inside a method.
  func makeSuper(frame: Frame) throws(PyException) -> Value {
    guard let cls = frame.function?.definingClass, frame.slotCount > 0, let first = frame.slots[0]
    else {
      throw .runtimeError("super(): no arguments")
    }
    return .object(PySuper(cls: cls, receiver: first))
  }
}

extension Value {
  /// Ints and bools as an Int; nil for anything else.
  public var asInt: Int? {
    switch self {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }
}

/// Runtime form of the syntax's comparison operators.
typealias CompareOperatorKind = CompareOperatorRuntime
enum CompareOperatorRuntime: String {
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "=="
  case notEqual = "!=", `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// The object `super()` returns: attribute lookup starts after `cls` in the receiver's MRO.
final class PySuper: PyObject {
  let cls: PyClass
  let receiver: Value

  init(cls: PyClass, receiver: Value) {
    self.cls = cls
    self.receiver = receiver
  }

  override var pyClass: PyClass { .superType }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let object =
      receiver.as(PyClass.self).map { "<class '\($0.name)'>" } ?? "<\(receiver.typeName) object>"
    return "<super: <class '\(cls.name)'>, \(object)>"
  }

  /// `super(cls, obj)` (and `super()` reached through the name rather than compiled at its
  /// call site), with CPython's errors.
  static func construct(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    guard a.keywords.isEmpty else { throw .typeError("super() takes no keyword arguments") }
    switch a.positional.count {
    case 0:
      guard let frame = interp.currentFrame?.takeUnretainedValue() else {
        throw .runtimeError("super(): no arguments")
      }
      return try interp.makeSuper(frame: frame)
    case 2:
      guard let cls = a.positional[0].as(PyClass.self) else {
        throw .typeError("super() argument 1 must be a type, not \(a.positional[0].typeName)")
      }
      let object = a.positional[1]
      let isInstance = Builtins.classOf(object).isSubclass(of: cls)
      let isSubtype = object.as(PyClass.self)?.isSubclass(of: cls) ?? false
      guard isInstance || isSubtype else {
        throw .typeError("super(type, obj): obj must be an instance or subtype of type")
      }
      return .object(PySuper(cls: cls, receiver: object))
    case 1:
      throw .notImplemented("super() with one argument (an unbound super object) is not supported")
    default:
      throw .typeError("super() takes at most 2 arguments (\(a.positional.count) given)")
    }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let start = receiver.as(PyObject.self)?.pyClass ?? cls
    // A class as receiver: in a class method the class's own MRO; in a metaclass's method
    // (the class is an instance of the metaclass) the metaclass's.
    let owner = receiver.as(PyClass.self).flatMap { c in c.isSubclass(of: cls) ? c : nil }
    let mro = (owner ?? start).mro
    guard let i = mro.firstIndex(where: { $0 === cls }) else { return nil }
    for c in mro[(i + 1)...] {
      guard let v = c.attributes[name] else { continue }
      if let method = v.as(PyStaticMethod.self) { return method.function }
      if let method = v.as(PyClassMethod.self) {
        let owner = receiver.as(PyClass.self).map { Value.object($0) } ?? .object(start)
        return .object(PyBoundMethod(function: method.function, receiver: owner))
      }
      return interp.bindIfFunction(v, to: receiver)
    }
    if let e = receiver.as(PyException.self), name == "__str__" || name == "__repr__" {
      // BaseException's own str() and repr(), under a subclass's override.
      return .object(
        PyBuiltinFunction(name) { (_, interp) throws(PyException) in
          if name == "__str__" { return .str(e.baseMessage(interp)) }
          let body = try e.args.map { (v) throws(PyException) in try interp.repr(v) }
          return .str("\(e.instanceClass.name)(\(body.joined(separator: ", ")))")
        })
    }
    guard name == "__init__" else { return nil }
    // The built-in initialisers: BaseException's keeps the arguments as `args`; object's
    // takes none.
    if let e = receiver.as(PyException.self) {
      return .object(
        PyBuiltinFunction("__init__") { (a, _) throws(PyException) in
          e.args = a.positional
          return .none
        })
    }
    return .object(
      PyBuiltinFunction("__init__") { (a, _) throws(PyException) in
        guard a.positional.isEmpty && a.keywords.isEmpty else {
          throw .typeError(
            "object.__init__() takes exactly one argument (the instance to initialize)")
        }
        return .none
      })
  }
}
