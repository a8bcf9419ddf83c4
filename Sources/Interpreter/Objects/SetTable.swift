/// A set's hash table, slot for slot as CPython's (Objects/setobject.c), so that a set
/// iterates in CPython's order: open addressing over `PythonHash` values, 8 slots to start,
/// ten linear probes then perturbed jumps, "dummy" slots left by removals (reused by later
/// additions), growth to four times the count when three fifths full, and CPython's rules
/// for copies, merges and `pop`. Iteration is in slot order.
public struct SetTable {
  /// An element: the value as it was added, its key and its hash.
  public struct Entry {
    public var element: Value
    public var key: HashKey
    public var hash: Int
  }

  /// A slot: the index of its entry, or `empty`, or `dummy`, and the entry's hash (compared
  /// before the key, as CPython's slots hold it).
  private struct Slot {
    var index: Int32
    var hash: Int
  }

  private static let empty: Int32 = -1
  private static let dummy: Int32 = -2
  private static let emptySlot = Slot(index: empty, hash: 0)
  private static let linearProbes = 9
  private static let minimumSize = 8

  private var slots = [Slot](repeating: SetTable.emptySlot, count: SetTable.minimumSize)
  /// The entries the slots point at; a removed one holds None (`drop(at:)`) until the
  /// entries are compacted. Empty while `intsOnly`.
  private var entries: [Entry] = []
  /// While every element is an int (most sets of learner code), the entries are these ints
  /// alone: 8 bytes each, copied as bits (an `Entry` is 56 bytes, copied through the outlined
  /// copies of two enums), a removed one left as it is.
  private var ints: [Int] = []
  private var intsOnly = true
  /// Some element is an object with its own `__hash__`, which may equal a str that
  /// `contains(text:)` does not find (`PySet.contains` asks its `__eq__`).
  private(set) var hasCustomKeys = false
  /// Active elements (CPython's `used`).
  public private(set) var count = 0
  /// Active and dummy slots (CPython's `fill`).
  private var fill = 0
  /// Where `pop` starts looking.
  private var finger = 0

  public init() {}

  private var mask: Int { slots.count - 1 }
  public var isEmpty: Bool { count == 0 }

  /// How many entries are stored, removed ones included (the index the next one gets).
  private var storedCount: Int { intsOnly ? ints.count : entries.count }

  /// The entry a slot points at.
  @inline(__always) private func entry(at slot: Slot) -> Entry {
    guard intsOnly else { return entries[Int(slot.index)] }
    let i = ints[Int(slot.index)]
    return Entry(element: .int(i), key: .int(i), hash: slot.hash)
  }

  /// Whether the key of the entry at `index` `matches`.
  @inline(__always) private func key(at index: Int, _ matches: (HashKey) -> Bool) -> Bool {
    intsOnly ? matches(.int(ints[index])) : matches(entries[index].key)
  }

  /// The entries in table (iteration) order.
  public var orderedEntries: [Entry] {
    var out: [Entry] = []
    out.reserveCapacity(count)
    for s in slots where s.index >= 0 { out.append(entry(at: s)) }
    return out
  }

  /// Lends each entry to `body` in table (iteration) order: no array made, no entry copied
  /// unless `body` keeps it.
  @inline(__always) public func forEachEntry(_ body: (Entry) -> Void) {
    if intsOnly {
      ints.withUnsafeBufferPointer { ints in
        for s in slots where s.index >= 0 {
          let i = ints[Int(s.index)]
          body(Entry(element: .int(i), key: .int(i), hash: s.hash))
        }
      }
      return
    }
    entries.withUnsafeBufferPointer { entries in
      for s in slots where s.index >= 0 { body(entries[Int(s.index)]) }
    }
  }

  /// The elements in iteration order.
  public var elements: [Value] { orderedEntries.map(\.element) }

  public var keys: [HashKey] { orderedEntries.map(\.key) }

  /// `hash(frozenset)`.
  var frozensetHash: Int { PythonHash.frozenset(orderedEntries.map(\.hash)) }

