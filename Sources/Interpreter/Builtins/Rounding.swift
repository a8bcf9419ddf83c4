import BigInt
import FloatText

/// Python's `round`: half to even, `ndigits` may be negative.
enum Rounding {
  /// `round(number)` and `round(number, ndigits)` (an `ndigits` of None is none).
  static func round(_ number: Value, _ ndigits: Value?, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    func digits() throws(PyException) -> Int? {
      guard let ndigits, !ndigits.isNone else { return nil }
      return try Arguments.index(ndigits)
    }
    switch number {
    case .int, .bool:
      let value = number.asInt!
      guard let digits = try digits(), digits < 0 else { return .int(value) }
      return roundInteger(BigInt(value), digits)
    case .float(let d):
      guard let digits = try digits() else {
        guard d.isFinite else {
          throw d.isNaN
            ? .valueError("cannot convert float NaN to integer")
            : .overflow("cannot convert float infinity to integer")
        }
        return PyBigInt.truncating(d.rounded(.toNearestOrEven))
      }
      return .float(roundDouble(d, digits))
    case .object(let big as PyBigInt):
      guard let digits = try digits(), digits < 0 else { return .object(big) }
      return roundInteger(big.value, digits)
    default:
      if case .object(let o) = number, let f = try o.getAttribute("__round__", interp) {
        return try interp.call(f, Arguments(ndigits.map { [$0] } ?? []))
      }
      throw .typeError("type \(number.typeName) doesn't define __round__ method")
    }
  }

  /// An int rounded to a power of ten (`digits` < 0), half to even, in exact integer
  /// arithmetic; the result may need more bits than the int (`round(9 * 10**18, -19)`).
  static func roundInteger(_ value: BigInt, _ digits: Int) -> Value {
    // A power of ten above twice the value rounds everything to 0 (10^k > 2^(3k)).
    guard digits != Int.min, -digits <= value.magnitude.bitWidth / 3 + 1 else { return .int(0) }
    let p = BigInt(10).power(-digits)
    var (q, r) = value.quotientAndRemainder(dividingBy: p)
    if r.sign == .minus {  // floor division
      q -= 1
      r += p
    }
    if r > p - r || (r == p - r && q % 2 != 0) { q += 1 }
    return PyBigInt.make(q * p)
  }

  /// Rounds to `digits` decimals the way CPython does: via the correctly rounded decimal string.

  static func roundDouble(_ d: Double, _ digits: Int) -> Double {
    guard d.isFinite, digits < 300 else { return d }
    // 10^-digits overflows: every finite value rounds to a zero of its sign.
    if digits < -308 { return d.sign == .minus ? -0.0 : 0.0 }
    if digits < 0 {
      let p = Double(truncating: digits)
      return (d / p).rounded(.toNearestOrEven) * p
    }
    let text = CFormat.fixed(d, digits: digits)
    return Double(text) ?? d
  }
}

extension Double {
  /// 10^-digits for negative digits (e.g. -2 -> 100).
  init(truncating digits: Int) {
    var p = 1.0
    for _ in 0..<(-digits) { p *= 10 }
    self = p
  }
}
