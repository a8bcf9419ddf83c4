import CVectorMath

/// tanh in float64 (float32 has its own method: FloatTanh), all but correctly rounded
/// (about 0.51 ulp at worst; the C library's is off by an ulp in a quarter of inputs, numpy's
/// SIMD one in a fifth), eight lanes at a time with AVX-512 (`nk_tanh_f64_avx512`, the same
/// operations in the same order: the same bits on every processor).
///
/// tanh a = (1 - e) / (1 + e) with e = exp(-2a), a = |x|. e comes from TableExp's reduction,
/// -2a = kd ln2/32 + rh + rl with rh exact, as S (1 + rh + lo): S = 2^(kd/32) from the table,
/// lo from the table's tail, rl and rh^2 (c2 + ... + c8 rh^6) (degree 8: at degree 6 the
/// truncation is an ulp of 1 - e for small a; rl's products with rh count for large a).
/// 1 - e is kept as a high and a low part (S rh exactly by a fused multiply-add, sums by
/// Fast2Sum, which holds since S <= 1 and |S rh| <= 1 - S unless S = 1), normalised; 1 + e is
/// 2 - (1 - e), by Fast2Sum again; the quotient is corrected once by its residual. Below 2^-28
/// tanh x rounds to x; from 22 on, to +-1.
enum TableTanh {
  static let big: Double = 22
  static let tiny: Double = 0x1p-28
  static let c7 = 1.0 / 5040
  static let c8 = 1.0 / 40320

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
      ExpTable.entries.withUnsafeBufferPointer { body($0.baseAddress!) }
      return FloatStatus.Raised()
    }
  }

  @inline(__always) static func value(_ x: Double, _ table: UnsafePointer<UInt64>) -> Double {
    let a = Swift.abs(x)
    // (NaN fails both tests and stays itself.)
    guard a < big, a >= tiny else { return a >= big ? signed(1, as: x) : x }
    return signed(core(a, table), as: x)
  }

  /// `magnitude` with the sign bit of `x`.
  @inline(__always) static func signed(_ magnitude: Double, as x: Double) -> Double {
    Double(bitPattern: magnitude.bitPattern | (x.bitPattern & (1 << 63)))
  }

  /// tanh a for a in [tiny, big).
  @inline(__always) static func core(_ a: Double, _ table: UnsafePointer<UInt64>) -> Double {
    let z = a * -2
    let kd0 = TableExp.shift.addingProduct(z, ExpTable.invLn2N)
    let ki = kd0.bitPattern
    let kd = kd0 - TableExp.shift
    let rh = z.addingProduct(kd, -ExpTable.ln2HiN)
    let rl = kd * -ExpTable.ln2LoN
    let index = Int(truncatingIfNeeded: ki & 31)
    let tail = Double(bitPattern: table[index])
    let s = Double(bitPattern: table[index &+ 32] &+ (ki &<< ExpTable.shift))
    let r2 = rh * rh
    let p78 = c7.addingProduct(rh, c8)
    let p56 = TableExp.c5.addingProduct(rh, TableExp.c6)
    let p34 = TableExp.c3.addingProduct(rh, TableExp.c4)
    let p = TableExp.c2.addingProduct(rh, p34.addingProduct(r2, p56.addingProduct(r2, p78)))
    // e^(rh + rl) (1 + tail) = 1 + rh + w + t (1 + rh + w), t = tail + rl, w = rh^2 p.
    let t = tail + rl
    let w = r2 * p
    let lo = t.addingProduct(t, rh + w).addingProduct(r2, p)
    let sr = s * rh
    let srError = (-sr).addingProduct(s, rh)
    let sLo = s * lo
    // 1 - e, a high part and a low one.
    let nh = 1 - s
    let ne = (1 - nh) - s
    let n1 = nh - sr
    let n1e = (nh - n1) - sr
    let nl = ((n1e + ne) - srError) - sLo
    // Normalised (the low part below half an ulp of the high one); 1 + e as 2 - (1 - e).
    let nH = n1 + nl
    let nL = (n1 - nH) + nl
    let dH = 2 - nH
    let dL = ((2 - dH) - nH) - nL
    let inverse = 1 / dH
    let q0 = nH * inverse
    let residual = nH.addingProduct(-q0, dH) + nL.addingProduct(-q0, dL)
    return q0.addingProduct(residual, inverse)
  }

  /// The constants in the order the kernels read them.
  private static let wideConstants: [Double] = [
    ExpTable.invLn2N, TableExp.shift, ExpTable.ln2HiN, ExpTable.ln2LoN, TableExp.c2, TableExp.c3,
    TableExp.c4, TableExp.c5, TableExp.c6, c7, c8, big, tiny,
  ]

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
