/// Reading a decimal text as a double the quick way when that is exact: a mantissa of at
/// most 15 digits is exactly a double, and so is a power of ten up to 10^22, so one
/// multiplication or division rounds once, correctly (Clinger's fast path, the one strtod
/// itself takes first). Nil for every other text, which the caller reads in full.
public enum DecimalFloat {
  private static let powersOfTen: [Double] = (0...22).map { Double("1e\($0)")! }

  public static func quickValue(_ text: String) -> Double? {
    var text = text
    return text.withUTF8 { quickValue($0) }
  }

  /// `[+-]digits[.digits][(e|E)[+-]digits]`, nothing around it.
  public static func quickValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    let n = bytes.count
    var negative = false
    if i < n && (bytes[i] == 0x2B || bytes[i] == 0x2D) {
      negative = bytes[i] == 0x2D
      i += 1
    }
    var mantissa: UInt64 = 0
    var (digits, significant, fraction) = (0, 0, 0)
    var seenPoint = false
    while i < n {
      let b = bytes[i]
      if b >= 0x30 && b <= 0x39 {
        digits += 1
        if mantissa != 0 || b != 0x30 { significant += 1 }
        if significant > 15 { return nil }
        mantissa = mantissa * 10 + UInt64(b - 0x30)
        if seenPoint { fraction += 1 }
      } else if b == 0x2E && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      i += 1
    }
    guard digits > 0 else { return nil }
    var exponent = 0
    if i < n && (bytes[i] == 0x65 || bytes[i] == 0x45) {
      i += 1
      var minus = false
      if i < n && (bytes[i] == 0x2B || bytes[i] == 0x2D) {
        minus = bytes[i] == 0x2D
        i += 1
      }
      let start = i
      while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 && i - start < 4 {
        exponent = exponent * 10 + Int(bytes[i] - 0x30)
        i += 1
      }
      guard i > start else { return nil }
      if minus { exponent = -exponent }
    }
    guard i == n else { return nil }
    let scale = exponent - fraction
    var value = Double(mantissa)
    if mantissa == 0 {
      value = 0
    } else if scale >= 0 && scale <= 22 {
      value *= powersOfTen[scale]
    } else if scale < 0 && scale >= -22 {
      value /= powersOfTen[-scale]
    } else {
      return nil
    }
    return negative ? -value : value
  }
}
