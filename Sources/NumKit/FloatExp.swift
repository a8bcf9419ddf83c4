import CVectorMath

/// float32 exp computed the way numpy computes it on x86-64 processors with AVX2 and FMA, so
/// the results are numpy's bit for bit (numpy's float32 exp is not correctly rounded: up to
/// 2.5 ulp off, and a correctly rounded one would print differently now and then).
///
/// The method (numpy's `simd_exp_FLOAT`): k = round(x log2 e); r = x - k ln2 in two fused
/// steps (Cody and Waite's split of ln 2); exp(r) as the ratio of a degree-5 and a degree-2
/// polynomial, each evaluated by fused multiply-adds in float32; the result scaled by 2^k
/// with one rounding. x >= 88.72283935546875 gives inf (and the overflow flag unless x is
/// inf), x <= -103.97208404541015625 gives 0, NaN stays NaN. Eight lanes at a time; the last
/// few elements go through the same lanes, padded.
enum FloatExp {
  typealias Lanes = SIMD8<Float>

  static let overflowAt: Float = 88.72283935546875
  static let underflowAt: Float = -103.97208404541015625
  static let log2e: Float = 1.44269502  // log2(e) rounded to float32
  static let roundingShift: Float = 0x1.8p23
  static let ln2High: Float = -6.93145752e-1
  static let ln2Low: Float = -1.42860677e-6
  // Numerator p0...p5 and denominator q0...q2 of the rational approximation.
  static let p0: Float = 9.999999999980870924916e-01
  static let p1: Float = 7.257664613233124478488e-01
  static let p2: Float = 2.473615434895520810817e-01
  static let p3: Float = 5.114512081637298353406e-02
  static let p4: Float = 6.757896990527504603057e-03
  static let p5: Float = 5.082762527590693718096e-04
  static let q0: Float = 1
  static let q1: Float = -2.742335390411667452936e-01
  static let q2: Float = 2.159509375685829852307e-02

  /// `dst[i] = exp(src[i])`.
  static func apply(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int) {
    FloatStatus.kernel {
      var flags = FloatStatus.Raised()
      // Sixteen lanes while every value is ordinary (`ordinaryLanes`, in C with AVX-512).
      WideKernels.alternate(n) { i in
        wideConstants.withUnsafeBufferPointer {
          nk_exp_f32_avx512(src + i, dst + i, n - i, $0.baseAddress!)
        }
      } narrow: { i, end in
        FloatLanes.map(src + i, dst + i, end - i, padding: 0) { x in
          // Eight ordinary inputs (no NaN, normal results) need no masks at all. `==` first:
          // it is the quiet comparison, the ordered ones raise the invalid flag on NaN.
          all(x .== x) && all((x .> normalFrom) .& (x .< overflowAt))
            ? ordinaryLanes(x) : lanes(x, &flags.overflow)
        }
      }
      return flags
    }
  }

  /// The constants of `ordinaryLanes` in the order `nk_exp_f32_avx512` reads them.
  private static let wideConstants: [Float] = [
    log2e, roundingShift, ln2High, ln2Low, p0, p1, p2, p3, p4, p5, q0, q1, q2, normalFrom,
    overflowAt,
  ]

  /// One value, through the same lanes.
  static func scalar(_ x: Float) -> Float {
    var y: Float = 0
    FloatStatus.kernel {
      var flags = FloatStatus.Raised()
      y = lanes(Lanes(repeating: x), &flags.overflow)[0]
      return flags
    }
    return y
  }

  /// Above this every result is a normal float32 (k > -125).
  static let normalFrom: Float = -86

  /// Inputs in (normalFrom, overflowAt): the same operations as `lanes`, without the masks.
  @inline(__always)
  static func ordinaryLanes(_ x: Lanes) -> Lanes {
    let shifted = x * log2e + roundingShift
    let k = shifted - roundingShift
    let ratio = rational(
      x.addingProduct(k, Lanes(repeating: ln2High)).addingProduct(
        k, Lanes(repeating: ln2Low)))
    let kInt = unsafeBitCast(
      unsafeBitCast(shifted, to: SIMD8<UInt32>.self) &- roundingShift.bitPattern,
      to: SIMD8<Int32>.self)
    return scaledNormal(ratio, kInt)
  }

  /// exp(r) for |r| <= ln2 / 2: numerator over denominator.
  @inline(__always)
  static func rational(_ r: Lanes) -> Lanes {
    var num = Lanes(repeating: p4).addingProduct(Lanes(repeating: p5), r)
    num = Lanes(repeating: p3).addingProduct(num, r)
    num = Lanes(repeating: p2).addingProduct(num, r)
    num = Lanes(repeating: p1).addingProduct(num, r)
    num = Lanes(repeating: p0).addingProduct(num, r)
    var den = Lanes(repeating: q1).addingProduct(Lanes(repeating: q2), r)
    den = Lanes(repeating: q0).addingProduct(den, r)
    return num / den
  }

  @inline(never)
  static func lanes(_ input: Lanes, _ overflowed: inout Bool) -> Lanes {
    // NaN lanes become 0 first: ordered comparisons with NaN would raise the invalid flag.
    let isNaN = input .!= input
    let finite = FloatLanes.select(0, where: isNaN, else: input)
    let over = finite .>= overflowAt
    let under = finite .<= underflowAt
    // Finite inputs beyond the overflow threshold raise the overflow flag, as numpy's do.
    if any(over), any(over .& (finite .!= .infinity)) { overflowed = true }
    let x = FloatLanes.select(0, where: over .| under, else: finite)
    // k = round(x log2 e): adding 1.5 * 2^23 leaves k in the low bits of the sum.
    let shifted = x * log2e + roundingShift
    let k = shifted - roundingShift
    var r = x.addingProduct(k, Lanes(repeating: ln2High))
    r = r.addingProduct(k, Lanes(repeating: ln2Low))
    let ratio = rational(r)
    let kInt = unsafeBitCast(
      unsafeBitCast(shifted, to: SIMD8<UInt32>.self) &- roundingShift.bitPattern,
      to: SIMD8<Int32>.self)
    var y = any(k .<= -125) ? scaledExactly(ratio, kInt) : scaledNormal(ratio, kInt)
    y = FloatLanes.select(.nan, where: isNaN, else: y)
    y = FloatLanes.select(.infinity, where: over, else: y)
    return FloatLanes.select(0, where: under, else: y)
  }

  /// `ratio * 2^k` rounded once, as AVX-512's scalef. When every result is normal (k > -125;
  /// ratio lies in [0.7, 1.5)) k is added to the exponent bits.
  @inline(__always)
  static func scaledNormal(_ ratio: Lanes, _ k: SIMD8<Int32>) -> Lanes {
    unsafeBitCast(unsafeBitCast(ratio, to: SIMD8<Int32>.self) &+ (k &<< 23), to: Lanes.self)
  }

  /// Results below float32's normal range: the product is exact in float64, and its
  /// conversion to float32 the only rounding.
  @inline(never)
  static func scaledExactly(_ ratio: Lanes, _ k: SIMD8<Int32>) -> Lanes {
    let bits = SIMD8<UInt64>(truncatingIfNeeded: k &+ 1023) &<< 52
    return Lanes(SIMD8<Double>(ratio) * unsafeBitCast(bits, to: SIMD8<Double>.self))
  }
}
