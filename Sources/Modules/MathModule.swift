import BigInt
import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// The `math` module, with CPython's error rules: a NaN result from a non-NaN argument is a
/// ValueError ("math domain error"); an infinite result from a finite argument is an
/// OverflowError ("math range error") for the functions that can overflow, a ValueError for
/// the others (log(0)).
enum MathModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "math")
    m.define("pi", .float(Double.pi))
    m.define("e", .float(M_E))
    m.define("tau", .float(2 * Double.pi))
    m.define("inf", .float(.infinity))
    m.define("nan", .float(.nan))
    defineRealFunctions(m)
    defineGamma(m)
    defineIntegerFunctions(m)
    defineTwoArgumentFunctions(m)
    return m
  }

  /// A real argument as CPython's `PyFloat_AsDouble` takes it: ints (big ones too: CPython's
  /// OverflowError past float's range), floats, and objects with `__float__` or `__index__`.
  static func real(_ v: Value, _ interp: Interpreter) throws(PyException) -> Double {
    if let x = interp.numeric(v.scalarValue) { return x }
    guard let x = try interp.floatValue(v) else {
      throw .typeError("must be real number, not \(v.typeName)")
    }
    return x
  }

  /// CPython's `loghelper`: `f` of an int too large for a float from its mantissa and binary
  /// exponent (`log(10**400)`); of anything else, `f` of the float, with the domain checks.
  static func logarithm(
    _ v: Value, _ f: (Double) -> Double, _ interp: Interpreter
  ) throws(PyException) -> Double {
    if case .object(let o) = v, let big = o as? PyBigInt {
      guard big.value.sign == .plus, !big.value.isZero else {
        throw .valueError("math domain error")
      }
      if let x = try? PyBigInt.double(big.value) { return f(x) }
      // x = m * 2**e with m in [0.5, 1), m rounded to a float from the top 64 bits and a
      // sticky bit for the rest (CPython's `_PyLong_Frexp`).
      let magnitude = big.value.magnitude
      var e = magnitude.bitWidth
      var top = UInt64(truncatingIfNeeded: magnitude >> (e - 64))
      if magnitude.trailingZeroBitCount < e - 64 { top |= 1 }
      var m = Double(top) / 0x1p64
      if m == 1 { (m, e) = (0.5, e + 1) }
      return f(m) + f(2) * Double(e)
    }
    let x = try real(v, interp)
    guard case .float(let r) = try checked(x, f(x), canOverflow: false) else { return .nan }
    return r
  }

  static func one(_ name: String, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Double
  {
    guard a.count == 1, a.keywords.isEmpty else {
      throw .typeError("math.\(name)() takes exactly one argument (\(a.count) given)")
    }
    return try real(a[0], interp)
  }

  static func two(_ name: String, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> (Double, Double)
  {
    guard a.count == 2 else {
      throw .typeError("\(name) expected 2 arguments, got \(a.count)")
    }
    return (try real(a[0], interp), try real(a[1], interp))
  }

  /// CPython's `math_1`: `f(x)` with the domain and range checks.
  static func checked(_ x: Double, _ r: Double, canOverflow: Bool) throws(PyException) -> Value {
    if r.isNaN && !x.isNaN { throw .valueError("math domain error") }
    if r.isInfinite && x.isFinite {
      throw canOverflow ? .overflow("math range error") : .valueError("math domain error")
    }
    return .float(r)
  }

  /// Python's `math.ulp`: the gap to the next float away from zero (the largest float's own
  /// gap, the smallest subnormal at zero; NaN and infinities as they are).
  static func ulp(_ x: Double) -> Double {
    if x.isNaN || x.isInfinite { return Swift.abs(x) }
    let a = Swift.abs(x)
    if a == .greatestFiniteMagnitude { return a - a.nextDown }
    return a.nextUp - a
  }

  static func defineRealFunctions(_ m: PyModule) {
    let plain: [(String, (Double) -> Double)] = [
      ("sqrt", sqrt), ("log1p", log1p), ("sin", sin),
      ("cos", cos), ("tan", tan), ("asin", asin), ("acos", acos), ("atan", atan), ("tanh", tanh),
      ("asinh", asinh), ("acosh", acosh), ("atanh", atanh), ("fabs", fabs), ("erf", erf),
      ("erfc", erfc), ("cbrt", cbrt), ("ulp", MathModule.ulp),
      ("degrees", { $0 * (180 / Double.pi) }), ("radians", { $0 * (Double.pi / 180) }),
    ]
    let overflowing: [(String, (Double) -> Double)] = [
      ("exp", exp), ("expm1", expm1), ("sinh", sinh), ("cosh", cosh), ("exp2", exp2),
    ]
    for (list, canOverflow) in [(plain, false), (overflowing, true)] {
      for (name, f) in list {
        m.define(
          name,
          fixed: FixedArityEntries(one: { (v, interp) throws(PyException) in
            let x = try real(v, interp)
            return try checked(x, f(x), canOverflow: canOverflow)
          }),
          general: { (a, interp) throws(PyException) in
            let x = try one(name, a, interp)
            return try checked(x, f(x), canOverflow: canOverflow)
          })
      }
    }
    for (name, f) in [("log10", log10), ("log2", log2)] as [(String, (Double) -> Double)] {
      m.define(name) { (a, interp) throws(PyException) in
        guard a.count == 1, a.keywords.isEmpty else {
          throw .typeError("math.\(name)() takes exactly one argument (\(a.count) given)")
        }
        return .float(try logarithm(a[0], f, interp))
      }
    }
    m.define("log") { (a, interp) throws(PyException) in
      guard a.count == 1 || a.count == 2 else {
        throw .typeError("log expected at least 1 argument, got \(a.count)")
      }
      let lx = try logarithm(a[0], Glibc.log, interp)
      guard a.count == 2 else { return .float(lx) }
      let lb = try logarithm(a[1], Glibc.log, interp)
      guard lb != 0 else { throw .zeroDivision("float division by zero") }
      return .float(lx / lb)
    }
    let rounding: [(String, (Double) -> Double)] = [
      ("floor", floor), ("ceil", ceil), ("trunc", trunc),
    ]
    for (name, f) in rounding {
      let body: FixedArityEntries.One = { (v, interp) throws(PyException) in
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o) where o.isExactly(PyBigInt.self): return v
        case .object(let o) where o.floatConversion == nil:
          // A class's own `__floor__`, `__ceil__` or `__trunc__` (Fraction's), as CPython
          // looks it up on the type.
          if let method = o.pyClass.lookup("__\(name)__") {
            return try interp.call(method, with: v)
          }
          if name == "trunc" {
            throw .typeError("type \(o.typeName) doesn't define __trunc__ method")
          }
          return try PyBigInt.integral(f(try real(v, interp)))
        default: return try PyBigInt.integral(f(try real(v, interp)))
        }
      }
      m.define(
        name, fixed: FixedArityEntries(one: body),
        general: { (a, interp) throws(PyException) in
          guard a.count == 1 else {
            throw .typeError("math.\(name)() takes exactly one argument (\(a.count) given)")
          }
          return try body(a[0], interp)
        })
    }
    let tests: [(String, (Double) -> Bool)] = [
      ("isnan", { $0.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite }),
    ]
    for (name, test) in tests {
      m.define(name) { (a, interp) throws(PyException) in .bool(test(try one(name, a, interp))) }
    }
  }
}
