/// The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), as numpy's and Python's
/// generators run it: 624 words of state, tempered 32-bit outputs.
public struct MT19937: Sendable {
  static let n = 624
  static let m = 397
  private var key = [UInt32](repeating: 0, count: MT19937.n)
  private var position = MT19937.n

  /// Seeds with one 32-bit word (`init_genrand`; numpy's `RandomState.seed(int)`).
  public init(seed: UInt32) {
    var s = seed
    for i in 0..<MT19937.n {
      key[i] = s
      s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
    }
    position = MT19937.n
  }

  /// The 624 words and the position in them (numpy's `get_state()`, Python's `getstate()`).
  public var words: (key: [UInt32], position: Int) { (key, position) }

  /// A generator resumed from saved words (`set_state`, `setstate`).
  public init(words: [UInt32], position: Int) {
    key = words
    self.position = position
  }

  /// Seeds from an array of words (`init_by_array`; Python's `random.seed`).
  public init(key initKey: [UInt32]) {
    self.init(seed: 19_650_218)
    var i = 1
    var j = 0
    let n = MT19937.n
    for _ in 0..<max(n, initKey.count) {
      key[i] =
        (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_664_525)) &+ initKey[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
      if j >= initKey.count { j = 0 }
    }
    for _ in 0..<(n - 1) {
      key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
    }
    key[0] = 0x8000_0000
    position = n
  }

  /// The next tempered 32-bit output.
  public mutating func next32() -> UInt32 {
    if position >= MT19937.n { generate() }
    let y = key[position]
    position += 1
    return MT19937.tempered(y)
  }

  @inline(__always) static func tempered(_ word: UInt32) -> UInt32 {
    var y = word
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// The double of two outputs: 27 and 26 of their high bits, 53 in all.
  @inline(__always) static func double(_ a: UInt32, _ b: UInt32) -> Double {
    (Double(a >> 5) * 67_108_864.0 + Double(b >> 6)) / 9_007_199_254_740_992.0
  }

  /// A double in [0, 1) from two outputs with 53 random bits (`genrand_res53`).
  public mutating func nextDouble() -> Double {
    let a = next32()
    return MT19937.double(a, next32())
  }

  /// `count` doubles as `nextDouble` makes them, into `out`: whole pairs of words read
  /// straight from the state between regenerations (a pair split by one goes the slow way).
  public mutating func fillDoubles(_ out: UnsafeMutablePointer<Double>, count: Int) {
    var done = 0
    while done < count {
      if position >= MT19937.n { generate() }
      let pairs = min((MT19937.n - position) / 2, count - done)
      if pairs == 0 {
        out[done] = nextDouble()
        done += 1
        continue
      }
      key.withUnsafeBufferPointer { k in
        let words = k.baseAddress! + position
        let target = out + done
        for j in 0..<pairs {
          target[j] = MT19937.double(
            MT19937.tempered(words[2 * j]), MT19937.tempered(words[2 * j + 1]))
        }
      }
      position += 2 * pairs
      done += pairs
    }
  }

  /// The next 624 words. In three runs, so that no index wraps around by a remainder: the
  /// words whose partner lies ahead, those whose partner wrapped to the start, and the last,
  /// which takes the first word's high bit. (Out of line: inlined into each draw, its vector
  /// code made every caller realign the stack and save vector registers; randint of 60000
  /// values took 660 µs, now 340.)
  @inline(never) private mutating func generate() {
    let n = MT19937.n
    let m = MT19937.m
    key.withUnsafeMutableBufferPointer { k in
      let p = k.baseAddress!
      @inline(__always) func twist(_ i: Int, _ next: Int, _ partner: Int) {
        let y = (p[i] & 0x8000_0000) | (p[next] & 0x7fff_ffff)
        p[i] = p[partner] ^ (y >> 1) ^ ((0 &- (y & 1)) & 0x9908_b0df)
      }
      // Eight words at a time: a word's successor is read before it is rewritten, and its
      // partner lies 397 ahead (not yet rewritten) or 227 behind (already final), so eight
      // at once compute what one at a time does.
      typealias Words = SIMD8<UInt32>
      @inline(__always) func twist8(_ i: Int, _ partner: Int) {
        let here = UnsafeRawPointer(p + i).loadUnaligned(as: Words.self)
        let next = UnsafeRawPointer(p + i + 1).loadUnaligned(as: Words.self)
        let other = UnsafeRawPointer(p + partner).loadUnaligned(as: Words.self)
        let y = (here & 0x8000_0000) | (next & 0x7fff_ffff)
        let twisted = other ^ (y &>> 1) ^ ((Words(repeating: 0) &- (y & 1)) & 0x9908_b0df)
        UnsafeMutableRawPointer(p + i).storeBytes(of: twisted, as: Words.self)
      }
      var i = 0
      while i + 8 <= n - m {
        twist8(i, i + m)
        i += 8
      }
      while i < n - m {
        twist(i, i + 1, i + m)
        i += 1
      }
      while i + 8 <= n - 1 {
        twist8(i, i + m - n)
        i += 8
      }
      while i < n - 1 {
        twist(i, i + 1, i + m - n)
        i += 1
      }
      twist(n - 1, 0, m - 1)
    }
    position = 0
  }
}
