import CVectorMath

/// float32 natural log computed the way numpy computes it on x86-64 processors with AVX2 and
/// FMA, so the results are numpy's bit for bit (numpy's float32 log is up to 3.8 ulp off; a
/// correctly rounded one prints differently now and then).
///
/// The method (numpy's `simd_log_FLOAT`): x = m 2^e with m in [0.5, 1) (subnormals scaled by
/// 2^100 first), m doubled and e lowered when m <= sqrt(1/2); log(1 + (m - 1)) as the ratio of
/// two degree-5 polynomials evaluated by fused multiply-adds in float32; plus e ln 2 in one
/// more fused step. Negative x gives NaN and the invalid flag, zero gives -inf and the
/// divide-by-zero flag, inf gives inf, NaN stays NaN.
enum FloatLog {
  typealias Lanes = SIMD8<Float>

  static let ln2: Float = 0.693147180559945309417232121458176568
  static let sqrtHalf: Float = 0.707106781186547524400844362104849039
  // Numerator p0...p5 and denominator q0...q5 of the rational approximation.
  static let p: [Float] = [
    0, 9.999999999999998702752e-01, 2.112677543073053063722e+00, 1.480000633576506585156e+00,
    3.808837741388407920751e-01, 2.589979117907922693523e-02,
  ]
  static let q: [Float] = [
    1, 2.612677543073109236779e+00, 2.453006071784736363091e+00, 9.864942958519418960339e-01,
    1.546476374983906719538e-01, 5.875095403124574342950e-03,
  ]

  /// `dst[i] = log(src[i])`.
  static func apply(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int) {
    FloatStatus.kernel {
      var flags = FloatStatus.Raised()
      let coefficients = Coefficients.shared
      // Sixteen lanes while every value is ordinary (`ordinaryLanes`, in C with AVX-512).
      WideKernels.alternate(n) { i in
        wideConstants.withUnsafeBufferPointer {
          nk_log_f32_avx512(src + i, dst + i, n - i, $0.baseAddress!)
        }
      } narrow: { i, end in
        FloatLanes.map(src + i, dst + i, end - i, padding: 1) { x in
          // Eight positive normal finite inputs need no masks. `==` first: it is the quiet
          // comparison, the ordered ones raise the invalid flag on NaN.
          all(x .== x) && all((x .>= Float.leastNormalMagnitude) .& (x .< .infinity))
            ? ordinaryLanes(x, coefficients) : lanes(x, coefficients, &flags)
        }
      }
      return flags
    }
  }

  /// The constants of `ordinaryLanes` in the order `nk_log_f32_avx512` reads them.
  private static let wideConstants: [Float] = p + q + [ln2, sqrtHalf]

  /// One value, through the same lanes.
  static func scalar(_ x: Float) -> Float {
    var y: Float = 0
    FloatStatus.kernel {
      var flags = FloatStatus.Raised()
      y = lanes(Lanes(repeating: x), Coefficients.shared, &flags)[0]
      return flags
    }
    return y
  }

  /// The polynomial coefficients as lanes, made once.
  struct Coefficients: Sendable {
    static let shared = Coefficients()
    let p: [Lanes] = FloatLog.p.map { Lanes(repeating: $0) }
    let q: [Lanes] = FloatLog.q.map { Lanes(repeating: $0) }
  }

  /// Positive normal finite inputs.
  @inline(__always)
  static func ordinaryLanes(_ x: Lanes, _ c: Coefficients) -> Lanes {
    let bits = unsafeBitCast(x, to: SIMD8<Int32>.self)
    let exponent = Lanes((bits &>> 23) &- 126)
    let mantissa = unsafeBitCast((bits & 0x7f_ffff) | (126 << 23), to: Lanes.self)
    return logarithm(mantissa, exponent, c)
  }

  /// log(m 2^e) for m in [0.5, 1).
  @inline(__always)
  static func logarithm(_ m: Lanes, _ e: Lanes, _ c: Coefficients) -> Lanes {
    let low = m .<= sqrtHalf
    let y = FloatLanes.select(m + m, where: low, else: m) - 1
    let exponent = FloatLanes.select(e - 1, where: low, else: e)
    var num = c.p[4].addingProduct(c.p[5], y)
    num = c.p[3].addingProduct(num, y)
    num = c.p[2].addingProduct(num, y)
    num = c.p[1].addingProduct(num, y)
    num = c.p[0].addingProduct(num, y)
    var den = c.q[4].addingProduct(c.q[5], y)
    den = c.q[3].addingProduct(den, y)
    den = c.q[2].addingProduct(den, y)
    den = c.q[1].addingProduct(den, y)
    den = c.q[0].addingProduct(den, y)
    return (num / den).addingProduct(exponent, Lanes(repeating: ln2))
  }

  /// Any inputs: zero, subnormal, negative, inf, NaN.
  @inline(never)
  static func lanes(_ input: Lanes, _ c: Coefficients, _ flags: inout FloatStatus.Raised) -> Lanes {
    let isNaN = input .!= input
    let x0 = FloatLanes.select(0, where: isNaN, else: input)
    let negative = x0 .< 0
    let zero = (x0 .== 0) .& .!isNaN
    let infinite = x0 .== .infinity
    if any(negative) { flags.invalid = true }
    if any(zero) { flags.divideByZero = true }
    let x = FloatLanes.select(0, where: negative, else: x0)
    // Subnormals (and zero) are scaled by 2^100 so their bits hold a normal exponent.
    let subnormal = x .< Float.leastNormalMagnitude
    let scaled = FloatLanes.select(x * 0x1p100, where: subnormal, else: x)
    let bits = unsafeBitCast(scaled, to: SIMD8<Int32>.self)
    let exponent = Lanes((bits &>> 23) &- 126)
    let mantissa = unsafeBitCast((bits & 0x7f_ffff) | (126 << 23), to: Lanes.self)
    var y = logarithm(
      mantissa, FloatLanes.select(exponent - 100, where: subnormal, else: exponent), c)
    y = FloatLanes.select(.nan, where: isNaN .| negative, else: y)
    y = FloatLanes.select(-.infinity, where: zero, else: y)
    return FloatLanes.select(.infinity, where: infinite, else: y)
  }
}
