/// The special methods of built-in values by name (`(1).__add__(2)`, `[1, 2].__len__()`,
/// `hasattr(xs, '__iter__')`): bound methods that perform the operation the syntax performs.
/// Which type has which method follows CPython's (and numpy's for arrays and scalars); a
/// binary or comparison method returns `NotImplemented` for an operand its type does not
/// handle, as CPython's do.
enum BuiltinDunders {
  static let binaryOperators: [BinaryOp] = [
    .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power, .matrixMultiply,
    .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor,
  ]
  /// `__add__` and `__radd__` (reflected) for every operator.
  static let binary: [String: (op: BinaryOp, reflected: Bool)] = {
    var table: [String: (op: BinaryOp, reflected: Bool)] = [:]
    for op in binaryOperators {
      table[op.dunder()] = (op, false)
      table[op.dunder(reflected: true)] = (op, true)
    }
    return table
  }()
  /// `__iadd__` for every operator: the types that change in place (arrays, lists, sets,
  /// dicts) have them; ints, floats, strs and tuples do not (`x += 1` makes a new value).
  static let inPlace: [String: BinaryOp] = {
    var table: [String: BinaryOp] = [:]
    for op in binaryOperators { table[op.dunder(inPlace: true)] = op }
    return table
  }()

  /// Whether values of `kind` (of type `typeName`) have the in-place method of `op`.
  static func hasInPlace(_ kind: Kind, _ typeName: String, _ op: BinaryOp) -> Bool {
    switch kind {
    case .array: return true
    case .sequence: return typeName == "list" && (op == .add || op == .multiply)
    case .set:
      return typeName == "set" && [.subtract, .bitAnd, .bitOr, .bitXor].contains(op)
    case .mapping: return op == .bitOr
    default: return false
    }
  }

  static let comparisons: [String: ComparisonOp] = [
    "__eq__": .equal, "__ne__": .notEqual, "__lt__": .less, "__le__": .lessEqual,
    "__gt__": .greater, "__ge__": .greaterEqual,
  ]
  static let unary: [String: UnaryOp] = [
    "__neg__": .negate, "__pos__": .plus, "__invert__": .invert,
  ]

  /// What a built-in type has, by its type name.
  enum Kind {
    case integer, real, text, sequence, mapping, set, range, array, other
  }

  static func kind(_ v: Value) -> Kind {
    switch v {
    case .int, .bool: return .integer
    case .float: return .real
    case .none: return .other
    case .object:
      switch v.typeName {
      case "int": return .integer  // (a big int)
      case "str", "bytes": return .text
      case "list", "tuple": return .sequence
      case "dict": return .mapping
      case "set", "frozenset": return .set
      case "range": return .range
      case "numpy.ndarray": return .array
      case "numpy.float64", "numpy.float32": return .real
      case "numpy.int64", "numpy.int32", "numpy.uint8": return .integer
      default: return .other
      }
    }
  }

  /// The operators each kind takes by name (beyond `__eq__`/`__ne__`, which every value has).
  static func hasBinary(_ kind: Kind, _ op: BinaryOp, reflected: Bool, numpy: Bool) -> Bool {
    switch kind {
    // numpy's scalars have every operator (refusing at run time what their dtype cannot do).
    case .integer: return op != .matrixMultiply
    case .real:
      return op != .matrixMultiply
        && (numpy || ![.leftShift, .rightShift, .bitAnd, .bitOr, .bitXor].contains(op))
    case .array: return true
    case .text: return op == .multiply || op == .modulo || (op == .add && !reflected)
    case .sequence: return op == .multiply || (op == .add && !reflected)
    case .mapping: return op == .bitOr
    case .set: return [.subtract, .bitAnd, .bitOr, .bitXor].contains(op)
    case .range, .other: return false
    }
  }

  /// Whether a number's own dunder takes `other` (else NotImplemented): an int's, ints (big
  /// ones too); a float's, ints and floats (`(3).__mul__(2.0)` is NotImplemented in CPython,
  /// `(2.0).__mul__(3)` is 6.0); a numpy scalar's, Python's ints and floats.
  static func takesOperand(_ kind: Kind, _ numpyScalar: Bool, _ other: Value) -> Bool {
    switch other {
    case .int, .bool: return true
    case .float: return kind == .real || numpyScalar
    case .object(let o): return !numpyScalar && o is PyBigInt
    default: return false
    }
  }

  /// The whole-part methods of ints and floats (plain methods in CPython, not slot wrappers).
  static let roundingDunders: Set<String> = ["__floor__", "__ceil__", "__trunc__"]

