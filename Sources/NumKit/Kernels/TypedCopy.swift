extension NDArray {
  /// A C-contiguous copy converted to `newType` (numpy's `astype`, with C casting rules:
  /// floats to ints truncate toward zero, anything to bool is `!= 0`).
  public func copy(as newType: DType? = nil) -> NDArray {
    let out = NDArray(uninitialized: shape, dtype: newType ?? dtype)
    guard size > 0 else { return out }
    switch dtype {
    case .bool: out.assign(from: self, Bool.self)
    case .uint8: out.assign(from: self, UInt8.self)
    case .int32: out.assign(from: self, Int32.self)
    case .int64: out.assign(from: self, Int64.self)
    case .float32: out.assign(from: self, Float.self)
    case .float64: out.assign(from: self, Double.self)
    }
    return out
  }

  /// Writes `source` (same shape, element type `S`) into this array, converting.
  func assign<S: ArrayElement>(from source: NDArray, _: S.Type) {
    switch dtype {
    case .bool: assign(from: source, S.self, Bool.self)
    case .uint8: assign(from: source, S.self, UInt8.self)
    case .int32: assign(from: source, S.self, Int32.self)
    case .int64: assign(from: source, S.self, Int64.self)
    case .float32: assign(from: source, S.self, Float.self)
    case .float64: assign(from: source, S.self, Double.self)
    }
  }

  @inline(__always)
  func assign<S: ArrayElement, T: ArrayElement>(from source: NDArray, _: S.Type, _: T.Type) {
    let src = source.storage.pointer(S.self)
    let dst = storage.pointer(T.self)
    if source.stepsDensely && stepsDensely {
      // One flat pass (a memcpy when the types agree): no loop plan to build.
      let (a, b, n) = (src + source.offset, dst + offset, size)
      if S.self == T.self {
        UnsafeMutableRawPointer(b).copyMemory(
          from: UnsafeRawPointer(a), byteCount: n * MemoryLayout<S>.stride)
      } else {
        for i in 0..<n { b[i] = T(element: a[i]) }
      }
      return
    }
    let loop = StridedLoop(shape: shape, strides: [source.strides, strides])
    if S.self == T.self && copyInTiles(from: source, loop, S.self) { return }
    loop.forEachRow(base: [source.offset, offset]) { o, n, s in
      // Row pointers, not offsets: no overflow checks, and unit-stride rows vectorise.
      let (a, sa, b, sb) = (src + o[0], s[0], dst + o[1], s[1])
      if sa == 1 && sb == 1 {
        for i in 0..<n { b[i] = T(element: a[i]) }
      } else {
        for i in 0..<n { b[i &* sb] = T(element: a[i &* sa]) }
      }
    }
  }
}
