/// A dict key that a variable's slot holds, when it is an int or an exact str: looked
/// at where the slot holds it, neither retained nor released, and a str's hash worked out
/// before any table is read (so that the table can be read in place: a call that might
/// change it, as working out a hash might seem to, makes the optimizer copy the table first,
/// a retain and a release of each of its two arrays).
///
/// Only for code that runs no Python code while it uses the key: the slot keeps the str
/// alive only while nothing can rebind it.
enum LocalKey {
  case int(Int)
  case text(Unmanaged<PyStr>, hash: Int)

  /// The key in `f`'s local slot `slot`, or nil when the slot holds anything else (or
  /// nothing).
  @inline(__always) init?(_ f: Frame, _ slot: Int) {
    switch f.slots[slot] {
    case .int(let i)?: self = .int(i)
    case .object?: self.init(text: f.unretainedObject(slot)!)
    default: return nil
    }
  }

  /// The key held at `p` (a global's slot), or nil when it holds anything else (or nothing).
  @inline(__always) init?(at p: UnsafeMutablePointer<Value?>) {
    switch p.pointee {
    case .int(let i)?: self = .int(i)
    case .object?: self.init(text: p.unretainedObject!)
    default: return nil
    }
  }

  /// The key `value` is, when it is an int or an exact str (which its holder keeps alive while
  /// the key is used).
  @inline(__always) init?(_ value: Value) {
    switch value {
    case .int(let i): self = .int(i)
    case .object(let o): self.init(text: Unmanaged.passUnretained(o))
    default: return nil
    }
  }

  /// The key of an exact str (nil for any other object).
  @inline(__always) private init?(text object: Unmanaged<PyObject>) {
    let text = object._withUnsafeGuaranteedRef { (o: PyObject) in
      o.isExactly(PyStr.self) ? Unmanaged.passUnretained(unsafeDowncast(o, to: PyStr.self)) : nil
    }
    guard let text else { return nil }
    self = .text(text, hash: text._withUnsafeGuaranteedRef { $0.keptTextHash })
  }
}

extension DictTable {
  /// The position of the entry for `key`, or nil. Mutating only so that it runs on the table
  /// where it lies (see `fastPosition(of:)`).
  @inline(__always) mutating func position(of key: LocalKey) -> Int? {
    switch key {
    case .int(let i): return find(int: i).entry
    case .text(let text, let hash):
      return text._withUnsafeGuaranteedRef { find(text: $0, textHash: hash).entry }
    }
  }

  /// Where `key` is (or would go) and its table hash. Mutating as `position(of:)` is.
  @inline(__always) mutating func find(_ key: LocalKey) -> (slot: Int, entry: Int?, hash: Int) {
    switch key {
    case .int(let i): return find(int: i)
    case .text(let text, let hash):
      return text._withUnsafeGuaranteedRef { find(text: $0, textHash: hash) }
    }
  }

  /// A new entry of `v` under `key` at `slot` (found by `find(_:)`, with the `hash` it gave;
  /// the key a new reference to the str).
  @inline(__always) mutating func append(
    _ v: Value, under key: LocalKey, hash: Int, at slot: Int
  ) {
    switch key {
    case .int(let i): append(.int(i), hash, (.int(i), v), at: slot)
    case .text(let text, _):
      // (Not `takeUnretainedValue`: the standard library's code retains atomically.)
      let str = text._withUnsafeGuaranteedRef { $0 }
      append(.text(str.textKey), hash, (.object(str), v), at: slot)
    }
  }

  /// Stores `v` under `key`: the value of the entry there replaced, or a new entry. Mutating
  /// as `position(of:)` is.
  @inline(__always) mutating func store(_ v: Value, at key: LocalKey) {
    let (slot, found, hash) = find(key)
    if let found {
      setValue(v, at: found)
    } else {
      append(v, under: key, hash: hash, at: slot)
    }
  }
}
