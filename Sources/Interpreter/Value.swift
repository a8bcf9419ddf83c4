import FloatText

/// A language value. Ints, floats, bools and None are stored inline, so arithmetic on them
/// never touches reference counts; everything else is a `PyObject`.
public enum Value {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case object(PyObject)

  public static func str(_ s: String) -> Value { .object(PyStr(s)) }
  public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
  public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }

  /// Python's type name, as used in error messages ("int", "list", "numpy.ndarray").
  public var typeName: String {
    switch self {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .object(let o): return o.typeName
    }
  }

  /// The object payload, if this is an object of class `T`.
  @inline(__always) public func `as`<T: PyObject>(_: T.Type) -> T? {
    if case .object(let o) = self { return o as? T }
    return nil
  }

  /// The receiver of a built-in method of `typeName`, with CPython's error for a foreign one
  /// (`str.upper(5)`).
  @inline(__always)
  public func receiver<T: PyObject>(_: T.Type, _ typeName: String) throws(PyException) -> T {
    guard let r = self.as(T.self) else {
      throw .typeError(
        "descriptor for '\(typeName)' objects doesn't apply to a '\(self.typeName)' object")
    }
    return r
  }

  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// An int, float or bool: arithmetic on it runs no code of the user's.
  var isPlainNumber: Bool {
    switch self {
    case .int, .float, .bool: return true
    default: return false
    }
  }
}

// MARK: - Identity

extension Value {
  /// Python's `is`: identity for objects, value for the inline singletons and small scalars.
  public func isIdentical(to other: Value) -> Bool {
    switch (self, other) {
    case (.none, .none): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.object(let a), .object(let b)): return a === b
    default: return false
    }
  }
}
