/// The rest of the `bytes` methods. Those that compare, cut and pad bytes (`count`, `rfind`,
/// `index`, `replace`, `partition`, `ljust`, `zfill`, `strip(chars)`, ...) run as the str
/// method on the bytes read as Latin-1 (one code point per byte, both ways), their bytes
/// arguments and results converted likewise; whitespace, line breaks and case go by ASCII
/// alone, as bytes' do (`b'\xe9'.upper()` stays `b'\xe9'`, `b'\x85'` is no space).
extension PyBytes {
  /// Methods whose str form gives the same bytes, Latin-1 in and out.
  private static let throughText: Set<String> = [
    "count", "find", "rfind", "index", "rindex", "replace", "partition", "rpartition", "ljust",
    "rjust", "center", "zfill", "expandtabs", "removeprefix", "removesuffix", "startswith",
    "endswith", "strip", "lstrip", "rstrip", "split", "rsplit",
  ]
  /// ASCII whitespace, the bytes `split()` and `strip()` separate by.
  static let asciiSpace: Set<UInt8> = [9, 10, 11, 12, 13, 32]
  /// Bytes str's whitespace rules count as space but bytes' do not.
  private static let nonASCIISpace: Set<UInt8> = [0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0xA0]

  func textMethod(_ name: String) -> Value? {
    let bytes = self.bytes
    func make(_ body: @escaping PyBuiltinFunction.Body) -> Value {
      .object(PyBuiltinFunction(name, body))
    }
    if PyBytes.throughText.contains(name) {
      return make { (a, interp) throws(PyException) in
        let searching = PyBytes.searches.contains(name)
        var args = a
        args.positional = try a.positional.enumerated().map { (i, v) throws(PyException) in
          // `b.find(120)`: a byte given as its value.
          if searching, i == 0, case .int(let byte) = v {
            guard (0...255).contains(byte) else {
              throw .valueError("byte must be in range(0, 256)")
            }
            return .str(PyBytes.latin1([UInt8(byte)]))
          }
          return try PyBytes.text(v, name)
        }
        args.keywords = try a.keywords.map { (k) throws(PyException) in
          (k.name, try PyBytes.text(k.value, name))
        }
        // No separator: ASCII whitespace only (`strip()` given it; `split()` by str's rule
        // when the bytes hold none of the others).
        let bare = args.positional.first.map { $0.isNone } ?? true
        if bare && (name == "strip" || name == "lstrip" || name == "rstrip") {
          args.positional = [.str(" \t\n\r\u{0B}\u{0C}")]
        } else if bare && (name == "split" || name == "rsplit"),
          bytes.contains(where: { PyBytes.nonASCIISpace.contains($0) })
        {
          let limitValue = args.positional.count > 1 ? args.positional[1] : a.keyword("maxsplit")
          let limit = limitValue.flatMap { $0.asIndexLike.asInt } ?? -1
          return .list(
            PyBytes.asciiSplit(bytes, limit: limit, fromEnd: name == "rsplit").map {
              .object(PyBytes($0))
            })
        }
        let method = try interp.getAttribute(.str(PyBytes.latin1(bytes)), name)
        do throws(PyException) {
          return PyBytes.fromText(try interp.call(method, args))
        } catch {
          // bytes' own word for a missing piece.
          if name == "index" || name == "rindex", error.isInstance(of: .valueError) {
            throw .valueError("subsection not found")
          }
          throw error
        }
      }
    }
    switch name {
    case "upper", "lower", "swapcase", "capitalize", "title":
      return make { (a, _) throws(PyException) in
        try a.expect(name, min: 0, max: 0)
        return .object(PyBytes(PyBytes.asciiCase(bytes, name)))
      }
    case "isupper", "islower", "isalpha", "isdigit", "isalnum", "isspace", "isascii", "istitle":
      return make { (a, _) throws(PyException) in
        try a.expect(name, min: 0, max: 0)
        return .bool(PyBytes.asciiTest(bytes, name))
      }
    case "splitlines":
      return make { (a, interp) throws(PyException) in
        let keep =
          try a.parameter(0, "keepends").map { (v) throws(PyException) in
            try interp.isTruthy(v)
          } ?? false
        return .list(PyBytes.lines(bytes, keepEnds: keep).map { .object(PyBytes($0)) })
      }
    default: return nil
    }
  }

  /// Methods that find a piece: it may be given as one byte's value.
  private static let searches: Set<String> = ["count", "find", "rfind", "index", "rindex"]

