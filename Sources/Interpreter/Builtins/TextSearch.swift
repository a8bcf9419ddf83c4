#if canImport(Glibc)
  import Glibc
#endif

/// Finding a str in another by their UTF-8 bytes (equal code points are equal bytes), and
/// the splits and replacements built on it: a match is found by its first byte (`memchr`),
/// then the rest compared, and a replacement is written into one buffer of its final length
/// (the matches are found twice rather than kept in an array: two allocations fewer).
enum TextSearch {
  /// Calls `body` with the byte offset of each non-overlapping occurrence of `needle` (not
  /// empty) in `text`, from the left, at most `limit` of them; returns how many there were.
  @inline(__always)
  static func forEachMatch(
    of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
    limit: Int = .max, _ body: (Int) -> Void
  ) -> Int {
    guard let hay = text.baseAddress, let pattern = needle.baseAddress, !needle.isEmpty else {
      return 0
    }
    let (n, m) = (text.count, needle.count)
    var (at, found) = (0, 0)
    while found < limit, at + m <= n,
      let candidate = memchr(hay + at, Int32(pattern[0]), n - m + 1 - at)
    {
      let offset = UnsafeRawPointer(candidate) - UnsafeRawPointer(hay)
      if m == 1 || memcmp(hay + offset + 1, pattern + 1, m - 1) == 0 {
        body(offset)
        found += 1
        at = offset + m
      } else {
        at = offset + 1
      }
    }
    return found
  }

  /// The pieces of `text` between the occurrences of `separator` (not empty).
  static func pieces(of text: String, separatedBy separator: String) -> [String] {
    var (text, separator) = (text, separator)
    return text.withUTF8 { t in
      separator.withUTF8 { s in
        var out: [String] = []
        var start = 0
        func piece(_ end: Int) {
          out.append(String(decoding: UnsafeBufferPointer(rebasing: t[start..<end]), as: UTF8.self))
          start = end + s.count
        }
        _ = forEachMatch(of: s, in: t) { piece($0) }
        piece(t.count)
        return out
      }
    }
  }

  /// `text` with its first `limit` occurrences of `old` (not empty) replaced by `new`.
  static func replacing(_ old: String, with new: String, in text: String, limit: Int = .max)
    throws(PyException) -> String
  {
    var (text, old, new) = (text, old, new)
    let (count, width) = old.withUTF8 { o in
      text.withUTF8 { t in (forEachMatch(of: o, in: t, limit: limit) { _ in }, o.count) }
    }
    if count == 0 { return text }
    let total = text.utf8.count + count * (new.utf8.count - width)
    try SequenceBudget.check(total, 1)
    return old.withUTF8 { o in
      text.withUTF8 { t in
        new.withUTF8 { n in
          String(unsafeUninitializedCapacity: total) { buffer in
            let base = buffer.baseAddress!
            var (at, start) = (0, 0)
            func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
              if !range.isEmpty {
                memcpy(base + at, bytes.baseAddress! + range.lowerBound, range.count)
              }
              at += range.count
            }
            _ = forEachMatch(of: o, in: t, limit: limit) { offset in
              copy(t, start..<offset)
              copy(n, 0..<n.count)
              start = offset + width
            }
            copy(t, start..<t.count)
            return at
          }
        }
      }
    }
  }
}
