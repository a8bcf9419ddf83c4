/// The key under which a value is stored in a dict or set, with Python's equalities:
/// `1 == 1.0 == True` share a key, strings by content, tuples by their items, other objects
/// by identity unless they define their own.
public enum HashKey: Hashable {
  case none
  case int(Int)
  case float(UInt64)
  /// A str, with its hash computed once (`PyStr` keeps it: a dict lookup by the same string
  /// object does not hash the text again).
  case text(TextKey)
  case tuple([HashKey])
  /// A frozenset: equal to another with the same elements, in any order.
  case set(Set<HashKey>)
  case identity(ObjectIdentifier)
  /// An object of a class with its own `__hash__`: stored under that hash, and equal to
  /// another key only when `__eq__` says so (objects whose hashes collide stay apart, as in
  /// Python).
  case custom(CustomKey)

  /// The key of a str.
  public static func string(_ text: String) -> HashKey { .text(TextKey(text)) }

  /// The text of a str key.
  public var string: String? {
    if case .text(let key) = self { return key.text }
    return nil
  }

  public static func from(_ value: Value, _ interp: Interpreter) throws(PyException) -> HashKey {
    switch value {
    case .none: return .none
    case .bool(let b): return .int(b ? 1 : 0)
    case .int(let i): return .int(i)
    case .float(let d):
      if d == d.rounded(), abs(d) < 9.2e18 { return .int(Int(d)) }
      return .float(d.bitPattern)
    case .object(let o):
      guard let key = try o.hashKey(interp) else {
        throw .typeError("unhashable type: '\(o.typeName)'")
      }
      return key
    }
  }

  /// The hash a dict's table uses. Ints and strings (nearly every key) are hashed here by a
  /// multiply-xor over their bits and bytes instead of SipHash: several times cheaper for
  /// the short keys of learner code. (Python's own str hashes are randomised per process
  /// too; nothing observable depends on these values, and set order has its own model.)
  public func _rawHashValue(seed: Int) -> Int {
    let s = UInt64(bitPattern: Int64(seed))
    switch self {
    case .int(let i): return HashKey.finalized(UInt64(bitPattern: Int64(i)) ^ s)
    case .text(let key): return HashKey.finalized(UInt64(bitPattern: Int64(key.hash)) ^ s)
    case .custom(let key): return HashKey.finalized(UInt64(bitPattern: Int64(key.hash)) ^ s)
    default:
      // (Not `hashValue`: by default that calls back into this method.)
      var hasher = Hasher()
      hasher.combine(seed)
      hash(into: &hasher)
      return hasher.finalize()
    }
  }

  /// MurmurHash3's 64-bit finalizer: every input bit reaches the low bits a table uses.
  @inline(__always) static func finalized(_ x: UInt64) -> Int {
    var k = x
    k ^= k >> 33
    k &*= 0xff51_afd7_ed55_8ccd
    k ^= k >> 33
    k &*= 0xc4ce_b9fe_1a85_ec53
    k ^= k >> 33
    return Int(bitPattern: UInt(k))
  }

