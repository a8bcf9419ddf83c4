#if canImport(Glibc)
  import Glibc
#endif

/// Element-wise math functions (numpy ufuncs of one argument).
public enum UnaryFunction: String, Sendable, CaseIterable {
  case exp, log, log2, log10, log1p, sqrt, sin, cos, tan, arcsin, arccos, arctan, tanh, floor,
    ceil, abs, negative, square

  /// abs, negative and square keep integer dtypes; the others compute in floating point.
  var keepsIntegers: Bool { self == .abs || self == .negative || self == .square }

  @inline(__always) func apply(_ x: Double) -> Double {
    switch self {
    case .exp: return TableExp.scalar(x)
    case .log: return Glibc.log(x)
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
    case .tanh: return Glibc.tanh(x)
    case .floor: return Glibc.floor(x)
    case .ceil: return Glibc.ceil(x)
    case .abs: return Swift.abs(x)
    case .negative: return -x
    case .square: return x * x
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
    case .tanh: return Glibc.tanhf(x)
    case .floor: return Glibc.floorf(x)
    case .ceil: return Glibc.ceilf(x)
    case .abs: return Swift.abs(x)
    case .negative: return -x
    case .square: return x * x
    }
  }
}

extension NDArray {
  /// `f(a)` element-wise: float32 stays float32, other types compute in float64 (except the
  /// integer-preserving functions).
  public func apply(_ f: UnaryFunction) -> NDArray {
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
    if dtype == .float32 {
      let (x, out) = unaryOperands(.float32)
      let p = UnsafePointer(x.storage.pointer(Float.self) + x.offset)
      let q = out.storage.pointer(Float.self)
      if f == .exp {
        FloatExp.apply(p, q, size)
      } else if f == .log {
        FloatLog.apply(p, q, size)
      } else {
        for i in 0..<size { q[i] = f.apply(p[i]) }
      }
      return out
    }
    let (x, out) = unaryOperands(.float64)
    let p = UnsafePointer(x.storage.pointer(Double.self) + x.offset)
    let q = out.storage.pointer(Double.self)
    if f == .exp {
      TableExp.apply(p, q, size)
    } else {
      for i in 0..<size { q[i] = f.apply(p[i]) }
    }
    return out
  }

  /// The operand as dense elements of `type` (itself when it already is) and a fresh result.
  private func unaryOperands(_ type: DType) -> (NDArray, NDArray) {
    let source = dtype == type && stepsDensely ? self : copy(as: type)
    return (source, NDArray(uninitialized: shape, dtype: type))
  }
}