  /// A bytes argument as its Latin-1 text; other values as they are (a str is the TypeError
  /// bytes' method `name` raises).
  private static func text(_ v: Value, _ name: String) throws(PyException) -> Value {
    if let b = v.as(PyBytes.self) { return .str(latin1(b.bytes)) }
    if v.as(PyStr.self) != nil {
      if searches.contains(name) {
        throw .typeError("argument should be integer or bytes-like object, not 'str'")
      }
      if name == "startswith" || name == "endswith" {
        throw .typeError("\(name) first arg must be bytes or a tuple of bytes, not str")
      }
      throw .typeError("a bytes-like object is required, not 'str'")
    }
    if let t = v.as(PyTuple.self) {
      return .tuple(try t.items.map { (item) throws(PyException) in try text(item, name) })
    }
    return v
  }

  /// `split()`/`rsplit()` by ASCII whitespace, at most `limit` times (-1: no limit).
  private static func asciiSplit(_ bytes: [UInt8], limit: Int, fromEnd: Bool) -> [[UInt8]] {
    let source = fromEnd ? Array(bytes.reversed()) : bytes
    var parts: [[UInt8]] = []
    var i = 0
    while i < source.count {
      while i < source.count && asciiSpace.contains(source[i]) { i += 1 }
      guard i < source.count else { break }
      if limit >= 0 && parts.count == limit {
        // The rest, its trailing whitespace kept (leading skipped), as CPython does.
        parts.append(Array(source[i...]))
        break
      }
      let start = i
      while i < source.count && !asciiSpace.contains(source[i]) { i += 1 }
      parts.append(Array(source[start..<i]))
    }
    return fromEnd ? parts.reversed().map { Array($0.reversed()) } : parts
  }

  /// A result back as bytes: texts (alone, in a list or a tuple) by Latin-1.
  private static func fromText(_ v: Value) -> Value {
    if let s = v.as(PyStr.self) {
      return .object(PyBytes(s.value.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
    }
    if let list = v.as(PyList.self) { return .list(list.items.map(fromText)) }
    if let tuple = v.as(PyTuple.self) { return .tuple(tuple.items.map(fromText)) }
    return v
  }

  private static func latin1(_ bytes: [UInt8]) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return String(s)
  }

  private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
  private static func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
  private static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
  private static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
  private static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

  private static func asciiCase(_ bytes: [UInt8], _ name: String) -> [UInt8] {
    switch name {
    case "upper": return bytes.map(upper)
    case "lower": return bytes.map(lower)
    case "swapcase": return bytes.map { isUpper($0) ? lower($0) : upper($0) }
    case "capitalize":
      return bytes.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) }
    default:
      // title: a letter after a non-letter is upper case, after a letter lower case.
      var previousLetter = false
      return bytes.map { b in
        defer { previousLetter = isLetter(b) }
        return previousLetter ? lower(b) : upper(b)
      }
    }
  }

  private static func asciiTest(_ bytes: [UInt8], _ name: String) -> Bool {
    switch name {
    case "isascii": return bytes.allSatisfy { $0 < 128 }
    case "isupper", "islower":
      let cased = bytes.filter(isLetter)
      return !cased.isEmpty && cased.allSatisfy(name == "isupper" ? isUpper : isLower)
    case "istitle":
      var (previousLetter, sawLetter) = (false, false)
      for b in bytes {
        if isUpper(b) {
          if previousLetter { return false }
          sawLetter = true
        } else if isLower(b) {
          if !previousLetter { return false }
        }
        previousLetter = isLetter(b)
      }
      return sawLetter
    default:
      guard !bytes.isEmpty else { return false }
      let digit = { (b: UInt8) in b >= 48 && b <= 57 }
      switch name {
      case "isalpha": return bytes.allSatisfy(isLetter)
      case "isdigit": return bytes.allSatisfy(digit)
      case "isalnum": return bytes.allSatisfy { isLetter($0) || digit($0) }
      default: return bytes.allSatisfy { asciiSpace.contains($0) }
      }
    }
  }

  /// The lines of `bytes`, broken at `\n`, `\r` and `\r\n` only.
  private static func lines(_ bytes: [UInt8], keepEnds: Bool) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var (start, i) = (0, 0)
    while i < bytes.count {
      guard bytes[i] == 10 || bytes[i] == 13 else {
        i += 1
        continue
      }
      let end = i
      i += bytes[i] == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 ? 2 : 1
      lines.append(Array(bytes[start..<(keepEnds ? i : end)]))
      start = i
    }
    if start < bytes.count { lines.append(Array(bytes[start...])) }
    return lines
  }
}
