extension Lexer {
  // MARK: - Numbers

  /// Lexes `1_000`, `0x1f`, `0o17`, `0b101`, `3.`, `.5`, `1e-4`, `2.5E+3`, `4j`.
  mutating func lexNumber(start: SourceLocation) throws(SyntaxError) {
    let begin = position
    if peek() == UInt8(ascii: "0"), let radix = radixFor(peek(1)) {
      position += 2
      var digits = ""
      while position < bytes.count && (isIdentifierPart(peek())) {
        if peek() != UInt8(ascii: "_") { digits.append(Character(UnicodeScalar(peek()))) }
        position += 1
      }
      if let value = Int(digits, radix: radix) {
        emit(.int(value), at: start)
      } else if !digits.isEmpty, digits.allSatisfy({ $0.hexDigitValue.map { $0 < radix } ?? false })
      {
        emit(.bigInt(digits, radix: radix), at: start)
      } else {
        throw SyntaxError(invalidLiteralMessage(radix: radix, digits: digits), at: start)
      }
      return
    }
    var isFloat = false
    consumeDigits()
    if peek() == UInt8(ascii: ".") {
      isFloat = true
      position += 1
      consumeDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-")
      if isDigit(peek(sign ? 2 : 1)) {
        isFloat = true
        position += sign ? 2 : 1
        consumeDigits()
      }
    }
    if peek() == UInt8(ascii: "j") || peek() == UInt8(ascii: "J") {
      // An imaginary literal: `4j`, `2.5J`, `1e-3j` (a leading zero is no octal here).
      let text = String(decoding: bytes[begin..<position], as: UTF8.self).filter { $0 != "_" }
      position += 1
      if isIdentifierPart(peek()) {
        var place = start
        place.column += position - begin - (peek() == UInt8(ascii: "_") ? 0 : 1)
        throw SyntaxError("invalid imaginary literal", at: place)
      }
      emit(.imaginary(Double(text) ?? .infinity), at: start)
      return
    }
    if isIdentifierStart(peek()) {
      // At the last character read, as CPython's tokenizer marks it: a `_` not followed by a
      // digit is read (`1_`, `1__0`), a letter is not (`3.5x` at the 5).
      var place = start
      place.column += position - begin - (peek() == UInt8(ascii: "_") ? 0 : 1)
      throw SyntaxError("invalid decimal literal", at: place)
    }
    let text = String(decoding: bytes[begin..<position], as: UTF8.self).filter { $0 != "_" }
    // `0777`: Python 2's octal, refused (zeros alone, `00`, are an int).
    if !isFloat && text.count > 1 && text.first == "0" && text.contains(where: { $0 != "0" }) {
      // (Underlined: the zeros, and underscores, before the first other digit.)
      let zeros = bytes[begin..<position].prefix {
        $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "_")
      }
      var e = SyntaxError(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        at: start)
      if zeros.count > 1 { e.endColumn = start.column + zeros.count }
      throw e
    }
    if isFloat {
      emit(.float(Double(text) ?? .infinity), at: start)
    } else if let value = Int(text) {
      emit(.int(value), at: start)
    } else {
      emit(.bigInt(text, radix: 10), at: start)
    }
  }

  private mutating func consumeDigits() {
    while position < bytes.count
      && (isDigit(peek()) || (peek() == UInt8(ascii: "_") && isDigit(peek(1))))
    {
      position += 1
    }
  }

  private func radixFor(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "x"), UInt8(ascii: "X"): return 16
    case UInt8(ascii: "o"), UInt8(ascii: "O"): return 8
    case UInt8(ascii: "b"), UInt8(ascii: "B"): return 2
    default: return nil
    }
  }

  private func invalidLiteralMessage(radix: Int, digits: String) -> String {
    let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
    return "invalid \(name) literal"
  }

  // MARK: - Strings

  /// If the bytes at the cursor are a string prefix (`r`, `b`, `f`, `rb`, `fr`, ...), its length.
  func stringPrefixEnd() -> Int? {
    var n = 0
    while n < 2, isIdentifierStart(peek(n)) {
      let c = peek(n) | 0x20
      guard
        c == UInt8(ascii: "r") || c == UInt8(ascii: "b") || c == UInt8(ascii: "f")
          || c == UInt8(ascii: "u")
      else { return nil }
      n += 1
    }
    return n > 0 ? n : nil
  }

  /// Lexes a string literal, single or triple quoted, with its prefix.
  mutating func lexString(prefixLength: Int, start: SourceLocation) throws(SyntaxError) {
    let prefix = String(decoding: bytes[position..<position + prefixLength], as: UTF8.self)
      .lowercased()
    position += prefixLength
    let isRaw = prefix.contains("r")
    let isFormat = prefix.contains("f")
    let isBytes = prefix.contains("b")
    let quote = peek()
    let triple = peek(1) == quote && peek(2) == quote
    position += triple ? 3 : 1
    let bodyStart = position
    while true {
      guard position < bytes.count else {
        if triple {
          throw SyntaxError(
            "unterminated triple-quoted string literal (detected at line \(line))", at: start,
            incomplete: true)
        }
        throw SyntaxError(
          "unterminated string literal (detected at line \(start.line))", at: start)
      }
      let c = peek()
      if c == UInt8(ascii: "\\") {
        position += 1
        if peek() == UInt8(ascii: "\n") { newLine() } else { position += 1 }
        continue
      }
      if c == UInt8(ascii: "\n") {
        if !triple {
          throw SyntaxError(
            "unterminated string literal (detected at line \(start.line))", at: start)
        }
        newLine()
        continue
      }
      if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) { break }
      position += 1
    }
    let body = String(decoding: bytes[bodyStart..<position], as: UTF8.self)
    let rawBody = Array(bytes[bodyStart..<position])
    position += triple ? 3 : 1
    if isBytes {
      guard rawBody.allSatisfy({ $0 < 0x80 }) else {
        throw SyntaxError("bytes can only contain ASCII literal characters", at: start)
      }
      emit(.bytes(isRaw ? rawBody : BytesEscapes.decode(rawBody)), at: start)
    } else if isFormat {
      emit(.fstring(body, isRaw: isRaw), at: start)
    } else {
      do throws(EscapeError) {
        emit(.string(isRaw ? body : try StringEscapes.decode(body)), at: start)
      } catch {
        // (CPython places it just past the literal.)
        throw SyntaxError(error.message, at: location)
      }
    }
  }
}

