import CVectorMath

/// tanh in float64 (float32 has its own method: FloatTanh), within 0.71 ulp (0.51 from 0.55
/// on; off by an ulp in about 1 value in 50 below 0.55, 1 in 1300 above; numpy's SIMD one is
/// off in a fifth, by up to 1.17 ulp), eight lanes at a time with AVX-512
/// (`nk_tanh_f64_avx512`, the same operations in the same order: the same bits on every
/// processor).
///
/// a = |x|, at most 20 (tanh rounds to 1 from 19.07 on). Below 0.55, a + a^3 (c3 + s Q(s)) with
/// s = a^2 (`TanhSeries`, degree 9 in s). From 0.55 on, 1 - 2 / (1 + E), E = e^(2a) kept as a
/// high and a low part: 2a = k ln2/16 + r with TableExp's reduction on the even entries of its
/// table (2^(j/16): one permute a column in the kernel), e^r - 1 to degree 7; the quotient q is
/// corrected once by its residual and 1 - q summed by Fast2Sum (q < 1/2 < 1 - q). A vector of
/// eight takes the branch its lanes share, both when they differ.
enum TableTanh {
  static let saturation: Double = 20
  static let e7 = 1.0 / 5040
  static let invLn2: Double = ExpTable.invLn2N / 2
  static let ln2Hi: Double = ExpTable.ln2HiN * 2
  static let ln2Lo: Double = ExpTable.ln2LoN * 2

  /// 2^(j/16) for j in 0..<16: tails, then heads less j << 48 (TableExp's even entries).
  static let table: [UInt64] =
    (0..<16).map { ExpTable.entries[2 * $0] } + (0..<16).map { ExpTable.entries[32 + 2 * $0] }

  /// tanh of one value, as the lanes compute it.
  static func scalar(_ x: Double) -> Double {
    var y = 0.0
    withTable { y = value(x, $0) }
    return y
  }

  /// Runs `body` with the table, leaving the processor's exception flags as they were: tanh
  /// raises none (the compiler turns the quiet comparisons that set NaN aside into signalling
  /// ones, which raise the invalid flag).
  @inline(__always) private static func withTable(_ body: (UnsafePointer<UInt64>) -> Void) {
    FloatStatus.kernel {
      table.withUnsafeBufferPointer { body($0.baseAddress!) }
      return FloatStatus.Raised()
    }
  }

  @inline(__always) static func value(_ x: Double, _ table: UnsafePointer<UInt64>) -> Double {
    if x.isNaN { return x }
    let a = Swift.min(Swift.abs(x), saturation)
    let y = a < TanhSeries.bound ? series(a) : quotient(a, table)
    return Double(bitPattern: y.bitPattern | (x.bitPattern & (1 << 63)))
  }

  /// tanh a for 0 <= a < 0.55.
  @inline(__always) static func series(_ a: Double) -> Double {
    let s = a * a
    var q = TanhSeries.q[9]
    for i in stride(from: 8, through: 0, by: -1) { q = TanhSeries.q[i].addingProduct(q, s) }
    let p = TanhSeries.c3.addingProduct(s, q)
    return a.addingProduct(s * a, p)
  }

  /// tanh a for 0.55 <= a <= 20.
  @inline(__always) static func quotient(_ a: Double, _ table: UnsafePointer<UInt64>) -> Double {
    let z = a + a
    let kd0 = TableExp.shift.addingProduct(z, invLn2)
    let ki = kd0.bitPattern
    let kd = kd0 - TableExp.shift
    let r = z.addingProduct(kd, -ln2Hi).addingProduct(kd, -ln2Lo)
    let index = Int(truncatingIfNeeded: ki & 15)
    let tail = Double(bitPattern: table[index])
    let s = Double(bitPattern: table[index &+ 16] &+ (ki &<< 48))
    let r2 = r * r
    let p23 = TableExp.c2.addingProduct(r, TableExp.c3)
    let p45 = TableExp.c4.addingProduct(r, TableExp.c5)
    let p67 = TableExp.c6.addingProduct(r, e7)
    let p = p23.addingProduct(r2, p45.addingProduct(r2, p67))
    // E = S (1 + tail) e^r = S (1 + u) to well below an ulp, as eH + eL.
    let u = r + tail.addingProduct(r2, p)
    let eH = s.addingProduct(s, u)
    let eL = (s - eH).addingProduct(s, u)
    let dH = eH + 1
    let dL = ((eH - dH) + 1) + eL
    let q0 = 2 / dH
    let residual = 2.0.addingProduct(-q0, dH).addingProduct(-q0, dL)
    let y = 1 - q0
    let yError = (1 - y) - q0
    return y + yError.addingProduct(-residual, q0 * 0.5)
  }

  /// The constants in the order the kernels read them.
  private static let wideConstants: [Double] =
    [
      invLn2, TableExp.shift, ln2Hi, ln2Lo, TableExp.c2, TableExp.c3, TableExp.c4, TableExp.c5,
      TableExp.c6, e7, TanhSeries.bound, saturation, TanhSeries.c3,
    ] + TanhSeries.q

  /// `dst[i] = tanh(src[i])` in float64: by the AVX-512 kernel where the processor has it, else
  /// one value at a time, the exception flags restored.
  static func apply(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, _ n: Int) {
    withTable { table in
      if WideKernels.available {
        wideConstants.withUnsafeBufferPointer {
          nk_tanh_f64_avx512(src, dst, n, table, $0.baseAddress!)
        }
        return
      }
      for i in 0..<n { dst[i] = value(src[i], table) }
    }
  }
}
