import CVectorMath

/// Element-wise comparisons, giving boolean arrays (`a > 0`, `x == y`).
public enum ElementComparison: Sendable {
  case less, lessEqual, greater, greaterEqual, equal, notEqual
}

extension NDArray {
  public static func compare(_ op: ElementComparison, _ a: NDArray, _ b: NDArray)
    throws(NumKitError)
    -> NDArray
  {
    if let out = compareFlat(op, a, b) { return out }
    if let result = try ResultLayout.laidOutLike(
      a, b, { (x, y) throws(NumKitError) in try compareInCOrder(op, x, y) })
    {
      return result
    }
    return try compareInCOrder(op, a, b)
  }

  /// `compare` with the result in C order.
  private static func compareInCOrder(_ op: ElementComparison, _ a: NDArray, _ b: NDArray)
    throws(NumKitError) -> NDArray
  {
    let shape = try Broadcast.shape(a.shape, b.shape)
    let type = DType.promote(a.dtype, b.dtype)
    let x = Broadcast.view(a.dtype == type ? a : a.copy(as: type), to: shape)
    let y = Broadcast.view(b.dtype == type ? b : b.copy(as: type), to: shape)
    let out = NDArray(uninitialized: shape, dtype: .bool)
    guard out.size > 0 else { return out }
    switch type {
    case .float64: compareRows(op, x, y, out, Double.self)
    case .float32: compareRows(op, x, y, out, Float.self)
    case .int64: compareRows(op, x, y, out, Int64.self)
    case .int32: compareRows(op, x, y, out, Int32.self)
    case .bool, .uint8:
      compareRows(op, x.copy(as: .int64), y.copy(as: .int64), out, Int64.self)
    }
    return out
  }

  /// The common cases without broadcast views or a strided loop (`a > 0.5`, `y == t` of two
  /// arrays of one shape): operands of one numeric dtype, one in C order and the other of its
  /// shape in C order or a single value. Nil otherwise.
  private static func compareFlat(_ op: ElementComparison, _ a: NDArray, _ b: NDArray)
    -> NDArray?
  {
    guard a.dtype == b.dtype, a.dtype != .bool, a.dtype != .uint8 else { return nil }
    let (array, other, swapped): (NDArray, NDArray, Bool)
    if a.hasCStrides && (b.size == 1 && b.ndim <= a.ndim || b.shape == a.shape && b.hasCStrides) {
      (array, other, swapped) = (a, b, false)
    } else if b.hasCStrides && a.size == 1 && a.ndim <= b.ndim {
      (array, other, swapped) = (b, a, true)
    } else {
      return nil
    }
    let out = NDArray(uninitialized: array.shape, dtype: .bool)
    let single = other.shape != array.shape
    switch a.dtype {
    case .float64 where WideKernels.byteMasks:
      let code: Int32
      switch op {
      case .less: code = 0
      case .lessEqual: code = 1
      case .greater: code = 2
      case .greaterEqual: code = 3
      case .equal: code = 4
      case .notEqual: code = 5
      }
      nk_compare_f64_avx512(
        array.storage.pointer(Double.self) + array.offset,
        other.storage.pointer(Double.self) + other.offset, single ? 0 : 1, swapped ? 1 : 0,
        out.storage.pointer(UInt8.self), out.size, code)
    case .float64: compareFlat(op, array, other, single, swapped, out, Double.self)
    case .float32: compareFlat(op, array, other, single, swapped, out, Float.self)
    case .int64: compareFlat(op, array, other, single, swapped, out, Int64.self)
    case .int32: compareFlat(op, array, other, single, swapped, out, Int32.self)
    case .bool, .uint8: return nil
    }
    return out
  }

  private static func compareFlat<T: Comparable>(
    _ op: ElementComparison, _ array: NDArray, _ other: NDArray, _ single: Bool,
    _ swapped: Bool, _ out: NDArray, _: T.Type
  ) {
    let p = array.storage.pointer(T.self) + array.offset
    let q = other.storage.pointer(T.self) + other.offset
    // (Written as bytes: stores of Bool kept the loops from being vectorised.)
    let r = out.storage.pointer(UInt8.self)
    let n = out.size
    @inline(__always) func byte(_ b: Bool) -> UInt8 { b ? 1 : 0 }
    func run(_ f: (T, T) -> Bool) {
      if single {
        let v = q[0]
        if swapped {
          for i in 0..<n { r[i] = byte(f(v, p[i])) }
        } else {
          for i in 0..<n { r[i] = byte(f(p[i], v)) }
        }
      } else {
        for i in 0..<n { r[i] = byte(f(p[i], q[i])) }
      }
    }
    withPredicate(op, run)
  }

