#if canImport(Glibc)
  import Glibc
#endif

/// numpy's legacy `RandomState`: the distributions `np.random.*` draws from, on MT19937, in
/// numpy's order of draws, so a seed gives numpy's numbers bit for bit.
public struct RandomState: Sendable {
  var generator: MT19937
  /// The second value of the last polar-method pair (numpy's `has_gauss`).
  private var cachedGaussian: Double?

  public init(seed: UInt32) {
    generator = MT19937(seed: seed)
  }

  public mutating func seed(_ value: UInt32) {
    generator = MT19937(seed: value)
    cachedGaussian = nil
  }

  /// `seed([a, b, ...])`: MT19937's `init_by_array`, as numpy seeds from a sequence.
  public mutating func seed(words: [UInt32]) {
    generator = MT19937(key: words)
    cachedGaussian = nil
  }

  /// The generator's words and position, and the pending second normal if there is one
  /// (numpy's `get_state()` tuple after its name).
  public var savedState: (key: [UInt32], position: Int, gaussian: Double?) {
    get {
      let (key, position) = generator.words
      return (key, position, cachedGaussian)
    }
    set {
      generator = MT19937(words: newValue.key, position: newValue.position)
      cachedGaussian = newValue.gaussian
    }
  }

  /// `random_sample`: uniform on [0, 1).
  public mutating func uniform() -> Double { generator.nextDouble() }

  /// `count` uniform draws into `p`, as `count` calls of `uniform` make them.
  public mutating func uniform(into p: UnsafeMutablePointer<Double>, count: Int) {
    generator.fillDoubles(p, count: count)
  }

  /// `count` normal draws into `p`, as `count` calls of `gaussian` make them.
  public mutating func gaussian(into p: UnsafeMutablePointer<Double>, count: Int) {
    for i in 0..<count { p[i] = gaussian() }
  }

  /// `legacy_gauss`: the polar method, returning the second of each pair first.
  public mutating func gaussian() -> Double {
    if let g = cachedGaussian {
      cachedGaussian = nil
      return g
    }
    var x1 = 0.0
    var x2 = 0.0
    var r2 = 0.0
    repeat {
      x1 = 2 * generator.nextDouble() - 1
      x2 = 2 * generator.nextDouble() - 1
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1 || r2 == 0
    let f = sqrt(-2 * log(r2) / r2)
    cachedGaussian = f * x1
    return f * x2
  }

  /// An integer in [low, high) (`randint`): masked rejection sampling on 32-bit draws when
  /// the range fits, as numpy's legacy path does.
  public mutating func integer(low: Int, high: Int) -> Int {
    let range = UInt64(bitPattern: Int64(high &- low &- 1))
    if range == 0 { return low }
    if range <= 0xffff_ffff {
      if range == 0xffff_ffff { return low &+ Int(generator.next32()) }
      let mask = UInt32(RandomState.mask(range))
      var value: UInt32
      repeat { value = generator.next32() & mask } while UInt64(value) > range
      return low &+ Int(value)
    }
    let mask = RandomState.mask(range)
    var value: UInt64
    repeat { value = next64() & mask } while value > range
    return low &+ Int(bitPattern: UInt(value))
  }

  /// `count` integers in [low, high) (`randint(low, high, size)`) written at `out`, drawn as
  /// `integer(low:high:)` draws them (one access to the generator for the whole run, not one
  /// a value, and no array of Ints between).
  public mutating func integers(
    low: Int, high: Int, into out: UnsafeMutablePointer<Int64>, count: Int
  ) {
    for i in 0..<count { out[i] = Int64(integer(low: low, high: high)) }
  }

  /// `count` integers in [low, high) within 0...255 (`randint(..., dtype=np.uint8)`): numpy
  /// draws 32 bits at a time and spends them a byte at a time, low byte first, with masked
  /// rejection.
  public mutating func bytes(low: Int, high: Int, count: Int) -> [Int] {
    let range = UInt32(high - low - 1)
    if range == 0 { return Array(repeating: low, count: count) }
    let mask = UInt32(RandomState.mask(UInt64(range)))
    var buffer: UInt32 = 0
    var left = 0
    func byte() -> UInt32 {
      if left == 0 {
        buffer = generator.next32()
        left = 3
      } else {
        buffer >>= 8
        left -= 1
      }
      return buffer & 0xff
    }
    return (0..<count).map { _ in
      if range == 0xff { return low + Int(byte()) }
      var value: UInt32
      repeat { value = byte() & mask } while value > range
      return low + Int(value)
    }
  }

  /// `count` booleans in [low, high) (`randint(0, 2, dtype=bool)`): one bit of a 32-bit draw
  /// each, lowest first.
  public mutating func bits(low: Int, high: Int, count: Int) -> [Int] {
    if high - low - 1 == 0 { return Array(repeating: low, count: count) }
    var buffer: UInt32 = 0
    var left = 0
    return (0..<count).map { _ in
      if left == 0 {
        buffer = generator.next32()
        left = 31
      } else {
        buffer >>= 1
        left -= 1
      }
      return Int(buffer & 1)
    }
  }

  /// `random_interval(max)`: a value in [0, max], used by `shuffle` and `permutation`.
  public mutating func interval(_ max: Int) -> Int {
    if max <= 0 { return 0 }
    let mask = RandomState.mask(UInt64(max))
    if max <= 0xffff_ffff { return masked32(max, mask) }
    var value: UInt64
    repeat { value = next64() & mask } while value > UInt64(max)
    return Int(value)
  }

  /// Fisher-Yates over `count` 8-byte items in place, drawing as numpy's legacy `shuffle`
  /// does (`random_interval(i)` for i from count - 1 down to 1): `permutation(n)` and the
  /// shuffle of a flat int64 or float64 array, without a closure call per swap.
  public mutating func shuffle(_ items: UnsafeMutablePointer<UInt64>, count: Int) {
    guard count > 1 else { return }
    // `interval`'s mask for each i, kept as i falls (it halves when i drops below its half).
    var mask = RandomState.mask(UInt64(count - 1))
    for i in stride(from: count - 1, through: 1, by: -1) {
      while mask >> 1 >= UInt64(i) { mask >>= 1 }
      let j = i <= 0xffff_ffff ? masked32(i, mask) : interval(i)
      let t = items[i]
      items[i] = items[j]
      items[j] = t
    }
  }

  /// A value in [0, max] from 32-bit draws under `mask` (`max`'s smallest covering mask),
  /// the rejected ones drawn again.
  @inline(__always) private mutating func masked32(_ max: Int, _ mask: UInt64) -> Int {
    var value: UInt64
    repeat { value = UInt64(generator.next32()) & mask } while value > UInt64(max)
    return Int(value)
  }

  private mutating func next64() -> UInt64 {
    (UInt64(generator.next32()) << 32) | UInt64(generator.next32())
  }

  /// The smallest all-ones bit mask covering `value`.
  static func mask(_ value: UInt64) -> UInt64 {
    var m = value
    m |= m >> 1
    m |= m >> 2
    m |= m >> 4
    m |= m >> 8
    m |= m >> 16
    m |= m >> 32
    return m
  }
}
