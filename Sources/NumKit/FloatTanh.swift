import CVectorMath

/// float32 tanh in float32 arithmetic, sixteen lanes at a time with AVX-512
/// (`nk_tanh_f32_avx512`, the same operations in the same order: the same bits on every
/// processor). Within 0.57 ulp of tanh over every float32, correctly rounded for all but 0.2% of
/// them, and within an ulp of numpy's (whose SVML tanh is off by one in a fifth of values); the
/// float64 method it replaced rounded correctly, at three times numpy's time.
///
/// |x| falls in one of 26 intervals (FloatTanhTable, made by scripts/gen-tanh-table.py), read
/// off its exponent and two leading fraction bits; on interval k, y = |x| - b[k] (exact) and
/// tanh |x| = h + y (c1 + c2 y + ... + c6 y^5) with h = c0[k], a float32 within 10^-5 ulp of
/// tanh b[k], or h = |x| below 1/8 (where the polynomial gives tanh |x| / |x| - 1), rounded
/// once by a fused multiply-add. From `saturation` on (and for infinities) the result is 1;
/// the sign is x's; NaN stays itself.
enum FloatTanh {
  static let columns = 32

  /// `dst[i] = tanh(src[i])`, the exception flags left as they were (tanh raises none).
  static func apply(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int) {
    FloatStatus.kernel {
      FloatTanhTable.columns.withUnsafeBufferPointer { table in
        if WideKernels.available {
          nk_tanh_f32_avx512(src, dst, n, table.baseAddress!, FloatTanhTable.saturation)
        } else {
          for i in 0..<n { dst[i] = value(src[i], table.baseAddress!) }
        }
      }
      return FloatStatus.Raised()
    }
  }

  /// tanh of one value, as the lanes compute it.
  static func scalar(_ x: Float) -> Float {
    var y: Float = 0
    withUnsafeMutablePointer(to: &y) { out in
      withUnsafePointer(to: x) { apply($0, out, 1) }
    }
    return y
  }

  @inline(__always)
  static func value(_ x: Float, _ table: UnsafePointer<UInt32>) -> Float {
    let bits = x.bitPattern & 0x7fff_ffff
    let a = Float(bitPattern: bits)
    // (Five bits, as the lanes' lookups read them: from 10 on, where k passes 31, r is 1.)
    let k = Swift.max(Int(bits >> 21) - 495, 0) & (columns - 1)
    @inline(__always) func column(_ c: Int) -> Float { Float(bitPattern: table[c * columns + k]) }
    let y = a - column(0)
    var q = column(6).addingProduct(y, column(7))
    q = column(5).addingProduct(y, q)
    q = column(4).addingProduct(y, q)
    q = column(3).addingProduct(y, q)
    q = column(2).addingProduct(y, q)
    let h = k == 0 ? a : column(1)
    var r = h.addingProduct(y, q)
    if bits >= FloatTanhTable.saturation { r = 1 }
    r = Float(bitPattern: r.bitPattern | (x.bitPattern & 0x8000_0000))
    return bits > 0x7f80_0000 ? x : r
  }
}