  /// Calls `body` with the operator of `op` written out, so that each loop is compiled for
  /// its own comparison.
  @inline(__always)
  private static func withPredicate<T: Comparable>(
    _ op: ElementComparison, _ body: ((T, T) -> Bool) -> Void
  ) {
    switch op {
    case .less: body(<)
    case .lessEqual: body(<=)
    case .greater: body(>)
    case .greaterEqual: body(>=)
    case .equal: body(==)
    case .notEqual: body(!=)
    }
  }

  private static func compareRows<T: Comparable>(
    _ op: ElementComparison, _ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type
  ) {
    let p = x.storage.pointer(T.self)
    let q = y.storage.pointer(T.self)
    let r = out.storage.pointer(Bool.self)
    let loop = StridedLoop(shape: out.shape, strides: [x.strides, y.strides, out.strides])
    func run(_ f: (T, T) -> Bool) {
      loop.forEachRow(base: [x.offset, y.offset, 0]) { o, n, s in
        let (a, b, c) = (p + o[0], q + o[1], r + o[2])
        let (sa, sb, sc) = (s[0], s[1], s[2])
        if sa == 1 && sb == 1 && sc == 1 {
          for i in 0..<n { c[i] = f(a[i], b[i]) }
        } else {
          for i in 0..<n { c[i &* sc] = f(a[i &* sa], b[i &* sb]) }
        }
      }
    }
    withPredicate(op, run)
  }
}

/// `&`, `|`, `^`, `<<`, `>>` on bool and integer arrays.
public enum BitwiseOp: String, Sendable {
  case and = "bitwise_and", or = "bitwise_or", xor = "bitwise_xor"
  case leftShift = "left_shift", rightShift = "right_shift"

  /// numpy's shifts: a count outside [0, 64) shifts everything out (0, or -1 for a negative
  /// value shifted right), as its loops define them.
  @inline(__always) static func shift(_ a: Int64, _ b: Int64, left: Bool) -> Int64 {
    guard b >= 0 && b < 64 else { return left || a >= 0 ? 0 : -1 }
    return left ? a << b : a >> b
  }
}

extension NDArray {
  public static func bitwise(_ op: BitwiseOp, _ a: NDArray, _ b: NDArray) throws(NumKitError)
    -> NDArray
  {
    let type = DType.promote(a.dtype, b.dtype)
    guard !type.isFloat else {
      throw .type(
        "ufunc '\(op.rawValue)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
      )
    }
    let shape = try Broadcast.shape(a.shape, b.shape)
    let shifts = op == .leftShift || op == .rightShift
    if a.dtype == b.dtype && type != .int64 && type != .int32 && !shifts {
      // Booleans (`mask & (x > 0)`) and bytes as they are, one byte an element.
      let out = NDArray(uninitialized: shape, dtype: type)
      guard out.size > 0 else { return out }
      let (x, y) = (Broadcast.view(a, to: shape), Broadcast.view(b, to: shape))
      switch op {
      case .and: rows(x, y, out, UInt8.self) { $0 & $1 }
      case .or: rows(x, y, out, UInt8.self) { $0 | $1 }
      case .xor: rows(x, y, out, UInt8.self) { $0 ^ $1 }
      case .leftShift, .rightShift: break
      }
      return out
    }
    let x = Broadcast.view(a.copy(as: .int64), to: shape)
    let y = Broadcast.view(b.copy(as: .int64), to: shape)
    let out = NDArray(uninitialized: shape, dtype: .int64)
    guard out.size > 0 else { return out }
    switch op {
    case .and: rows(x, y, out, Int64.self) { $0 & $1 }
    case .or: rows(x, y, out, Int64.self) { $0 | $1 }
    case .xor: rows(x, y, out, Int64.self) { $0 ^ $1 }
    case .leftShift: rows(x, y, out, Int64.self) { BitwiseOp.shift($0, $1, left: true) }
    case .rightShift: rows(x, y, out, Int64.self) { BitwiseOp.shift($0, $1, left: false) }
    }
    // (Booleans shift as numpy's int8 would, held as int64: NumBook has no int8.)
    if shifts && type == .bool { return out }
    return type == .int64 ? out : out.copy(as: type)
  }

  /// `~a`: logical not for bool, bitwise complement for integers.
  public func inverted() throws(NumKitError) -> NDArray {
    guard !dtype.isFloat else {
      throw .type(
        "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
      )
    }
    if dtype == .bool {
      let x = copy()
      let p = x.storage.pointer(UInt8.self)
      for i in 0..<x.size { p[i] ^= 1 }
      return x
    }
    let x = copy(as: .int64)
    let p = x.storage.pointer(Int64.self)
    for i in 0..<x.size { p[i] = ~p[i] }
    return x.copy(as: dtype)
  }
}
