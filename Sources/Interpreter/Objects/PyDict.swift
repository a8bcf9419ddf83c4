import Collections

/// A Python `dict`: insertion-ordered, keyed by Python equality.
public class PyDict: PyObject {
  public var storage: OrderedDictionary<HashKey, (key: Value, value: Value)> = [:]

  public override init() {}

  public convenience init(stringKeys: [String: Value]) {
    self.init()
    for (k, v) in stringKeys.sorted(by: { $0.key < $1.key }) {
      storage[.string(k)] = (.str(k), v)
    }
  }

  override public var pyClass: PyClass { .dict }

  public var keys: [Value] { storage.values.map(\.key) }
  public var values: [Value] { storage.values.map(\.value) }

  public func get(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value? {
    value(forKey: try HashKey.from(key, interp))
  }

  /// The value stored under `key`. (The table is read once into a local, whose buffers are
  /// then borrowed: each read of the stored property took its buffers' references anew. By
  /// position: the subscript would copy the stored key out with the value.)
  @inline(__always) func value(forKey key: HashKey) -> Value? {
    let table = storage
    guard let i = table.index(forKey: key) else { return nil }
    return table.values[i].value
  }

  public func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    let hash = try HashKey.from(key, interp)
    if storage.count >= roomMade { makeRoom() }
    // One hash lookup: an existing entry keeps its original key object, as in Python.
    storage[hash, default: (key, value)].value = value
  }

  /// How many entries the table had room for when this dict last made room.
  private var roomMade = 0

  /// Room for four times the entries there are (up to 65536 entries; twice from there): the
  /// table then grows by fours, not twos (the library's rebuilding of its hash table was a
  /// third of a dict insertion's time when a dict is built up key by key).
  @inline(never) private func makeRoom() {
    let count = storage.count
    roomMade = Swift.max(8, count < 1 << 16 ? count * 4 : count * 2)
    storage.reserveCapacity(roomMade)
  }

  public func set(_ key: String, _ value: Value) { storage[.string(key)] = (.str(key), value) }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if storage.isEmpty { return "{}" }
    let parts = try interp.withReprGuard(self) { () throws(PyException) in
      try storage.values.map { (pair) throws(PyException) in
        try interp.repr(pair.key) + ": " + interp.repr(pair.value)
      }
    }
    guard let parts else { return "{...}" }
    return "{" + parts.joined(separator: ", ") + "}"
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !storage.isEmpty
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int { storage.count }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    DictIterator(self, values: false)
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    storage.index(forKey: try HashKey.from(value, interp)) != nil
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    guard let v = try get(key, interp) else { throw .keyError(key) }
    return v
  }

  override public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    try set(key, value, interp)
  }

  override public func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    guard storage.removeValue(forKey: try HashKey.from(key, interp)) != nil else {
      throw .keyError(key)
    }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PyDict.self), op == .equal || op == .notEqual else {
      return try super.compare(op, other, interp)
    }
    var same = storage.count == o.storage.count
    if same {
      for (h, pair) in storage {
        guard let theirs = o.storage[h], try interp.equals(pair.value, theirs.value) else {
          same = false
          break
        }
      }
    }
    return .bool(op == .equal ? same : !same)
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard op == .bitOr, let o = other.as(PyDict.self) else { return nil }
    let merged = PyDict()
    let (first, second) = reflected ? (o, self) : (self, o)
    merged.storage = first.storage
    for (h, pair) in second.storage { merged.storage[h] = pair }
    return .object(merged)
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? { nil }
}
