import FloatText

#if canImport(Glibc)
  import Glibc
#endif

/// Element-wise arithmetic with broadcasting and numpy's dtype rules.
public enum ArithmeticOp: Sendable {
  case add, subtract, multiply, divide, floorDivide, modulo, power, maximum, minimum

  /// The result dtype for two operand dtypes (numpy's type resolution for these ufuncs).
  func resultType(_ a: DType, _ b: DType) throws(NumKitError) -> DType {
    let t = DType.promote(a, b)
    switch (self, t) {
    case (.divide, _) where !t.isFloat: return .float64
    case (.add, .bool), (.multiply, .bool), (.maximum, .bool), (.minimum, .bool): return .bool
    case (.subtract, .bool):
      throw .type(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
      )
    case (_, .bool): return .int64
    default: return t
    }
  }
}

extension NDArray {
  /// `a op b` with broadcasting. The dtype is dispatched once; operands whose dtype differs
  /// from the result's are cast first (a broadcast scalar costs one element). `scalarMath`:
  /// numpy's scalar arithmetic (`np.float64(x) ** 0.5`), whose power always calls `pow`.
  public static func binary(
    _ op: ArithmeticOp, _ a: NDArray, _ b: NDArray, scalarMath: Bool = false
  ) throws(NumKitError) -> NDArray {
    if op == .power && !scalarMath, let result = try PowerExponent.known(a, b) { return result }
    // Two C-ordered float arrays of one dtype and shape (`a + b` in a training loop): the
    // result has their dtype, shape and strides, and the kernel steps over all three densely.
    if a.isDenseFloat(like: b) {
      let out = NDArray(uninitializedLike: a, dtype: a.dtype)
      denseFloat(op, a, b, into: out)
      return out
    }
    if let result = try ResultLayout.laidOutLike(
      a, b, { (x, y) throws(NumKitError) in try inCOrder(op, x, y) })
    {
      return result
    }
    return try inCOrder(op, a, b)
  }

  /// `binary` with the result in C order.
  private static func inCOrder(_ op: ArithmeticOp, _ a: NDArray, _ b: NDArray)
    throws(NumKitError) -> NDArray
  {
    let type = try op.resultType(a.dtype, b.dtype)
    if let result = withMask(op, a, b, type: type) { return result }
    if a.shape == b.shape || b.ndim == 0 || a.ndim == 0 {
      // The common small cases (equal shapes, or an array with a scalar) need no broadcast
      // views. Operands already of the result's dtype go on as they are: every copy of an
      // array header costs reference counting, which is most of a small operation's time.
      if a.dtype == type && b.dtype == type { return try unbroadcast(op, a, b, type: type) }
      return try unbroadcast(
        op, a.dtype == type ? a : a.copy(as: type), b.dtype == type ? b : b.copy(as: type),
        type: type)
    }
    let shape = try Broadcast.shape(a.shape, b.shape)
    let x = Broadcast.view(a.dtype == type ? a : a.copy(as: type), to: shape)
    let y = Broadcast.view(b.dtype == type ? b : b.copy(as: type), to: shape)
    let out = NDArray(uninitialized: shape, dtype: type)
    return try binary(op, x, y, type: type, into: out)
  }

  /// `x * mask`, `x + mask`, `x - mask` (or the mask first) of a C-ordered float array and a
  /// C-ordered bool array of its shape (`dout * self.mask` of dropout): the booleans read as 0
  /// and 1 where they lie, not converted into a float copy first (1.7 times numpy's time that
  /// way). Nil for any other operands.
  private static func withMask(_ op: ArithmeticOp, _ a: NDArray, _ b: NDArray, type: DType)
    -> NDArray?
  {
    guard op == .multiply || op == .add || op == .subtract,
      type == .float64 || type == .float32, a.shape == b.shape, a.ndim > 0, a.hasCStrides,
      b.hasCStrides
    else { return nil }
    let maskFirst: Bool
    if a.dtype == type && b.dtype == .bool {
      maskFirst = false
    } else if a.dtype == .bool && b.dtype == type {
      maskFirst = true
    } else {
      return nil
    }
    let (x, mask) = maskFirst ? (b, a) : (a, b)
    let out = NDArray(uninitializedLike: x, dtype: type)
    let n = out.size
    let m = mask.storage.pointer(UInt8.self) + mask.offset
    func run<T: BinaryFloatingPoint & ArrayElement>(_: T.Type) {
      let p = x.storage.pointer(T.self) + x.offset
      let r = out.storage.pointer(T.self)
      withFloatOperation(op, T.self) { f in
        if maskFirst {
          for i in 0..<n { r[i] = f(m[i] != 0 ? 1 : 0, p[i]) }
        } else {
          for i in 0..<n { r[i] = f(p[i], m[i] != 0 ? 1 : 0) }
        }
      }
    }
    if type == .float64 { run(Double.self) } else { run(Float.self) }
    return out
  }

