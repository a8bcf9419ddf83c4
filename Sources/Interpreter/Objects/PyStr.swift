#if canImport(Glibc)
  import Glibc
#endif

/// A Python `str`. Indexing is by Unicode scalar, as in Python.
public final class PyStr: PyObject {
  /// The text. Changed only by `PyStr.appendInPlace`, on a str nothing else refers to.
  public private(set) var value: String
  /// Scalars, computed on first index or slice.
  /// What is worked out from the text on first use and kept: its hash (0: not yet), whether
  /// it is ASCII, and, rarer, its code points and its reading as a template (`readings`, made
  /// when first needed: most strs never need one, and a str is smaller and quicker to free
  /// without them).
  private var textHash = 0
  private var readings: Readings?

  /// A str's code points and its templates, read on first use.
  private final class Readings {
    var scalars: [Unicode.Scalar]?
    var percentTemplate: PercentTemplate?
    var formatTemplate: StrTemplate?
  }

  private var kept: Readings {
    if let readings { return readings }
    let made = Readings()
    readings = made
    return made
  }

  /// A reading of the text, kept in `slot` of the readings, made by `make` on first use.
  @inline(__always)
  private func reading<T>(_ slot: ReferenceWritableKeyPath<Readings, T?>, _ make: (String) -> T)
    -> T
  {
    let kept = self.kept
    if let read = kept[keyPath: slot] { return read }
    let read = make(value)
    kept[keyPath: slot] = read
    return read
  }

  var percentTemplate: PercentTemplate { reading(\.percentTemplate, PercentTemplate.init) }
  var formatTemplate: StrTemplate { reading(\.formatTemplate, StrTemplate.init) }

  public init(_ value: String) { self.value = value }

  /// A str whose text is known to be ASCII.
  init(ascii value: String) {
    self.value = value
    asciiState = 1
  }

  /// The two words of `value` read where they lie, without retaining the text's storage: for
  /// a short text in Swift's small form, its bytes and count (see `UTF8Text.shortASCII`).
  @inline(__always) var valueWords: (UInt64, UInt64) {
    withUnsafeMutablePointer(to: &value) { UnsafeRawPointer($0).load(as: (UInt64, UInt64).self) }
  }

  /// Python's equality of two strs: the same code points.
  @inline(__always) func sameText(as other: PyStr) -> Bool {
    self === other || PyStr.sameText(value, other.value)
  }

  /// Python's equality of two objects that something else keeps alive (variables' values,
  /// literals), looked at without retaining them, when both are exactly strs; nil otherwise.
  @inline(__always)
  static func sameText(_ a: Unmanaged<PyObject>, _ b: Unmanaged<PyObject>) -> Bool? {
    a._withUnsafeGuaranteedRef { x in
      b._withUnsafeGuaranteedRef { y in
        guard x.isExactly(PyStr.self), y.isExactly(PyStr.self) else { return nil }
        return unsafeDowncast(x, to: PyStr.self).sameText(as: unsafeDowncast(y, to: PyStr.self))
      }
    }
  }

  /// Python's str equality: the same code points (the same UTF-8 bytes), compared where the
  /// bytes lie. (Swift's `==` asks for canonical equivalence, "é" equal to "e\u{301}", and
  /// even for two ASCII texts took three library calls and a hundred instructions.)
  @inline(__always) static func sameText(_ a: String, _ b: String) -> Bool {
    let (x, y) = (a.utf8, b.utf8)
    guard x.count == y.count else { return false }
    let same = x.withContiguousStorageIfAvailable { p in
      y.withContiguousStorageIfAvailable { q in
        p.isEmpty || p.baseAddress == q.baseAddress
          || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0
      }
    }
    return (same ?? nil) ?? x.elementsEqual(y)
  }

  /// Only for `appendInPlace`: this str must be referred to by nothing else.
  func appendText(_ text: String) {
    value.append(text)
    readings = nil
    textHash = 0
    asciiState = 0
    singleByteState = 0
  }

  /// 0: not yet known, 1: every character is ASCII, 2: some is not.
  private var asciiState: UInt8 = 0

  /// Whether every character is ASCII (a code point per byte), worked out on first use.
  var isASCII: Bool {
    if asciiState == 0 { asciiState = PyStr.isASCII(value) ? 1 : 2 }
    return asciiState == 1
  }

  override public var pyClass: PyClass { .str }

  /// The number of code points (a byte each in an ASCII str; else from the cache, computed
  /// on first use).
  var scalarCount: Int { isASCII ? value.utf8.count : scalars.count }

  public var scalars: [Unicode.Scalar] {
    reading(\.scalars) { Array($0.unicodeScalars) }
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    PyStr.repr(value)
  }

