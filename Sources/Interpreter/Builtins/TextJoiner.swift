/// `str.join`: the items' UTF-8 bytes and the separator's copied into one buffer of the
/// total length (the library's `joined(separator:)` appended piece by piece, growing and
/// checking the result each time: seven times CPython's time for nine words). A short ASCII
/// text (Swift's small form) is copied as the two words of its value, read where it lies.
enum TextJoiner {
  static func joined(_ items: [Value], separator: String) throws(PyException) -> String {
    if items.isEmpty { return "" }
    // The items read in place, each looked at as its str (no copy of each item's value).
    return try items.withUnsafeBufferPointer { (items) throws(PyException) -> String in
      // (The class asked for once: its metadata accessor was a call per item and pass.)
      let strClass = ObjectIdentifier(PyStr.self)
      @inline(__always) func str(_ i: Int) -> PyStr? {
        guard case .object(let o) = items[i], ObjectIdentifier(type(of: o)) == strClass else {
          return nil
        }
        return unsafeDowncast(o, to: PyStr.self)
      }
      let smallForm = UTF8Text.smallFormHolds
      var total = separator.utf8.count * (items.count - 1)
      for i in items.indices {
        guard let s = str(i) else {
          throw .typeError(
            "sequence item \(i): expected str instance, \(items[i].typeName) found")
        }
        total +=
          UTF8Text.shortASCIICount(s.valueWords, smallForm: smallForm) ?? s.value.utf8.count
      }
      if items.count == 1 { return str(0)?.value ?? "" }
      let separatorWords = unsafeBitCast(separator, to: (UInt64, UInt64).self)
      let separatorCount = UTF8Text.shortASCIICount(separatorWords, smallForm: smallForm)
      // (Checked above: every item is a str.)
      return ASCIIText.string(count: total, slack: 16) { buffer in
        var out = buffer.baseAddress!
        for i in items.indices {
          if i > 0 {
            if let n = separatorCount {
              store(separatorWords, n, to: &out)
            } else {
              UTF8Text.copyBytes(of: separator, to: &out)
            }
          }
          guard let s = str(i) else { continue }
          let words = s.valueWords
          if let n = UTF8Text.shortASCIICount(words, smallForm: smallForm) {
            store(words, n, to: &out)
          } else {
            UTF8Text.copyBytes(of: s.value, to: &out)
          }
        }
        return out - buffer.baseAddress!
      }
    }
  }

  /// Stores a short ASCII text's `count` bytes at `out` as its two words (sixteen bytes, the
  /// buffer's slack taking what lies past the text) and moves `out` past the text.
  @inline(__always)
  private static func store(
    _ words: (UInt64, UInt64), _ count: Int, to out: inout UnsafeMutablePointer<UInt8>
  ) {
    let raw = UnsafeMutableRawPointer(out)
    raw.storeBytes(of: words.0.littleEndian, as: UInt64.self)
    raw.storeBytes(of: words.1.littleEndian, toByteOffset: 8, as: UInt64.self)
    out += count
  }
}
