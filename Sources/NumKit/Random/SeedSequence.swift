/// numpy's `SeedSequence` (after M. E. O'Neill's seed_seq): mixes the entropy of a seed into a
/// pool of four 32-bit words, then hashes the pool into as many state words as a bit
/// generator needs. `default_rng(seed)` seeds PCG64 this way.
struct SeedSequence {
  private static let initA: UInt32 = 0x43b0_d7e5
  private static let multA: UInt32 = 0x931e_8875
  private static let initB: UInt32 = 0x8b51_f9dd
  private static let multB: UInt32 = 0x58f3_8ded
  private static let mixLeft: UInt32 = 0xca01_f9dd
  private static let mixRight: UInt32 = 0x4973_f715
  private static let poolSize = 4

  private(set) var pool: [UInt32]

  /// A non-negative integer seed, taken as little-endian 32-bit words.
  init(seed: UInt64) {
    var entropy: [UInt32] = [UInt32(truncatingIfNeeded: seed)]
    if seed >> 32 != 0 { entropy.append(UInt32(truncatingIfNeeded: seed >> 32)) }
    self.init(entropy: entropy)
  }

  init(entropy: [UInt32]) {
    var constant = SeedSequence.initA
    func hash(_ value: UInt32) -> UInt32 {
      var v = value ^ constant
      constant &*= SeedSequence.multA
      v &*= constant
      return v ^ (v >> 16)
    }
    func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
      let r = SeedSequence.mixLeft &* x &- SeedSequence.mixRight &* y
      return r ^ (r >> 16)
    }
    var pool = (0..<SeedSequence.poolSize).map { i in hash(i < entropy.count ? entropy[i] : 0) }
    for source in 0..<SeedSequence.poolSize {
      for target in 0..<SeedSequence.poolSize where source != target {
        pool[target] = mix(pool[target], hash(pool[source]))
      }
    }
    for source in SeedSequence.poolSize..<Swift.max(entropy.count, SeedSequence.poolSize) {
      for target in 0..<SeedSequence.poolSize {
        pool[target] = mix(pool[target], hash(entropy[source]))
      }
    }
    self.pool = pool
  }

  /// `generate_state(n, np.uint64)`: pairs of hashed 32-bit words, low word first.
  func state(words: Int) -> [UInt64] {
    var constant = SeedSequence.initB
    var out: [UInt64] = []
    var low: UInt32 = 0
    for i in 0..<(2 * words) {
      var v = pool[i % pool.count] ^ constant
      constant &*= SeedSequence.multB
      v &*= constant
      v ^= v >> 16
      if i % 2 == 0 {
        low = v
      } else {
        out.append(UInt64(low) | UInt64(v) << 32)
      }
    }
    return out
  }
}
