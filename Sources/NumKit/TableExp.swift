import CVectorMath

#if canImport(Glibc)
  import Glibc
#endif

/// exp over a buffer by Tang's table method, four lanes at a time.
///
/// x = (128 e + i) ln2/128 + r with |r| <= ln2/256, so exp(x) = 2^e 2^(i/128) exp(r): the table
/// (scripts/gen-math-tables.py) gives 2^(i/128) with its rounding tail, a degree-5 Taylor
/// polynomial gives exp(r) - 1 (truncation error below 2^-60). The error is about half an ulp,
/// like glibc's exp. The vector and scalar forms do the same operations in the same order, with
/// no fused or reassociated arithmetic, so every machine and every array length computes the
/// same bits. Inputs outside (-704, 704) and NaN (overflow, subnormal results) go to the C
/// library.
enum TableExp {
  typealias Lanes = SIMD4<Double>
  typealias LaneBits = SIMD4<UInt64>
  static let shift: Double = 0x1.8p52
  static let limit: Double = 704

  @inline(__always)
  static func core(_ x: Double, _ table: UnsafePointer<UInt64>) -> Double {
    let kd0 = x * ExpTable.invLn2N + shift
    let ki = kd0.bitPattern
    let kd = kd0 - shift
    let r = (x - kd * ExpTable.ln2HiN) - kd * ExpTable.ln2LoN
    let index = Int(truncatingIfNeeded: ki & 127) &* 2
    let tail = Double(bitPattern: table[index])
    let scale = Double(bitPattern: table[index &+ 1] &+ (ki &<< 45))
    let r2 = r * r
    let low = 0.5 + r * (1.0 / 6)
    let high = 1.0 / 24 + r * (1.0 / 120)
    let poly = ((tail + r) + r2 * low) + (r2 * r2) * high
    return scale + scale * poly
  }

  @inline(__always)
  static func core(_ x: Lanes, _ table: UnsafePointer<UInt64>) -> Lanes {
    let kd0 = x * ExpTable.invLn2N + shift
    let ki = unsafeBitCast(kd0, to: LaneBits.self)
    let kd = kd0 - shift
    let r = (x - kd * ExpTable.ln2HiN) - kd * ExpTable.ln2LoN
    let index = (ki & 127) &<< 1
    var tail = Lanes()
    var bits = LaneBits()
    for lane in 0..<4 {
      let at = Int(truncatingIfNeeded: index[lane])
      tail[lane] = Double(bitPattern: table[at])
      bits[lane] = table[at &+ 1]
    }
    let scale = unsafeBitCast(bits &+ (ki &<< 45), to: Lanes.self)
    let r2 = r * r
    let low: Lanes = 0.5 + r * Lanes(repeating: 1.0 / 6)
    let high: Lanes = Lanes(repeating: 1.0 / 24) + r * Lanes(repeating: 1.0 / 120)
    let poly: Lanes = ((tail + r) + r2 * low) + (r2 * r2) * high
    return scale + scale * poly
  }

  @inline(__always)
  static func inRange(_ x: Double) -> Bool { Swift.abs(x) < limit }

  /// One value, as the loops below compute it.
  static func scalar(_ x: Double) -> Double {
    guard inRange(x) else { return Glibc.exp(x) }
    return ExpTable.entries.withUnsafeBufferPointer { core(x, $0.baseAddress!) }
  }

  /// Whether the processor runs the eight-lane form (`nk_exp_f64_avx512`), which computes the
  /// same bits as `core`.
  static let wideLanes = nk_has_avx512f() != 0

  /// `dst[i] = exp(src[i])` in float64.
  static func apply(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, _ n: Int) {
    ExpTable.entries.withUnsafeBufferPointer { t in
      let table = t.baseAddress!
      var i = 0
      while i < n {
        // Eight lanes while every value is in range; then the next eight (or the rest) here.
        if wideLanes {
          i += nk_exp_f64_avx512(
            src + i, dst + i, n - i, table, ExpTable.invLn2N, shift, ExpTable.ln2HiN,
            ExpTable.ln2LoN, limit)
        }
        let end = wideLanes ? Swift.min(n, i + 8) : n
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
