import CVectorMath

#if canImport(Glibc)
  import Glibc
#endif

/// Element-wise math functions (numpy ufuncs of one argument).
public enum UnaryFunction: String, Sendable, CaseIterable {
  case exp, log, log2, log10, log1p, sqrt, sin, cos, tan, arcsin, arccos, arctan, tanh, floor,
    ceil, abs, negative, square
  case expm1, sinh, cosh, arcsinh, arccosh, arctanh, cbrt, trunc, rint, deg2rad, rad2deg
  case exp2, fabs

  /// abs, negative and square keep integer dtypes; the others compute in floating point.
  var keepsIntegers: Bool { self == .abs || self == .negative || self == .square }

  /// The function of one float64 value: the bits an array of any length gives for it.
  @inline(__always) public func apply(_ x: Double) -> Double {
    switch self {
    case .exp: return TableExp.scalar(x)
    case .log: return DoubleLog.scalar(x)
    case .log2: return Glibc.log2(x)
    case .log10: return Glibc.log10(x)
    case .log1p: return Glibc.log1p(x)
    case .sqrt: return Glibc.sqrt(x)
    case .sin: return Glibc.sin(x)
    case .cos: return Glibc.cos(x)
    case .tan: return Glibc.tan(x)
    case .arcsin: return Glibc.asin(x)
    case .arccos: return Glibc.acos(x)
    case .arctan: return Glibc.atan(x)
    case .tanh: return TableTanh.scalar(x)
    case .floor: return Glibc.floor(x)
    case .ceil: return Glibc.ceil(x)
    case .abs: return Swift.abs(x)
    case .negative: return -x
    case .square: return x * x
    case .expm1: return Glibc.expm1(x)
    case .sinh: return Glibc.sinh(x)
    case .cosh: return Glibc.cosh(x)
    case .arcsinh: return Glibc.asinh(x)
    case .arccosh: return Glibc.acosh(x)
    case .arctanh: return Glibc.atanh(x)
    case .cbrt: return CubeRoot.correctlyRounded(x)
    case .trunc: return Glibc.trunc(x)
    case .rint: return Glibc.rint(x)
    // numpy multiplies by its constant pi / 180 (and 180 / pi).
    case .deg2rad: return x * (Double.pi / 180.0)
    case .rad2deg: return x * (180.0 / Double.pi)
    case .exp2: return Glibc.exp2(x)
    case .fabs: return Swift.abs(x)
    }
  }

  @inline(__always) func apply(_ x: Float) -> Float {
    switch self {
    case .exp: return FloatExp.scalar(x)
    case .log: return FloatLog.scalar(x)
    case .log2: return Glibc.log2f(x)
    case .log10: return Glibc.log10f(x)
    case .log1p: return Glibc.log1pf(x)
    case .sqrt: return Glibc.sqrtf(x)
    case .sin: return Glibc.sinf(x)
    case .cos: return Glibc.cosf(x)
    case .tan: return Glibc.tanf(x)
    case .arcsin: return Glibc.asinf(x)
    case .arccos: return Glibc.acosf(x)
    case .arctan: return Glibc.atanf(x)
    case .tanh: return FloatTanh.scalar(x)
    case .floor: return Glibc.floorf(x)
    case .ceil: return Glibc.ceilf(x)
    case .abs: return Swift.abs(x)
    case .negative: return -x
    case .square: return x * x
    case .expm1: return Glibc.expm1f(x)
    case .sinh: return Glibc.sinhf(x)
    case .cosh: return Glibc.coshf(x)
    case .arcsinh: return Glibc.asinhf(x)
    case .arccosh: return Glibc.acoshf(x)
    case .arctanh: return Glibc.atanhf(x)
    case .cbrt: return Glibc.cbrtf(x)
    case .trunc: return Glibc.truncf(x)
    case .rint: return Glibc.rintf(x)
    // numpy's float constants: pi rounded to nearest (Swift's Float.pi is rounded down).
    case .deg2rad: return x * (Float(Double.pi) / 180)
    case .rad2deg: return x * (180 / Float(Double.pi))
    case .exp2: return Glibc.exp2f(x)
    case .fabs: return Swift.abs(x)
    }
  }
}

extension NDArray {
  /// `f(a)` element-wise: float32 stays float32, other types compute in float64 (except the
  /// integer-preserving functions).
  public func apply(_ f: UnaryFunction) -> NDArray {
    ResultLayout.laidOutLike(self, { $0.applyInCOrder(f) }) ?? applyInCOrder(f)
  }

