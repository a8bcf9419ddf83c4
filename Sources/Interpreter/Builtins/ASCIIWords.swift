/// `text.split()` (no separator, no limit) of an ASCII text, eight bytes at a time: each chunk
/// of the text read as one 64-bit word, its whitespace bytes found by a few word operations
/// (a byte at a time only in a chunk holding a control character), and the words' starts and
/// ends read from bit masks.
///
/// In a mask, bit 7 of byte k stands for byte k of the chunk.
enum ASCIIWords {
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The words of `text` as strs (short ones from `strs`), or nil when the text is not ASCII.
  static func split(_ text: String, _ strs: ShortStrCache) -> [Value]? {
    var text = text
    return text.withUTF8 { bytes -> [Value]? in
      guard let base = bytes.baseAddress else { return [] }
      let n = bytes.count
      // First the words are counted (and the text checked for ASCII), so that the list is
      // made once.
      var (count, seen, spaceBefore): (Int, UInt64, UInt64) = (0, 0, 0x80)
      var i = 0
      while i < n {
        let chunk = self.chunk(base, i, n)
        seen |= chunk
        let space = spaceMask(chunk)
        count += bitCount(~space & highBits & (space << 8 | spaceBefore))
        spaceBefore = space >> 56
        i += 8
      }
      guard seen & highBits == 0 else { return nil }
      var words: [Value] = []
      words.reserveCapacity(count)
      var (start, wordBefore) = (0, UInt64(0))
      spaceBefore = 0x80
      i = 0
      while i < n {
        let chunk = self.chunk(base, i, n)
        let space = spaceMask(chunk)
        let word = ~space & highBits
        let starts = word & (space << 8 | spaceBefore)
        var marks = starts | space & (word << 8 | wordBefore)
        (spaceBefore, wordBefore) = (space >> 56, word >> 56)
        while marks != 0 {
          let at = i + marks.trailingZeroBitCount >> 3
          if starts & marks & (0 &- marks) != 0 {
            start = at
          } else {
            words.append(.object(str(base, start, at, n, strs)))
          }
          marks &= marks &- 1
        }
        i += 8
      }
      // (A last partial chunk is padded with spaces, which end its word.)
      if wordBefore != 0 { words.append(.object(str(base, start, n, n, strs))) }
      return words
    }
  }

  /// The number of bits set in a mask (the baseline x86-64 the build targets has no popcount
  /// instruction, and a mask has at most one bit a byte).
  @inline(__always)
  private static func bitCount(_ mask: UInt64) -> Int {
    Int(truncatingIfNeeded: (mask >> 7 &* 0x0101_0101_0101_0101) >> 56)
  }

