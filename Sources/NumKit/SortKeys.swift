/// Sorting by keys: each element becomes an unsigned integer that orders as numpy orders the
/// values (floats by value, -0.0 beside 0.0, every NaN last), paired with its position, so
/// that a row sorts as plain integers with ties in position order (a stable sort).
enum SortKeys {
  /// A key and the element's position in its row.
  struct Entry: Comparable {
    var key: UInt64
    var position: Int

    @inline(__always) static func < (a: Entry, b: Entry) -> Bool {
      a.key < b.key || (a.key == b.key && a.position < b.position)
    }
  }

  /// The entries of the `n` values of one row at `p` (contiguous, of `dtype`).
  static func entries(_ raw: UnsafeRawPointer, _ n: Int, _ dtype: DType, into e: inout [Entry]) {
    e.removeAll(keepingCapacity: true)
    switch dtype {
    case .float64:
      let p = raw.assumingMemoryBound(to: Double.self)
      for i in 0..<n { e.append(Entry(key: key(p[i]), position: i)) }
    case .float32:
      let p = raw.assumingMemoryBound(to: Float.self)
      for i in 0..<n { e.append(Entry(key: key(Double(p[i])), position: i)) }
    case .int64:
      let p = raw.assumingMemoryBound(to: Int64.self)
      for i in 0..<n { e.append(Entry(key: UInt64(bitPattern: p[i]) ^ (1 << 63), position: i)) }
    case .int32:
      let p = raw.assumingMemoryBound(to: Int32.self)
      for i in 0..<n {
        e.append(Entry(key: UInt64(bitPattern: Int64(p[i])) ^ (1 << 63), position: i))
      }
    case .bool, .uint8:
      let p = raw.assumingMemoryBound(to: UInt8.self)
      for i in 0..<n { e.append(Entry(key: UInt64(p[i]), position: i)) }
    }
  }

  /// A float's key: its bits with the sign folded so that unsigned order is numeric order;
  /// -0.0 as 0.0; NaN above everything.
  @inline(__always) static func key(_ x: Double) -> UInt64 {
    if x.isNaN { return .max }
    let bits = (x == 0 ? 0.0 : x).bitPattern
    return bits >> 63 == 0 ? bits | (1 << 63) : ~bits
  }
}

extension SortKeys {
  /// Sorts entries by key, ties in position order: a least-significant-digit radix sort on
  /// the keys' bytes (stable, so entries made in position order keep it among equal keys),
  /// skipping the bytes every key shares; short rows by the standard library's sort.
  static func sort<T: RadixKeyed>(_ entries: inout [T], scratch: inout [T]) {
    let n = entries.count
    guard n > 64 else {
      entries.sort()
      return
    }
    if scratch.count < n { scratch = entries }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * 256) { counts in
      counts.initialize(repeating: 0)
      entries.withUnsafeMutableBufferPointer { e in
        for x in e {
          var key = x.radixKey
          for digit in 0..<8 {
            counts[digit &* 256 &+ Int(key & 255)] &+= 1
            key >>= 8
          }
        }
        scratch.withUnsafeMutableBufferPointer { s in
          var (from, to) = (e.baseAddress!, s.baseAddress!)
          for digit in 0..<8 {
            let shift = UInt64(digit * 8)
            let table = counts.baseAddress! + digit * 256
            // A byte every key shares orders nothing.
            if table[Int((from[0].radixKey >> shift) & 255)] == n { continue }
            var start = 0
            for b in 0..<256 {
              let c = table[b]
              table[b] = start
              start &+= c
            }
            for i in 0..<n {
              let x = from[i]
              let b = Int((x.radixKey >> shift) & 255)
              to[table[b]] = x
              table[b] &+= 1
            }
            swap(&from, &to)
          }
          if from != e.baseAddress! { e.baseAddress!.update(from: from, count: n) }
        }
      }
    }
  }
}

/// What `SortKeys.sort` orders: a key, ties in the type's own order.
protocol RadixKeyed: Comparable {
  var radixKey: UInt64 { get }
}

extension SortKeys.Entry: RadixKeyed {
  var radixKey: UInt64 { key }
}

extension UInt64: RadixKeyed {
  var radixKey: UInt64 { self }
}

