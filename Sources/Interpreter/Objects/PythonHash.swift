import BigInt

/// Python's `hash()` of a value, as CPython 3.11 computes it for numbers, tuples and
/// frozensets (so a set of them is laid out, and iterates, as CPython's is). Numbers that are
/// equal hash alike: an int modulo 2**61 - 1, a float by the same reduction of its exact
/// value. A str hashes by NumBook's own function (CPython's is randomised per process), and
/// an object by a serial number it gets when first hashed (CPython's uses its address), so
/// sets of them iterate in the same order on every run.
public enum PythonHash {
  /// 2**61 - 1, the prime CPython reduces numbers by.
  static let modulus: UInt = (1 << 61) - 1
  private static let bits: UInt = 61
  /// `hash(float('inf'))`.
  private static let infinity = 314_159
  /// `hash(None)` (CPython 3.12's constant; 3.11 hashed None's address).
  private static let none = 0xFCA8_6420
  nonisolated(unsafe) private static var lastSerial = 0

  /// The hash of `value`, whose key is `key` (`HashKey.from(value)`).
  public static func of(_ value: Value, key: HashKey) -> Int {
    switch key {
    case .int(let i): return int(i)
    case .float(let bits): return double(Double(bitPattern: bits))
    case .text(let text): return text.hash
    case .none: return none
    case .custom(let key): return reserved(key.hash)
    case .identity(let id):
      if case .object(let o) = value, ObjectIdentifier(o) == id { return object(o) }
      return reserved(Int(bitPattern: UInt(bitPattern: id) >> 4))
    case .set(let keys):
      if let set = value.as(PySet.self) { return set.storage.frozensetHash }
      return frozenset(keys.map { of(.none, key: $0) })
    case .tuple(let keys):
      if let items = value.as(PyTuple.self)?.items, items.count == keys.count {
        return tuple(zip(items, keys).map { of($0, key: $1) })
      }
      if let big = value.as(PyBigInt.self) { return bigInt(big.value) }
      if let c = value.as(PyComplex.self) {
        // CPython's: the real part's hash plus 1000003 times the imaginary part's.
        let combined =
          UInt(bitPattern: double(c.real)) &+ 1_000_003 &* UInt(bitPattern: double(c.imag))
        return reserved(Int(bitPattern: combined))
      }
      return tuple(keys.map { of(.none, key: $0) })
    }
  }

  /// CPython never gives -1 (its error code): -2 instead.
  @inline(__always) private static func reserved(_ h: Int) -> Int { h == -1 ? -2 : h }

  @inline(__always) public static func int(_ i: Int) -> Int {
    if i >= 0 {
      return i < Int(modulus) ? i : Int(UInt(i) % modulus)
    }
    let reducedMagnitude = Int(i.magnitude % modulus)
    return reserved(-reducedMagnitude)
  }

  static func bigInt(_ value: BigInt) -> Int {
    let reduced = Int(value.magnitude % BigUInt(modulus))
    return value.sign == .minus ? reserved(-reduced) : reduced
  }

  /// `_Py_HashDouble`: the float's exact value reduced modulo 2**61 - 1, 28 bits at a time.
  static func double(_ v: Double) -> Int {
    guard v.isFinite else { return v.isNaN ? 0 : (v > 0 ? infinity : -infinity) }
    var e = Int(v.exponent) + 1  // frexp's exponent: v = m * 2**e with 0.5 <= |m| < 1
    var m = v.magnitude.significandForFrexp
    if v == 0 { return 0 }
    var x: UInt = 0
    while m != 0 {
      x = ((x << 28) & modulus) | x >> (bits - 28)
      m *= 268_435_456.0
      e -= 28
      let y = UInt(m)
      m -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    let shift = e >= 0 ? UInt(e) % bits : bits - 1 - UInt(-1 - e) % bits
    x = ((x << shift) & modulus) | x >> (bits - shift)
    let signed = v < 0 ? 0 &- x : x
    return reserved(Int(bitPattern: signed))
  }

  /// `tuplehash`: xxHash's round over the items' hashes.
  static func tuple(_ hashes: [Int]) -> Int {
    let prime1: UInt = 11_400_714_785_074_694_791
    let prime2: UInt = 14_029_467_366_897_019_727
    let prime5: UInt = 2_870_177_450_012_600_261
    var acc = prime5
    for h in hashes {
      acc = acc &+ UInt(bitPattern: h) &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* prime1
    }
    acc = acc &+ (UInt(hashes.count) ^ (prime5 ^ 3_527_539))
    return acc == UInt.max ? 1_546_275_796 : Int(bitPattern: acc)
  }

  /// `frozenset_hash`: the shuffled bits of every element's hash xor-ed, then the count.
  static func frozenset(_ hashes: [Int]) -> Int {
    func shuffled(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
    var hash: UInt = 0
    for h in hashes { hash ^= shuffled(UInt(bitPattern: h)) }
    hash ^= (UInt(hashes.count) + 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    return hash == UInt.max ? 590_923_713 : Int(bitPattern: hash)
  }

  /// An object's serial number, given the first time it is hashed.
  static func object(_ o: PyObject) -> Int {
    if o.hashSerial == 0 {
      lastSerial += 1
      o.hashSerial = lastSerial
    }
    return o.hashSerial
  }
}

extension Double {
  /// The significand scaled into [0.5, 1), as C's `frexp` gives it.
  fileprivate var significandForFrexp: Double {
    guard isFinite, self != 0 else { return self }
    return Double(sign: .plus, exponent: -1, significand: significand)
  }
}
