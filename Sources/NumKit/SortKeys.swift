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
  static func sort(_ entries: inout [Entry], scratch: inout [Entry]) {
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
          var key = x.key
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
            if table[Int((from[0].key >> shift) & 255)] == n { continue }
            var start = 0
            for b in 0..<256 {
              let c = table[b]
              table[b] = start
              start &+= c
            }
            for i in 0..<n {
              let x = from[i]
              let b = Int((x.key >> shift) & 255)
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