extension SortKeys {
  /// The sorted values of one row of `n` (numbers of `dtype`, contiguous at `from`) into `to`,
  /// sorting their keys alone and turning the keys back into values; false, with nothing
  /// written, for a float row holding -0.0 or NaN (whose keys do not give them back).
  static func sortValues(
    _ from: UnsafeRawPointer, _ to: UnsafeMutableRawPointer, _ n: Int, _ dtype: DType,
    keys: inout [UInt64], scratch: inout [UInt64]
  ) -> Bool {
    if keys.count != n { keys = [UInt64](repeating: 0, count: n) }
    // Typed loops without a branch per element (the keys of the values present, each kind
    // of value by its own loop): building and reading back the keys took a third of a row's
    // time when each element went through a switch and an append.
    let fitting = keys.withUnsafeMutableBufferPointer { k -> Bool in
      switch dtype {
      case .float64:
        return floatKeys(from.assumingMemoryBound(to: Double.self), n, into: k.baseAddress!)
      case .float32:
        let p = from.assumingMemoryBound(to: Float.self)
        var unfit: UInt64 = 0
        for i in 0..<n {
          let bits = Double(p[i]).bitPattern
          unfit |= unfitness(bits)
          k[i] = key(bits: bits)
        }
        return unfit == 0
      case .int64:
        let p = from.assumingMemoryBound(to: Int64.self)
        for i in 0..<n { k[i] = UInt64(bitPattern: p[i]) ^ (1 << 63) }
      case .int32:
        let p = from.assumingMemoryBound(to: Int32.self)
        for i in 0..<n { k[i] = UInt64(bitPattern: Int64(p[i])) ^ (1 << 63) }
      case .bool, .uint8:
        let p = from.assumingMemoryBound(to: UInt8.self)
        for i in 0..<n { k[i] = UInt64(p[i]) }
      }
      return true
    }
    guard fitting else { return false }
    sort(&keys, scratch: &scratch)
    keys.withUnsafeBufferPointer { k in
      switch dtype {
      case .float64:
        let q = to.assumingMemoryBound(to: UInt64.self)
        for i in 0..<n { q[i] = bits(ofKey: k[i]) }
      case .float32:
        let q = to.assumingMemoryBound(to: Float.self)
        for i in 0..<n { q[i] = Float(Double(bitPattern: bits(ofKey: k[i]))) }
      case .int64:
        let q = to.assumingMemoryBound(to: Int64.self)
        for i in 0..<n { q[i] = Int64(bitPattern: k[i] ^ (1 << 63)) }
      case .int32:
        let q = to.assumingMemoryBound(to: Int32.self)
        for i in 0..<n { q[i] = Int32(truncatingIfNeeded: Int64(bitPattern: k[i] ^ (1 << 63))) }
      case .bool, .uint8:
        let q = to.assumingMemoryBound(to: UInt8.self)
        for i in 0..<n { q[i] = UInt8(truncatingIfNeeded: k[i]) }
      }
    }
    return true
  }

  /// The keys of `n` doubles at `p` into `k`; false when one is NaN or -0.0.
  private static func floatKeys(
    _ p: UnsafePointer<Double>, _ n: Int, into k: UnsafeMutablePointer<UInt64>
  ) -> Bool {
    let raw = UnsafeRawPointer(p).assumingMemoryBound(to: UInt64.self)
    var unfit: UInt64 = 0
    for i in 0..<n {
      let bits = raw[i]
      unfit |= unfitness(bits)
      k[i] = key(bits: bits)
    }
    return unfit == 0
  }

  /// 1 for a double (by its bits) whose key would not give it back (NaN, or -0.0), else 0.
  @inline(__always) private static func unfitness(_ bits: UInt64) -> UInt64 {
    let nan: UInt64 = (bits & ~(1 << 63)) > 0x7FF0_0000_0000_0000 ? 1 : 0
    return nan | (bits == 1 << 63 ? 1 : 0)
  }

  /// `key(_:)` of a double that is neither NaN nor -0.0, without branches: a positive one with
  /// its sign bit set, a negative one with every bit flipped.
  @inline(__always) private static func key(bits: UInt64) -> UInt64 {
    bits ^ (UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | (1 << 63))
  }

  /// The bits of the double whose key `k` is (the inverse of `key(bits:)`).
  @inline(__always) private static func bits(ofKey k: UInt64) -> UInt64 {
    k ^ (~UInt64(bitPattern: Int64(bitPattern: k) >> 63) | (1 << 63))
  }
}
