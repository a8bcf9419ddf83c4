/// Methods of `str`.
enum StringMethods {
  static func install() {
    let c = PyClass.str
    func receiver(_ a: Arguments) throws(PyException) -> String {
      try a.receiver(PyStr.self, "str").value
    }

    func string(_ v: Value) throws(PyException) -> String {
      try v.receiver(PyStr.self, "str").value
    }
    // (Each body written out: a closure taken from an array of pairs is called through
    // conversion thunks.)
    func caseMapped(_ v: Value, upper: Bool, _ interp: Interpreter) throws(PyException) -> Value {
      let s = try v.receiver(PyStr.self, "str")
      // A short ASCII text: mapped in the two words of its value, the str a kept one.
      let (low, high) = s.valueWords
      if UTF8Text.shortASCIICount((low, high), smallForm: interp.shortStrs.smallForm) != nil {
        let form: UInt64 = 0xFF << 56
        return .object(
          interp.shortStrs.str(
            low: ASCIIText.caseMapped(word: low, upper: upper),
            high: ASCIIText.caseMapped(word: high & ~form, upper: upper) | high & form))
      }
      // (The library's own mapping is quicker for a text kept in the value itself.)
      if s.isASCII && s.value.utf8.count > 15 {
        return .object(PyStr(ascii: ASCIIText.caseMapped(s.value, upper: upper)))
      }
      if upper || s.isASCII { return .str(upper ? s.value.uppercased() : s.value.lowercased()) }
      return .str(TextCase.lower(s.value))
    }
    c.method(
      "upper",
      fixed: FixedArityEntries(one: { (s, interp) throws(PyException) in
        try caseMapped(s, upper: true, interp)
      }))
    c.method(
      "lower",
      fixed: FixedArityEntries(one: { (s, interp) throws(PyException) in
        try caseMapped(s, upper: false, interp)
      }))
    c.method("encode") { (a, _) throws(PyException) in
      let s = try receiver(a)
      let encoding = try a.parameter(1, "encoding").map { (v) throws(PyException) in
        try TextCodec.name(v, "encode() argument 'encoding'")
      }
      let errors = try a.parameter(2, "errors").map { (v) throws(PyException) in
        try TextCodec.name(v, "encode() argument 'errors'")
      }
      return .object(
        PyBytes(try TextCodec.encode(s, encoding ?? "utf-8", errors: errors ?? "strict")))
    }
    c.method("title") { (a, _) throws(PyException) in .str(TextCase.title(try receiver(a))) }
    c.method("capitalize") { (a, _) throws(PyException) in
      .str(TextCase.capitalize(try receiver(a)))
    }
    for (name, side) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
      func strip(_ text: Value, _ chars: Value?) throws(PyException) -> Value {
        // Code points, as Python strips (a "\r\n" pair is two of them).
        let given: Set<Unicode.Scalar>?
        var charText: String?
        if let chars, !chars.isNone {
          guard let c = chars.as(PyStr.self) else {
            throw .typeError("\(name) arg must be None or str")
          }
          given = Set(c.value.unicodeScalars)
          charText = c.value
        } else {
          given = nil
        }
        func strip(_ c: Unicode.Scalar) -> Bool {
          given?.contains(c) ?? c.isPythonSpace
        }
        let source = try text.receiver(PyStr.self, "str")
        if given == nil || given!.allSatisfy({ $0.isASCII }) {
          // Byte by byte; the str itself when nothing is stripped, as CPython gives it.
          var value = source.value
          let kept = value.withUTF8 { bytes -> Value? in
            guard let range = ASCIIText.stripped(bytes, chars: charText, side: side) else {
              return nil
            }
            if range.count == bytes.count { return .object(source) }
            return .str(UTF8Text.string(UnsafeBufferPointer(rebasing: bytes[range])))
          }
          if let kept { return kept }
        }
        var s = Substring(source.value).unicodeScalars
        if side != 2 { while let f = s.first, strip(f) { s = s.dropFirst() } }
        if side != 1 { while let l = s.last, strip(l) { s = s.dropLast() } }
        return .str(String(s))
      }
      c.method(
        name,
        fixed: FixedArityEntries(
          one: { (s, interp) throws(PyException) in
            if case .object(let o) = s, o.isExactly(PyStr.self) {
              let text = unsafeDowncast(o, to: PyStr.self)
              if text.isASCII {
                return .object(ASCIIWords.stripped(text, side: side, interp.shortStrs))
              }
            }
            return try strip(s, nil)
          },
          two: { (s, chars, _) throws(PyException) in try strip(s, chars) }))
    }
    // `line.split()` and `line.split(',')` take their arguments as values.
    c.method(
      "split",
      fixed: FixedArityEntries(
        one: { (s, interp) throws(PyException) in
          try split(s.receiver(PyStr.self, "str"), nil, -1, interp)
        },
        two: { (s, sep, interp) throws(PyException) in
          try split(s.receiver(PyStr.self, "str"), separator(sep), -1, interp)
        }),
      general: { (a, interp) throws(PyException) in
        let sep = try separator(a)
        let maxsplit = a.count > 2 ? try a.int(2) : (a.keyword("maxsplit")?.asInt ?? -1)
        return try split(a.receiver(PyStr.self, "str"), sep, maxsplit, interp)
      })
    c.method(
      "join", messageName: "str.join",
      fixed: FixedArityEntries(two: { (separator, items, interp) throws(PyException) in
        let all: [Value]
        if let sequence = items.as(PySequence.self) {
          all = sequence.items
        } else {
          // CPython's words for a TypeError from getting the iterator (errors raised while
          // iterating pass through).
          let iterator: PyIterator
          do throws(PyException) {
            iterator = try interp.iterate(items)
          } catch  where error.isInstance(of: .typeError) {
            throw .typeError("can only join an iterable")
          }
          all = try interp.collect(.object(iterator))
        }
        return .str(try TextJoiner.joined(all, separator: try string(separator)))
      }))
    // (Three arguments with the receiver, the common call, take the fixed entry.)
    func text(_ v: Value, _ what: String) throws(PyException) -> String {
      guard let s = v.as(PyStr.self) else {
        throw .typeError("\(what) must be str, not \(v.typeName)")
      }
      return s.value
    }
    c.method(
      "replace",
      fixed: FixedArityEntries(three: { (s, old, new, _) throws(PyException) in
        .str(
          try replaced(
            string(s), old.string("replace() argument 1"), new.string("replace() argument 2"),
            count: -1))
      }),
      general: { (a, _) throws(PyException) in
        try a.expectMethod("replace", min: 2, max: 3)
        let old = try a.string(1, "replace() argument 1")
        let new = try a.string(2, "replace() argument 2")
        let count = a.count > 3 ? try a.int(3) : -1
        return .str(try replaced(receiver(a), old, new, count: count))
      })
    for (name, atStart) in [("startswith", true), ("endswith", false)] {
      func affix(_ text: String, _ first: Value) throws(PyException) -> Bool {
        // A tuple of candidates: any of them.
        let candidates = first.as(PyTuple.self)?.items ?? [first]
        for candidate in candidates {
          guard let s = candidate.as(PyStr.self)?.value else {
            throw .typeError(
              "\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
          }
          if TextSearch.hasAffix(s, of: text, atStart: atStart) { return true }
        }
        return false
      }
      c.method(
        name,
        fixed: FixedArityEntries(two: { (s, first, _) throws(PyException) in
          .bool(try affix(string(s), first))
        }),
        general: { (a, _) throws(PyException) in
          try a.expectMethod("str.\(name)", min: 1, max: 3)
          guard let (text, _) = try window(a) else { return .bool(false) }
          return .bool(try affix(text, a[1]))
        })
    }
    c.method("find") { (a, _) throws(PyException) in
      try a.expectMethod("str.find", min: 1, max: 3)
      guard let (text, offset) = try window(a) else { return .int(-1) }
      return .int(
        TextSearch.firstIndex(of: try a.string(1, "must be str"), in: text).map { $0 + offset }
          ?? -1)
    }
    c.method("index") { (a, _) throws(PyException) in
      try a.expectMethod("str.index", min: 1, max: 3)
      guard let (text, offset) = try window(a),
        let i = TextSearch.firstIndex(of: try a.string(1, "must be str"), in: text).map({
          $0 + offset
        })
      else {
        throw .valueError("substring not found")
      }
      return .int(i)
    }
    c.method("count") { (a, _) throws(PyException) in
      try a.expectMethod("str.count", min: 1, max: 3)
      let needle = try a.string(1, "must be str")
      guard let (text, _) = try window(a) else { return .int(0) }
      return .int(
        needle.isEmpty
          ? text.unicodeScalars.count + 1 : TextSearch.occurrences(of: needle, in: text))
    }
    c.method(
      "isdigit",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        let s = try v.receiver(PyStr.self, "str")
        if s.isASCII { return .bool(ASCIIText.all(s.value) { $0 >= 0x30 && $0 <= 0x39 }) }
        return .bool(
          !s.value.isEmpty && s.value.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
        )
      }))
    c.method(
      "isalpha",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        let s = try v.receiver(PyStr.self, "str")
        if s.isASCII {
          return .bool(ASCIIText.all(s.value) { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A })
        }
        return .bool(
          !s.value.isEmpty && s.value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
      }))
    c.method(
      "isspace",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        let s = try v.receiver(PyStr.self, "str")
        if s.isASCII { return .bool(ASCIIText.all(s.value, ASCIIText.isSpace)) }
        return .bool(!s.value.isEmpty && s.value.unicodeScalars.allSatisfy { $0.isPythonSpace })
      }))
    c.method("zfill") { (a, _) throws(PyException) in
      try a.expectMethod("str.zfill", min: 1, max: 1)
      let s = try receiver(a)
      let width = try a.int(1)
      let n = s.unicodeScalars.count
      guard width > n else { return .str(s) }
      try SequenceBudget.check(width, 1)
      let pad = String(filling: "0", count: width - n)
      if let f = s.first, f == "-" || f == "+" { return .str(String(f) + pad + s.dropFirst()) }
      return .str(pad + s)
    }
    for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
      c.method(name) { (a, _) throws(PyException) in
        try a.expectMethod(name, min: 1, max: 2)
        let fill = a.count > 2 ? try a.string(2, "fill") : " "
        guard fill.unicodeScalars.count == 1 else {
          throw .typeError("The fill character must be exactly one character long")
        }
        try SequenceBudget.check(try a.int(1), 1)
        if name == "center" {
          // CPython: the odd padding character goes left when the width is odd.
          let s = try receiver(a)
          let width = try a.int(1)
          guard width > s.count else { return .str(s) }
          let pad = width - s.count
          let left = pad / 2 + (pad & width & 1)
          let f = fill.first ?? " "
          return .str(String(filling: f, count: left) + s + String(filling: f, count: pad - left))
        }
        var spec = FormatSpec()
        spec.fill = fill.first ?? " "
        spec.align = align.first
        spec.width = try a.int(1)
        return .str(spec.pad(try receiver(a), numeric: false))
      }
    }
    c.method("format") { (a, interp) throws(PyException) in
      .str(
        try a.receiver(PyStr.self, "str").formatTemplate.apply(
          a.positional.dropFirst(), a.keywords, interp))
    }
    // format_map(mapping): the mapping's string keys as keyword arguments.
    c.method("format_map") { (a, interp) throws(PyException) in
      try a.expectMethod("str.format_map", min: 1, max: 1)
      guard let mapping = try a[1].as(PyDict.self) else {
        throw .typeError("format_map() argument must be a mapping, not \(try a[1].typeName)")
      }
      var keywords: [(name: String, value: Value)] = []
      for (key, value) in zip(mapping.keys, mapping.values) {
        if let name = key.as(PyStr.self)?.value { keywords.append((name, value)) }
      }
      return .str(try a.receiver(PyStr.self, "str").formatTemplate.apply([], keywords, interp))
    }
  }

  /// `s.replace(old, new, count)` (a negative count: every occurrence).
  static func replaced(_ s: String, _ old: String, _ new: String, count: Int) throws(PyException)
    -> String
  {
    if old.isEmpty {
      // Python puts `new` before every code point and at the end, `count` times at most.
      let scalars = Array(s.unicodeScalars)
      let limit = count < 0 ? scalars.count + 1 : Swift.min(count, scalars.count + 1)
      try SequenceBudget.check(new.unicodeScalars.count, limit)
      var out = ""
      for (i, scalar) in scalars.enumerated() {
        if i < limit { out += new }
        out.unicodeScalars.append(scalar)
      }
      if limit > scalars.count { out += new }
      return out
    }
    return try TextSearch.replacing(old, with: new, in: s, limit: count < 0 ? .max : count)
  }

  /// Python's `str.split`: whitespace runs when `sep` is nil; at most `maxsplit` splits.
  /// `split`'s and `rsplit`'s separator: None (whitespace runs) or a non-empty string.
  static func separator(_ a: Arguments) throws(PyException) -> String? {
    guard let given = a.count > 1 ? try a[1] : a.keyword("sep") else { return nil }
    return try separator(given)
  }

  static func separator(_ given: Value) throws(PyException) -> String? {
    guard !given.isNone else { return nil }
    guard let sep = given.as(PyStr.self)?.value else {
      throw .typeError("must be str or None, not \(given.typeName)")
    }
    guard !sep.isEmpty else { throw .valueError("empty separator") }
    return sep
  }

  /// `text.split(sep, maxsplit)` as a list of strs (ASCII pieces of an ASCII text known as
  /// such).
  static func split(
    _ text: PyStr, _ sep: String?, _ maxsplit: Int, _ interp: Interpreter
  ) throws(PyException) -> Value {
    let s = text.value
    if let sep {
      let ascii = text.isASCII
      if ascii,
        let pieces = ASCIIWords.split(
          s, separator: sep, limit: maxsplit < 0 ? .max : maxsplit, interp.shortStrs)
      {
        return .list(pieces)
      }
      return .list(
        TextSearch.pieces(of: s, separatedBy: sep, limit: maxsplit < 0 ? .max : maxsplit) {
          ascii ? Value.object(PyStr(ascii: $0)) : .str($0)
        })
    }
    if maxsplit < 0, let words = ASCIIWords.split(s, interp.shortStrs) {
      return .list(words)
    }
    if let words = splitASCIIWhitespace(s, maxsplit, { Value.object(PyStr(ascii: $0)) }) {
      return .list(words)
    }
    return .list(split(s, sep, maxsplit).map { .str($0) })
  }

  static func split(_ s: String, _ sep: String?, _ maxsplit: Int) -> [String] {
    guard let sep else {
      if let words = splitASCIIWhitespace(s, maxsplit, { $0 }) { return words }
      // Runs of whitespace code points separate the words (by code point: Characters cost a
      // grapheme break test each).
      var out: [String] = []
      let view = s.unicodeScalars
      var i = view.startIndex
      let end = view.endIndex
      while true {
        while i < end && view[i].isPythonSpace { i = view.index(after: i) }
        if i == end { break }
        if maxsplit >= 0 && out.count == maxsplit {
          // The rest as it stands: only its leading whitespace is dropped.
          out.append(String(s[i..<end]))
          break
        }
        var j = i
        while j < end && !view[j].isPythonSpace { j = view.index(after: j) }
        out.append(String(s[i..<j]))
        i = j
      }
      return out
    }
    return TextSearch.pieces(of: s, separatedBy: sep, limit: maxsplit < 0 ? .max : maxsplit) { $0 }
  }

  /// `split()` of an ASCII text, byte by byte, each word made into a piece by `piece`; nil
  /// when the text is not ASCII. (The words are counted first, so that the list is made once.)
  private static func splitASCIIWhitespace<Piece>(
    _ s: String, _ maxsplit: Int, _ piece: (String) -> Piece
  ) -> [Piece]? {
    var text = s
    return text.withUTF8 { bytes -> [Piece]? in
      let isSpace = ASCIIText.isSpace
      let n = bytes.count
      var (words, wasSpace) = (0, true)
      for b in bytes {
        if b >= 0x80 { return nil }
        let space = isSpace(b)
        if wasSpace && !space { words += 1 }
        wasSpace = space
      }
      var out: [Piece] = []
      out.reserveCapacity(maxsplit >= 0 && maxsplit < words ? maxsplit + 1 : words)
      @inline(__always) func word(_ range: Range<Int>) -> Piece {
        piece(UTF8Text.string(UnsafeBufferPointer(rebasing: bytes[range])))
      }
      var i = 0
      while true {
        while i < n && isSpace(bytes[i]) { i += 1 }
        if i == n { break }
        if maxsplit >= 0 && out.count == maxsplit {
          // The rest as it stands: only its leading whitespace is dropped.
          out.append(word(i..<n))
          break
        }
        var j = i
        while j < n && !isSpace(bytes[j]) { j += 1 }
        out.append(word(i..<j))
        i = j
      }
      return out
    }
  }

  /// The receiver cut to the optional `start` and `end` arguments (positions 2 and 3, slice
  /// rules in code points), and where the cut begins; nil when `start` lies past the end
  /// (nothing is found there, not even the empty string).
  static func window(_ a: Arguments) throws(PyException) -> (String, Int)? {
    let s = try a.receiver(PyStr.self, "str").value
    guard a.count > 2 else { return (s, 0) }
    let scalars = Array(s.unicodeScalars)
    func bound(_ position: Int, _ fallback: Int) throws(PyException) -> Int {
      guard a.count > position else { return fallback }
      let v = try a[position]
      if v.isNone { return fallback }
      guard case .int(var i) = v.asIndexLike else {
        throw .typeError("slice indices must be integers or None or have an __index__ method")
      }
      if i < 0 { i += scalars.count }
      return Swift.min(Swift.max(i, 0), scalars.count + 1)
    }
    let start = try bound(2, 0)
    if start > scalars.count { return nil }
    let end = Swift.min(try bound(3, scalars.count), scalars.count)
    guard start <= end else { return ("", start) }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[start..<end])
    return (String(out), start)
  }
}

extension String {
  func replacingAll(_ old: String, with new: String) -> String {
    if old.isEmpty { return self }
    return (try? TextSearch.replacing(old, with: new, in: self)) ?? self
  }

  /// The code points in reverse order.
  var scalarsReversed: String { String(String.UnicodeScalarView(unicodeScalars.reversed())) }
}

extension Unicode.Scalar {
  /// Python's `str.isspace` for one code point: Unicode's White_Space, and the separators
  /// U+001C to U+001F.
  @inline(__always) var isPythonSpace: Bool {
    if value < 0x80 { return ASCIIText.isSpace(UInt8(value)) }
    return properties.isWhitespace
  }
}
