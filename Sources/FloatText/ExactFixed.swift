/// `%.Nf` text of a finite double by exact integer arithmetic: the double is
/// m * 2^e, so x * 10^N rounded half to even is an integer computed in 128 bits, whose digits
/// take a decimal point N places from the right. Only for x < 2^63 and N <= 17 (where the
/// product fits); nil elsewhere. (The C library's printf gives the same text but takes its
/// slow path for every call once a library registers printf extensions, as libquadmath,
/// loaded with OpenBLAS's Fortran runtime, does: nine tenths of `'%.2f' % x`'s printing.)
enum ExactFixed {
  static let maxDigits = 17

  private static let powersOfTen: [UInt64] = {
    var p: [UInt64] = [1]
    for _ in 1...19 { p.append(p.last! * 10) }
    return p
  }()

  static func text(_ x: Double, digits n: Int) -> String? {
    guard n >= 0, n <= maxDigits, x.magnitude < 9.2e18 else { return nil }
    let negative = x.sign == .minus  // "-0.00" for -0.0 and -0.001, as printf
    let bits = x.magnitude.bitPattern
    let exponentBits = Int(truncatingIfNeeded: bits >> 52) & 0x7FF
    let fraction = bits & ((1 << 52) - 1)
    let (m, e) =
      exponentBits == 0 ? (fraction, -1074) : (fraction | (1 << 52), exponentBits - 1075)
    let product = UInt128(m) * UInt128(powersOfTen[n])
    var r: UInt128
    if e >= 0 {
      r = product << e  // e <= 10 here: below 2^120
    } else if -e >= 128 {
      r = 0  // below 2^110 / 2^128: under a half
    } else {
      let k = -e
      r = product >> k
      let rest = product & ((UInt128(1) << k) - 1)
      let half = UInt128(1) << (k - 1)
      if rest > half || (rest == half && r & 1 == 1) { r += 1 }
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      // Digits from the right end of the buffer.
      var at = 64
      func put(_ byte: UInt8) {
        at -= 1
        buffer[at] = byte
      }
      var written = 0
      repeat {
        let chunk = UInt64(truncatingIfNeeded: r % 10_000_000_000_000_000_000)
        r /= 10_000_000_000_000_000_000
        var c = chunk
        var count = 0
        while c > 0 || (r > 0 && count < 19) {
          put(UInt8(truncatingIfNeeded: c % 10) + 48)
          c /= 10
          count += 1
          written += 1
          if written == n { put(46) }  // "."
        }
      } while r > 0
      // Zeros up to the point and the one before it.
      while written < n {
        put(48)
        written += 1
        if written == n { put(46) }
      }
      if written == n { put(48) }
      if negative { put(45) }
      return String(
        decoding: UnsafeBufferPointer(rebasing: buffer[at..<64]), as: UTF8.self)
    }
  }
}
