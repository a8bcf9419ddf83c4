import Foundation
import Interpreter

/// `cmath`: the elementary functions of complex numbers, by CPython's formulas
/// (`Modules/cmathmodule.c`) for finite arguments, so results agree to the bit: `sqrt`,
/// `exp`, `log` (with a base), `log10`, the trigonometric and hyperbolic functions and their
/// inverses, `phase`, `polar`, `rect`, `isfinite`, `isinf`, `isnan`, `isclose`, and the
/// constants. Infinite and NaN arguments go through the same formulas (CPython looks them up
/// in tables of special values instead, so those results may differ).
enum CmathModule {
  typealias Number = ComplexMath.Number

  private static let largeDouble = Double.greatestFiniteMagnitude / 4
  private static let sqrtLargeDouble = largeDouble.squareRoot()
  private static let logLargeDouble = Foundation.log(largeDouble)
  private static let sqrtMinDouble = Double.leastNormalMagnitude.squareRoot()
  private static let ln2 = M_LN2
  private static let ln10 = M_LN10

  struct DomainError: Error {}
  struct RangeError: Error {}

  static func make() -> PyModule {
    let m = PyModule(name: "cmath")
    for (name, value) in [
      ("pi", Double.pi), ("e", M_E), ("tau", 2 * Double.pi), ("inf", .infinity), ("nan", .nan),
    ] {
      m.define(name, .float(value))
    }
    m.define("infj", .object(PyComplex(0, .infinity)))
    m.define("nanj", .object(PyComplex(0, .nan)))
    let functions: [(String, (Number) throws -> Number)] = [
      ("sqrt", sqrt), ("exp", exp), ("log10", log10), ("sin", sin), ("cos", cos), ("tan", tan),
      ("asin", asin), ("acos", acos), ("atan", atan), ("sinh", sinh), ("cosh", cosh),
      ("tanh", tanh), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh),
    ]
    for (name, f) in functions {
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 1, max: 1)
        let z = try complexArgument(try a[0], interp)
        return try result { try f(z) }
      }
    }
    m.define("log") { (a, interp) throws(PyException) in
      try a.expect("log", min: 1, max: 2)
      let z = try complexArgument(try a[0], interp)
      guard let baseValue = a.parameter(1, "base") else { return try result { try log(z) } }
      let base = try complexArgument(baseValue, interp)
      return try result {
        guard let q = ComplexMath.quotient(try log(z), try log(base)) else { throw DomainError() }
        return q
      }
    }
    m.define("phase") { (a, interp) throws(PyException) in
      try a.expect("phase", min: 1, max: 1)
      let z = try complexArgument(try a[0], interp)
      return .float(atan2(z.1, z.0))
    }
    m.define("polar") { (a, interp) throws(PyException) in
      try a.expect("polar", min: 1, max: 1)
      let z = try complexArgument(try a[0], interp)
      let r = hypot(z.0, z.1)
      if r.isInfinite && z.0.isFinite && z.1.isFinite { throw .overflow("math range error") }
      return .tuple([.float(r), .float(atan2(z.1, z.0))])
    }
    m.define("rect") { (a, interp) throws(PyException) in
      try a.expect("rect", min: 2, max: 2)
      let r = try realArgument(try a[0], interp)
      let phi = try realArgument(try a[1], interp)
      // (A zero angle keeps its sign in the imaginary part, as CPython's does.)
      let z = phi == 0 ? (r, r * phi) : (r * Foundation.cos(phi), r * Foundation.sin(phi))
      if (z.0.isInfinite || z.1.isInfinite) && r.isFinite && phi.isFinite {
        throw .overflow("math range error")
      }
      return .object(PyComplex(z.0, z.1))
    }
    for (name, test) in [
      ("isfinite", { (z: Number) in z.0.isFinite && z.1.isFinite }),
      ("isinf", { (z: Number) in z.0.isInfinite || z.1.isInfinite }),
      ("isnan", { (z: Number) in z.0.isNaN || z.1.isNaN }),
    ] {
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 1, max: 1)
        return .bool(test(try complexArgument(try a[0], interp)))
      }
    }
    m.define("isclose") { (a, interp) throws(PyException) in
      try a.expect("isclose", min: 2, max: 2)
      let x = try complexArgument(try a[0], interp)
      let y = try complexArgument(try a[1], interp)
      let relative =
        try a.keyword("rel_tol").map { (v) throws(PyException) in
          try realArgument(v, interp)
        } ?? 1e-9
      let absolute =
        try a.keyword("abs_tol").map { (v) throws(PyException) in
          try realArgument(v, interp)
        } ?? 0
      guard relative >= 0 && absolute >= 0 else {
        throw .valueError("tolerances must be non-negative")
      }
      if x == y { return .bool(true) }
      if x.0.isInfinite || x.1.isInfinite || y.0.isInfinite || y.1.isInfinite {
        return .bool(false)
      }
      let difference = hypot(x.0 - y.0, x.1 - y.1)
      let scale = max(hypot(x.0, x.1), hypot(y.0, y.1))
      return .bool(difference <= relative * scale || difference <= absolute)
    }
    return m
  }

  /// A function's value, or CPython's errors for its domain and range.
  private static func result(_ body: () throws -> Number) throws(PyException) -> Value {
    do {
      let z = try body()
      return .object(PyComplex(z.0, z.1))
    } catch is RangeError {
      throw .overflow("math range error")
    } catch {
      throw .valueError("math domain error")
    }
  }

  /// A number as a complex: ints, floats, complexes, and objects with `__complex__` or
  /// `__float__`.
  static func complexArgument(_ v: Value, _ interp: Interpreter) throws(PyException) -> Number {
    if let c = v.as(PyComplex.self) { return (c.real, c.imag) }
    if case .object(let o) = v, let hook = try o.getAttribute("__complex__", interp) {
      if let c = try interp.call(hook, Arguments()).as(PyComplex.self) { return (c.real, c.imag) }
    }
    return (try realArgument(v, interp), 0)
  }

  private static func realArgument(_ v: Value, _ interp: Interpreter) throws(PyException)
    -> Double
  {
    switch v {
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let d): return d
    default:
      if case .object(let o) = v, let hook = try o.getAttribute("__float__", interp),
        case .float(let d) = try interp.call(hook, Arguments())
      {
        return d
      }
      throw .typeError("must be real number, not \(v.typeName)")
    }
  }

  // MARK: The functions (finite arguments as CPython computes them)

  static func sqrt(_ z: Number) -> Number {
    if z.0 == 0 && z.1 == 0 { return (0, z.1) }
    var ax = abs(z.0)
    let ay = abs(z.1)
    let s: Double
    if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
      // Scaled up and back: hypot of subnormals would lose digits.
      ax = scalbn(ax, 53)
      s = scalbn((ax + hypot(ax, scalbn(ay, 53))).squareRoot(), -27)
    } else {
      ax /= 8
      s = 2 * (ax + hypot(ax, ay / 8)).squareRoot()
    }
    let d = ay / (2 * s)
    return z.0 >= 0 ? (s, copysign(d, z.1)) : (d, copysign(s, z.1))
  }

  static func exp(_ z: Number) throws -> Number {
    let r: Number
    if z.0 > logLargeDouble {
      let l = Foundation.exp(z.0 - 1)
      r = (l * Foundation.cos(z.1) * M_E, l * Foundation.sin(z.1) * M_E)
    } else {
      let l = Foundation.exp(z.0)
      r = (l * Foundation.cos(z.1), l * Foundation.sin(z.1))
    }
    if (r.0.isInfinite || r.1.isInfinite) && z.0.isFinite && z.1.isFinite { throw RangeError() }
    return r
  }

  static func log(_ z: Number) throws -> Number {
    let (ax, ay) = (abs(z.0), abs(z.1))
    let real: Double
    if ax > largeDouble || ay > largeDouble {
      real = Foundation.log(hypot(ax / 2, ay / 2)) + ln2
    } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
      guard ax > 0 || ay > 0 else { throw DomainError() }
      real = Foundation.log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * ln2
    } else {
      let h = hypot(ax, ay)
      if 0.71 <= h && h <= 1.73 {
        let (am, an) = ax > ay ? (ax, ay) : (ay, ax)
        real = Foundation.log1p((am - 1) * (am + 1) + an * an) / 2
      } else {
        real = Foundation.log(h)
      }
    }
    return (real, atan2(z.1, z.0))
  }

  static func log10(_ z: Number) throws -> Number {
    let s = try log(z)
    return (s.0 / ln10, s.1 / ln10)
  }

  static func sinh(_ z: Number) throws -> Number {
    try hyperbolic(z, Foundation.sinh, Foundation.cosh)
  }

  static func cosh(_ z: Number) throws -> Number {
    try hyperbolic(z, Foundation.cosh, Foundation.sinh)
  }

  /// sinh (`f` sinh, `g` cosh) or cosh (the other way round): cos(y)·f(x) + i sin(y)·g(x),
  /// with x moved in by one and e multiplied back where f(x) alone would overflow.
  private static func hyperbolic(
    _ z: Number, _ f: (Double) -> Double, _ g: (Double) -> Double
  ) throws -> Number {
    let r: Number
    if abs(z.0) > logLargeDouble {
      let x = z.0 - copysign(1, z.0)
      r = (Foundation.cos(z.1) * f(x) * M_E, Foundation.sin(z.1) * g(x) * M_E)
    } else {
      r = (Foundation.cos(z.1) * f(z.0), Foundation.sin(z.1) * g(z.0))
    }
    if (r.0.isInfinite || r.1.isInfinite) && z.0.isFinite && z.1.isFinite { throw RangeError() }
    return r
  }

  static func tanh(_ z: Number) -> Number {
    if abs(z.0) > logLargeDouble {
      return (
        copysign(1, z.0),
        4 * Foundation.sin(z.1) * Foundation.cos(z.1) * Foundation.exp(-2 * abs(z.0))
      )
    }
    let tx = Foundation.tanh(z.0)
    let ty = Foundation.tan(z.1)
    let cx = 1 / Foundation.cosh(z.0)
    let txty = tx * ty
    let denominator = 1 + txty * txty
    return (tx * (1 + ty * ty) / denominator, ((ty / denominator) * cx) * cx)
  }

  static func cos(_ z: Number) throws -> Number { try cosh((-z.1, z.0)) }

  static func sin(_ z: Number) throws -> Number {
    let s = try sinh((-z.1, z.0))
    return (s.1, -s.0)
  }

  static func tan(_ z: Number) -> Number {
    let s = tanh((-z.1, z.0))
    return (s.1, -s.0)
  }

  static func asinh(_ z: Number) -> Number {
    if abs(z.0) > largeDouble || abs(z.1) > largeDouble {
      let l = Foundation.log(hypot(z.0 / 2, z.1 / 2)) + ln2 * 2
      let real = z.1 >= 0 ? copysign(l, z.0) : -copysign(l, -z.0)
      return (real, atan2(z.1, abs(z.0)))
    }
    let s1 = sqrt((1 + z.1, -z.0))
    let s2 = sqrt((1 - z.1, z.0))
    return (Foundation.asinh(s1.0 * s2.1 - s2.0 * s1.1), atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1))
  }

  static func asin(_ z: Number) -> Number {
    let s = asinh((-z.1, z.0))
    return (s.1, -s.0)
  }

  static func acos(_ z: Number) -> Number {
    if abs(z.0) > largeDouble || abs(z.1) > largeDouble {
      let l = Foundation.log(hypot(z.0 / 2, z.1 / 2)) + ln2 * 2
      return (atan2(abs(z.1), z.0), z.0 < 0 ? -copysign(l, z.1) : copysign(l, -z.1))
    }
    let s1 = sqrt((1 - z.0, -z.1))
    let s2 = sqrt((1 + z.0, z.1))
    return (2 * atan2(s1.0, s2.0), Foundation.asinh(s2.0 * s1.1 - s2.1 * s1.0))
  }

  static func acosh(_ z: Number) -> Number {
    if abs(z.0) > largeDouble || abs(z.1) > largeDouble {
      return (Foundation.log(hypot(z.0 / 2, z.1 / 2)) + ln2 * 2, atan2(z.1, z.0))
    }
    let s1 = sqrt((z.0 - 1, z.1))
    let s2 = sqrt((z.0 + 1, z.1))
    return (Foundation.asinh(s1.0 * s2.0 + s1.1 * s2.1), 2 * atan2(s1.1, s2.0))
  }

  static func atanh(_ z: Number) throws -> Number {
    if z.0 < 0 {
      let r = try atanh((-z.0, -z.1))
      return (-r.0, -r.1)
    }
    let ay = abs(z.1)
    if z.0 > sqrtLargeDouble || ay > sqrtLargeDouble {
      let h = hypot(z.0 / 2, z.1 / 2)
      return (z.0 / 4 / h / h, -copysign(Double.pi / 2, -z.1))
    }
    if z.0 == 1 && ay < sqrtMinDouble {
      guard ay != 0 else { throw DomainError() }
      return (
        -Foundation.log(ay.squareRoot() / hypot(ay, 2).squareRoot()),
        copysign(atan2(2, -ay) / 2, z.1)
      )
    }
    return (
      Foundation.log1p(4 * z.0 / ((1 - z.0) * (1 - z.0) + ay * ay)) / 4,
      -atan2(-2 * z.1, (1 - z.0) * (1 + z.0) - ay * ay) / 2
    )
  }

  static func atan(_ z: Number) throws -> Number {
    let s = try atanh((-z.1, z.0))
    return (s.1, -s.0)
  }
}