  /// Whether this array and `other` are C-ordered float arrays of one dtype and shape: the
  /// operands `denseFloat` takes.
  public func isDenseFloat(like other: NDArray) -> Bool {
    let dtype = self.dtype
    return dtype == other.dtype && (dtype == .float64 || dtype == .float32)
      && shape == other.shape && hasCStrides && other.hasCStrides
  }

  /// `a op b` into `out`, for operands that are `isDenseFloat(like:)` each other and an `out`
  /// of their dtype and size (which may be an array that is given a new value).
  public static func denseFloat(_ op: ArithmeticOp, _ a: NDArray, _ b: NDArray, into out: NDArray) {
    if a.dtype == .float64 {
      denseFloatKernel(op, a, b, out, Double.self)
    } else {
      denseFloatKernel(op, a, b, out, Float.self)
    }
  }

  /// `x op y` for operands of the result's dtype whose shapes are equal, or one of them 0-d:
  /// the kernels step over dense operands and repeat a 0-d one.
  private static func unbroadcast(_ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, type: DType)
    throws(NumKitError) -> NDArray
  {
    let shape = x.ndim >= y.ndim ? x.shape : y.shape
    // The result shares a C-ordered operand's shape and strides arrays (no allocation).
    let out: NDArray
    if x.shape == shape && x.hasCStrides {
      out = NDArray(uninitializedLike: x, dtype: type)
    } else if y.shape == shape && y.hasCStrides {
      out = NDArray(uninitializedLike: y, dtype: type)
    } else {
      out = NDArray(uninitialized: shape, dtype: type)
    }
    guard (x.ndim == 0 || x.stepsDensely) && (y.ndim == 0 || y.stepsDensely) else {
      return try binary(op, x, y, type: type, into: out)
    }
    guard out.size > 0 else { return out }
    switch type {
    case .float64: denseFloatKernel(op, x, y, out, Double.self)
    case .float32: denseFloatKernel(op, x, y, out, Float.self)
    case .int64:
      try intKernel(
        op, Broadcast.view(x, to: shape), Broadcast.view(y, to: shape), out, Int64.self)
    case .int32:
      try intKernel(
        op, Broadcast.view(x, to: shape), Broadcast.view(y, to: shape), out, Int32.self)
    case .bool: boolKernel(op, Broadcast.view(x, to: shape), Broadcast.view(y, to: shape), out)
    case .uint8:
      try byteKernel(op, Broadcast.view(x, to: shape), Broadcast.view(y, to: shape), out)
    }
    return out
  }

  /// Operands already of the result's dtype and shape-compatible with `out`.
  private static func binary(
    _ op: ArithmeticOp, _ a: NDArray, _ b: NDArray, type: DType, into out: NDArray
  ) throws(NumKitError) -> NDArray {
    let x = a.ndim == out.ndim ? a : Broadcast.view(a, to: out.shape)
    let y = b.ndim == out.ndim ? b : Broadcast.view(b, to: out.shape)
    guard out.size > 0 else { return out }
    switch type {
    case .float64: floatKernel(op, x, y, out, Double.self)
    case .float32: floatKernel(op, x, y, out, Float.self)
    case .int64: try intKernel(op, x, y, out, Int64.self)
    case .int32: try intKernel(op, x, y, out, Int32.self)
    case .bool: boolKernel(op, x, y, out)
    case .uint8: try byteKernel(op, x, y, out)
    }
    return out
  }

  /// uint8 arithmetic: computed in int64 and wrapped modulo 256, as numpy's uint8 wraps.
  static func byteKernel(_ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _ out: NDArray)
    throws(NumKitError)
  {
    let wide = NDArray(uninitialized: out.shape, dtype: .int64)
    try intKernel(op, x.copy(as: .int64), y.copy(as: .int64), wide, Int64.self)
    out.assign(from: wide, Int64.self)
  }

