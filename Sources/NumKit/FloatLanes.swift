/// Helpers for float32 kernels written eight lanes at a time.
enum FloatLanes {
  typealias Lanes = SIMD8<Float>
  typealias Mask = SIMDMask<SIMD8<Int32>>

  /// `value` in the lanes of `mask`, `other` elsewhere, by bitwise operations on whole
  /// registers (the generic masked replace splits eight lanes into two halves).
  @inline(__always)
  static func select(_ value: Float, where mask: Mask, else other: Lanes) -> Lanes {
    let m = mask._storage
    let kept = unsafeBitCast(other, to: SIMD8<Int32>.self) & ~m
    let put = unsafeBitCast(Lanes(repeating: value), to: SIMD8<Int32>.self) & m
    return unsafeBitCast(kept | put, to: Lanes.self)
  }

  /// Lane-wise choice between two vectors.
  @inline(__always)
  static func select(_ value: Lanes, where mask: Mask, else other: Lanes) -> Lanes {
    let m = mask._storage
    let kept = unsafeBitCast(other, to: SIMD8<Int32>.self) & ~m
    let put = unsafeBitCast(value, to: SIMD8<Int32>.self) & m
    return unsafeBitCast(kept | put, to: Lanes.self)
  }

  /// Runs `kernel` over `src` into `dst`, eight at a time; the last few elements go through
  /// the same lanes, padded with `padding`.
  @inline(__always)
  static func map(
    _ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, _ n: Int,
    padding: Float, _ kernel: (Lanes) -> Lanes
  ) {
    var i = 0
    while i + 8 <= n {
      let x = UnsafeRawPointer(src + i).loadUnaligned(as: Lanes.self)
      UnsafeMutableRawPointer(dst + i).storeBytes(of: kernel(x), as: Lanes.self)
      i += 8
    }
    if i < n {
      var x = Lanes(repeating: padding)
      for j in i..<n { x[j - i] = src[j] }
      let y = kernel(x)
      for j in i..<n { dst[j] = y[j - i] }
    }
  }
}