  /// `apply` with the result in C order.
  private func applyInCOrder(_ f: UnaryFunction) -> NDArray {
    // numpy's absolute value of a boolean array is that array's booleans.
    if dtype == .bool && f == .abs { return copy() }
    if f.keepsIntegers && (dtype.isInteger || dtype == .bool) {
      let x = copy(as: .int64)
      let p = x.storage.pointer(Int64.self)
      for i in 0..<x.size {
        switch f {
        case .abs: p[i] = p[i] < 0 ? 0 &- p[i] : p[i]
        case .negative: p[i] = 0 &- p[i]
        default: p[i] = p[i] &* p[i]
        }
      }
      return dtype == .int64 ? x : x.copy(as: dtype == .bool ? .int64 : dtype)
    }
    let out = NDArray(uninitialized: shape, dtype: dtype == .float32 ? .float32 : .float64)
    dense(out.dtype).applyFloat(f, into: out)
    return out
  }

  /// `f(a)` written into `out`, a C-ordered array of this array's float dtype and shape that
  /// shares no elements with this one or is this one, as `apply` computes it; false (nothing
  /// written) for other operands.
  public func apply(_ f: UnaryFunction, into out: NDArray) -> Bool {
    guard dtype == .float64 || dtype == .float32, out.dtype == dtype, out.shape == shape,
      stepsDensely, out.stepsDensely, out.storage !== storage || out.offset == offset
    else { return false }
    applyFloat(f, into: out)
    return true
  }

  /// `f` of this dense float array's elements into `out`'s, which has its dtype and size.
  private func applyFloat(_ f: UnaryFunction, into out: NDArray) {
    if dtype == .float32 {
      let p = UnsafePointer(storage.pointer(Float.self) + offset)
      let q = out.storage.pointer(Float.self) + out.offset
      switch f {
      case .exp: FloatExp.apply(p, q, size)
      case .log: FloatLog.apply(p, q, size)
      case .tanh: FloatTanh.apply(p, q, size)
      default:
        if !UnaryMath.simpleLoop(f, p, q, size) { for i in 0..<size { q[i] = f.apply(p[i]) } }
      }
      return
    }
    let p = UnsafePointer(storage.pointer(Double.self) + offset)
    let q = out.storage.pointer(Double.self) + out.offset
    switch f {
    case .exp: TableExp.apply(p, q, size)
    case .log: DoubleLog.apply(p, q, size)
    case .tanh: TableTanh.apply(p, q, size)
    default:
      if !UnaryMath.simpleLoop(f, p, q, size) { for i in 0..<size { q[i] = f.apply(p[i]) } }
    }
  }
}

enum UnaryMath {
  /// `q[i] = f(p[i])` for the functions that are one instruction or a few (abs, negative,
  /// square, sqrt and the roundings), in a loop of its own per function so that it is
  /// vectorised (a switch on the function inside the loop kept every element a call); false
  /// for the other functions.
  @inline(__always)
  static func simpleLoop<T: BinaryFloatingPoint>(
    _ f: UnaryFunction, _ p: UnsafePointer<T>, _ q: UnsafeMutablePointer<T>, _ n: Int
  ) -> Bool {
    @inline(__always) func each(_ body: (T) -> T) {
      for i in 0..<n { q[i] = body(p[i]) }
    }
    switch f {
    case .abs, .fabs: each { Swift.abs($0) }
    case .negative: each { -$0 }
    case .square: each { $0 * $0 }
    case .sqrt:
      // (The instruction itself: see `nk_sqrt_f64`.)
      if T.self == Double.self {
        nk_sqrt_f64(
          UnsafeRawPointer(p).assumingMemoryBound(to: Double.self),
          UnsafeMutableRawPointer(q).assumingMemoryBound(to: Double.self), n)
      } else if T.self == Float.self {
        nk_sqrt_f32(
          UnsafeRawPointer(p).assumingMemoryBound(to: Float.self),
          UnsafeMutableRawPointer(q).assumingMemoryBound(to: Float.self), n)
      } else {
        each { $0.squareRoot() }
      }
    case .floor: each { $0.rounded(.down) }
    case .ceil: each { $0.rounded(.up) }
    case .trunc: each { $0.rounded(.towardZero) }
    case .rint: each { $0.rounded(.toNearestOrEven) }
    default: return false
    }
    return true
  }
}

/// The C library's cube root is off by an ulp now and then (`cbrt(27.0)` gives
/// 3.0000000000000004); the neighbour whose cube is nearest `x` is the correctly rounded root.
enum CubeRoot {
  static func correctlyRounded(_ x: Double) -> Double {
    let y = Glibc.cbrt(x)
    guard y.isFinite, y != 0 else { return y }
    var best = y
    var bestError = Swift.abs(residual(y, x))
    for candidate in [y.nextDown, y.nextUp] {
      let error = Swift.abs(residual(candidate, x))
      if error < bestError {
        best = candidate
        bestError = error
      }
    }
    return best
  }

  /// y³ − x, with the products' rounding errors kept (fused multiply-adds).
  private static func residual(_ y: Double, _ x: Double) -> Double {
    let square = y * y
    let squareError = (-square).addingProduct(y, y)
    let cube = square * y
    let cubeError = (-cube).addingProduct(square, y)
    return ((cube - x) + cubeError) + squareError * y
  }
}
