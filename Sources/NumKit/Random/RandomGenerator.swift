#if canImport(Glibc)
  import Glibc
#endif

/// numpy's `Generator` on PCG64 (`np.random.default_rng(seed)`): its distributions in its order
/// of draws, so a seed gives numpy's numbers bit for bit.
public struct RandomGenerator: Sendable {
  var bits: PCG64

  public init(seed: UInt64) { bits = PCG64(seed: seed) }

  /// `random()`: uniform on [0, 1).
  public mutating func random() -> Double { bits.nextDouble() }

  /// `integers(low, high)`: `off + [0, range]` by Lemire's multiply-and-reject, on 32-bit draws
  /// when the range fits in 32 bits (numpy's `random_bounded_uint64`, unmasked).
  public mutating func integer(offset: Int64, range: UInt64) -> Int64 {
    let value: UInt64
    if range == 0 {
      value = 0
    } else if range < 0xFFFF_FFFF {
      value = UInt64(lemire32(UInt32(range)))
    } else if range == 0xFFFF_FFFF {
      value = UInt64(bits.next32())
    } else if range == .max {
      value = bits.next64()
    } else {
      value = lemire64(range)
    }
    return offset &+ Int64(bitPattern: value)
  }

  private mutating func lemire32(_ range: UInt32) -> UInt32 {
    let exclusive = range + 1
    var m = UInt64(bits.next32()) * UInt64(exclusive)
    var leftover = UInt32(truncatingIfNeeded: m)
    if leftover < exclusive {
      let threshold = (UInt32.max - range) % exclusive
      while leftover < threshold {
        m = UInt64(bits.next32()) * UInt64(exclusive)
        leftover = UInt32(truncatingIfNeeded: m)
      }
    }
    return UInt32(truncatingIfNeeded: m >> 32)
  }

  private mutating func lemire64(_ range: UInt64) -> UInt64 {
    let exclusive = range + 1
    var m = bits.next64().multipliedFullWidth(by: exclusive)
    if m.low < exclusive {
      let threshold = (UInt64.max - range) % exclusive
      while m.low < threshold { m = bits.next64().multipliedFullWidth(by: exclusive) }
    }
    return m.high
  }

  /// A uniform index in [0, max] by masked rejection (numpy's `random_interval`, which its
  /// shuffles use).
  public mutating func interval(_ max: UInt64) -> UInt64 {
    guard max > 0 else { return 0 }
    var mask = max
    for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
    if max <= 0xFFFF_FFFF {
      while true {
        let v = UInt64(bits.next32()) & mask
        if v <= max { return v }
      }
    }
    while true {
      let v = bits.next64() & mask
      if v <= max { return v }
    }
  }

  /// `standard_normal()`: the 256-layer ziggurat, as numpy draws it.
  public mutating func standardNormal() -> Double {
    while true {
      var r = bits.next64()
      let idx = Int(r & 0xFF)
      r >>= 8
      let negative = r & 1 == 1
      let rabs = (r >> 1) & 0x000F_FFFF_FFFF_FFFF
      var x = Double(rabs) * Double(bitPattern: ZigguratTable.wi[idx])
      if negative { x = -x }
      if rabs < ZigguratTable.ki[idx] { return x }
      if idx == 0 {
        // The tail beyond r, by Marsaglia's exponential method.
        while true {
          let xx = -ZigguratTable.inverseR * log1p(-bits.nextDouble())
          let yy = -log1p(-bits.nextDouble())
          if yy + yy > xx * xx {
            return (rabs >> 8) & 1 == 1 ? -(ZigguratTable.r + xx) : ZigguratTable.r + xx
          }
        }
      }
      let upper = Double(bitPattern: ZigguratTable.fi[idx - 1])
      let lower = Double(bitPattern: ZigguratTable.fi[idx])
      if (upper - lower) * bits.nextDouble() + lower < exp(-0.5 * x * x) { return x }
    }
  }

  /// `choice(n, count, replace=False)` as numpy draws it: Floyd's algorithm followed by a
  /// shuffle, or, for a population above 10000 with more than a fiftieth of it taken, a
  /// Fisher-Yates pass over the tail of `0..<n`.
  public mutating func sample(population n: Int, count: Int) -> [Int] {
    func bounded(_ i: Int) -> Int { Int(integer(offset: 0, range: UInt64(i))) }
    if n > 10000 && count > n / 50 {
      var items = Array(0..<n)
      for i in stride(from: n - 1, through: Swift.max(n - count, 1), by: -1) {
        items.swapAt(i, bounded(i))
      }
      return Array(items[(n - count)...])
    }
    var seen = Set<Int>()
    var out: [Int] = []
    out.reserveCapacity(count)
    for j in (n - count)..<n {
      var value = bounded(j)
      if seen.contains(value) { value = j }
      seen.insert(value)
      out.append(value)
    }
    for i in stride(from: count - 1, through: 1, by: -1) { out.swapAt(i, bounded(i)) }
    return out
  }
}
