import Glibc

/// CPython's complex arithmetic (`Objects/complexobject.c`), so that results agree to the bit:
/// the schoolbook product, Smith's quotient, integer powers up to 100 by repeated squaring
/// and other powers through polar form.
public enum ComplexMath {
  public typealias Number = (Double, Double)

  public static func product(_ a: Number, _ b: Number) -> Number {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
  }

  /// `a / b` by Smith's method; nil when `b` is zero.
  public static func quotient(_ a: Number, _ b: Number) -> Number? {
    let (absReal, absImag) = (abs(b.0), abs(b.1))
    if absReal >= absImag {
      if absReal == 0 { return nil }
      let ratio = b.1 / b.0
      let denominator = b.0 + b.1 * ratio
      return ((a.0 + a.1 * ratio) / denominator, (a.1 - a.0 * ratio) / denominator)
    }
    if absImag >= absReal {
      let ratio = b.0 / b.1
      let denominator = b.0 * ratio + b.1
      return ((a.0 * ratio + a.1) / denominator, (a.1 * ratio - a.0) / denominator)
    }
    // A NaN in the divisor.
    return (.nan, .nan)
  }

  /// `a ** b`, with CPython's errors: zero to a negative or complex power, and overflow.
  public static func power(_ a: Number, _ b: Number) throws(PyException) -> Number {
    let zeroPower = PyException.zeroDivision("0.0 to a negative or complex power")
    let r: Number
    if b.1 == 0 && b.0 == b.0.rounded(.down) && abs(b.0) <= 100 {
      let n = Int(b.0)
      if n >= 0 {
        r = unsignedPower(a, n)
      } else {
        guard let q = quotient((1, 0), unsignedPower(a, -n)) else { throw zeroPower }
        r = q
      }
    } else if b.0 == 0 && b.1 == 0 {
      r = (1, 0)
    } else if a.0 == 0 && a.1 == 0 {
      if b.1 != 0 || b.0 < 0 { throw zeroPower }
      r = (0, 0)
    } else {
      let magnitude = hypot(a.0, a.1)
      var length = pow(magnitude, b.0)
      let angle = atan2(a.1, a.0)
      var phase = angle * b.0
      if b.1 != 0 {
        length /= exp(angle * b.1)
        phase += b.1 * log(magnitude)
      }
      r = (length * cos(phase), length * sin(phase))
    }
    if r.0.isInfinite || r.1.isInfinite { throw .overflow("complex exponentiation") }
    return r
  }

  private static func unsignedPower(_ x: Number, _ n: Int) -> Number {
    var (r, p, mask) = ((1.0, 0.0), x, 1)
    while mask > 0 && n >= mask {
      if n & mask != 0 { r = product(r, p) }
      mask <<= 1
      p = product(p, p)
    }
    return r
  }

  /// `abs(z)`: OverflowError when finite parts give an infinite length.
  public static func magnitude(_ z: Number) throws(PyException) -> Double {
    if z.0.isInfinite || z.1.isInfinite { return .infinity }
    if z.0.isNaN || z.1.isNaN { return .nan }
    let r = hypot(z.0, z.1)
    if r.isInfinite { throw .overflow("absolute value too large") }
    return r
  }
}
