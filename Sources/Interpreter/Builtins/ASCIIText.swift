/// Byte-at-a-time forms of str methods for ASCII text (a code point per byte, and Python's
/// rules for ASCII are the plain ones): the general forms go code point by code point through
/// Unicode properties.
enum ASCIIText {
  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)
  }

  /// A str of `count` UTF-8 bytes written by `fill` (which returns how many it wrote): up to
  /// fifteen through a stack buffer (Swift keeps such a str in the value itself, and
  /// `String(unsafeUninitializedCapacity:)` costs more than the whole job there).
  /// `slack` more bytes may be written past `count` (and are dropped), for a filler that
  /// stores whole words.
  @inline(__always)
  static func string(
    count: Int, slack: Int = 0, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int
  ) -> String {
    if count <= 15 && slack <= 16 {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
        let n = fill(buffer)
        return UTF8Text.string(UnsafeBufferPointer(rebasing: buffer[..<n]))
      }
    }
    return String(unsafeUninitializedCapacity: count + slack, initializingUTF8With: fill)
  }

  /// `upper()` / `lower()` of eight ASCII bytes held in a word: the letters' case bit (0x20)
  /// flipped, the letters found by adding to every byte at once (below 0x80 no sum carries
  /// into the next byte).
  @inline(__always)
  static func caseMapped(word: UInt64, upper: Bool) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    // Bit 7 of a byte set from the first letter on, and from the one after the last on.
    let first: UInt64 = upper ? 0x80 - 0x61 : 0x80 - 0x41
    let pastLast: UInt64 = upper ? 0x80 - 0x7B : 0x80 - 0x5B
    let fromFirst: UInt64 = word &+ first &* ones
    let fromPastLast: UInt64 = word &+ pastLast &* ones
    let letters: UInt64 = fromFirst & ~fromPastLast & 0x8080_8080_8080_8080
    return word ^ letters >> 2
  }

  /// `upper()` / `lower()` of an ASCII text.
  static func caseMapped(_ text: String, upper: Bool) -> String {
    var text = text
    return text.withUTF8 { bytes in
      string(count: bytes.count) { out in
        let (low, high): (UInt8, UInt8) = upper ? (0x61, 0x7A) : (0x41, 0x5A)
        for i in 0..<bytes.count {
          let b = bytes[i]
          out[i] = b >= low && b <= high ? b ^ 0x20 : b
        }
        return bytes.count
      }
    }
  }

  /// Whether every byte passes (and there is one): `isdigit`, `isalpha`, `isspace`.
  static func all(_ text: String, _ test: (UInt8) -> Bool) -> Bool {
    var text = text
    return text.withUTF8 { !$0.isEmpty && $0.allSatisfy(test) }
  }

  /// The byte range `strip` keeps: bytes in `chars` (ASCII), or ASCII whitespace when `chars`
  /// is nil, dropped from the start (`side` 0 or 1) and the end (0 or 2). Nil when stripping
  /// whitespace meets a non-ASCII byte at an edge (it may be Unicode whitespace: the caller
  /// goes code point by code point).
  static func stripped(_ bytes: UnsafeBufferPointer<UInt8>, chars: String?, side: Int)
    -> Range<Int>?
  {
    var set = (UInt64(0), UInt64(0))
    if let chars {
      for b in chars.utf8 {
        if b < 64 { set.0 |= 1 << UInt64(b) } else { set.1 |= 1 << UInt64(b - 64) }
      }
    }
    @inline(__always) func strips(_ b: UInt8) -> Bool? {
      if chars == nil {
        if b >= 0x80 { return nil }
        return isSpace(b)
      }
      if b >= 0x80 { return false }
      return b < 64 ? set.0 & (1 << UInt64(b)) != 0 : set.1 & (1 << UInt64(b - 64)) != 0
    }
    var (lo, hi) = (0, bytes.count)
    if side != 2 {
      while lo < hi {
        guard let s = strips(bytes[lo]) else { return nil }
        if !s { break }
        lo += 1
      }
    }
    if side != 1 {
      while hi > lo {
        guard let s = strips(bytes[hi - 1]) else { return nil }
        if !s { break }
        hi -= 1
      }
    }
    return lo..<hi
  }
}
