/// Whole-array truth tests and counts (`np.any`, `np.all`, `np.count_nonzero` without an
/// axis, `np.array_equal`), read where the elements lie, one element type at a time.
extension NDArray {
  /// Whether any element is nonzero (NaN counts as nonzero, as in numpy).
  public var anyNonzero: Bool { withDenseElements { Nonzero.findsAny($0, $1, $2, nonzero: true) } }

  /// Whether every element is nonzero (true for an empty array).
  public var allNonzero: Bool {
    !withDenseElements { Nonzero.findsAny($0, $1, $2, nonzero: false) }
  }

  /// How many elements are nonzero.
  public var nonzeroCount: Int { withDenseElements { Nonzero.count($0, $1, $2) } }

  /// `np.array_equal(a, b)`: the same shape and `a == b` everywhere (compared as numpy's
  /// `==` compares them: an int64 beside a float64 is compared as a float64).
  public static func arrayEqual(_ a: NDArray, _ b: NDArray) -> Bool {
    guard a.shape == b.shape else { return false }
    guard let equal = try? compare(.equal, a, b) else { return false }
    return equal.allNonzero
  }

  /// `body(elements, count, dtype)` with this array's elements in C order one after another
  /// (a copy when they do not lie so).
  private func withDenseElements<R>(_ body: (UnsafeRawPointer, Int, DType) -> R) -> R {
    let source = stepsDensely ? self : copy()
    return withExtendedLifetime(source) {
      body(UnsafeRawPointer(source.storage.raw + source.offset * dtype.itemSize), size, dtype)
    }
  }
}

/// The loops of `anyNonzero`, `allNonzero` and `nonzeroCount`, one per element type.
enum Nonzero {
  static func count(_ raw: UnsafeRawPointer, _ n: Int, _ dtype: DType) -> Int {
    switch dtype {
    case .bool: return countTruths(raw, n)
    case .uint8: return countBytes(raw.assumingMemoryBound(to: UInt8.self), n)
    case .int32: return count(raw, n, Int32.self)
    case .int64: return count(raw, n, Int64.self)
    case .float32: return count(raw, n, Float.self)
    case .float64: return count(raw, n, Double.self)
    }
  }

  /// Whether an element is nonzero (`nonzero`) or zero (not `nonzero`), looking in blocks and
  /// stopping after the first block that holds one.
  static func findsAny(_ raw: UnsafeRawPointer, _ n: Int, _ dtype: DType, nonzero: Bool) -> Bool {
    switch dtype {
    case .bool, .uint8: return findsAny(raw, n, UInt8.self, nonzero)
    case .int32: return findsAny(raw, n, Int32.self, nonzero)
    case .int64: return findsAny(raw, n, Int64.self, nonzero)
    case .float32: return findsAny(raw, n, Float.self, nonzero)
    case .float64: return findsAny(raw, n, Double.self, nonzero)
    }
  }

  /// Bytes counted as `min(byte, 1)`: without a branch on each (random masks mispredict),
  /// so that the loop is vectorised.
  private static func countBytes(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    var total = 0
    for i in 0..<n { total &+= Int(Swift.min(p[i], 1)) }
    return total
  }

  /// Booleans (bytes of 0 or 1) counted 128 at a time: four vectors of 32 bytes added into
  /// byte lanes (up to 255 turns, so that no lane overflows), then the lanes summed; the rest
  /// eight at a time the same way in one word, then byte by byte.
  private static func countTruths(_ raw: UnsafeRawPointer, _ n: Int) -> Int {
    typealias Bytes = SIMD32<UInt8>
    let stride = 4 * Bytes.scalarCount
    let turns = n / stride
    var total = 0
    var start = 0
    while start < turns {
      let end = Swift.min(start + 255, turns)
      var (a, b, c, d) = (Bytes(), Bytes(), Bytes(), Bytes())
      for t in start..<end {
        let p = raw + t * stride
        a &+= p.loadUnaligned(as: Bytes.self)
        b &+= p.loadUnaligned(fromByteOffset: 32, as: Bytes.self)
        c &+= p.loadUnaligned(fromByteOffset: 64, as: Bytes.self)
        d &+= p.loadUnaligned(fromByteOffset: 96, as: Bytes.self)
      }
      total &+= laneSum(a) &+ laneSum(b) &+ laneSum(c) &+ laneSum(d)
      start = end
    }
    let words = n / 8
    var lanes: UInt64 = 0
    for w in (turns * stride / 8)..<words {
      lanes &+= raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
    }
    total &+= wordSum(lanes)
    let p = raw.assumingMemoryBound(to: UInt8.self)
    for i in (words * 8)..<n { total &+= Int(p[i]) }
    return total
  }

  /// The sum of 32 byte lanes, as four words of eight.
  @inline(__always) private static func laneSum(_ v: SIMD32<UInt8>) -> Int {
    let words = unsafeBitCast(v, to: SIMD4<UInt64>.self)
    return wordSum(words[0]) &+ wordSum(words[1]) &+ wordSum(words[2]) &+ wordSum(words[3])
  }

  /// The sum of the eight bytes of a word.
  @inline(__always) private static func wordSum(_ lanes: UInt64) -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
    return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
  }

  private static func count<T: Numeric>(_ raw: UnsafeRawPointer, _ n: Int, _: T.Type) -> Int {
    let p = raw.assumingMemoryBound(to: T.self)
    var total = 0
    for i in 0..<n { total &+= p[i] != 0 ? 1 : 0 }
    return total
  }

  private static func findsAny<T: Numeric>(
    _ raw: UnsafeRawPointer, _ n: Int, _: T.Type, _ nonzero: Bool
  ) -> Bool {
    let p = raw.assumingMemoryBound(to: T.self)
    var start = 0
    while start < n {
      let end = Swift.min(start + 4096, n)
      var hits = 0
      if nonzero {
        for i in start..<end { hits |= p[i] != 0 ? 1 : 0 }
      } else {
        for i in start..<end { hits |= p[i] == 0 ? 1 : 0 }
      }
      if hits != 0 { return true }
      start = end
    }
    return false
  }
}
