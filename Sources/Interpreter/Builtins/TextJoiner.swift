#if canImport(Glibc)
  import Glibc
#endif

/// `str.join`: the items' UTF-8 bytes and the separator's copied into one buffer of the
/// total length (the library's `joined(separator:)` appended piece by piece, growing and
/// checking the result each time: seven times CPython's time for nine words).
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
        let base = buffer.baseAddress!
        var at = 0
        func copy(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { copy($0) } }
        func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
          if let from = bytes.baseAddress, !bytes.isEmpty {
            memcpy(base + at, from, bytes.count)
            at += bytes.count
          }
        }
        for (i, item) in items.enumerated() {
          if i > 0 { copy(sep) }
          // (Checked above. Borrowed: a native or small str has its bytes at hand.)
          let text = item.as(PyStr.self)!.value.utf8
          if text.withContiguousStorageIfAvailable({ copy($0) }) == nil { copy(Array(text)) }
        }
        return at
      }
    }
  }
}