/// Decodes Python's backslash escapes in a (non-raw) string literal's body; an escape that
/// cannot be decoded (`\x4`, `\N{bogus}`) is CPython's error.
public enum StringEscapes {
  public static func decode(_ body: String) throws(EscapeError) -> String {
    guard body.contains("\\") else { return body }
    var out = String.UnicodeScalarView()
    let scalars = Array(body.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      guard c == "\\", i + 1 < scalars.count else {
        out.append(c)
        i += 1
        continue
      }
      let e = scalars[i + 1]
      i += 2
      switch e {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "v": out.append("\u{0B}")
      case "\n": break
      case "x", "u", "U":
        let width = e == "x" ? 2 : e == "u" ? 4 : 8
        var digits = 0
        while digits < width, i + digits < scalars.count,
          scalars[i + digits].properties.isASCIIHexDigit
        {
          digits += 1
        }
        guard digits == width else {
          let form = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
          throw EscapeError("truncated \(form) escape", scalars, i - 2, i + digits - 1)
        }
        let hex = String(String.UnicodeScalarView(scalars[i..<i + width]))
        guard let v = UInt32(hex, radix: 16), let s = UnicodeScalar(v) else {
          throw EscapeError("illegal Unicode character", scalars, i - 2, i + width - 1)
        }
        out.append(s)
        i += width
      case "N":
        // `\N{BULLET}`: a character by its name.
        guard i < scalars.count, scalars[i] == "{" else {
          throw EscapeError("malformed \\N character escape", scalars, i - 2, i - 1)
        }
        guard let close = scalars[(i + 1)...].firstIndex(of: "}") else {
          throw EscapeError("malformed \\N character escape", scalars, i - 2, scalars.count - 1)
        }
        guard close > i + 1 else {
          throw EscapeError("malformed \\N character escape", scalars, i - 2, i)
        }
        let name = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
        guard let named = UnicodeNames.scalar(named: name) else {
          throw EscapeError("unknown Unicode character name", scalars, i - 2, close)
        }
        out.append(named)
        i = close + 1
      case "0"..."7":
        var v = UInt32(e.value - 48)
        var n = 1
        while n < 3, i < scalars.count, ("0"..."7").contains(scalars[i]) {
          v = v * 8 + (scalars[i].value - 48)
          i += 1
          n += 1
        }
        out.append(UnicodeScalar(v) ?? "?")
      default:
        out.append("\\")
        out.append(e)
      }
    }
    return String(out)
  }
}

/// Decodes the backslash escapes of a bytes literal: as a string's, except that `\x` gives a
/// byte and `\u`, `\U`, `\N` are not escapes.
public enum BytesEscapes {
  public static func decode(_ body: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(body.count)
    var i = 0
    func isOctal(_ c: UInt8) -> Bool { c >= 48 && c <= 55 }
    while i < body.count {
      let c = body[i]
      guard c == UInt8(ascii: "\\"), i + 1 < body.count else {
        out.append(c)
        i += 1
        continue
      }
      let e = body[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "n"): out.append(10)
      case UInt8(ascii: "t"): out.append(9)
      case UInt8(ascii: "r"): out.append(13)
      case UInt8(ascii: "a"): out.append(7)
      case UInt8(ascii: "b"): out.append(8)
      case UInt8(ascii: "f"): out.append(12)
      case UInt8(ascii: "v"): out.append(11)
      case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
      case UInt8(ascii: "\n"): break
      case UInt8(ascii: "x"):
        let hex = String(decoding: body[i..<min(i + 2, body.count)], as: UTF8.self)
        if hex.count == 2, let v = UInt8(hex, radix: 16) {
          out.append(v)
          i += 2
        } else {
          out += [UInt8(ascii: "\\"), e]
        }
      case _ where isOctal(e):
        var v = Int(e) - 48
        var n = 1
        while n < 3, i < body.count, isOctal(body[i]) {
          v = v * 8 + Int(body[i]) - 48
          i += 1
          n += 1
        }
        out.append(UInt8(truncatingIfNeeded: v))
      default:
        out += [UInt8(ascii: "\\"), e]
      }
    }
    return out
  }
}
