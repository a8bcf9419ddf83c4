/// The base of every heap value. Subclasses override the slots they support; the defaults
/// raise the TypeError Python raises for an object that lacks the operation.
///
/// Bridges (numpy arrays, figures) subclass this in the Modules target, so the interpreter
/// knows them only through these slots.
open class PyObject {
  public init() {}

  /// The number `PythonHash` gives this object when it is first hashed (0: not yet).
  final var hashSerial = 0

  /// The Python class of this object (`type(x)`).
  open var pyClass: PyClass { PyClass.object }

  /// A method of this object's type for call sites (`obj.name(...)`), taking the object as
  /// argument 0: how a bridged type whose methods are not class attributes (numpy arrays)
  /// lets a site keep a method instead of making a bound one per call. It must be what
  /// `getAttribute(name)` would give, unbound; nil leaves the site to the attribute lookup.
  open func siteMethod(_ name: String, _ interp: Interpreter) throws(PyException)
    -> PyBuiltinFunction?
  { nil }

  /// Whether its class's built-in methods take this object itself as their receiver (a
  /// wrapper that answers them through another object, as a struct sequence through its
  /// tuple, says no: call sites then ask its `getAttribute`).
  open var methodsApplyToIt: Bool { true }

  /// Whether this object's Swift class is exactly `T`: a plain built-in instance, not a user
  /// subclass (which has a Swift subclass of its own). One metadata compare, where reading
  /// `pyClass` is a virtual call and two reference counts.
  @inline(__always) public final func isExactly<T: PyObject>(_: T.Type) -> Bool {
    ObjectIdentifier(type(of: self)) == ObjectIdentifier(T.self)
  }
  open var typeName: String {
    let c = pyClass
    return c.namesModuleInMessages ? "\(c.moduleName).\(c.name)" : c.name
  }

  // MARK: Text

  open func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<\(typeName) object at \(Interpreter.address(of: self))>"
  }

  open func str(_ interp: Interpreter) throws(PyException) -> String { try repr(interp) }

  /// `format(x, spec)`; the default accepts only the empty spec.
  open func format(_ spec: String, _ interp: Interpreter) throws(PyException) -> String {
    guard spec.isEmpty else {
      throw .typeError("unsupported format string passed to \(typeName).__format__")
    }
    return try str(interp)
  }

  // MARK: Truth, size, iteration

  open func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool { true }

  /// Python's `__index__`: the integer this object stands for in indices and slices, if any.
  open var indexValue: Int? { nil }

  /// The float `float(x)` gives for a built-in kind with a `__float__` (numpy scalars), found
  /// without looking the method up and calling it; nil sends `float(x)` to `__float__`.
  open var floatConversion: Double? { nil }

  /// `len(x)` for a built-in kind whose length is a stored number (numpy arrays), read without
  /// the call; nil sends `len(x)` to `length`.
  open var storedLength: Int? { nil }

  open func length(_ interp: Interpreter) throws(PyException) -> Int {
    throw .typeError("object of type '\(typeName)' has no len()")
  }

  /// An iterator over the object (`iter(x)`).
  open func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    throw .typeError("'\(typeName)' object is not iterable")
  }

  open func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    let iterator = try makeIterator(interp)
    while let item = try iterator.next(interp) {
      if try interp.equals(item, value) { return true }
    }
    return false
  }

  // MARK: Attributes

  /// Attribute lookup; nil means "no such attribute" (the caller raises AttributeError).
  open func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    guard let found = pyClass.lookup(name) else {
      return name == "__class__" ? .object(pyClass) : nil
    }
    if let method = found.as(PyClassMethod.self) {
      return .object(PyBoundMethod(function: method.function, receiver: .object(pyClass)))
    }
    // A static method (`str.maketrans`) is its function, bound to nothing.
    if let method = found.as(PyStaticMethod.self) { return method.function }
    return interp.bindIfFunction(found, to: .object(self))
  }

  open func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    throw .attributeError("'\(typeName)' object has no attribute '\(name)'")
  }

  /// `del obj.name`: objects without attributes of their own have none to delete.
  open func deleteAttribute(_ name: String, _ interp: Interpreter) throws(PyException) {
    if (try? getAttribute(name, interp)) != nil {
      throw .attributeError("attribute '\(name)' of '\(typeName)' objects is not writable")
    }
    throw .attributeError("'\(typeName)' object has no attribute '\(name)'")
  }

  /// Names for `dir()` and completion.
  open func attributeNames() -> [String] { pyClass.allAttributeNames() }

  // MARK: Operators

  /// A binary operator with this object on the left (or the right when `reflected`).
  /// Returns nil for NotImplemented.
  open func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? { nil }

  /// An in-place operator (`+=`); nil falls back to the binary operator.
  open func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter) throws(PyException)
    -> Value?
  { nil }

  /// A rich comparison with this object on the left; nil for NotImplemented. `object`'s own
  /// `==` is identity, and NotImplemented otherwise (so the other side's `__eq__` is asked,
  /// as in CPython: `np.int32 == a.dtype`).
  open func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    let same = other.as(PyObject.self) === self
    switch op {
    case .equal: return same ? .bool(true) : nil
    case .notEqual: return same ? .bool(false) : nil
    default: return nil
    }
  }

  open func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    throw .typeError("bad operand type for unary \(op.symbol): '\(typeName)'")
  }

  // MARK: Items and calls

  open func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    throw .typeError("'\(typeName)' object is not subscriptable")
  }

  open func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    throw .typeError("'\(typeName)' object does not support item assignment")
  }

  /// `self[i, j]` for two ints, when the object can answer without a key tuple (an array
  /// element in range); nil sends the subscript down the general path.
  open func getItem(_ i: Int, _ j: Int) -> Value? { nil }

  /// `self[i, j] = value` for two ints without a key tuple; false: the general path.
  open func setItem(_ i: Int, _ j: Int, _ value: Value) -> Bool { false }

  open func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    // CPython's two wordings: its sequence protocol's, for a type that has one and an index
    // key, and the general one.
    let sequence =
      self is PyStr || self is PySequence || self is PyBytes || self is PyRange
      || self is PySet || self is PyInstance
    if sequence, case .int = key.asIndexLike {
      throw .typeError("'\(typeName)' object doesn't support item deletion")
    }
    throw .typeError("'\(typeName)' object does not support item deletion")
  }

  /// `callable(x)`: true for the objects whose `call` does something.
  open var isCallable: Bool { false }

  open func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    throw .typeError("'\(typeName)' object is not callable")
  }

  /// Hash key for dict and set membership; nil means unhashable.
  open func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    .identity(ObjectIdentifier(self))
  }
}

