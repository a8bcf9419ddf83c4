/// A dict's or set's table, as CPython lays one out: the entries in insertion order (each
/// with its key's hash), and an index of them by hash, a power-of-two array of entry numbers
/// probed linearly. A lookup compares stored hashes before keys and touches one entry; an
/// insertion appends an entry and writes one index slot. (The ordered dictionary of
/// swift-collections it replaced spent about 140 instructions finding a key and 160 appending
/// one, in bit-packed bucket arithmetic and separate key and value arrays.)
///
/// A set's table is the same with each element as an entry's key object (its value unused):
/// a table generic over its entries was copied and destroyed through the runtime's generic
/// value witnesses, a third of a dict insertion.
///
/// A value type, as the collection was: `copy.storage = dict.storage` copies on write.
public struct DictTable: RandomAccessCollection {
  public typealias Entry = (key: Value, value: Value)
  public typealias Element = (key: HashKey, value: Entry)

  struct Stored {
    var hash: Int
    var key: HashKey
    var entry: Entry
  }

  var stored = ContiguousArray<Stored>()
  /// 0: empty; -1: an entry was removed here (probing goes on past it); n: entry n - 1.
  var slots = ContiguousArray<Int32>()
  /// Slots holding -1.
  var removedSlots = 0
  /// Some key is (or holds) an object with its own `__hash__`: a lookup here may run its
  /// `__eq__`, which may change the dict, so the lookups that compare in place leave such a
  /// table to `PyDict.position(comparing:)`, which runs every `__eq__` outside the table.
  private(set) var hasCustomKeys = false

  public init() {}

  // MARK: Collection (positions are insertion order)

  public var startIndex: Int { 0 }
  public var endIndex: Int { stored.count }
  public var count: Int { stored.count }
  public var isEmpty: Bool { stored.isEmpty }

  public subscript(position: Int) -> Element {
    let s = stored[position]
    return (s.key, s.entry)
  }

  /// The entries in order.
  public var values: Values { Values(table: self) }
  /// The hash keys in order.
  public var keys: Keys { Keys(table: self) }

  public struct Values: RandomAccessCollection {
    let table: DictTable
    public var startIndex: Int { 0 }
    public var endIndex: Int { table.stored.count }
    public subscript(position: Int) -> Entry { table.stored[position].entry }
  }

  public struct Keys: RandomAccessCollection {
    let table: DictTable
    public var startIndex: Int { 0 }
    public var endIndex: Int { table.stored.count }
    public subscript(position: Int) -> HashKey { table.stored[position].key }
  }

  // MARK: Finding

  /// The hash a key is indexed by: ints and strs (nearly every key) by a multiply-xor of
  /// their bits or of the text's hash; other keys by the standard hasher.
  @inline(__always) static func hash(_ key: HashKey) -> Int {
    switch key {
    case .int(let i): return hash(bits: i)
    case .text(let text): return hash(bits: text.hash)
    // (As the int of its hash: an object may be equal to that int.)
    case .custom(let key): return hash(bits: key.hash)
    default: return key.hashValue
    }
  }

  @inline(__always) static func hash(bits: Int) -> Int {
    HashKey.finalized(UInt64(bitPattern: Int64(bits)))
  }

