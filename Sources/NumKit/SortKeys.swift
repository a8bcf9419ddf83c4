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
    keys.removeAll(keepingCapacity: true)
    switch dtype {
    case .float64, .float32:
      for i in 0..<n {
        let x =
          dtype == .float64
          ? from.load(fromByteOffset: i * 8, as: Double.self)
          : Double(from.load(fromByteOffset: i * 4, as: Float.self))
        if x.isNaN || (x == 0 && x.sign == .minus) { return false }
        keys.append(key(x))
      }
    case .int64:
      for i in 0..<n {
        keys.append(
          UInt64(bitPattern: from.load(fromByteOffset: i * 8, as: Int64.self)) ^ (1 << 63))
      }
    case .int32:
      for i in 0..<n {
        let v = Int64(from.load(fromByteOffset: i * 4, as: Int32.self))
        keys.append(UInt64(bitPattern: v) ^ (1 << 63))
      }
    case .bool, .uint8:
      for i in 0..<n { keys.append(UInt64(from.load(fromByteOffset: i, as: UInt8.self))) }
    }
    sort(&keys, scratch: &scratch)
    for (i, k) in keys.enumerated() {
      switch dtype {
      case .float64: to.storeBytes(of: value(k), toByteOffset: i * 8, as: Double.self)
      case .float32: to.storeBytes(of: Float(value(k)), toByteOffset: i * 4, as: Float.self)
      case .int64:
        to.storeBytes(of: Int64(bitPattern: k ^ (1 << 63)), toByteOffset: i * 8, as: Int64.self)
      case .int32:
        let v = Int32(truncatingIfNeeded: Int64(bitPattern: k ^ (1 << 63)))
        to.storeBytes(of: v, toByteOffset: i * 4, as: Int32.self)
      case .bool, .uint8: to.storeBytes(of: UInt8(k), toByteOffset: i, as: UInt8.self)
      }
    }
    return true
  }

  /// The float whose key `k` is (no NaN, no -0.0).
  @inline(__always) static func value(_ k: UInt64) -> Double {
    k >> 63 == 1 ? Double(bitPattern: k & ~(1 << 63)) : Double(bitPattern: ~k)
  }
}
