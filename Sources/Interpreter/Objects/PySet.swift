/// A Python `set`. A set of ints iterates in CPython's hash-table order (`SetTableOrder`);
/// other sets in insertion order (CPython's then depends on string hashing, random per run).
public final class PySet: PyObject {
  public var storage = SetTable()
  /// How many of the first elements came in through a constant display (CPython merges a
  /// frozenset constant into the new set: another table layout).
  var mergedFromConstant = 0
  /// A `frozenset`: no mutating methods, hashable (a dict key, a set element).
  public var frozen = false

  public override init() {}

  override public var pyClass: PyClass { frozen ? .frozenset : .set }

  public func insert(_ v: Value, _ interp: Interpreter) throws(PyException) {
    // An equal element already there stays (`{1, 1.0}` is `{1}`), as in Python.
    storage.insert(try HashKey.from(v, interp), (v, .none), orUpdate: { _ in })
  }

  /// The elements in iteration order.
  public var ordered: [Value] {
    let values = storage.values.map(\.key)
    var ints: [Int] = []
    ints.reserveCapacity(values.count)
    for v in values {
      switch v {
      case .int(let i): ints.append(i)
      case .bool(let b): ints.append(b ? 1 : 0)
      default: return values
      }
    }
    return SetTableOrder.order(ints, merged: mergedFromConstant).map { values[$0] }
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if storage.isEmpty { return frozen ? "frozenset()" : "set()" }
    let parts = try ordered.map { (v) throws(PyException) in try interp.repr(v) }
    let body = "{" + parts.joined(separator: ", ") + "}"
    return frozen ? "frozenset(\(body))" : body
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !storage.isEmpty
  }
  override public func length(_ interp: Interpreter) throws(PyException) -> Int { storage.count }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let values = ordered
    return PyClosureIterator(count: values.count) { values[$0] }
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    try storage.position(of: value, interp) != nil
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard let o = other.as(PySet.self) else { return nil }
    let (a, b) = reflected ? (o, self) : (self, o)
    let out = PySet()
    // The result has the left operand's type (`frozenset | set` is a frozenset).
    out.frozen = a.frozen
    switch op {
    case .bitOr:
      out.storage = a.storage
      for (k, v) in b.storage where out.storage[k] == nil { out.storage[k] = v }
    case .bitAnd:
      for (k, v) in a.storage where b.storage[k] != nil { out.storage[k] = v }
    case .subtract:
      for (k, v) in a.storage where b.storage[k] == nil { out.storage[k] = v }
    case .bitXor:
      for (k, v) in a.storage where b.storage[k] == nil { out.storage[k] = v }
      for (k, v) in b.storage where a.storage[k] == nil { out.storage[k] = v }
    default:
      return nil
    }
    return .object(out)
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
