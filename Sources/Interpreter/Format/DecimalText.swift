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
}
