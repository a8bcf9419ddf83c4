import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `math.gamma` and `math.lgamma` by CPython's own Lanczos approximation (not the C
/// library's, whose last digits differ for most arguments), with its domain and range errors.
extension MathModule {
  private static let lanczosG = 6.024680040776729583740234375
  private static let lanczosGMinusHalf = 5.524680040776729583740234375
  private static let lanczosNumerator: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  ]
  private static let lanczosDenominator: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
    357423.0, 32670.0, 1925.0, 66.0, 1.0,
  ]
  /// (n-1)! for n = 1...23, exact in a double.
  private static let factorials: [Double] = (0..<23).map { n in
    (0..<n).reduce(1.0) { $0 * Double($1 + 1) }
  }
  private static let logPi = 1.144729885849400174143427351353058711647

  private static func lanczosSum(_ x: Double) -> Double {
    var (num, den) = (0.0, 0.0)
    if x < 5 {
      for i in stride(from: 12, through: 0, by: -1) {
        num = num * x + lanczosNumerator[i]
        den = den * x + lanczosDenominator[i]
      }
    } else {
      for i in 0..<13 {
        num = num / x + lanczosNumerator[i]
        den = den / x + lanczosDenominator[i]
      }
    }
    return num / den
  }

  /// sin(πx), exact at the multiples of ½.
  private static func sinPi(_ x: Double) -> Double {
    let y = fmod(Swift.abs(x), 2)
    let r: Double
    switch Int((2 * y).rounded()) {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2))
    }
    return copysign(1, x) * r
  }

  static func gamma(_ x: Double) throws(PyException) -> Double {
    let domain = PyException.valueError("math domain error")
    let range = PyException.overflow("math range error")
    guard x.isFinite else {
      if x.isNaN || x > 0 { return x }
      throw domain
    }
    if x == 0 { throw domain }
    if x == x.rounded(.down) {
      if x < 0 { throw domain }
      if x <= 23 { return factorials[Int(x) - 1] }
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 {
      let r = 1 / x
      if r.isInfinite { throw range }
      return r
    }
    if absx > 200 {
      if x < 0 { return 0 / sinPi(x) }
      throw range
    }
    let y = absx + lanczosGMinusHalf
    // The rounding error of y, corrected for below.
    var z =
      absx > lanczosGMinusHalf ? (y - absx) - lanczosGMinusHalf : (y - lanczosGMinusHalf) - absx
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
      r = -Double.pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
      r -= z * r
      if absx < 140 {
        r /= pow(y, absx - 0.5)
      } else {
        let half = pow(y, absx / 2 - 0.25)
        r /= half
        r /= half
      }
    } else {
      r = lanczosSum(absx) / exp(y)
      r += z * r
      if absx < 140 {
        r *= pow(y, absx - 0.5)
      } else {
        let half = pow(y, absx / 2 - 0.25)
        r *= half
        r *= half
      }
    }
    if r.isInfinite { throw range }
    return r
  }

  static func logGamma(_ x: Double) throws(PyException) -> Double {
    guard x.isFinite else { return x.isNaN ? x : .infinity }
    if x == x.rounded(.down) && x <= 2 {
      if x <= 0 { throw .valueError("math domain error") }
      return 0
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 { return -log(absx) }
    var r = log(lanczosSum(absx)) - lanczosG
    r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
    if x < 0 { r = logPi - log(Swift.abs(sinPi(absx))) - log(absx) - r }
    if r.isInfinite { throw .overflow("math range error") }
    return r
  }

  static func defineGamma(_ m: PyModule) {
    for (name, f) in [("gamma", gamma), ("lgamma", logGamma)] {
      m.define(
        name,
        fixed: FixedArityEntries(one: { (v, interp) throws(PyException) in
          .float(try f(try real(v, interp)))
        }),
        general: { (a, interp) throws(PyException) in .float(try f(try one(name, a, interp))) })
    }
  }
}
