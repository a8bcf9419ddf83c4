/// The shortest decimal digits that round-trip a Double, with their decimal exponent.
///
/// `digits` has no leading or trailing zeros (except for 0 itself, "0"); the value is
/// `0.d1d2d3... × 10^exponent`... expressed here as `d1.d2d3... × 10^(decimalExponent)`.
/// Swift's own `description` already produces shortest round-trip digits (Errol/Ryu-style);
/// we only re-read them, so every formatter agrees on the same digits.
public struct ShortestDigits: Equatable, Sendable {
  /// Significant digits, e.g. "15" for 1.5 or 0.015.
  public var digits: [UInt8]
  /// Power of ten of the first digit: 1.5 -> 0, 0.015 -> -2, 150.0 -> 2.
  public var exponent: Int
  public var isNegative: Bool

  /// Requires a finite value.
  public init(_ value: Double) {
    isNegative = value.sign == .minus
    let text = abs(value).description  // e.g. "1.5", "1e-05", "1.2345e+20", "0.0"
    var mantissa = Substring(text)
    var exp10 = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exp10 = Int(text[text.index(after: e)...]) ?? 0
    }
    var intPart = mantissa
    var fracPart: Substring = ""
    if let dot = mantissa.firstIndex(of: ".") {
      intPart = mantissa[..<dot]
      fracPart = mantissa[mantissa.index(after: dot)...]
    }
    var all = Array((intPart + fracPart).utf8).map { $0 - 48 }
    var pointPosition = intPart.count + exp10  // digits before the decimal point
    while all.count > 1 && all.first == 0 {
      all.removeFirst()
      pointPosition -= 1
    }
    while all.count > 1 && all.last == 0 { all.removeLast() }
    if all == [0] {
      digits = [0]
      exponent = 0
    } else {
      digits = all
      exponent = pointPosition - 1
    }
  }

  /// The digits as text, e.g. "15".
  public var digitString: String { String(decoding: digits.map { $0 + 48 }, as: UTF8.self) }
}