  /// A new table with these elements, laid out as CPython's `set.copy()` lays them out.
  public var copied: SetTable {
    var copy = SetTable()
    copy.merge(self)
    return copy
  }

  public func contains(_ entry: Entry) -> Bool { slot(of: entry.key, hash: entry.hash) != nil }

  /// The slot holding an element equal to `key` (`set_lookkey`); an int key is compared as an
  /// int.
  @inline(__always) private func slot(of key: HashKey, hash: Int) -> Int? {
    if case .int(let i) = key { return slot(hash: hash) { SetTable.isInt($0, i) } }
    return slot(hash: hash) { $0 == key }
  }

  /// The next slot of a probe sequence: after the ten of a linear run, a perturbed jump.
  @inline(__always) private static func jump(
    from i: Int, _ perturb: inout UInt, mask: Int
  ) -> Int {
    perturb >>= 5
    return Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
  }

  /// The slot holding the element whose key `matches` (among those with the hash).
  @inline(__always)
  private func slot(hash: Int, matching matches: (HashKey) -> Bool) -> Int? {
    if intsOnly {
      return ints.withUnsafeBufferPointer { ints in
        probe(hash: hash) { matches(.int(ints[$0])) }
      }
    }
    return entries.withUnsafeBufferPointer { entries in
      probe(hash: hash) { matches(entries[$0].key) }
    }
  }