  /// Runs `f` over the rows of `x`, `y` into `out`: a contiguous array, or `x` itself (an
  /// in-place operation, where `out` steps as `x` does).
  @inline(__always)
  static func rows<T>(
    _ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type, _ f: (T, T) -> T
  ) {
    let p = x.storage.pointer(T.self)
    let q = y.storage.pointer(T.self)
    let r = out.storage.pointer(T.self)
    // Whole-array cases without building a loop plan: dense operands, or a broadcast scalar.
    let n = out.size
    let dense = r + out.offset
    switch (x.stepsDensely, y.stepsDensely) {
    case (true, true):
      let (px, py) = (p + x.offset, q + y.offset)
      for i in 0..<n { dense[i] = f(px[i], py[i]) }
      return
    case (true, false) where y.isBroadcastScalar:
      let (px, v) = (p + x.offset, q[y.offset])
      for i in 0..<n { dense[i] = f(px[i], v) }
      return
    case (false, true) where x.isBroadcastScalar:
      let (v, py) = (p[x.offset], q + y.offset)
      for i in 0..<n { dense[i] = f(v, py[i]) }
      return
    default:
      break
    }
    let loop = StridedLoop.cacheOrdered(
      shape: out.shape, strides: [x.strides, y.strides, out.strides],
      itemSize: MemoryLayout<T>.stride)
    loop.forEachRow(base: [x.offset, y.offset, out.offset]) { o, n, s in
      let (px, py, pr) = (p + o[0], q + o[1], r + o[2])
      let (sx, sy) = (s[0], s[1])
      if sx == 1 && sy == 1 {
        for i in 0..<n { pr[i] = f(px[i], py[i]) }
      } else if sx == 1 && sy == 0 {
        let v = py[0]
        for i in 0..<n { pr[i] = f(px[i], v) }
      } else if sx == 0 && sy == 1 {
        let v = px[0]
        for i in 0..<n { pr[i] = f(v, py[i]) }
      } else {
        // Four loads in flight before the stores: rows that step through memory wait on
        // the cache (col2im's, 1.8 -> 1.0 ms with `cacheOrdered`). (`out` is a fresh array or
        // `x` itself, so no store changes a later load.)
        let sr = s[2]
        var i = 0
        while i &+ 4 <= n {
          let v0 = f(px[i &* sx], py[i &* sy])
          let v1 = f(px[(i &+ 1) &* sx], py[(i &+ 1) &* sy])
          let v2 = f(px[(i &+ 2) &* sx], py[(i &+ 2) &* sy])
          let v3 = f(px[(i &+ 3) &* sx], py[(i &+ 3) &* sy])
          pr[i &* sr] = v0
          pr[(i &+ 1) &* sr] = v1
          pr[(i &+ 2) &* sr] = v2
          pr[(i &+ 3) &* sr] = v3
          i &+= 4
        }
        while i < n {
          pr[i &* sr] = f(px[i &* sx], py[i &* sy])
          i &+= 1
        }
      }
    }
  }

  /// Dense operands (or a 0-d one) into a fresh contiguous result: one flat loop.
  @inline(__always)
  static func dense<T>(_ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type, _ f: (T, T) -> T) {
    let px = x.storage.pointer(T.self) + x.offset
    let py = y.storage.pointer(T.self) + y.offset
    let r = out.storage.pointer(T.self) + out.offset
    let n = out.size
    if x.ndim == 0 {
      let v = px[0]
      for i in 0..<n { r[i] = f(v, py[i]) }
    } else if y.ndim == 0 {
      let v = py[0]
      for i in 0..<n { r[i] = f(px[i], v) }
    } else {
      for i in 0..<n { r[i] = f(px[i], py[i]) }
    }
  }

  /// Into `x` itself (`formInPlace`, `clipped`): one pointer, so that the loop is vectorised
  /// (for two, the compiler tests whether they overlap, and runs the loop one element at a
  /// time when they do, as they then do).
  @inline(__always)
  static func inPlace<T>(_ x: NDArray, _ y: NDArray, _: T.Type, _ f: (T, T) -> T) {
    let r = x.storage.pointer(T.self) + x.offset
    let py = y.storage.pointer(T.self) + y.offset
    let n = x.size
    if y.ndim == 0 {
      let v = py[0]
      for i in 0..<n { r[i] = f(r[i], v) }
    } else {
      for i in 0..<n { r[i] = f(r[i], py[i]) }
    }
  }