  /// A multiply-xor over the bytes, eight at a time, then the tail, then the length; and
  /// whether every byte is ASCII, found in the same pass.
  @inline(__always) static func bytesHashAndASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, _ seed: UInt64
  ) -> (hash: UInt64, isASCII: Bool) {
    var h = seed ^ 0x9e37_79b9_7f4a_7c15
    let count = bytes.count
    guard let base = bytes.baseAddress else { return (h, true) }
    var i = 0
    var high: UInt64 = 0
    while i + 8 <= count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      high |= word
      h = (h ^ word) &* 0x100_0000_01b3
      h = (h << 31) | (h >> 33)
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < count {
      tail |= UInt64(base[i]) << shift
      shift += 8
      i += 1
    }
    high |= tail
    h = (h ^ tail) &* 0x100_0000_01b3
    return (h ^ UInt64(count), high & 0x8080_8080_8080_8080 == 0)
  }

  /// `bytesHashAndASCII`'s hash (seed 0) of the `count` (at most 15) bytes held from the low
  /// end of these two words: a short text in Swift's small form.
  @inline(__always) static func shortASCIIHash(_ words: (UInt64, UInt64), count: Int) -> UInt64 {
    var h: UInt64 = 0x9e37_79b9_7f4a_7c15
    var tail = words.0
    var rest = count
    if count >= 8 {
      h = (h ^ words.0) &* 0x100_0000_01b3
      h = (h << 31) | (h >> 33)
      tail = words.1
      rest = count - 8
    }
    // (`rest` is at most 7: the mask never shifts by 64.)
    tail &= (1 << UInt64(8 * rest)) &- 1
    h = (h ^ tail) &* 0x100_0000_01b3
    return h ^ UInt64(count)
  }

  /// One value fed to the hasher per key (the synthesized form also feeds the case).
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .none: hasher.combine(0x6e6f6e65 as UInt32)
    case .int(let i): hasher.combine(i)
    case .float(let bits): hasher.combine(bits)
    case .text(let key): hasher.combine(key.hash)
    case .tuple(let items):
      hasher.combine(items.count)
      for item in items { item.hash(into: &hasher) }
    case .set(let items): hasher.combine(items)
    case .identity(let id): hasher.combine(id)
    // (As an int key of the same hash: a custom key may equal an int.)
    case .custom(let key): hasher.combine(key.hash)
    }
  }

  /// Python's equality of keys: by value for the built-in kinds, by `__eq__` for a custom key
  /// (against another custom key, or an int or str of its hash: the plain keys hashed alike).
  public static func == (a: HashKey, b: HashKey) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.text(let x), .text(let y)): return x == y
    case (.tuple(let x), .tuple(let y)): return x == y
    case (.set(let x), .set(let y)): return x == y
    case (.identity(let x), .identity(let y)): return x == y
    case (.custom(let x), .custom(let y)):
      return x.object === y.object || (x.hash == y.hash && x.equals(.object(y.object)))
    case (.custom, .int(let i)): return custom(a, equalsInt: i)
    case (.int(let i), .custom): return custom(b, equalsInt: i)
    case (.custom(let k), .text(let t)), (.text(let t), .custom(let k)):
      return k.hash == t.hash && k.equals(.str(t.text))
    default: return false
    }
  }

  /// Whether the key is, or holds, an object with its own `__hash__` (comparing with it may run
  /// Python code).
  var holdsCustom: Bool {
    switch self {
    case .custom: return true
    case .tuple(let items): return items.contains { $0.holdsCustom }
    case .set(let items): return items.contains { $0.holdsCustom }
    default: return false
    }
  }

  /// The same key: an object's by identity, the built-in kinds by value (no `__eq__` run,
  /// except for a frozenset holding objects with their own).
  static func identical(_ a: HashKey, _ b: HashKey) -> Bool {
    switch (a, b) {
    case (.custom(let x), .custom(let y)): return x.object === y.object
    case (.custom, _), (_, .custom): return false
    case (.tuple(let x), .tuple(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
    default: return a == b
    }
  }

  /// Whether `key` is a custom key equal to the int `i` (its hash is `i` and its `__eq__`
  /// agrees): the tables' int lookups, which make no key for `i`, ask this.
  @inline(__always) static func custom(_ key: HashKey, equalsInt i: Int) -> Bool {
    guard case .custom(let k) = key, k.hash == i else { return false }
    return k.equals(.int(i))
  }
}

/// The key of an object whose class defines `__hash__`: the hash it returned, and the object,
/// compared by its `__eq__` in the interpreter that made the key (an exception there counts
/// as unequal).
public struct CustomKey {
  let hash: Int
  let object: PyObject
  unowned(unsafe) let interp: Interpreter

  func equals(_ other: Value) -> Bool {
    (try? interp.equals(.object(object), other)) ?? false
  }
}

/// A str's dict and set key: its text and a hash of the text computed once.
public struct TextKey: Hashable {
  public let text: String
  let hash: Int
  /// Every character is ASCII: Swift's `==` is then code point equality (see `==`).
  let isASCII: Bool

  public init(_ text: String) {
    self.text = text
    (hash, isASCII) = TextKey.hashAndASCII(of: text)
  }

  init(_ text: String, hash: Int, isASCII: Bool) {
    self.text = text
    self.hash = hash
    self.isASCII = isASCII
  }

  /// The hash (see `kept(_:)`), and whether the text is ASCII, in one pass over its bytes.
  static func hashAndASCII(of text: String) -> (hash: Int, isASCII: Bool) {
    // A short ASCII text hashed from the value's own two words (`withUTF8` copied it out
    // first: about 100 instructions for a key such as '123').
    if let hash = shortTextHash(unsafeBitCast(text, to: (UInt64, UInt64).self)) {
      return (hash, true)
    }
    var text = text
    return text.withUTF8 {
      let (hash, ascii) = HashKey.bytesHashAndASCII($0, 0)
      return (kept(hash), ascii)
    }
  }

  /// The hash a str keeps from the multiply-xor over its bytes: mixed, so that its low bits
  /// serve a set's table, and never 0 (a str keeps 0 for "not yet worked out") or -1 (never
  /// a Python hash). It is the str's Python `hash()`, so an object whose `__hash__` returns
  /// it lands where the str does in a dict's table, as an int's hash does for an int.
  @inline(__always) static func kept(_ bytesHash: UInt64) -> Int {
    let h = HashKey.finalized(bytesHash)
    return h == 0 ? 1 : h == -1 ? -2 : h
  }

  /// The hash of a short ASCII text held in Swift's small form, from the String's two words
  /// (nil for any other text).
  @inline(__always) static func shortTextHash(_ words: (UInt64, UInt64)) -> Int? {
    guard let count = UTF8Text.shortASCIICount(words, smallForm: UTF8Text.smallFormHolds) else {
      return nil
    }
    return kept(HashKey.shortASCIIHash(words, count: count))
  }

  /// The same code points. Swift's `==` on String takes canonically equivalent texts as equal
  /// ("é" and "e\u{301}"); an ASCII text is equivalent to itself alone, so its `==` (which
  /// answers at once for the same storage) is the answer, and other texts compare bytes.
  public static func == (a: TextKey, b: TextKey) -> Bool {
    guard a.hash == b.hash else { return false }
    return a.isASCII ? a.text == b.text : PyStr.sameText(a.text, b.text)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