  /// The eight bytes of the text from `i` as one word (byte i the lowest), padded with spaces
  /// past the end `n`.
  @inline(__always)
  private static func chunk(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> UInt64 {
    let left = n - i
    let bytes = word(base, i, n)
    return left >= 8 ? bytes : bytes | 0x2020_2020_2020_2020 << UInt64(8 * left)
  }

  /// Up to eight bytes of the text from `i` (`i < n`) as one word, byte i the lowest and zero
  /// past the end `n`: one load wherever eight bytes are there to read.
  @inline(__always)
  private static func word(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> UInt64 {
    let left = n - i
    if left >= 8 { return load(base + i) }
    // The text's last eight bytes, those before `i` shifted out.
    if n >= 8 { return load(base + n - 8) >> UInt64(64 - 8 * left) }
    var value: UInt64 = 0
    for k in 0..<left { value |= UInt64(base[i + k]) << UInt64(8 * k) }
    return value
  }

  @inline(__always)
  private static func load(_ at: UnsafePointer<UInt8>) -> UInt64 {
    UnsafeRawPointer(at).loadUnaligned(as: UInt64.self).littleEndian
  }

  /// The mask of the chunk's whitespace bytes (Python's for ASCII: space, \t \n \v \f \r and
  /// \x1c-\x1f). Meaningful only for a chunk of ASCII bytes.
  @inline(__always)
  static func spaceMask(_ chunk: UInt64) -> UInt64 {
    // Bytes up to 0x20 (below 0x80, adding 0x5F reaches bit 7 from 0x21 on, with no carry).
    let upToSpace = ~(chunk &+ 0x5F5F_5F5F_5F5F_5F5F) & highBits
    guard upToSpace != 0 else { return 0 }
    let control = ~(chunk &+ 0x6060_6060_6060_6060) & highBits
    guard control != 0 else { return upToSpace }
    var mask: UInt64 = 0
    for k in 0..<8 where ASCIIText.isSpace(UInt8(truncatingIfNeeded: chunk >> UInt64(8 * k))) {
      mask |= 0x80 << UInt64(8 * k)
    }
    return mask
  }

  /// The str of bytes `start..<end` of the text (of `n` bytes).
  @inline(__always)
  static func str(
    _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ n: Int, _ strs: ShortStrCache
  ) -> PyStr {
    let count = end - start
    guard count <= 15, strs.smallForm else {
      return PyStr(
        ascii: String(
          decoding: UnsafeBufferPointer(start: base + start, count: count), as: UTF8.self))
    }
    let low = bytes(base, start, Swift.min(count, 8), n)
    var high = UInt64(0xE0 | count) << 56
    if count > 8 { high |= bytes(base, start + 8, count - 8, n) }
    return strs.str(low: low, high: high)
  }

  /// `count` (1 to 8) bytes from `at` as a word, the bytes past them zero.
  @inline(__always)
  private static func bytes(_ base: UnsafePointer<UInt8>, _ at: Int, _ count: Int, _ n: Int)
    -> UInt64
  {
    let all = word(base, at, n)
    return count == 8 ? all : all & (1 << UInt64(8 * count) &- 1)
  }
}

extension ASCIIWords {
  /// `text.split(separator)` of an ASCII text by a one-byte separator: the pieces between
  /// its first `limit` occurrences, short ones from `strs` (`line.split(',')` of a CSV file
  /// makes the same few strs over and over); nil for the empty text or a longer separator
  /// (`TextSearch.pieces` splits those).
  static func split(
    _ text: String, separator: String, limit: Int, _ strs: ShortStrCache
  ) -> [Value]? {
    var (text, separator) = (text, separator)
    return text.withUTF8 { t -> [Value]? in
      separator.withUTF8 { s -> [Value]? in
        guard let base = t.baseAddress, !t.isEmpty, s.count == 1 else { return nil }
        return split(base, t.count, byte: s[0], limit: limit, strs)
      }
    }
  }

  /// The pieces of the `n >= 1` bytes at `base` between the first `limit` occurrences of
  /// `byte`, found byte by byte (a search call per piece cost more than the bytes of a CSV
  /// line's field).
  private static func split(
    _ base: UnsafePointer<UInt8>, _ n: Int, byte: UInt8, limit: Int, _ strs: ShortStrCache
  ) -> [Value] {
    var count = 0
    for i in 0..<n where base[i] == byte { count += 1 }
    var pieces: [Value] = []
    pieces.reserveCapacity(Swift.min(count, limit) + 1)
    var (start, found, i) = (0, 0, 0)
    while i < n && found < limit {
      if base[i] == byte {
        pieces.append(.object(str(base, start, i, n, strs)))
        start = i + 1
        found += 1
      }
      i += 1
    }
    pieces.append(.object(str(base, start, n, n, strs)))
    return pieces
  }
}

extension ASCIIWords {
  /// `s.strip()` (`side` 0), `lstrip()` (1) or `rstrip()` (2) of an ASCII str: Python's
  /// whitespace dropped from the ends (`ASCIIText.stripped`); the str itself when nothing is
  /// dropped, as CPython gives it, and short results from `strs` (`line.strip()` in a loop
  /// over a file's lines makes the same few strs over and over).
  static func stripped(_ s: PyStr, side: Int, _ strs: ShortStrCache) -> PyStr {
    var text = s.value
    return text.withUTF8 { bytes -> PyStr in
      // (Every byte is ASCII: the range is there.)
      guard let base = bytes.baseAddress,
        let kept = ASCIIText.stripped(bytes, chars: nil, side: side), kept.count != bytes.count
      else { return s }
      return str(base, kept.lowerBound, kept.upperBound, bytes.count, strs)
    }
  }
}
