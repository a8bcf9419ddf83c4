/// numpy's default bit generator: PCG64 (a 128-bit LCG with the XSL-RR output), seeded through
/// `SeedSequence`, with numpy's buffering of 32-bit draws.
struct PCG64: Sendable {
  private static let multiplier: UInt128 =
    UInt128(2_549_297_995_355_413_924) << 64 | UInt128(4_865_540_595_714_422_341)
  private var state: UInt128 = 0
  private let increment: UInt128
  /// The high half of the last 64-bit draw, not yet used by a 32-bit draw.
  private var spare: UInt32?

  init(seed: UInt64) {
    let words = SeedSequence(seed: seed).state(words: 4)
    let start = UInt128(words[0]) << 64 | UInt128(words[1])
    let sequence = UInt128(words[2]) << 64 | UInt128(words[3])
    increment = sequence << 1 | 1
    step()
    state &+= start
    step()
  }

  private mutating func step() { state = state &* PCG64.multiplier &+ increment }

  mutating func next64() -> UInt64 {
    step()
    let high = UInt64(truncatingIfNeeded: state >> 64)
    let low = UInt64(truncatingIfNeeded: state)
    let rotation = UInt64(truncatingIfNeeded: state >> 122)
    let x = high ^ low
    return x >> rotation | x << ((64 &- rotation) & 63)
  }

  mutating func next32() -> UInt32 {
    if let s = spare {
      spare = nil
      return s
    }
    let v = next64()
    spare = UInt32(truncatingIfNeeded: v >> 32)
    return UInt32(truncatingIfNeeded: v)
  }

  /// Uniform on [0, 1) with 53 random bits.
  mutating func nextDouble() -> Double { Double(next64() >> 11) * (1.0 / 9_007_199_254_740_992.0) }
}
