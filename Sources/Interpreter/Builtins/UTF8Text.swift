#if canImport(Glibc)
  import Glibc
#endif

/// Strings from UTF-8 bytes, with short ASCII texts made in place.
///
/// Swift keeps a text of up to fifteen UTF-8 bytes inside the String value itself (its small
/// form, on 64-bit processors: the bytes, then one byte of flags and count, 0xE0 | count for
/// ASCII). The public constructors validate the bytes as UTF-8 first: about 150 instructions for
/// a word of `split()`, more than the rest of the word's work. Bytes that are all ASCII are valid
/// UTF-8, so for them this writes the small form directly. The layout is the standard library's
/// (stable on Apple platforms, the same on Linux), and it is checked once, against the library's
/// own result for the same bytes; if it ever differs, every text goes through the public
/// constructor.
enum UTF8Text {
  /// A String of the UTF-8 bytes (malformed sequences repaired, as `String(decoding:)` does).
  @inline(__always)
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if bytes.count <= 15, let base = bytes.baseAddress, let short = shortASCII(base, bytes.count) {
      return short
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The small form of `count <= 15` bytes, or nil when one is not ASCII (or the layout check
  /// failed).
  @inline(__always)
  static func shortASCII(_ base: UnsafePointer<UInt8>, _ count: Int) -> String? {
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { _ = memcpy($0.baseAddress!, base, count) }
    guard (words.0 | words.1) & 0x8080_8080_8080_8080 == 0, smallFormHolds else { return nil }
    words.1 |= UInt64(0xE0 | count) << 56
    return unsafeBitCast(words, to: String.self)
  }

  /// The count of a short ASCII text held in Swift's small form as these two words of a
  /// String (its bytes from the low end of the first word, `0xE0 | count` in the top byte), or
  /// nil for any other text, or when the layout check failed (`smallForm`, which callers read
  /// once: each read of `smallFormHolds` is a `swift_once` call).
  @inline(__always)
  static func shortASCIICount(_ words: (UInt64, UInt64), smallForm: Bool) -> Int? {
    guard words.1 >> 60 == 0xE, smallForm else { return nil }
    return Int(words.1 >> 56 & 0xF)
  }

  /// Whether two texts held in these words are the same, when both are short ASCII texts in
  /// the small form (their bytes compared as words); nil when either is not.
  @inline(__always)
  static func sameShortASCII(_ a: (UInt64, UInt64), _ b: (UInt64, UInt64), smallForm: Bool)
    -> Bool?
  {
    guard let n = shortASCIICount(a, smallForm: smallForm),
      let m = shortASCIICount(b, smallForm: smallForm)
    else { return nil }
    guard n == m else { return false }
    // (The bytes past the text masked off: at most 15 bytes, so no shift reaches 64.)
    let low: UInt64 = n >= 8 ? .max : (1 << UInt64(8 * n)) &- 1
    let high: UInt64 = n > 8 ? (1 << UInt64(8 * (n - 8))) &- 1 : 0
    return a.0 & low == b.0 & low && a.1 & high == b.1 & high
  }

  /// Copies `text`'s UTF-8 bytes to `out` and moves `out` past them.
  @inline(__always)
  static func copyBytes(of text: String, to out: inout UnsafeMutablePointer<UInt8>) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      out.update(from: base, count: bytes.count)
      out += bytes.count
    }
  }

  /// The byte of a one-character ASCII text, read from the value's own bits when the text is
  /// in the small form (nil for any other text).
  @inline(__always)
  static func singleASCIIByte(of text: String) -> UInt8? {
    let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
    if shortASCIICount(words, smallForm: smallFormHolds) == 1 {
      return UInt8(truncatingIfNeeded: words.0)
    }
    let bytes = text.utf8
    guard bytes.count == 1, let b = bytes.first, b < 0x80 else { return nil }
    return b
  }

  /// Whether this standard library lays small ASCII strings out as `shortASCII` writes them.
  static let smallFormHolds: Bool = {
    guard MemoryLayout<String>.size == 16, UInt64(1).littleEndian == 1 else { return false }
    for sample in ["", "a", "str", "abcdefgh", "abcdefghijklmno"] {
      let bytes = Array(sample.utf8)
      let made = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
      var expected: (UInt64, UInt64) = (0, 0)
      bytes.withUnsafeBytes { raw in
        withUnsafeMutableBytes(of: &expected) { $0.copyMemory(from: raw) }
      }
      expected.1 |= UInt64(0xE0 | bytes.count) << 56
      let actual = unsafeBitCast(made, to: (UInt64, UInt64).self)
      guard actual == expected else { return false }
    }
    return true
  }()
}