  /// The bound special method `name` of a built-in value, or nil when its type has none.
  static func method(_ v: Value, _ name: String, _ interp: Interpreter) -> Value? {
    guard name.hasPrefix("__"), name.hasSuffix("__") else { return nil }
    if v.as(PyInstance.self) != nil || v.as(PyClass.self) != nil || v.as(PyModule.self) != nil {
      return nil
    }
    let kind = kind(v)
    let container = [.text, .sequence, .mapping, .set, .range, .array].contains(kind)
    let numeric = kind == .integer || kind == .real || kind == .array
    let numpyScalar =
      v.as(PyObject.self) != nil && v.as(PyBigInt.self) == nil
      && (kind == .integer || kind == .real)
    let body: PyBuiltinFunction.Body?
    switch name {
    case "__len__" where container:
      body = { (_, interp) throws(PyException) in
        try interp.call(interp.builtins["len"]!, Arguments([v]))
      }
    case "__iter__" where container || v.as(PyIterator.self) != nil:
      body = { (_, interp) throws(PyException) in .object(try interp.iterate(v)) }
    case "__next__" where v.as(PyIterator.self) != nil:
      // A built-in iterator's `__next__`: StopIteration at the end, as `next()` raises it.
      body = { (_, interp) throws(PyException) in
        guard let item = try v.as(PyIterator.self)!.next(interp) else {
          throw PyException(.stopIteration, args: [])
        }
        return item
      }
    case "__contains__" where container:
      body = { (a, interp) throws(PyException) in .bool(try interp.contains(v, a[0])) }
    case "__getitem__" where (container && kind != .set) || numpyScalar:
      body = { (a, interp) throws(PyException) in try interp.getItem(v, a[0]) }
    case "__setitem__" where ["list", "dict"].contains(v.typeName) || kind == .array:
      body = { (a, interp) throws(PyException) in
        try interp.setItem(v, a[0], a[1])
        return .none
      }
    case "__str__":
      body = { (_, interp) throws(PyException) in .str(try interp.str(v)) }
    case "__repr__":
      body = { (_, interp) throws(PyException) in .str(try interp.repr(v)) }
    case "__bool__" where numeric || kind == .range || v.isNone:
      body = { (_, interp) throws(PyException) in .bool(try interp.isTruthy(v)) }
    case "__abs__" where numeric:
      body = { (_, interp) throws(PyException) in
        try interp.call(interp.builtins["abs"]!, Arguments([v]))
      }
    case "__index__" where kind == .integer && !numpyScalar:
      body = { (_, _) throws(PyException) in v.asIndexLike }
    // (One `where` for every name: a case's `where` binds only to its last pattern.)
    case let n
    where (n == "__int__" || n == "__float__") && (kind == .integer || kind == .real)
      && !numpyScalar:
      let constructor = name == "__int__" ? "int" : "float"
      body = { (_, interp) throws(PyException) in
        try interp.call(interp.builtins[constructor]!, Arguments([v]))
      }
    case let n
    where roundingDunders.contains(n) && (kind == .integer || kind == .real) && !numpyScalar:
      // An int is its own; a float's whole part as `math.floor` and the others take it.
      let rule: FloatingPointRoundingRule =
        name == "__floor__" ? .down : name == "__ceil__" ? .up : .towardZero
      body = { (_, _) throws(PyException) in
        guard case .float(let d) = v else { return v.asIndexLike }
        return try PyBigInt.integral(d.rounded(rule))
      }
    case "__round__" where (kind == .integer || kind == .real) && !numpyScalar:
      // `round(x)` and `round(x, n)`; its arguments checked here (it takes one or none).
      return .object(
        PyBuiltinFunction(name) { (a, interp) throws(PyException) in
          guard a.keywords.isEmpty else {
            throw .typeError("\(v.typeName).__round__() takes no keyword arguments")
          }
          guard a.count <= 1 else {
            throw .typeError("__round__ expected at most 1 argument, got \(a.count)")
          }
          return try interp.call(interp.builtins["round"]!, Arguments([v] + a.positional))
        })
    case let n
    where unary[n] != nil && numeric && !(n == "__invert__" && kind == .real && !numpyScalar):
      let op = unary[n]!
      body = { (_, interp) throws(PyException) in try interp.unary(op, v) }
    case let n where comparisons[n] != nil:
      // Every object has them (object's answer NotImplemented).
      let op = comparisons[n]!
      body = { (a, interp) throws(PyException) in
        let other = try a[0]
        if kind == .integer || kind == .real, !takesOperand(kind, numpyScalar, other) {
          return .object(PyNotImplemented.shared)
        }
        if case .object(let o) = v {
          return try o.compare(op, other, interp) ?? .object(PyNotImplemented.shared)
        }
        return try interp.compare(v, op, other)
      }
    case let n where inPlace[n] != nil:
      let op = inPlace[n]!
      guard hasInPlace(kind, v.typeName, op) else { return nil }
      body = { (a, interp) throws(PyException) in try interp.inPlace(op, v, try a[0]) }
    case let n where binary[n] != nil:
      let (op, reflected) = binary[n]!
      let numpy = numpyScalar
      guard hasBinary(kind, op, reflected: reflected, numpy: numpy) else { return nil }
      body = { (a, interp) throws(PyException) in
        let other = try a[0]
        if kind == .integer || kind == .real, !takesOperand(kind, numpy, other) {
          return .object(PyNotImplemented.shared)
        }
        if case .object(let o) = v, !numpy, kind != .integer, kind != .real {
          return try o.binary(op, other, reflected: reflected, interp)
            ?? .object(PyNotImplemented.shared)
        }
        do throws(PyException) {
          return reflected ? try interp.binary(op, other, v) : try interp.binary(op, v, other)
        } catch  where error.isInstance(of: .typeError) {
          return .object(PyNotImplemented.shared)
        }
      }
    default:
      body = nil
    }
    guard let body else { return nil }
    let expected =
      [
        "__len__", "__iter__", "__next__", "__str__", "__repr__", "__bool__", "__abs__",
        "__index__", "__int__", "__float__",
      ].contains(name) || roundingDunders.contains(name) || unary[name] != nil
      ? 0 : name == "__setitem__" ? 2 : 1
    return .object(
      PyBuiltinFunction(name) { (a, interp) throws(PyException) in
        guard a.count == expected, a.keywords.isEmpty else {
          // (CPython's rounding dunders are plain methods; the others slot wrappers.)
          if roundingDunders.contains(name) {
            throw .typeError(
              a.keywords.isEmpty
                ? "\(v.typeName).\(name)() takes no arguments (\(a.count) given)"
                : "\(v.typeName).\(name)() takes no keyword arguments")
          }
          throw .typeError(
            "expected \(expected) argument\(expected == 1 ? "" : "s"), got \(a.count)")
        }
        return try body(a, interp)
      })
  }
}
