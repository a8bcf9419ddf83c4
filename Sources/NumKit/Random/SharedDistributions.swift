#if canImport(Glibc)
  import Glibc
#endif

/// A stream of uniform doubles in [0, 1) and of standard normals: numpy's legacy RandomState
/// (polar-method normals) and its Generator (ziggurat normals) both draw the distributions
/// below with the same algorithms on top of these.
public protocol UniformSource {
  mutating func uniform() -> Double
  mutating func gaussian() -> Double
}

extension RandomState: UniformSource {}

extension RandomGenerator: UniformSource {
  public mutating func uniform() -> Double { random() }
  public mutating func gaussian() -> Double { standardNormal() }
}

/// The distributions numpy's legacy and new generators share (`distributions.c`).
extension UniformSource {
  public mutating func wald(mean: Double, scale: Double) -> Double {
    let halfRatio = mean / (2 * scale)
    var y = gaussian()
    y = mean * y * y
    let x = mean + halfRatio * (y - sqrt(4 * scale * y + y * y))
    let u = uniform()
    return u <= mean / (mean + x) ? x : mean * mean / x
  }

  public mutating func laplace(loc: Double, scale: Double) -> Double {
    while true {
      let u = uniform()
      if u >= 0.5 { return loc - scale * log(2 - u - u) }
      if u > 0 { return loc + scale * log(u + u) }
    }
  }

  public mutating func logistic(loc: Double, scale: Double) -> Double {
    while true {
      let u = uniform()
      if u > 0 { return loc + scale * log(u / (1 - u)) }
    }
  }

  public mutating func gumbel(loc: Double, scale: Double) -> Double {
    while true {
      let u = 1 - uniform()
      if u < 1 { return loc - scale * log(-log(u)) }
    }
  }

  public mutating func triangular(left: Double, mode: Double, right: Double) -> Double {
    let base = right - left
    let leftBase = mode - left
    let ratio = leftBase / base
    let u = uniform()
    if u <= ratio { return left + sqrt(u * (leftBase * base)) }
    return right - sqrt((1 - u) * ((right - mode) * base))
  }

  // MARK: - Discrete

  /// `poisson(lam)`: multiplication of uniforms below 10, Hoermann's PTRS from 10 on.
  public mutating func poisson(_ lam: Double) -> Int {
    if lam >= 10 { return poissonPTRS(lam) }
    if lam == 0 { return 0 }
    let limit = exp(-lam)
    var count = 0
    var product = 1.0
    while true {
      product *= uniform()
      if product > limit { count += 1 } else { return count }
    }
  }

