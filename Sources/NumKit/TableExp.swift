import CVectorKernels
import CVectorMath

#if canImport(Glibc)
  import Glibc
#endif

/// float64 exp over a buffer. On processors with AVX-512 F, CD, BW, DQ and VL, numpy calls
/// Intel's SVML exp, and `nk_exp_f64_skx` computes its bits (`WideKernels.numpySVML`). Elsewhere,
/// Tang's table method, four lanes at a time (eight in the AVX-512F kernel):
///
/// x = (32 e + i) ln2/32 + r with |r| <= ln2/64, so exp(x) = 2^e 2^(i/32) exp(r): the table
/// (scripts/gen-math-tables.py) gives 2^(i/32) with its rounding tail, a degree-6 Taylor
/// polynomial gives exp(r) - 1 (truncation error below 2^-58). The error is about half an ulp,
/// like glibc's exp. Products are fused with their sums (`addingProduct`, one rounding, as the
/// vector kernel's fused multiply-adds), and the vector and scalar forms do the same operations
/// in the same order, so every machine and every array length computes the same bits. (A
/// processor without fused multiply-add computes them in software: slower, same bits.) Inputs
/// outside (-704, 704) and NaN (overflow, subnormal results) go to the C library.
enum TableExp {
  typealias Lanes = SIMD4<Double>
  typealias LaneBits = SIMD4<UInt64>
  static let shift: Double = 0x1.8p52
  static let limit: Double = 704
  static let c2 = 1.0 / 2
  static let c3 = 1.0 / 6
  static let c4 = 1.0 / 24
  static let c5 = 1.0 / 120
  static let c6 = 1.0 / 720

  @inline(__always)
  static func core(_ x: Double, _ table: UnsafePointer<UInt64>) -> Double {
    let kd0 = shift.addingProduct(x, ExpTable.invLn2N)
    let ki = kd0.bitPattern
    let kd = kd0 - shift
    let r = x.addingProduct(kd, -ExpTable.ln2HiN).addingProduct(kd, -ExpTable.ln2LoN)
    let index = Int(truncatingIfNeeded: ki & 31)
    let tail = Double(bitPattern: table[index])
    let scale = Double(bitPattern: table[index &+ 32] &+ (ki &<< ExpTable.shift))
    let r2 = r * r
    let p56 = c5.addingProduct(r, c6)
    let p34 = c3.addingProduct(r, c4)
    let p = c2.addingProduct(r, p34.addingProduct(r2, p56))
    let poly = (tail + r).addingProduct(r2, p)
    return scale.addingProduct(scale, poly)
  }

  @inline(__always)
  static func core(_ x: Lanes, _ table: UnsafePointer<UInt64>) -> Lanes {
    let kd0 = Lanes(repeating: shift).addingProduct(x, ExpTable.invLn2N)
    let ki = unsafeBitCast(kd0, to: LaneBits.self)
    let kd = kd0 - shift
    let r = x.addingProduct(kd, -ExpTable.ln2HiN).addingProduct(kd, -ExpTable.ln2LoN)
    let index = ki & 31
    var tail = Lanes()
    var bits = LaneBits()
    for lane in 0..<4 {
      let at = Int(truncatingIfNeeded: index[lane])
      tail[lane] = Double(bitPattern: table[at])
      bits[lane] = table[at &+ 32]
    }
    let scale = unsafeBitCast(bits &+ (ki &<< ExpTable.shift), to: Lanes.self)
    let r2 = r * r
    let p56 = Lanes(repeating: c5).addingProduct(r, c6)
    let p34 = Lanes(repeating: c3).addingProduct(r, c4)
    let p = Lanes(repeating: c2).addingProduct(r, p34.addingProduct(r2, p56))
    let poly = (tail + r).addingProduct(r2, p)
    return scale.addingProduct(scale, poly)
  }

  @inline(__always)
  static func inRange(_ x: Double) -> Bool { Swift.abs(x) < limit }

  /// One value, as the loops below compute it.
  static func scalar(_ x: Double) -> Double {
    if WideKernels.numpySVML {
      var (input, output) = (x, 0.0)
      nk_exp_f64_skx(&input, &output, 1)
      return output
    }
    guard inRange(x) else { return Glibc.exp(x) }
    return ExpTable.entries.withUnsafeBufferPointer { core(x, $0.baseAddress!) }
  }

  /// `dst[i] = exp(src[i])` in float64.
  static func apply(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, _ n: Int) {
    if WideKernels.numpySVML {
      nk_exp_f64_skx(src, dst, n)
      return
    }
    ExpTable.entries.withUnsafeBufferPointer { t in
      let table = t.baseAddress!
      var i = 0
      while i < n {
        // Eight lanes while every value is in range; then the next eight (or the rest) here.
        if WideKernels.available {
          i += nk_exp_f64_avx512(
            src + i, dst + i, n - i, table, ExpTable.invLn2N, shift, ExpTable.ln2HiN,
            ExpTable.ln2LoN, limit)
        }
        let end = WideKernels.available ? Swift.min(n, i + 8) : n
        four(src, dst, from: i, to: end, table)
        i = end
      }
    }
  }

  /// `dst[i] = exp(src[i])` for `from..<to`, four lanes at a time.
  @inline(__always)
  private static func four(
    _ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, from: Int, to n: Int,
    _ table: UnsafePointer<UInt64>
  ) {
    var i = from
    while i + 4 <= n {
      let x = UnsafeRawPointer(src + i).loadUnaligned(as: Lanes.self)
      let usual = (x .< limit) .& (x .> -limit)
      // Out-of-range lanes are computed from 0 (no spurious exception flags), then redone.
      var y = core(x.replacing(with: 0, where: .!usual), table)
      if !all(usual) {
        for lane in 0..<4 where !usual[lane] { y[lane] = Glibc.exp(x[lane]) }
      }
      UnsafeMutableRawPointer(dst + i).storeBytes(of: y, as: Lanes.self)
      i += 4
    }
    for j in i..<n { dst[j] = inRange(src[j]) ? core(src[j], table) : Glibc.exp(src[j]) }
  }
}
