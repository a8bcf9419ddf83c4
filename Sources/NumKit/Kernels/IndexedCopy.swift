/// The element moves of advanced indexing: reading the elements at a list of storage offsets
/// into a new array (`a[idx]`), writing values to them (`a[idx] = v`), and the offsets a
/// boolean mask selects. Elements move as same-sized integers, so every dtype shares one loop
/// per item size.
extension NDArray {
  /// Storage offsets of the elements where `mask` (a bool array of this array's shape) is
  /// true, in C order.
  func offsets(selectedBy mask: NDArray) -> [Int] {
    let m = mask.stepsDensely ? mask : mask.copy()
    let bits = UnsafeRawPointer(m.storage.pointer(Bool.self) + m.offset)
      .assumingMemoryBound(to: UInt8.self)
    let n = size
    var count = 0
    for i in 0..<n { count &+= Int(bits[i]) }
    let dense = stepsDensely
    // Branch-free compaction (a ReLU mask is true at random): every position is written, the
    // cursor advances only past the selected ones; one spare slot takes the last write.
    return [Int](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
      var k = 0
      if dense {
        for i in 0..<n {
          buffer[k] = offset &+ i
          k &+= Int(bits[i])
        }
      } else {
        // The mask is read in C order while the loop walks this view's strides.
        var i = 0
        StridedLoop(shape: shape, strides: [strides]).forEachRow(base: [offset]) { o, count, s in
          let (start, step) = (o[0], s[0])
          for j in 0..<count {
            buffer[k] = start &+ j &* step
            k &+= Int(bits[i &+ j])
          }
          i &+= count
        }
      }
      initialized = count
    }
  }

  /// `self[mask] = value` for a bool mask of this array's shape and one value of this dtype:
  /// a select per element, no offsets.
  func fill(where mask: NDArray, with value: NDArray) {
    switch dtype.itemSize {
    case 8: fill(where: mask, with: value, UInt64.self)
    case 4: fill(where: mask, with: value, UInt32.self)
    case 2: fill(where: mask, with: value, UInt16.self)
    default: fill(where: mask, with: value, UInt8.self)
    }
  }

  @inline(__always)
  private func fill<T>(where mask: NDArray, with value: NDArray, _: T.Type) {
    let m = mask.stepsDensely ? mask : mask.copy()
    let bits = UnsafeRawPointer(m.storage.pointer(Bool.self) + m.offset)
      .assumingMemoryBound(to: UInt8.self)
    let v = value.storage.raw.assumingMemoryBound(to: T.self)[value.offset]
    let p = storage.raw.assumingMemoryBound(to: T.self)
    if stepsDensely {
      let q = p + offset
      for i in 0..<size { q[i] = bits[i] != 0 ? v : q[i] }
      return
    }
    var i = 0
    StridedLoop(shape: shape, strides: [strides]).forEachRow(base: [offset]) { o, count, s in
      let (q, step, b) = (p + o[0], s[0], bits + i)
      for j in 0..<count where b[j] != 0 { q[j &* step] = v }
      i &+= count
    }
  }

  /// The index arrays of the positions where a bool `mask` is true, one per mask axis.
  static func truePositions(_ mask: NDArray) -> [[Int]] {
    let m = mask.stepsDensely ? mask : mask.copy()
    let bits = UnsafePointer(m.storage.pointer(Bool.self) + m.offset)
    var positions = [[Int]](repeating: [], count: m.ndim)
    if m.ndim == 1 {
      for i in 0..<m.size where bits[i] { positions[0].append(i) }
      return positions
    }
    for flat in 0..<m.size where bits[flat] {
      var rest = flat
      for d in stride(from: m.ndim - 1, through: 0, by: -1) {
        positions[d].append(rest % m.shape[d])
        rest /= m.shape[d]
      }
    }
    return positions
  }

  /// The elements of an integer-valued array in C order as Ints (a broadcast view is
  /// expanded).
  var intValues: [Int] {
    let a = dtype == .int64 && stepsDensely ? self : copy(as: .int64)
    let p = UnsafeRawPointer(a.storage.pointer(Int64.self) + a.offset)
    // Int64 and Int are the same 8 bytes: one copy.
    return [Int](unsafeUninitializedCapacity: a.size) { buffer, count in
      if let base = buffer.baseAddress {
        UnsafeMutableRawPointer(base).copyMemory(from: p, byteCount: a.size * 8)
      }
      count = a.size
    }
  }

  /// `out[i] = self.storage[offsets[i]]` (out is new and C-contiguous, of this dtype).
  func gather(_ offsets: [Int], into out: NDArray) {
    switch dtype.itemSize {
    case 8: gather(offsets, into: out, UInt64.self)
    case 4: gather(offsets, into: out, UInt32.self)
    case 2: gather(offsets, into: out, UInt16.self)
    default: gather(offsets, into: out, UInt8.self)
    }
  }

  @inline(__always)
  private func gather<T>(_ offsets: [Int], into out: NDArray, _: T.Type) {
    let src = UnsafePointer(storage.raw.assumingMemoryBound(to: T.self))
    let dst = out.storage.raw.assumingMemoryBound(to: T.self) + out.offset
    offsets.withUnsafeBufferPointer { o in
      for i in o.indices { dst[i] = src[o[i]] }
    }
  }

  /// `self.storage[offsets[i]] = source[i]`, `source` being of this dtype and holding either
  /// one element (written everywhere) or one per offset.
  func scatter(_ source: NDArray, to offsets: [Int]) {
    switch dtype.itemSize {
    case 8: scatter(source, to: offsets, UInt64.self)
    case 4: scatter(source, to: offsets, UInt32.self)
    case 2: scatter(source, to: offsets, UInt16.self)
    default: scatter(source, to: offsets, UInt8.self)
    }
  }

  @inline(__always)
  private func scatter<T>(_ source: NDArray, to offsets: [Int], _: T.Type) {
    let dst = storage.raw.assumingMemoryBound(to: T.self)
    let values = source.stepsDensely ? source : source.copy()
    let src = UnsafePointer(values.storage.raw.assumingMemoryBound(to: T.self) + values.offset)
    offsets.withUnsafeBufferPointer { o in
      if values.size == 1 && o.count != 1 {
        let v = src[0]
        for i in o.indices { dst[o[i]] = v }
      } else {
        for i in o.indices { dst[o[i]] = src[i] }
      }
    }
  }
}