/// Positional and keyword arguments of one call.
public struct Arguments {
  public var positional: [Value]
  public var keywords: [(name: String, value: Value)]

  public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
    self.positional = positional
    self.keywords = keywords
  }

  public var count: Int { positional.count }

  /// Positional argument `i`; a missing one is a TypeError, never an out-of-range trap.
  public subscript(i: Int) -> Value {
    get throws(PyException) {
      guard i < positional.count else {
        throw .typeError(
          "missing required argument (pos \(i + 1)); \(positional.count) positional argument\(positional.count == 1 ? "" : "s") given"
        )
      }
      return positional[i]
    }
  }

  /// The receiver of a built-in method, with CPython's errors for a missing or foreign one
  /// (`str.upper()`, `str.upper(5)`).
  public func receiver<T: PyObject>(_: T.Type, _ typeName: String) throws(PyException) -> T {
    guard let first = positional.first else {
      throw .typeError("unbound method \(typeName) needs an argument")
    }
    return try first.receiver(T.self, typeName)
  }

  public func keyword(_ name: String) -> Value? {
    keywords.first { $0.name == name }?.value
  }

  /// Parameter `i` (counting a method's receiver), which may also be passed by `name`: the
  /// positional argument, else the keyword; nil when neither is there.
  public func parameter(_ i: Int, _ name: String) -> Value? {
    i < positional.count ? positional[i] : keyword(name)
  }

  /// The keywords naming the next parameters of `names` (a function's positional parameters
  /// in order) moved into place after the positional arguments, for a built-in that reads its
  /// parameters by position (`choice(a=5, size=3)`). A keyword after a gap stays a keyword.
  public func bindingKeywords(_ names: [String]) -> Arguments {
    guard !keywords.isEmpty else { return self }
    var bound = self
    for name in names.dropFirst(positional.count) {
      guard let i = bound.keywords.firstIndex(where: { $0.name == name }) else { break }
      bound.positional.append(bound.keywords.remove(at: i).value)
    }
    return bound
  }

  /// A required parameter of the built-in `function`, with CPython's words when it is
  /// missing (`round() missing required argument 'number' (pos 1)`).
  public func required(_ i: Int, _ name: String, of function: String) throws(PyException)
    -> Value
  {
    guard let v = parameter(i, name) else {
      throw .typeError("\(function)() missing required argument '\(name)' (pos \(i + 1))")
    }
    return v
  }
}

/// Binary operators at run time (the syntax enum plus the shared rules of dispatch).
public typealias BinaryOp = BinaryOperatorKind
public typealias UnaryOp = UnaryOperatorKind
public typealias ComparisonOp = ComparisonKind

public enum BinaryOperatorKind: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//"
  case modulo = "%", power = "**", matrixMultiply = "@"
  case leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"

  public var symbol: String { rawValue }
  /// How CPython's "unsupported operand type(s) for ..." names the operator (`**` shares its
  /// message with `pow()`).
  public var refusalName: String { self == .power ? "** or pow()" : rawValue }
  /// Python's dunder name, e.g. `__add__`; `reflected` gives `__radd__`.
  public func dunder(reflected: Bool = false, inPlace: Bool = false) -> String {
    let base: String
    switch self {
    case .add: base = "add"
    case .subtract: base = "sub"
    case .multiply: base = "mul"
    case .trueDivide: base = "truediv"
    case .floorDivide: base = "floordiv"
    case .modulo: base = "mod"
    case .power: base = "pow"
    case .matrixMultiply: base = "matmul"
    case .leftShift: base = "lshift"
    case .rightShift: base = "rshift"
    case .bitAnd: base = "and"
    case .bitOr: base = "or"
    case .bitXor: base = "xor"
    }
    return "__" + (reflected ? "r" : inPlace ? "i" : "") + base + "__"
  }
}

public enum UnaryOperatorKind: String, Sendable {
  case negate = "-", plus = "+", invert = "~"
  public var symbol: String { rawValue }
}

public enum ComparisonKind: String, Sendable {
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==",
    notEqual = "!="
  /// The operator with operands swapped (`a < b` is `b > a`).
  public var swapped: ComparisonKind {
    switch self {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    case .equal, .notEqual: return self
    }
  }
  public var dunder: String {
    switch self {
    case .less: return "__lt__"
    case .lessEqual: return "__le__"
    case .greater: return "__gt__"
    case .greaterEqual: return "__ge__"
    case .equal: return "__eq__"
    case .notEqual: return "__ne__"
    }
  }
}