  override public func str(_ interp: Interpreter) throws(PyException) -> String { value }

  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException) -> String {
    try FormatSpec.parse(spec, for: "str").apply(toString: value)
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !value.isEmpty
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int {
    scalarCount
  }

  /// The character of a one-character ASCII str, else nil (worked out on first use: `ch in
  /// 'aeiou'` asks it of the same few strs again and again).
  @inline(__always) var singleASCIIByte: UInt8? {
    if singleByteState == 0 { findSingleASCIIByte() }
    return singleByteState & 0x100 != 0 ? UInt8(truncatingIfNeeded: singleByteState) : nil
  }

  @inline(never) private func findSingleASCIIByte() {
    singleByteState = UTF8Text.singleASCIIByte(of: value).map { 0x100 | UInt16($0) } ?? 0x200
  }

  /// 0: not yet known; 0x100 | b: the text is the ASCII character b alone; 0x200: it is not.
  private var singleByteState: UInt16 = 0

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    if isASCII {
      // A short text's bytes are its value's own two words (no array to make and free).
      let words = valueWords
      if let count = UTF8Text.shortASCIICount(words, smallForm: interp.shortStrs.smallForm) {
        return ASCIITextIterator(words: words, count: count)
      }
      return ASCIITextIterator(Array(value.utf8))
    }
    let chars = scalars
    return PyClosureIterator(count: chars.count) { .str(String(chars[$0])) }
  }

  override public func contains(_ item: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    guard let s = item.as(PyStr.self) else {
      throw .typeError("'in <string>' requires string as left operand, not \(item.typeName)")
    }
    // By bytes, as code points match ("\r" is in "\r\n", as in Python).
    return s.value.isEmpty || TextSearch.occurrences(of: s.value, in: value, limit: 1) > 0
  }

  /// `s[i]` of a short ASCII text (Swift's small form), read from the value's own words: the
  /// interpreter's str of the character; nil for any other text or an index out of range.
  @inline(__always)
  func shortASCIICharacter(at index: Int, _ interp: Interpreter) -> Value? {
    let (low, high) = valueWords
    guard let count = UTF8Text.shortASCIICount((low, high), smallForm: interp.shortStrs.smallForm)
    else { return nil }
    let i = index < 0 ? index + count : index
    guard i >= 0 && i < count else { return nil }
    let byte = i < 8 ? low >> UInt64(8 * i) : high >> UInt64(8 * (i - 8))
    return interp.asciiCharacter(UInt8(truncatingIfNeeded: byte))
  }

  /// `s[a:b]` of an ASCII str, `range` its clamped byte offsets: the whole str is the str
  /// itself, as in CPython (`s[:] is s`).
  func asciiSlice(_ range: Range<Int>) -> Value {
    if range.lowerBound == 0 && range.upperBound >= value.utf8.count { return .object(self) }
    var text = value
    return text.withUTF8 { bytes in
      .object(PyStr(ascii: UTF8Text.string(UnsafeBufferPointer(rebasing: bytes[range]))))
    }
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    // `s[i]` of an ASCII str: the interpreter's one str object for the character.
    if case .int(var i) = key, isASCII {
      let count = value.utf8.count
      if i < 0 { i += count }
      if i >= 0 && i < count {
        let byte = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: i)]
        return interp.asciiCharacter(byte)
      }
    }
    if let slice = key.as(PySlice.self) {
      if isASCII {
        // Byte by byte: a code point each.
        let (start, stop, step) = try slice.resolve(count: value.utf8.count, interp)
        if step == 1 { return asciiSlice(start..<Swift.max(start, stop)) }
        var text = value
        return text.withUTF8 { bytes in
          // Every step-th byte, written straight into the new str.
          let count = PySlice.length(start, stop, step)
          let picked = ASCIIText.string(count: count) { out in
            var (i, at) = (start, 0)
            while at < count {
              out[at] = bytes[i]
              i &+= step
              at += 1
            }
            return count
          }
          return .object(PyStr(ascii: picked))
        }
      }
      let chars = scalars
      let indices = try slice.indices(count: chars.count, interp)
      var out = String.UnicodeScalarView()
      for i in indices { out.append(chars[i]) }
      return .str(String(out))
    }
    let chars = scalars
    let i = try interp.sequenceIndex(key, count: chars.count, typeName: "string")
    return .str(String(chars[i]))
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    switch op {
    case .add where !reflected:
      guard let o = other.as(PyStr.self) else {
        throw .typeError("can only concatenate str (not \"\(other.typeName)\") to str")
      }
      return .str(value + o.value)
    case .multiply:
      // (Anything else: the other operand's own multiply, else Interpreter.binary's refusal.)
      guard case .int(let n) = other.asIndexLike else { return nil }
      let copies = try SequenceBudget.copies(
        isASCII ? value.utf8.count : value.unicodeScalars.count, n,
        tooLong: "repeated string is too long")
      return .str(String(repeating: value, count: copies))
    case .modulo where !reflected:
      return .str(try percentTemplate.apply(other, interp))
    default:
      return nil
    }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PyStr.self) else { return try super.compare(op, other, interp) }
    // Code point by code point, as Python compares (Swift's `==` on String would take
    // canonically equivalent texts as equal, "é" and "e\u{301}"). UTF-8 orders as its code
    // points do.
    let (a, b) = (value.utf8, o.value.utf8)
    switch op {
    case .equal: return .bool(sameText(as: o))
    case .notEqual: return .bool(!sameText(as: o))
    case .less: return .bool(a.lexicographicallyPrecedes(b))
    case .greater: return .bool(b.lexicographicallyPrecedes(a))
    case .lessEqual: return .bool(!b.lexicographicallyPrecedes(a))
    case .greaterEqual: return .bool(!a.lexicographicallyPrecedes(b))
    }
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    .text(textKey)
  }

  /// The hash of this str's text (as its dict key has it), computed on first use.
  @inline(__always) var keptTextHash: Int {
    if textHash == 0 { findTextHash() }
    return textHash
  }

  @inline(never) private func findTextHash() {
    // A short ASCII text from its words where they lie (no copy of the value).
    if let hash = TextKey.shortTextHash(valueWords) {
      textHash = hash
      asciiState = 1
      return
    }
    let (hash, ascii) = TextKey.hashAndASCII(of: value)
    textHash = hash
    asciiState = ascii ? 1 : 2
  }

  /// Whether a table's `key` is this str's (`textHash` being its kept hash): the hashes
  /// compared first, then the text.
  @inline(__always) func isKey(_ key: HashKey, textHash: Int) -> Bool {
    guard case .text(let stored) = key, stored.hash == textHash else { return false }
    return stored.isASCII ? stored.text == value : PyStr.sameText(stored.text, value)
  }

  /// The dict key of this str, its hash computed on first use.
  public var textKey: TextKey {
    let hash = keptTextHash
    return TextKey(value, hash: hash, isASCII: asciiState == 1)
  }

  /// Python's string repr: single quotes unless the text has a `'` and no `"`; backslash
  /// escapes for the quote, `\\`, `\n`, `\r`, `\t` and every character Python deems not
  /// printable (`\xhh`, `\uhhhh`, `\Uhhhhhhhh`).
  public static func repr(_ s: String) -> String {
    var hasSingle = false
    var hasDouble = false
    var plain = true
    for b in s.utf8 {
      switch b {
      case 39: hasSingle = true
      case 34: hasDouble = true
      case 92, 0..<0x20, 0x7F...: plain = false
      default: break
      }
    }
    let quote: UInt32 = hasSingle && !hasDouble ? 34 : 39
    if plain && !(hasSingle && hasDouble) {
      // Printable ASCII with nothing to escape: the text between quotes.
      let q = quote == 34 ? "\"" : "'"
      return q + s + q
    }
    var out = quote == 34 ? "\"" : "'"
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 92: out += "\\\\"
      case 10: out += "\\n"
      case 13: out += "\\r"
      case 9: out += "\\t"
      case quote: out += quote == 34 ? "\\\"" : "\\'"
      case 0x20..<0x7F: out.unicodeScalars.append(scalar)
      default:
        if isPrintable(scalar) {
          out.unicodeScalars.append(scalar)
        } else {
          out += escaped(scalar)
        }
      }
    }
    out += quote == 34 ? "\"" : "'"
    return out
  }

  /// Python's `str.isprintable` for one character: not a control, format, surrogate,
  /// private-use, unassigned or separator character (the ASCII space excepted).
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0x20 { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return false
    default: return true
    }
  }

  /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, as Python's repr writes a character it cannot show.
  /// Whether every byte of a text is ASCII: eight bytes at a time (iterating the UTF-8 view
  /// cost about forty instructions a byte).
  static func isASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return true }
      var (i, high) = (0, UInt64(0))
      while i + 8 <= bytes.count {
        high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        i += 8
      }
      while i < bytes.count {
        high |= UInt64(base[i])
        i += 1
      }
      return high & 0x8080_8080_8080_8080 == 0
    }
  }

  /// A text with every non-ASCII character escaped (`ascii()`, `%a`).
  static func asciiEscaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII { out.unicodeScalars.append(scalar) } else { out += escaped(scalar) }
    }
    return out
  }

  static func escaped(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    let (prefix, width) =
      scalar.value <= 0xFF ? ("\\x", 2) : scalar.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
    return prefix + String(repeating: "0", count: width - hex.count) + hex
  }
}

extension Value {
  /// Ints and bools as an int (Python's `__index__`), else self.
  public var asIndexLike: Value {
    switch self {
    case .bool(let b): return .int(b ? 1 : 0)
    case .object(let o): return o.indexValue.map { .int($0) } ?? self
    default: return self
    }
  }
}