  private mutating func poissonPTRS(_ lam: Double) -> Int {
    let rootLam = sqrt(lam)
    let logLam = log(lam)
    let b = 0.931 + 2.53 * rootLam
    let a = -0.059 + 0.02483 * b
    let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = uniform() - 0.5
      let v = uniform()
      let us = 0.5 - Swift.abs(u)
      let k = CLong.truncating(floor((2 * a / us + b) * u + lam + 0.43))
      if us >= 0.07 && v <= vr { return k }
      if k < 0 || (us < 0.013 && v > us) { continue }
      if log(v) + log(inverseAlpha) - log(a / (us * us) + b)
        <= -lam + Double(k) * logLam - LogGamma.value(Double(k + 1))
      {
        return k
      }
    }
  }

  /// `geometric(p)`: a search from the top for large p, inversion for small.
  public mutating func geometric(_ p: Double) -> Int {
    if p >= 0.333333333333333333333333 {
      var count = 1
      var sum = p
      var product = p
      let q = 1 - p
      let u = uniform()
      while u > sum {
        product *= q
        sum += product
        count += 1
      }
      return count
    }
    return CLong.truncating(ceil(log(1 - uniform()) / log(1 - p)))
  }

  /// `binomial(n, p)`: inversion when the mean is at most 30, BTPE above, on the smaller of
  /// p and 1 - p. `skipsEmpty`: n = 0 or p = 0 gives 0 without a draw, as numpy's Generator
  /// and its multinomial do (the legacy `binomial` draws anyway).
  public mutating func binomial(_ n: Int, _ p: Double, skipsEmpty: Bool = false) -> Int {
    if skipsEmpty && (n == 0 || p == 0) { return 0 }
    if p <= 0.5 {
      return p * Double(n) <= 30 ? binomialInversion(n, p) : binomialBTPE(n, p)
    }
    let q = 1 - p
    return n - (q * Double(n) <= 30 ? binomialInversion(n, q) : binomialBTPE(n, q))
  }

  private mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
    let q = 1 - p
    let qn = exp(Double(n) * log(q))
    let np = Double(n) * p
    let bound = Int(Swift.min(Double(n), np + 10 * sqrt(np * q + 1)))
    var x = 0
    var px = qn
    var u = uniform()
    while u > px {
      x += 1
      if x > bound {
        x = 0
        px = qn
        u = uniform()
      } else {
        u -= px
        px = (Double(n - x + 1) * p * px) / (Double(x) * q)
      }
    }
    return x
  }

  // Kachitvichyanukul and Schmeiser's BTPE, step by step as numpy writes it.
  // swiftlint:disable:next function_body_length
  private mutating func binomialBTPE(_ n: Int, _ p: Double) -> Int {
    let dn = Double(n)
    let r = Swift.min(p, 1 - p)
    let q = 1 - r
    let fm = dn * r + r
    let m = CLong.truncating(floor(fm))
    let dm = Double(m)
    let p1 = floor(2.195 * sqrt(dn * r * q) - 4.6 * q) + 0.5
    let xm = dm + 0.5
    let xl = xm - p1
    let xr = xm + p1
    let c = 0.134 + 20.5 / (15.3 + dm)
    var a = (fm - xl) / (fm - xl * r)
    let laml = a * (1 + a / 2)
    a = (xr - fm) / (xr * q)
    let lamr = a * (1 + a / 2)
    let p2 = p1 * (1 + 2 * c)
    let p3 = p2 + c / laml
    let p4 = p3 + c / lamr
    let nrq = dn * r * q
    var y = 0
    attempt: while true {
      let u = uniform() * p4
      var v = uniform()
      if u <= p1 {
        y = CLong.truncating(floor(xm - p1 * v + u))
        break attempt
      }
      if u <= p2 {
        let x = xl + (u - p1) / c
        v = v * c + 1 - Swift.abs(dm - x + 0.5) / p1
        if v > 1 { continue }
        y = CLong.truncating(floor(x))
      } else if u <= p3 {
        let value = floor(xl + log(v) / laml)
        // v == 0 gives -inf: rejected before converting.
        if v == 0 || value < 0 { continue }
        y = Int(value)
        v = v * (u - p2) * laml
      } else {
        let value = floor(xr - log(v) / lamr)
        if v == 0 || value > dn { continue }
        y = Int(value)
        v = v * (u - p3) * lamr
      }
      let k = Swift.abs(y - m)
      if !(k > 20 && Double(k) < nrq / 2 - 1) {
        // Explicit evaluation of the density ratio.
        let s = r / q
        let aa = s * (dn + 1)
        var f = 1.0
        if m < y {
          for i in (m + 1)...y { f *= (aa / Double(i) - s) }
        } else if m > y {
          for i in (y + 1)...m { f /= (aa / Double(i) - s) }
        }
        if v > f { continue }
        break attempt
      }
      // Squeezing, then the final Stirling comparison.
      let dk = Double(k)
      let rho = (dk / nrq) * ((dk * (dk / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5)
      let t = -dk * dk / (2 * nrq)
      let logV = log(v)
      if logV < t - rho { break attempt }
      if logV > t + rho { continue }
      let x1 = Double(y + 1)
      let f1 = dm + 1
      let z = dn + 1 - dm
      let w = dn - Double(y) + 1
      func stirling(_ v: Double) -> Double {
        let v2 = v * v
        return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320
      }
      let bound =
        xm * log(f1 / x1) + (dn - dm + 0.5) * log(z / w) + Double(y - m) * log(w * r / (x1 * q))
        + stirling(f1) + stirling(z) + stirling(x1) + stirling(w)
      if logV > bound { continue }
      break attempt
    }
    return p > 0.5 ? n - y : y
  }
}

/// C's conversion of a whole double to a long as x86 does it: NaN and values out of range
/// become the smallest long (which the callers then reject or return, as numpy does).
enum CLong {
  static func truncating(_ x: Double) -> Int {
    guard x.isFinite, x >= -9.223372036854775808e18, x < 9.223372036854775808e18 else {
      return Int.min
    }
    return Int(x)
  }
}

/// numpy's `random_loggam` (SPECFUN's series), which PTRS uses for log(k!).
enum LogGamma {
  static func value(_ x: Double) -> Double {
    let coefficients = [
      8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
      -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
      6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
      -1.39243221690590e+00,
    ]
    if x == 1 || x == 2 { return 0 }
    var x0 = x
    var n = 0
    if x <= 7 {
      n = Int(7 - x)
      x0 = x + Double(n)
    }
    let x2 = 1 / (x0 * x0)
    var series = coefficients[9]
    for k in stride(from: 8, through: 0, by: -1) {
      series *= x2
      series += coefficients[k]
    }
    var result = series / x0 + 0.5 * log(2 * Double.pi) + (x0 - 0.5) * log(x0) - x0
    if x <= 7 {
      for _ in 0..<n {
        result -= log(x0 - 1)
        x0 -= 1
      }
    }
    return result
  }
}