  /// `body` given numpy's float operation `op` as a closure of its own in each case, so that
  /// the loops `body` runs are specialised for it (and vectorised) once it is inlined.
  @inline(__always)
  static func withFloatOperation<T: BinaryFloatingPoint & ArrayElement>(
    _ op: ArithmeticOp, _: T.Type, _ body: ((T, T) -> T) -> Void
  ) {
    switch op {
    case .add: body { $0 + $1 }
    case .subtract: body { $0 - $1 }
    case .multiply: body { $0 * $1 }
    case .divide: body { $0 / $1 }
    case .floorDivide: body { FloatDivision.floorDivide($0, $1) }
    case .modulo: body { FloatDivision.modulo($0, $1) }
    case .power: body { T(pow(Double($0), Double($1))) }
    case .maximum: body { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
    case .minimum: body { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
    }
  }

  static func denseFloatKernel<T: BinaryFloatingPoint & ArrayElement>(
    _ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type
  ) {
    if StreamingArithmetic.run(op, x, y, out, T.self) { return }
    withFloatOperation(op, T.self) { f in dense(x, y, out, T.self, f) }
  }

  static func floatKernel<T: BinaryFloatingPoint & ArrayElement>(
    _ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type
  ) {
    withFloatOperation(op, T.self) { f in rows(x, y, out, T.self, f) }
  }

  static func intKernel<T: FixedWidthInteger & SignedInteger & ArrayElement>(
    _ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type
  ) throws(NumKitError) {
    switch op {
    case .add: rows(x, y, out, T.self) { $0 &+ $1 }
    case .subtract: rows(x, y, out, T.self) { $0 &- $1 }
    case .multiply: rows(x, y, out, T.self) { $0 &* $1 }
    case .divide: break  // resolved to float64 before dispatch
    case .maximum: rows(x, y, out, T.self) { Swift.max($0, $1) }
    case .minimum: rows(x, y, out, T.self) { Swift.min($0, $1) }
    case .floorDivide:
      // numpy: division by zero gives 0, with the divide-by-zero flag raised (its warning).
      if y.any(T.self, { $0 == 0 }) { feraiseexcept(FE_DIVBYZERO) }
      rows(x, y, out, T.self) { p, q in
        guard q != 0 else { return 0 }
        if q == -1 { return 0 &- p }
        let d = p / q
        return (p % q != 0 && (p < 0) != (q < 0)) ? d - 1 : d
      }
    case .modulo:
      if y.any(T.self, { $0 == 0 }) { feraiseexcept(FE_DIVBYZERO) }
      rows(x, y, out, T.self) { p, q in
        guard q != 0 && q != -1 else { return 0 }
        let r = p % q
        return r != 0 && (r < 0) != (q < 0) ? r + q : r
      }
    case .power:
      if y.anyNegative(T.self) {
        throw .value("Integers to negative integer powers are not allowed.")
      }
      rows(x, y, out, T.self) { base, exponent in
        var result: T = 1
        var b = base
        var e = exponent
        while e > 0 {
          if e & 1 == 1 { result = result &* b }
          b = b &* b
          e >>= 1
        }
        return result
      }
    }
  }

  static func boolKernel(_ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _ out: NDArray) {
    switch op {
    case .add, .maximum: rows(x, y, out, Bool.self) { $0 || $1 }
    default: rows(x, y, out, Bool.self) { $0 && $1 }
    }
  }

  func anyNegative<T: FixedWidthInteger & ArrayElement>(_: T.Type) -> Bool {
    any(T.self) { $0 < 0 }
  }

  func any<T: ArrayElement>(_: T.Type, _ test: (T) -> Bool) -> Bool {
    let p = storage.pointer(T.self)
    var found = false
    StridedLoop(shape: shape, strides: [strides]).forEachRow(base: [offset]) { o, n, s in
      for i in 0..<n where test(p[o[0] + i * s[0]]) { found = true }
    }
    return found
  }
}
