/// A Python `set` or `frozenset`. Its table is laid out as CPython's (`SetTable`), so a set
/// of numbers or tuples of them iterates in CPython's order.
public final class PySet: PyObject {
  public var storage = SetTable()
  /// A `frozenset`: no mutating methods, hashable (a dict key, a set element).
  public var frozen = false

  public override init() {}

  /// A set of the given type (`frozen`) holding `storage`.
  public init(_ storage: SetTable, frozen: Bool) {
    self.storage = storage
    self.frozen = frozen
  }

  override public var pyClass: PyClass { frozen ? .frozenset : .set }

  /// The table entry of a value: its key (Python's equality) and hash.
  static func entry(_ v: Value, _ interp: Interpreter) throws(PyException) -> SetTable.Entry {
    let key = try HashKey.from(v, interp)
    return SetTable.Entry(element: v, key: key, hash: PythonHash.of(v, key: key))
  }

  public func insert(_ v: Value, _ interp: Interpreter) throws(PyException) {
    // An equal element already there stays (`{1, 1.0}` is `{1}`), as in Python.
    if case .int(let i) = v {
      storage.add(int: i)
      return
    }
    storage.add(try PySet.entry(v, interp))
  }

  /// `discard`: the element equal to `v` removed, if there is one.
  @discardableResult
  public func discard(_ v: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if case .int(let i) = v { return storage.discard(int: i) }
    return storage.discard(try PySet.entry(v, interp))
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if storage.isEmpty { return frozen ? "frozenset()" : "set()" }
    let parts = try storage.elements.map { (v) throws(PyException) in try interp.repr(v) }
    let body = "{" + parts.joined(separator: ", ") + "}"
    return frozen ? "frozenset(\(body))" : body
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !storage.isEmpty
  }
  override public func length(_ interp: Interpreter) throws(PyException) -> Int { storage.count }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    SetIterator(self)
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if case .int(let i) = value { return storage.contains(int: i) }
    if case .object(let o) = value, o.isExactly(PyStr.self) {
      if storage.contains(text: unsafeDowncast(o, to: PyStr.self)) { return true }
      // (An element that is an object with its own `__hash__` may equal the str: asked below.)
      if !storage.hasCustomKeys { return false }
    }
    let key = try HashKey.from(value, interp)
    return storage.contains(key: key, hash: PythonHash.of(value, key: key))
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard let o = other.as(PySet.self) else { return nil }
    let (a, b) = reflected ? (o, self) : (self, o)
    // The result has the left operand's type (`frozenset | set` is a frozenset).
    switch op {
    case .bitOr: return .object(PySet(SetAlgebra.union(a, [.set(b)]), frozen: a.frozen))
    case .bitAnd: return .object(PySet(SetAlgebra.intersection(a, .set(b)), frozen: a.frozen))
    case .subtract: return .object(PySet(SetAlgebra.difference(a, .set(b)), frozen: a.frozen))
    case .bitXor:
      return .object(PySet(SetAlgebra.symmetricDifference(a, .set(b)), frozen: a.frozen))
    default: return nil
    }
  }

  /// `|=`, `&=`, `-=`, `^=` on a set change it in place (a frozenset's make a new one).
  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard !frozen, let o = other.as(PySet.self) else { return nil }
    switch op {
    case .bitOr: SetAlgebra.update(self, .set(o))
    case .bitAnd: storage.replaceContents(with: SetAlgebra.intersection(self, .set(o)))
    case .subtract: SetAlgebra.differenceUpdate(self, .set(o))
    case .bitXor: SetAlgebra.symmetricDifferenceUpdate(self, .set(o))
    default: return nil
    }
    return .object(self)
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    // Not a set: NotImplemented, so the other side (a dict's keys view) may answer.
    guard let o = other.as(PySet.self) else { return nil }
    let a = Set(storage.keys)
    let b = Set(o.storage.keys)
    switch op {
    case .equal: return .bool(a == b)
    case .notEqual: return .bool(a != b)
    case .lessEqual: return .bool(a.isSubset(of: b))
    case .less: return .bool(a.isStrictSubset(of: b))
    case .greaterEqual: return .bool(a.isSuperset(of: b))
    case .greater: return .bool(a.isStrictSuperset(of: b))
    }
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    frozen ? .set(Set(storage.keys)) : nil
  }
}

/// Iteration over a set: its elements in table order, and CPython's RuntimeError once the set
/// has grown or shrunk since the iteration began.
final class SetIterator: PyIterator {
  let set: PySet
  let values: [Value]
  var index = 0
  var changed = false

  init(_ set: PySet) {
    self.set = set
    values = set.storage.elements
  }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    // (Once exhausted, it stays so whatever happens to the set, as CPython's.)
    guard index <= values.count else { return nil }
    if changed || set.storage.count != values.count {
      changed = true
      throw PyException(.runtimeError, "Set changed size during iteration")
    }
    guard index < values.count else {
      index += 1
      return nil
    }
    index += 1
    return values[index - 1]
  }
}
