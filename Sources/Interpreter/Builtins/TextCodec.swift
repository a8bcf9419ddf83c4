/// The codecs `str.encode` and `bytes.decode` know (UTF-8, with a signature too, UTF-16,
/// UTF-32, ASCII, Latin-1), with CPython's error handlers (`strict`, `ignore`, `replace`,
/// `backslashreplace`, and `xmlcharrefreplace` for encoding) and its messages, which name the
/// bytes or characters that failed and why.
enum TextCodec {
  enum Kind: Equatable {
    case utf8, ascii, latin1
    /// `utf-8-sig`: UTF-8 after a byte order mark (written, and skipped when read).
    case utf8Signature
    /// UTF-16 or UTF-32 (`width` 2 or 4 bytes); `bigEndian` nil: a byte order mark says
    /// (written little-endian after one; read little-endian without one).
    case wide(width: Int, bigEndian: Bool?)

    /// CPython's name in messages.
    var name: String {
      switch self {
      case .utf8, .utf8Signature: return "utf-8"
      case .ascii: return "ascii"
      case .latin1: return "latin-1"
      case .wide(let width, let bigEndian):
        let order = bigEndian.map { $0 ? "-be" : "-le" } ?? ""
        return "utf-\(width * 8)\(order)"
      }
    }
  }

  static func kind(_ encoding: String) throws(PyException) -> Kind {
    switch encoding.lowercased().replacingAll("_", with: "-") {
    case "utf-8", "utf8", "u8", "utf": return .utf8
    case "utf-8-sig", "utf8-sig": return .utf8Signature
    case "utf-16", "utf16": return .wide(width: 2, bigEndian: nil)
    case "utf-16-le", "utf-16le": return .wide(width: 2, bigEndian: false)
    case "utf-16-be", "utf-16be": return .wide(width: 2, bigEndian: true)
    case "utf-32", "utf32": return .wide(width: 4, bigEndian: nil)
    case "utf-32-le", "utf-32le": return .wide(width: 4, bigEndian: false)
    case "utf-32-be", "utf-32be": return .wide(width: 4, bigEndian: true)
    case "ascii", "us-ascii", "646": return .ascii
    case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin": return .latin1
    default: throw PyException(.lookupError, "unknown encoding: \(encoding)")
    }
  }

  /// An encoding or error handler argument (`what` is CPython's "decode() argument
  /// 'encoding'"): a str, else Argument Clinic's TypeError, which calls None "None".
  static func name(_ v: Value, _ what: String) throws(PyException) -> String {
    guard let s = v.as(PyStr.self) else {
      throw .typeError("\(what) must be str, not \(v.isNone ? "None" : v.typeName)")
    }
    return s.value
  }

  private static func unknownHandler(_ errors: String) -> PyException {
    PyException(.lookupError, "unknown error handler name '\(errors)'")
  }

  /// `"\xe9"`, `"\u263a"`, `"\U0001f600"`: a code point as CPython's messages and
  /// `backslashreplace` write it.
  static func escaped(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    let (prefix, width) = value < 0x100 ? ("\\x", 2) : value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
    return prefix + String(repeating: "0", count: width - hex.count) + hex
  }

  // MARK: - Encoding