  @inline(__always) static func same(_ a: HashKey, _ b: HashKey) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.text(let x), .text(let y)): return x == y
    default: return a == b
    }
  }

  /// The position of the entry for `key`, or nil.
  @inline(__always) public func index(forKey key: HashKey) -> Int? {
    find(key, Self.hash(key)).entry
  }

  /// Up to this many entries, a table has no index: a lookup compares the stored hashes one
  /// after another (most dicts and sets of learner code are this small, and making and
  /// growing an index cost more than the scan).
  static var unindexed: Int { 8 }

  /// The entry holding `key` (or nil) and the slot that holds it, or else the first free
  /// slot the probe met (-1 when there is no index).
  @inline(__always)
  func find(_ key: HashKey, _ hash: Int) -> (slot: Int, entry: Int?) {
    find(hash) { Self.same($0, key) }
  }

  /// `find` for the entry whose key `matches` (among those with the hash).
  @inline(__always)
  func find(_ hash: Int, matching matches: (HashKey) -> Bool) -> (slot: Int, entry: Int?) {
    let mask = slots.count - 1
    guard mask >= 0 else {
      return stored.withUnsafeBufferPointer { entries in
        for e in entries.indices where entries[e].hash == hash && matches(entries[e].key) {
          return (-1, e)
        }
        return (-1, nil)
      }
    }
    var (slot, free) = (hash & mask, -1)
    return slots.withUnsafeBufferPointer { index in
      stored.withUnsafeBufferPointer { entries in
        while true {
          let n = Int(index[slot])
          if n == 0 { return (free >= 0 ? free : slot, nil) }
          if n > 0 {
            let e = n - 1
            if entries[e].hash == hash && matches(entries[e].key) { return (slot, e) }
          } else if free < 0 {
            free = slot
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// The position of the entry for an int or exact-str `key` (-1 when there is none); nil for
  /// a key of any other kind, or for a table with custom keys (see `hasCustomKeys`). Mutating
  /// only so that it runs on the table where it lies (it changes nothing): a plain read of a
  /// dict's table copies it, a retain and a release of each of its arrays, unless the
  /// optimizer proves that nothing in the lookup changes it (a str comparison's call into the
  /// standard library defeats that proof; `PyDict.position(of:_:)`, which may call a
  /// `__hash__`, must copy).
  @inline(__always) mutating func fastPosition(of key: Value) -> Int? {
    guard !hasCustomKeys else { return nil }
    if case .int(let i) = key { return find(int: i).entry ?? -1 }
    if case .object(let o) = key, o.isExactly(PyStr.self) {
      return find(text: unsafeDowncast(o, to: PyStr.self)).entry ?? -1
    }
    return nil
  }

  /// Whether finding `key` here may run an `__eq__` (see `hasCustomKeys`).
  func comparesByEq(_ key: HashKey) -> Bool { hasCustomKeys || key.holdsCustom }

  /// The stored keys whose table hash is `hash`, in probe order: the ones a key of that hash
  /// may equal, for the caller to compare outside the table.
  func keys(withTableHash hash: Int) -> [HashKey] {
    var keys: [HashKey] = []
    _ = find(hash) { key in
      keys.append(key)
      return false
    }
    return keys
  }

  /// The position of a key that `keys(withTableHash:)` gave, or nil when it is gone: found
  /// again as that very key (an object's by identity), no `__eq__` run.
  func position(ofStoredKey key: HashKey, tableHash: Int) -> Int? {
    find(tableHash) { HashKey.identical($0, key) }.entry
  }

  /// Appends an entry for `key`, which the caller found is not here.
  mutating func appendNew(_ key: HashKey, _ entry: Entry) {
    let hash = Self.hash(key)
    append(key, hash, entry, at: find(hash) { _ in false }.slot)
  }

  /// Where the int key `i` is (or would go), and its hash.
  @inline(__always) func find(int i: Int) -> (slot: Int, entry: Int?, hash: Int) {
    let hash = Self.hash(bits: i)
    let (slot, entry) = find(hash) { key in
      if case .int(let j) = key { return j == i }
      return HashKey.custom(key, equalsInt: i)
    }
    return (slot, entry, hash)
  }

  /// Where the str key `text` is (or would go), and its hash.
  @inline(__always) func find(text: PyStr) -> (slot: Int, entry: Int?, hash: Int) {
    find(text: text, textHash: text.keptTextHash)
  }

  /// `find(text:)` with the str's kept hash already worked out.
  @inline(__always) func find(text: PyStr, textHash: Int) -> (slot: Int, entry: Int?, hash: Int) {
    let hash = Self.hash(bits: textHash)
    let (slot, entry) = find(hash) { text.isKey($0, textHash: textHash) }
    return (slot, entry, hash)
  }

  public subscript(key: HashKey) -> Entry? {
    get {
      guard let i = index(forKey: key) else { return nil }
      return stored[i].entry
    }
    set {
      if let newValue { replace(key, newValue) } else { removeValue(forKey: key) }
    }
  }

  // MARK: Changing

  /// Stores `entry` under `key` when there is none; else `update` changes the one there.
  @inline(__always) public mutating func insert(
    _ hashKey: HashKey, _ entry: @autoclosure () -> Entry, orUpdate update: (inout Entry) -> Void
  ) {
    let hash = Self.hash(hashKey)
    let (slot, found) = find(hashKey, hash)
    if let found {
      update(&stored[found].entry)
    } else {
      append(hashKey, hash, entry(), at: slot)
    }
  }

  /// Adds the entries of `other` whose keys are not here yet.
  public mutating func merge(_ other: DictTable) {
    for s in other.stored { insert(s.key, s.entry, orUpdate: { _ in }) }
  }

  /// The entries whose keys pass `keep`, in order.
  public func filter(_ keep: (Element) -> Bool) -> DictTable {
    var out = DictTable()
    for s in stored where keep((s.key, s.entry)) { out.replace(s.key, s.entry) }
    return out
  }

  /// Stores the whole entry under `key`, its key object too.
  public mutating func replace(_ hashKey: HashKey, _ entry: Entry) {
    insert(hashKey, entry, orUpdate: { $0 = entry })
  }

  /// The entry at `position`, to read or change in place.
  public subscript(entryAt position: Int) -> Entry {
    get { stored[position].entry }
    set { stored[position].entry = newValue }
  }

  mutating func append(_ key: HashKey, _ hash: Int, _ entry: Entry, at slot: Int) {
    if key.holdsCustom { hasCustomKeys = true }
    if slots.isEmpty && stored.count < Self.unindexed {
      stored.append(Stored(hash: hash, key: key, entry: entry))
      return
    }
    // At most half the slots in use (removed ones count): else a bigger index first.
    if slot < 0 || (stored.count + removedSlots + 1) * 2 > slots.count {
      stored.append(Stored(hash: hash, key: key, entry: entry))
      rebuild(minimumCapacity: stored.count)
      return
    }
    if slots[slot] < 0 { removedSlots -= 1 }
    stored.append(Stored(hash: hash, key: key, entry: entry))
    slots[slot] = Int32(truncatingIfNeeded: stored.count)
  }

  /// Room for `count` entries in all, made before they are added (a comprehension over an
  /// iterable that knows its length): no growth of the entries or of the index on the way.
  mutating func reserve(_ count: Int) {
    guard count > stored.count else { return }
    stored.reserveCapacity(count)
    guard count > Self.unindexed else { return }
    // (Rebuilt when an insertion would fill more than half the slots.)
    var size = 8
    while size < 2 * (count + 1) { size <<= 1 }
    guard size > slots.count else { return }
    reindex(size: size)
  }

  /// A new index for the entries, with room for `minimumCapacity` of them and then some: four
  /// times as many up to 65536 entries, twice from there (a dict built key by key rebuilds
  /// its index rarely).
  mutating func rebuild(minimumCapacity: Int) {
    let entries = Swift.max(minimumCapacity, stored.count)
    if entries <= Self.unindexed {
      slots = []
      removedSlots = 0
      return
    }
    let room = entries < 1 << 16 ? entries * 4 : entries * 2
    var size = 8
    while size < room * 2 { size <<= 1 }
    if stored.capacity < room { stored.reserveCapacity(room) }
    reindex(size: size)
  }

  /// A new index of `size` slots (a power of two) for the entries.
  private mutating func reindex(size: Int) {
    var fresh = ContiguousArray<Int32>(repeating: 0, count: size)
    let mask = size - 1
    fresh.withUnsafeMutableBufferPointer { index in
      stored.withUnsafeBufferPointer { entries in
        // (By position, reading the hash only: a copied entry is copied field by field.)
        for e in entries.indices {
          var slot = entries[e].hash & mask
          while index[slot] != 0 { slot = (slot + 1) & mask }
          index[slot] = Int32(truncatingIfNeeded: e + 1)
        }
      }
    }
    slots = fresh
    removedSlots = 0
  }

  @discardableResult public mutating func removeValue(forKey key: HashKey) -> Entry? {
    let (slot, found) = find(key, Self.hash(key))
    guard let found else { return nil }
    return remove(at: found, slot: slot)
  }

  /// Removes the entry at `position` (found by the caller: see `PyDict.position(comparing:)`).
  @discardableResult mutating func removeEntry(at position: Int) -> Entry {
    let (hash, key) = (stored[position].hash, stored[position].key)
    return remove(at: position, slot: find(hash) { HashKey.identical($0, key) }.slot)
  }

  /// Removes the entry at `found`, which index slot `slot` points at (-1: no index).
  private mutating func remove(at found: Int, slot: Int) -> Entry {
    let entry = stored[found].entry
    guard slot >= 0 else {
      stored.remove(at: found)
      return entry
    }
    slots[slot] = -1
    removedSlots += 1
    stored.remove(at: found)
    if found < stored.count {
      // The later entries moved down one place.
      let moved = Int32(truncatingIfNeeded: found + 1)
      slots.withUnsafeMutableBufferPointer { index in
        for i in index.indices where index[i] > moved { index[i] -= 1 }
      }
    }
    if removedSlots * 4 > slots.count { rebuild(minimumCapacity: stored.count) }
    return entry
  }

  public mutating func removeLast() {
    guard let last = stored.last else { return }
    removeValue(forKey: last.key)
  }

  public mutating func removeAll() {
    stored.removeAll()
    slots.removeAll()
    removedSlots = 0
    hasCustomKeys = false
  }
}

extension DictTable {
  /// The value stored under `key`.
  @inline(__always) public func value(forKey key: HashKey) -> Value? {
    guard let i = index(forKey: key) else { return nil }
    // (The value alone copied out: `stored[i].entry.value` copied the key too.)
    return stored.withUnsafeBufferPointer { $0[i].entry.value }
  }

  /// Stores `value` under `key`: an existing entry keeps its key object, as in Python.
  @inline(__always) public mutating func set(_ hashKey: HashKey, key: Value, value: Value) {
    insert(hashKey, (key, value), orUpdate: { $0.value = value })
  }

  /// `set` for a key that is an int or an exact str, found without making its `HashKey` (made
  /// only when the key is new): `counts[ch] = n` on a key already there changes the value
  /// alone.
  @inline(__always) mutating func set(key: Value, value: Value) -> Bool {
    // (Where a lookup may run `__eq__`, `PyDict.set` finds the entry.)
    guard !hasCustomKeys else { return false }
    let (slot, found, hash): (Int, Int?, Int)
    let newKey: HashKey
    switch key {
    case .int(let i):
      (slot, found, hash) = find(int: i)
      if let found {
        stored[found].entry.value = value
        return true
      }
      newKey = .int(i)
    case .object(let o) where o.isExactly(PyStr.self):
      let text = unsafeDowncast(o, to: PyStr.self)
      (slot, found, hash) = find(text: text)
      if let found {
        stored[found].entry.value = value
        return true
      }
      newKey = .text(text.textKey)
    default:
      return false
    }
    append(newKey, hash, (key, value), at: slot)
    return true
  }

  /// The value of the entry at `position` replaced.
  public mutating func setValue(_ value: Value, at position: Int) {
    stored[position].entry.value = value
  }
}
