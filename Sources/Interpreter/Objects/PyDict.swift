/// A Python `dict`: insertion-ordered, keyed by Python equality.
public class PyDict: PyObject {
  /// (final: read and changed in place, without the accessors a subclass could override.)
  public final var storage = DictTable()

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
    guard let i = try position(of: key, interp) else { return nil }
    return storage[entryAt: i].value
  }

  /// Where the entry for `key` is, or nil.
  @inline(__always)
  func position(of key: Value, _ interp: Interpreter) throws(PyException) -> Int? {
    if let i = storage.fastPosition(of: key) { return i < 0 ? nil : i }
    let hashKey = try HashKey.from(key, interp)
    guard storage.comparesByEq(hashKey) else { return storage.index(forKey: hashKey) }
    return position(comparing: hashKey)
  }

  /// The position of the entry equal to `hashKey` where finding it may run `__eq__` (an
  /// object with its own `__hash__` is a key, or the key): the stored keys of its hash taken
  /// out first, each `__eq__` run outside the table (it may change the dict: CPython looks
  /// again then, and so does this), and the one that agrees found again by identity.
  func position(comparing hashKey: HashKey) -> Int? {
    let hash = DictTable.hash(hashKey)
    for stored in storage.keys(withTableHash: hash) where stored == hashKey {
      return storage.position(ofStoredKey: stored, tableHash: hash)
    }
    return nil
  }

  /// The value stored under `key`.
  @inline(__always) func value(forKey key: HashKey) -> Value? { storage.value(forKey: key) }

  public func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    if storage.set(key: key, value: value) { return }
    let hashKey = try HashKey.from(key, interp)
    guard storage.comparesByEq(hashKey) else {
      storage.set(hashKey, key: key, value: value)
      return
    }
    // (Found with every `__eq__` run outside the table, then stored.)
    if let i = position(comparing: hashKey) {
      storage.setValue(value, at: i)
    } else {
      storage.appendNew(hashKey, (key, value))
    }
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
    try position(of: value, interp) != nil
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
    try removeItem(key, interp)
  }

  /// `del d[key]` as dict's own (`dict.__delitem__`, whatever a subclass overrides).
  final func removeItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    guard removeValue(forKey: try HashKey.from(key, interp)) != nil else { throw .keyError(key) }
  }

  /// Removes the entry for `hashKey` and returns it (nil when there is none); found with any
  /// `__eq__` run outside the table (see `position(comparing:)`).
  func removeValue(forKey hashKey: HashKey) -> DictTable.Entry? {
    guard storage.comparesByEq(hashKey) else { return storage.removeValue(forKey: hashKey) }
    guard let i = position(comparing: hashKey) else { return nil }
    return storage.removeEntry(at: i)
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
    for (h, pair) in second.storage { merged.storage.set(h, key: pair.key, value: pair.value) }
    return .object(merged)
  }

  /// `d |= other` updates `d` itself (`e = d` sees it), from a dict or anything `update`
  /// takes (pairs), as dict.__ior__ does.
  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .bitOr else { return nil }
    if let o = other.as(PyDict.self) {
      for (h, pair) in o.storage { storage.set(h, key: pair.key, value: pair.value) }
    } else {
      _ = try interp.callMethod(.object(self), "update", Arguments([other]))
    }
    return .object(self)
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? { nil }
}