  static func encode(_ text: String, _ encoding: String, errors: String) throws(PyException)
    -> [UInt8]
  {
    let kind = try kind(encoding)
    switch kind {
    case .utf8: return Array(text.utf8)
    case .utf8Signature: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .wide(let width, let bigEndian): return encodeWide(text, width: width, bigEndian)
    case .ascii, .latin1: break
    }
    let limit: UInt32 = kind == .ascii ? 0x80 : 0x100
    let scalars = Array(text.unicodeScalars)
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count)
    var i = 0
    while i < scalars.count {
      guard scalars[i].value >= limit else {
        out.append(UInt8(scalars[i].value))
        i += 1
        continue
      }
      // A run of characters the codec cannot write fails (or is replaced) together.
      var end = i + 1
      while end < scalars.count && scalars[end].value >= limit { end += 1 }
      switch errors {
      case "strict":
        let what =
          end - i == 1
          ? "character '\(escaped(scalars[i].value))' in position \(i)"
          : "characters in position \(i)-\(end - 1)"
        throw PyException(
          .unicodeEncodeError,
          "'\(kind.name)' codec can't encode \(what): ordinal not in range(\(limit))")
      case "ignore": break
      case "replace": out += [UInt8](repeating: UInt8(ascii: "?"), count: end - i)
      case "backslashreplace":
        for scalar in scalars[i..<end] { out += Array(escaped(scalar.value).utf8) }
      case "xmlcharrefreplace":
        for scalar in scalars[i..<end] { out += Array("&#\(scalar.value);".utf8) }
      default: throw unknownHandler(errors)
      }
      i = end
    }
    return out
  }

  // MARK: - Decoding

  static func decode(_ bytes: [UInt8], _ encoding: String, errors: String) throws(PyException)
    -> String
  {
    var kind = try kind(encoding)
    var i = 0
    switch kind {
    case .latin1:
      return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    case .utf8Signature:
      // (Positions in its messages count from after the mark, as CPython's.)
      let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
      let body = bytes.starts(with: mark) ? Array(bytes.dropFirst(3)) : bytes
      return try decode(body, "utf-8", errors: errors)
    case .utf8:
      if let text = String(validating: bytes, as: UTF8.self) { return text }
    case .ascii:
      if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    case .wide(let width, let bigEndian):
      let (order, skip) = byteOrder(bytes, width: width, bigEndian)
      kind = .wide(width: width, bigEndian: order)
      i = skip
    }
    var out = String.UnicodeScalarView()
    while i < bytes.count {
      let (scalar, length, reason): (Unicode.Scalar?, Int, String)
      switch kind {
      case .ascii:
        (scalar, length, reason) = (
          bytes[i] < 0x80 ? Unicode.Scalar(bytes[i]) : nil, 1, "ordinal not in range(128)"
        )
      case .wide(let width, let bigEndian):
        (scalar, length, reason) = wideScalar(bytes, at: i, width: width, bigEndian: bigEndian!)
      default: (scalar, length, reason) = utf8Scalar(bytes, at: i)
      }
      if let scalar {
        out.append(scalar)
        i += length
        continue
      }
      switch errors {
      case "strict":
        let what =
          length == 1
          ? "byte 0x\(String(bytes[i], radix: 16)) in position \(i)"
          : "bytes in position \(i)-\(i + length - 1)"
        throw PyException(
          .unicodeDecodeError, "'\(kind.name)' codec can't decode \(what): \(reason)")
      case "ignore": break
      case "replace": out.append("\u{FFFD}")
      case "backslashreplace":
        for byte in bytes[i..<(i + length)] {
          out.append(contentsOf: escaped(UInt32(byte)).unicodeScalars)
        }
      default: throw unknownHandler(errors)
      }
      i += length
    }
    return String(out)
  }

  /// The code point whose UTF-8 starts at `i` and its length; or nil, the length of the
  /// longest start of a valid sequence there (at least 1: one replacement character stands
  /// for it, as Unicode recommends and CPython does) and CPython's reason.
  private static func utf8Scalar(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar?, Int, String) {
    let lead = bytes[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1, "") }
    // The continuation count and the range the first continuation byte must fall in (which
    // excludes overlong forms, surrogates and code points past U+10FFFF).
    let (count, low, high): (Int, UInt8, UInt8)
    switch lead {
    case 0xC2...0xDF: (count, low, high) = (1, 0x80, 0xBF)
    case 0xE0: (count, low, high) = (2, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (count, low, high) = (2, 0x80, 0xBF)
    case 0xED: (count, low, high) = (2, 0x80, 0x9F)
    case 0xF0: (count, low, high) = (3, 0x90, 0xBF)
    case 0xF1...0xF3: (count, low, high) = (3, 0x80, 0xBF)
    case 0xF4: (count, low, high) = (3, 0x80, 0x8F)
    default: return (nil, 1, "invalid start byte")
    }
    var value = UInt32(lead) & (0x3F >> count)
    for k in 1...count {
      guard i + k < bytes.count else { return (nil, k, "unexpected end of data") }
      let byte = bytes[i + k]
      let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xBF)
      guard byte >= lo && byte <= hi else { return (nil, k, "invalid continuation byte") }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value), count + 1, "")
  }
}
