#if canImport(Glibc)
  import Glibc
#endif

/// Python's float `//` and `%` (CPython's float_floor_div / float_rem; numpy's npy_divmod gives
/// the same for a non-zero divisor). The remainder takes the sign of the divisor.
///
/// With a zero divisor these return numpy's results (`a / 0` and nan); the interpreter raises
/// ZeroDivisionError before calling them.
public enum FloatDivision {
  @inlinable
  public static func modulo<T: BinaryFloatingPoint>(_ x: T, _ y: T) -> T {
    guard y != 0 else { return .nan }
    var r = x.truncatingRemainder(dividingBy: y)
    if r != 0 {
      if (r < 0) != (y < 0) { r += y }
    } else {
      r = y < 0 ? -0.0 : 0.0
    }
    return r
  }

  @inlinable
  public static func floorDivide<T: BinaryFloatingPoint>(_ x: T, _ y: T) -> T {
    guard y != 0 else { return x / y }
    let mod = x.truncatingRemainder(dividingBy: y)
    var div = (x - mod) / y
    if mod != 0 && ((y < 0) != (mod < 0)) { div -= 1 }
    if div != 0 {
      var floored = div.rounded(.down)
      if div - floored > 0.5 { floored += 1 }
      return floored
    }
    // A zero quotient takes the sign of x / y (CPython's and numpy's copysign(0, x / y)).
    return T(signOf: x / y, magnitudeOf: 0)
  }
}
