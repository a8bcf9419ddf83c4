/// `str.join`: the items' UTF-8 bytes and the separator's copied into one buffer of the
/// total length (the library's `joined(separator:)` appended piece by piece, growing and
/// checking the result each time: seven times CPython's time for nine words). Short ASCII
/// items are copied from their own bits (`UTF8Text.copyBytes`).
enum TextJoiner {
  static func joined(_ items: [Value], separator: String) throws(PyException) -> String {
    if items.isEmpty { return "" }
    var total = separator.utf8.count * (items.count - 1)
    for (i, item) in items.enumerated() {
      guard let s = item.as(PyStr.self) else {
        throw .typeError("sequence item \(i): expected str instance, \(item.typeName) found")
      }
      total += s.value.utf8.count
    }
    if items.count == 1 { return items[0].as(PyStr.self)!.value }
    var separator = separator
    return separator.withUTF8 { sep in
      ASCIIText.string(count: total) { buffer in
        var out = buffer.baseAddress!
        // (Checked above: every item is a str.)
        UTF8Text.copyBytes(of: items[0].as(PyStr.self)!.value, to: &out)
        for item in items.dropFirst() {
          for b in sep {
            out.pointee = b
            out += 1
          }
          UTF8Text.copyBytes(of: item.as(PyStr.self)!.value, to: &out)
        }
        return out - buffer.baseAddress!
      }
    }
  }
}
