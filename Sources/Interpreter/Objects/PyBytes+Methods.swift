/// The `bytes` methods binary parsing uses: `join`, `find`, `startswith`, `endswith`, `split`,
/// `strip`, `hex`.
extension PyBytes {
  static func byteString(_ v: Value, _ what: String) throws(PyException) -> [UInt8] {
    guard let b = v.as(PyBytes.self) else {
      throw .typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
    return b.bytes
  }

  static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var i = max(start, 0)
    while i + needle.count <= haystack.count {
      if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  func method(_ name: String) -> Value? {
    let bytes = self.bytes
    func make(_ body: @escaping PyBuiltinFunction.Body) -> Value {
      .object(PyBuiltinFunction(name, body))
    }
    switch name {
    case "join":
      return make { (a, interp) throws(PyException) in
        var out: [UInt8] = []
        for (i, item) in try interp.collect(a[0]).enumerated() {
          if i > 0 { out += bytes }
          guard let b = item.as(PyBytes.self) else {
            throw .typeError(
              "sequence item \(i): expected a bytes-like object, \(item.typeName) found")
          }
          out += b.bytes
        }
        return .object(PyBytes(out))
      }
    case "find":
      return make { (a, _) throws(PyException) in
        let needle = try PyBytes.byteString(a[0], "find")
        let start = a.count > 1 ? try a.int(1) : 0
        return .int(PyBytes.firstIndex(of: needle, in: bytes, from: start) ?? -1)
      }
    case "startswith", "endswith":
      return make { (a, _) throws(PyException) in
        let affix = try PyBytes.byteString(a[0], name)
        return .bool(
          name == "startswith"
            ? bytes.starts(with: affix)
            : bytes.reversed().starts(
              with: affix.reversed()))
      }
    case "hex":
      return make { (_, _) throws(PyException) in
        let digits = Array("0123456789abcdef")
        return .str(String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }))
      }
    case "strip":
      return make { (_, _) throws(PyException) in
        let space: Set<UInt8> = [9, 10, 11, 12, 13, 32]
        let trimmed = bytes.drop { space.contains($0) }.reversed().drop { space.contains($0) }
        return .object(PyBytes(Array(trimmed.reversed())))
      }
    case "split":
      return make { (a, _) throws(PyException) in
        var separator: [UInt8]?
        if a.count > 0, !(try a[0]).isNone { separator = try PyBytes.byteString(a[0], "split") }
        var parts: [[UInt8]] = []
        if let separator {
          guard !separator.isEmpty else { throw .valueError("empty separator") }
          var start = 0
          while let i = PyBytes.firstIndex(of: separator, in: bytes, from: start) {
            parts.append(Array(bytes[start..<i]))
            start = i + separator.count
          }
          parts.append(Array(bytes[start...]))
        } else {
          let space: Set<UInt8> = [9, 10, 11, 12, 13, 32]
          parts = bytes.split(whereSeparator: { space.contains($0) }).map(Array.init)
        }
        return .list(parts.map { .object(PyBytes($0)) })
      }
    default: return nil
    }
  }
}