  /// The slot with the hash whose entry (by index) `matches`.
  @inline(__always)
  private func probe(hash: Int, matching matches: (Int) -> Bool) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var perturb = UInt(bitPattern: hash)
      var i = Int(perturb & UInt(mask))
      while true {
        let last = i + SetTable.linearProbes <= mask ? i + SetTable.linearProbes : i
        var j = i
        while j <= last {
          let s = slots[j]
          if s.index == SetTable.empty { return nil }
          if s.hash == hash, s.index >= 0, matches(Int(s.index)) { return j }
          j += 1
        }
        i = SetTable.jump(from: i, &perturb, mask: mask)
      }
    }
  }

  /// Whether a key is the int `i` (an equal float's or bool's key is one too).
  @inline(__always) private static func isInt(_ key: HashKey, _ i: Int) -> Bool {
    if case .int(let j) = key { return j == i }
    return HashKey.custom(key, equalsInt: i)
  }

  /// Whether the int `i` (or an equal float or bool) is there: no key made. Mutating only so
  /// that it runs on the table where it lies (it changes nothing): a read of a set's table
  /// copies its arrays (a retain and a release each) unless the optimizer proves the lookup
  /// leaves them alone.
  @inline(__always) public mutating func contains(int i: Int) -> Bool {
    slot(hash: PythonHash.int(i)) { SetTable.isInt($0, i) } != nil
  }

  /// Whether the str `text` is there: no key made (its kept hash, its text compared in place;
  /// mutating only to run on the table where it lies, as `contains(int:)`).
  @inline(__always) public mutating func contains(text: PyStr) -> Bool {
    let textHash = text.keptTextHash
    return slot(hash: textHash) { text.isKey($0, textHash: textHash) } != nil
  }

  /// `add` of the int `i`: no key made unless it is new.
  @discardableResult
  @inline(__always) public mutating func add(int i: Int) -> Bool {
    let hash = PythonHash.int(i)
    return add(Entry(element: .int(i), key: .int(i), hash: hash), hash: hash) {
      SetTable.isInt($0, i)
    }
  }

  /// `discard` of the int `i`: no key made.
  @discardableResult
  @inline(__always) public mutating func discard(int i: Int) -> Bool {
    guard let j = slot(hash: PythonHash.int(i), matching: { SetTable.isInt($0, i) }) else {
      return false
    }
    drop(at: j)
    return true
  }

  /// Whether an element with this key and hash is there.
  public func contains(key: HashKey, hash: Int) -> Bool { slot(of: key, hash: hash) != nil }

  /// Adds the element unless an equal one is there (`set_add_entry`); true when added.
  @discardableResult
  public mutating func add(_ entry: Entry) -> Bool {
    // An int's entry made anew from it (a copy of an entry goes through the outlined copies
    // of its two enums).
    if case .int(let i) = entry.element {
      return add(Entry(element: .int(i), key: .int(i), hash: entry.hash), hash: entry.hash) {
        SetTable.isInt($0, i)
      }
    }
    if case .int(let i) = entry.key {
      return add(entry, hash: entry.hash) { SetTable.isInt($0, i) }
    }
    return add(entry, hash: entry.hash) { $0 == entry.key }
  }

  /// `add` of the entry made by `entry`, found by its hash and the key it `matches`.
  @inline(__always)
  private mutating func add(
    _ entry: @autoclosure () -> Entry, hash: Int, matching matches: (HashKey) -> Bool
  ) -> Bool {
    if storedCount >= 2 * slots.count { compactEntries() }
    let mask = self.mask
    var perturb = UInt(bitPattern: hash)
    var i = Int(perturb & UInt(mask))
    var freeSlot: Int? = nil
    while true {
      let last = i + SetTable.linearProbes <= mask ? i + SetTable.linearProbes : i
      for j in i...last {
        let s = slots[j]
        if s.index == SetTable.empty {
          let slot = Slot(index: Int32(storedCount), hash: hash)
          store(entry())
          count += 1
          // The last dummy slot passed on the way is reused.
          if let freeSlot {
            slots[freeSlot] = slot
            return true
          }
          slots[j] = slot
          fill += 1
          if fill * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
          return true
        }
        if s.index == SetTable.dummy {
          freeSlot = j
        } else if s.hash == hash, key(at: Int(s.index), matches) {
          return false
        }
      }
      i = SetTable.jump(from: i, &perturb, mask: mask)
    }
  }

  /// Appends an entry, the ints turned into entries first if it is the first other element.
  @inline(__always) private mutating func store(_ entry: Entry) {
    if intsOnly {
      if case .int(let i) = entry.element {
        ints.append(i)
        return
      }
      entries = ints.map { Entry(element: .int($0), key: .int($0), hash: PythonHash.int($0)) }
      ints = []
      intsOnly = false
    }
    if case .custom = entry.key { hasCustomKeys = true }
    entries.append(entry)
  }

  /// Removes the element equal to `entry`'s key, leaving a dummy slot (`set_discard_entry`).
  @discardableResult
  public mutating func discard(_ entry: Entry) -> Bool {
    guard let j = slot(of: entry.key, hash: entry.hash) else { return false }
    drop(at: j)
    return true
  }

  /// Empties a slot into a dummy, its entry released where it lies (no copy of it made and
  /// dropped: half of what `s.discard(i)` cost).
  private mutating func drop(at j: Int) {
    let index = Int(slots[j].index)
    if !intsOnly {
      entries.withUnsafeMutableBufferPointer {
        $0[index] = Entry(element: .none, key: .none, hash: 0)
      }
    }
    slots[j] = Slot(index: SetTable.dummy, hash: -1)
    count -= 1
  }

  /// Empties a slot into a dummy and returns its entry.
  private mutating func remove(at j: Int) -> Entry? {
    let removed = entry(at: slots[j])
    drop(at: j)
    return removed
  }

  /// Removes and returns the first element from the finger on (`set_pop`).
  public mutating func pop() -> Entry? {
    guard count > 0 else { return nil }
    var j = finger & mask
    while slots[j].index < 0 { j = j == mask ? 0 : j + 1 }
    finger = j + 1
    return remove(at: j)
  }

  /// Takes another table's elements and layout, keeping this one's finger
  /// (`set_swap_bodies`, how `intersection_update` installs its result).
  public mutating func replaceContents(with other: SetTable) {
    let finger = self.finger
    self = other
    self.finger = finger
  }

  /// Empties the table back to 8 slots (the finger stays, as CPython's does).
  public mutating func removeAll() {
    slots = [Slot](repeating: SetTable.emptySlot, count: SetTable.minimumSize)
    entries = []
    ints = []
    intsOnly = true
    hasCustomKeys = false
    count = 0
    fill = 0
  }

  /// Adds another table's elements (`set_merge`): one resize first, then a copy of its slots
  /// when this table is empty and as large, clean insertions in its order when empty,
  /// ordinary additions otherwise.
  public mutating func merge(_ other: SetTable) {
    guard other.count > 0 else { return }
    if (fill + other.count) * 5 >= mask * 3 { resize((count + other.count) * 2) }
    if fill == 0 && mask == other.mask && other.fill == other.count {
      slots = other.slots
      entries = other.entries
      ints = other.ints
      intsOnly = other.intsOnly
      hasCustomKeys = other.hasCustomKeys
      fill = other.fill
      count = other.count
      return
    }
    if fill == 0 {
      // The other's entries shared (no removals there) or compacted, its slots put in this
      // table in its order.
      var source = other
      if source.storedCount != source.count { source.compactEntries() }
      entries = source.entries
      ints = source.ints
      intsOnly = source.intsOnly
      hasCustomKeys = source.hasCustomKeys
      for s in source.slots where s.index >= 0 { SetTable.insertClean(s, &slots) }
      fill = other.count
      count = other.count
      return
    }
    other.forEachEntry { add($0) }
  }

  /// Adds a dict's keys (`set_update_internal` for a dict): one resize first, then additions
  /// in the dict's order.
  public mutating func add(dictKeys: [Entry]) {
    if (fill + dictKeys.count) * 5 >= mask * 3 { resize((count + dictKeys.count) * 2) }
    for e in dictKeys { add(e) }
  }

  /// After removals: a rebuild when more than a quarter of the slots are dummies, as
  /// `set_difference_update` does.
  public mutating func purgeDummies() {
    if fill - count > mask / 4 { resize(count > 50000 ? count * 2 : count * 4) }
  }

  /// Rebuilds the table with the smallest power-of-two size above `minimumUsed` (at least
  /// 8), dropping dummies (`set_table_resize`). The slots are put in the new table in the old
  /// table's order (so the layout is CPython's); the entries stay where they are (their order
  /// is not the iteration order), compacted first when removals left holes.
  private mutating func resize(_ minimumUsed: Int) {
    var size = SetTable.minimumSize
    while size <= minimumUsed { size <<= 1 }
    if size == SetTable.minimumSize && slots.count == size && fill == count { return }
    if storedCount != count { compactEntries() }
    var newSlots = [Slot](repeating: SetTable.emptySlot, count: size)
    for s in slots where s.index >= 0 { SetTable.insertClean(s, &newSlots) }
    slots = newSlots
    fill = count
    // Room for as many as the table takes before it grows again (the array would otherwise
    // grow, moving every entry, several times in between).
    let capacity = Swift.max(count, size * 3 / 5)
    if intsOnly { ints.reserveCapacity(capacity) } else { entries.reserveCapacity(capacity) }
  }

  /// Drops removed entries, keeping the layout.
  private mutating func compactEntries() {
    if intsOnly {
      ints = compacted(ints)
    } else {
      entries = compacted(entries)
    }
  }

  /// The live ones of `stored` (the entries or the ints), the slots pointed at them anew.
  private mutating func compacted<T>(_ stored: [T]) -> [T] {
    var kept: [T] = []
    kept.reserveCapacity(count)
    for j in slots.indices where slots[j].index >= 0 {
      kept.append(stored[Int(slots[j].index)])
      slots[j].index = Int32(kept.count - 1)
    }
    return kept
  }

  /// Puts an index in the first empty slot of its probe sequence (`set_insert_clean`): the
  /// table has no dummies and no equal element.
  private static func insertClean(_ slot: Slot, _ slots: inout [Slot]) {
    let mask = slots.count - 1
    var perturb = UInt(bitPattern: slot.hash)
    var i = Int(perturb & UInt(mask))
    while true {
      let last = i + linearProbes <= mask ? i + linearProbes : i
      for j in i...last where slots[j].index == empty {
        slots[j] = slot
        return
      }
      i = jump(from: i, &perturb, mask: mask)
    }
  }
}
