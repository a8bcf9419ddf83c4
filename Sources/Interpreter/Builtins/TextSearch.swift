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

  /// The pieces of `text` between the first `limit` occurrences of `separator` (not empty),
  /// each made by `make` (the matches are counted first: the list is made once).
  static func pieces<Piece>(
    of text: String, separatedBy separator: String, limit: Int = .max,
    _ make: (String) -> Piece
  ) -> [Piece] {
    var (text, separator) = (text, separator)
    return text.withUTF8 { t in
      separator.withUTF8 { s in
        var out: [Piece] = []
        out.reserveCapacity(forEachMatch(of: s, in: t, limit: limit) { _ in } + 1)
        var start = 0
        func piece(_ end: Int) {
          out.append(
            make(UTF8Text.string(UnsafeBufferPointer(rebasing: t[start..<end]))))
          start = end + s.count
        }
        _ = forEachMatch(of: s, in: t, limit: limit) { piece($0) }
        piece(t.count)
        return out
      }
    }
  }

  /// `text` with its first `limit` occurrences of `old` (not empty) replaced by `new`.
  static func replacing(_ old: String, with new: String, in text: String, limit: Int = .max)
    throws(PyException) -> String
  {
    // (The three texts' bytes are reached once, for both passes: reaching them cost more
    // than the work on short texts.)
    enum Outcome {
      case unchanged
      case tooLarge
      case replaced(String)
    }
    var (text, old, new) = (text, old, new)
    let outcome = text.withUTF8 { t in
      old.withUTF8 { o in
        new.withUTF8 { n -> Outcome in
          // One byte for another everywhere (`s.replace(',', ';')`; a lone UTF-8 byte is an
          // ASCII character): the text copied once, the byte mapped on the way.
          if o.count == 1 && n.count == 1 && limit == .max {
            let (from, to) = (o[0], n[0])
            guard let start = t.baseAddress, memchr(start, Int32(from), t.count) != nil else {
              return .unchanged
            }
            return .replaced(
              ASCIIText.string(count: t.count) { buffer in
                for i in 0..<t.count {
                  let b = t[i]
                  buffer[i] = b == from ? to : b
                }
                return t.count
              })
          }
          let count = forEachMatch(of: o, in: t, limit: limit) { _ in }
          if count == 0 { return .unchanged }
          let (growth, overflow) = count.multipliedReportingOverflow(by: n.count - o.count)
          let total = t.count + growth
          if overflow || total > SequenceBudget.limit { return .tooLarge }
          return .replaced(
            ASCIIText.string(count: total) { buffer in
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
                start = offset + o.count
              }
              copy(t, start..<t.count)
              return at
            })
        }
      }
    }
    switch outcome {
    case .unchanged: return text
    case .tooLarge: throw PyException(.memoryError, args: [])
    case .replaced(let result): return result
    }
  }
}

extension TextSearch {
  /// The code point position of a byte offset in UTF-8 text: the bytes before it that begin
  /// a code point.
  static func scalarIndex(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for i in 0..<offset where text[i] & 0xC0 != 0x80 { n += 1 }
    return n
  }

  /// `text.find(needle)`: the code point position of the first occurrence, or nil.
  static func firstIndex(of needle: String, in text: String) -> Int? {
    if needle.isEmpty { return 0 }
    var (text, needle) = (text, needle)
    return text.withUTF8 { t in
      needle.withUTF8 { s in
        var found: Int?
        _ = forEachMatch(of: s, in: t, limit: 1) { found = $0 }
        return found.map { scalarIndex(ofByte: $0, in: t) }
      }
    }
  }

  /// `text.rfind(needle)`: the code point position of the last occurrence, or nil.
  static func lastIndex(of needle: String, in text: String) -> Int? {
    var (text, needle) = (text, needle)
    return text.withUTF8 { t in
      needle.withUTF8 { s in
        guard s.count <= t.count else { return nil }
        if s.isEmpty { return scalarIndex(ofByte: t.count, in: t) }
        var i = t.count - s.count
        while i >= 0 {
          // A match begins at a code point: the needle's first byte begins one.
          if t[i] == s[0] && memcmp(t.baseAddress! + i, s.baseAddress!, s.count) == 0 {
            return scalarIndex(ofByte: i, in: t)
          }
          i -= 1
        }
        return nil
      }
    }
  }

  /// `text.count(needle)` for a non-empty needle: non-overlapping occurrences, at most
  /// `limit` of them.
  static func occurrences(of needle: String, in text: String, limit: Int = .max) -> Int {
    var (text, needle) = (text, needle)
    return text.withUTF8 { t in
      needle.withUTF8 { s in forEachMatch(of: s, in: t, limit: limit) { _ in } }
    }
  }

  /// Whether `text` begins (or ends) with `affix`, byte for byte.
  static func hasAffix(_ affix: String, of text: String, atStart: Bool) -> Bool {
    var (text, affix) = (text, affix)
    return text.withUTF8 { t in
      affix.withUTF8 { a in
        guard a.count <= t.count else { return false }
        if a.isEmpty { return true }
        let start = atStart ? 0 : t.count - a.count
        return memcmp(t.baseAddress! + start, a.baseAddress!, a.count) == 0
      }
    }
  }
}
