/// `str.join`: the items' UTF-8 bytes and the separator's copied into one buffer of the
/// total length (the library's `joined(separator:)` appended piece by piece, growing and
/// checking the result each time: seven times CPython's time for nine words). Short ASCII
/// items are copied from their own bits (`UTF8Text.copyBytes`).
enum TextJoiner {
  static func joined(_ items: [Value], separator: String) throws(PyException) -> String {
    if items.isEmpty { return "" }
    // The items read in place, each looked at as its str (no copy of each item's value).
    return try items.withUnsafeBufferPointer { (items) throws(PyException) -> String in
      var total = separator.utf8.count * (items.count - 1)
      for i in items.indices {
        guard case .object(let o) = items[i], o.isExactly(PyStr.self) else {
          throw .typeError(
            "sequence item \(i): expected str instance, \(items[i].typeName) found")
        }
        total += unsafeDowncast(o, to: PyStr.self).value.utf8.count
      }
      @inline(__always) func text(_ i: Int) -> String {
        guard case .object(let o) = items[i] else { return "" }
        return unsafeDowncast(o, to: PyStr.self).value
      }
      if items.count == 1 { return text(0) }
      let smallForm = UTF8Text.smallFormHolds
      var separator = separator
      return separator.withUTF8 { sep in
        ASCIIText.string(count: total) { buffer in
          var out = buffer.baseAddress!
          // (Checked above: every item is a str.)
          UTF8Text.copyBytes(of: text(0), to: &out, smallForm: smallForm)
          for i in 1..<items.count {
            for b in sep {
              out.pointee = b
              out += 1
            }
            UTF8Text.copyBytes(of: text(i), to: &out, smallForm: smallForm)
          }
          return out - buffer.baseAddress!
        }
      }
    }
  }
}
