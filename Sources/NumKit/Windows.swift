#if canImport(Glibc)
  import Glibc
#endif

/// numpy's window functions (`hanning`, `hamming`, `bartlett`, `blackman`, `kaiser`), computed
/// with numpy's formulas in numpy's order of operations.
extension NDArray {
  public enum WindowKind: String, Sendable, CaseIterable {
    case hanning, hamming, bartlett, blackman
  }

  /// A symmetric window of `length` points (float64; empty below one point).
  public static func window(_ kind: WindowKind, length m: Double) -> NDArray {
    if !(m >= 1) { return NDArray([Double](), shape: [0]) }
    if m == 1 { return NDArray([1.0], shape: [1]) }
    // n = arange(1 - M, M, 2)
    let start = 1 - m
    let count = Int((((m - start) / 2).rounded(.up)))
    let values = (0..<count).map { (i: Int) -> Double in
      let n = start + Double(i) * 2
      let angle = Double.pi * n / (m - 1)
      switch kind {
      case .hanning: return 0.5 + 0.5 * cos(angle)
      case .hamming: return 0.54 + 0.46 * cos(angle)
      case .bartlett: return n <= 0 ? 1 + n / (m - 1) : 1 - n / (m - 1)
      case .blackman: return 0.42 + 0.5 * cos(angle) + 0.08 * cos(2.0 * Double.pi * n / (m - 1))
      }
    }
    return NDArray(values, shape: [count])
  }

  /// `np.kaiser(M, beta)`: I0(beta sqrt(1 - ((n - alpha) / alpha)^2)) / I0(beta) for
  /// n = 0 ..< M, alpha = (M - 1) / 2. Points outside the window's support are nan (numpy warns
  /// "invalid value encountered in sqrt"; the square root raises the same flag here).
  public static func kaiser(length m: Double, beta: Double) -> NDArray {
    if m == 1 { return NDArray([1.0], shape: [1]) }
    let count = m > 0 ? Int(m.rounded(.up)) : 0
    let alpha = (m - 1) / 2.0
    let scale = BesselI0.value(beta, exp: UnaryFunction.exp.apply)
    let values = (0..<count).map { (i: Int) -> Double in
      let t = (Double(i) - alpha) / alpha
      let x = beta * (1 - t * t).squareRoot()
      return BesselI0.value(x, exp: UnaryFunction.exp.apply) / scale
    }
    return NDArray(values, shape: [count])
  }

  /// `np.i0(x)`: the modified Bessel function of the first kind, order 0, element-wise.
  /// float32 stays float32; other dtypes compute in float64.
  public func besselI0() -> NDArray {
    if dtype == .float32 {
      let x = copy(as: .float32)
      let p = x.storage.pointer(Float.self)
      for i in 0..<x.size { p[i] = BesselI0.value(p[i], exp: UnaryFunction.exp.apply) }
      return x
    }
    let x = copy(as: .float64)
    let p = x.storage.pointer(Double.self)
    for i in 0..<x.size { p[i] = BesselI0.value(p[i], exp: UnaryFunction.exp.apply) }
    return x
  }
}

/// I0 by the Cephes Chebyshev expansions numpy uses: exp(x) chbevl(x/2 - 2, A) up to 8, and
/// exp(x) chbevl(32/x - 2, B) / sqrt(x) above.
enum BesselI0 {
  static func value<T: BinaryFloatingPoint>(_ v: T, exp: (T) -> T) -> T {
    let x = Swift.abs(v)
    if x <= 8 {
      return exp(x) * chebyshev(x / 2 - 2, lowCoefficients)
    }
    return exp(x) * chebyshev(32 / x - 2, highCoefficients) / x.squareRoot()
  }

  /// Clenshaw's recurrence, in numpy's `_chbevl` order.
  private static func chebyshev<T: BinaryFloatingPoint>(_ x: T, _ coefficients: [Double]) -> T {
    var b0 = T(coefficients[0])
    var b1: T = 0
    var b2: T = 0
    for c in coefficients.dropFirst() {
      b2 = b1
      b1 = b0
      b0 = x * b1 - b2 + T(c)
    }
    return 0.5 * (b0 - b2)
  }

  /// Cephes i0.c, coefficients for [0, 8].
  static let lowCoefficients: [Double] = [
    -4.41534164647933937950e-18, 3.33079451882223809783e-17, -2.43127984654795469359e-16,
    1.71539128555513303061e-15, -1.16853328779934516808e-14, 7.67618549860493561688e-14,
    -4.85644678311192946090e-13, 2.95505266312963983461e-12, -1.72682629144155570723e-11,
    9.67580903537323691224e-11, -5.18979560163526290666e-10, 2.65982372468238665035e-9,
    -1.30002500998624804212e-8, 6.04699502254191894932e-8, -2.67079385394061173391e-7,
    1.11738753912010371815e-6, -4.41673835845875056359e-6, 1.64484480707288970893e-5,
    -5.75419501008210370398e-5, 1.88502885095841655729e-4, -5.76375574538582365885e-4,
    1.63947561694133579842e-3, -4.32430999505057594430e-3, 1.05464603945949983183e-2,
    -2.37374148058994688156e-2, 4.93052842396707084878e-2, -9.49010970480476444210e-2,
    1.71620901522208775349e-1, -3.04682672343198398683e-1, 6.76795274409476084995e-1,
  ]

  /// Cephes i0.c, coefficients for (8, inf).
  static let highCoefficients: [Double] = [
    -7.23318048787475395456e-18, -4.83050448594418207126e-18, 4.46562142029675999901e-17,
    3.46122286769746109310e-17, -2.82762398051658348494e-16, -3.42548561967721913462e-16,
    1.77256013305652638360e-15, 3.81168066935262242075e-15, -9.55484669882830764870e-15,
    -4.15056934728722208663e-14, 1.54008621752140982691e-14, 3.85277838274214270114e-13,
    7.18012445138366623367e-13, -1.79417853150680611778e-12, -1.32158118404477131188e-11,
    -3.14991652796324136454e-11, 1.18891471078464383424e-11, 4.94060238822496958910e-10,
    3.39623202570838634515e-9, 2.26666899049817806459e-8, 2.04891858946906374183e-7,
    2.89137052083475648297e-6, 6.88975834691682398426e-5, 3.36911647825569408990e-3,
    8.04490411014108831608e-1,
  ]
}
