/// An Int in decimal, as Python's `str()` writes it: written into a stack buffer and made a
/// String at once (up to 15 characters it is a small string: no allocation). The standard
/// library's `String(i)` goes through its generic radix conversion and took 240 instructions
/// for a short int; this takes about a third of that.
enum DecimalText {
  static func string(_ value: Int) -> String {
    var magnitude = value.magnitude
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      var start = 20
      repeat {
        let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
        start -= 1
        buffer[start] = 48 &+ UInt8(truncatingIfNeeded: digit)
        magnitude = quotient
      } while magnitude != 0
      if value < 0 {
        start -= 1
        buffer[start] = 45  // "-"
      }
      return UTF8Text.string(UnsafeBufferPointer(rebasing: buffer[start..<20]))
    }
  }

  /// The text of `value` in Swift's small form, as its two words (see `UTF8Text.shortASCII`),
  /// when it has at most 15 characters: the digits shifted in from the right, last digit
  /// first, so that the first character lands in the lowest byte.
  @inline(__always)
  static func smallFormWords(_ value: Int) -> (UInt64, UInt64)? {
    guard value > -100_000_000_000_000 && value < 1_000_000_000_000_000 else { return nil }
    var magnitude = value.magnitude
    var (low, high, count): (UInt64, UInt64, UInt64) = (0, 0, 0)
    @inline(__always) func shiftIn(_ byte: UInt64) {
      high = high << 8 | low >> 56
      low = low << 8 | byte
      count += 1
    }
    repeat {
      let (quotient, digit) = magnitude.quotientAndRemainder(dividingBy: 10)
      shiftIn(48 + UInt64(digit))
      magnitude = quotient
    } while magnitude != 0
    if value < 0 { shiftIn(45) }  // "-"
    return (low, high | (0xE0 | count) << 56)
  }

  /// The int a short decimal text is (`int('12345')`): a sign or none, then digits and nothing
  /// else, at most 15 characters, read from the two words that hold it in Swift's small form;
  /// nil for any other text (spaces, underscores, other scripts' digits, longer or empty
  /// texts: `int()` reads those itself). The library's `Int(text)` took about as long as the
  /// rest of the call.
  @inline(__always)
  static func shortInt(_ words: (UInt64, UInt64), smallForm: Bool) -> Int? {
    guard let count = UTF8Text.shortASCIICount(words, smallForm: smallForm), count > 0 else {
      return nil
    }
    @inline(__always) func byte(_ k: Int) -> UInt8 {
      UInt8(truncatingIfNeeded: k < 8 ? words.0 >> UInt64(8 * k) : words.1 >> UInt64(8 * (k - 8)))
    }
    let first = byte(0)
    let negative = first == 45  // "-"
    var k = negative || first == 43 ? 1 : 0  // "+"
    guard k < count else { return nil }
    // (At most 15 digits: no overflow.)
    var value = 0
    while k < count {
      let digit = byte(k) &- 48
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
      k += 1
    }
    return negative ? -value : value
  }
}
