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
        return try PyBigInt.integral(d.rounded(.toNearestOrEven))
      }
      let rounded = roundDouble(d, digits)
      guard rounded.isFinite || !d.isFinite else {
        throw .overflow("rounded value too large to represent")
      }
      return .float(rounded)
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
    if digits < 0 { return roundToPowerOfTen(d, -digits) }
    let text = CFormat.fixed(d, digits: digits)
    return Double(text) ?? d
  }
}

extension Rounding {
  /// `d` rounded to a multiple of 10^k, half to even on its exact value (as CPython rounds it,
  /// through the exact decimal digits: dividing by 10^k and multiplying back was off by an ulp
  /// for `round(1e300, -299)`). A zero keeps the sign of `d`.
  static func roundToPowerOfTen(_ d: Double, _ k: Int) -> Double {
    let whole = Swift.abs(d).rounded(.towardZero)
    let fraction = Swift.abs(d) != whole
    // Every digit of the whole part (the C library prints the binary value exactly).
    let digits = Array(CFormat.fixed(whole, digits: 0).utf8)
    let headCount = Swift.max(digits.count - k, 0)
    var head = Array(digits[..<headCount])
    // The dropped digits against half of 10^k: 5 then zeros.
    let tail = Array(digits[headCount...])
    var order = 0  // -1 below half, 0 at half exactly, 1 above
    if tail.count < k {
      order = -1
    } else {
      for (i, c) in tail.enumerated() {
        let half: UInt8 = i == 0 ? UInt8(ascii: "5") : UInt8(ascii: "0")
        if c != half {
          order = c > half ? 1 : -1
          break
        }
      }
      if order == 0 && fraction { order = 1 }
    }
    let odd = head.last.map { ($0 - UInt8(ascii: "0")) % 2 == 1 } ?? false
    if order > 0 || (order == 0 && odd) {
      // Add one to the head's last digit, carrying.
      var i = head.count - 1
      while i >= 0 && head[i] == UInt8(ascii: "9") {
        head[i] = UInt8(ascii: "0")
        i -= 1
      }
      if i >= 0 { head[i] += 1 } else { head.insert(UInt8(ascii: "1"), at: 0) }
    }
    guard !head.isEmpty, head.contains(where: { $0 != UInt8(ascii: "0") }) else {
      return d.sign == .minus ? -0.0 : 0.0
    }
    let text = String(decoding: head, as: UTF8.self) + String(repeating: "0", count: k)
    let magnitude = Double(text) ?? .infinity
    return d.sign == .minus ? -magnitude : magnitude
  }
}
