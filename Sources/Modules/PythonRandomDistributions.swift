import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// The rest of Python's `random` distributions (`gammavariate`, `betavariate`,
/// `lognormvariate`, `vonmisesvariate`, `paretovariate`, `weibullvariate`) and `randbytes`,
/// by CPython's algorithms in `Lib/random.py`, drawing `random()` the same number of times,
/// so a seed gives CPython's numbers.
extension PythonRandomModule {
  static let log4 = log(4.0)
  static let sgMagic = 1 + log(4.5)
  static let normalMagic = 4 * exp(-0.5) / 2.0.squareRoot()

  static func defineDistributions(on m: PyModule, _ state: State) {
    let uniform = { state.generator.nextDouble() }
    func gamma(_ alpha: Double, _ beta: Double) throws(PyException) -> Double {
      guard alpha > 0 && beta > 0 else {
        throw .valueError("gammavariate: alpha and beta must be > 0.0")
      }
      if alpha > 1 {
        // Cheng's rejection method.
        let ainv = (2 * alpha - 1).squareRoot()
        let (bbb, ccc) = (alpha - log4, alpha + ainv)
        while true {
          let u1 = uniform()
          guard 1e-7 < u1 && u1 < 0.9999999 else { continue }
          let u2 = 1 - uniform()
          let v = log(u1 / (1 - u1)) / ainv
          let x = alpha * exp(v)
          let z = u1 * u1 * u2
          let r = bbb + ccc * v - x
          if r + sgMagic - 4.5 * z >= 0 || r >= log(z) { return x * beta }
        }
      }
      if alpha == 1 { return -log(1 - uniform()) * beta }
      // Algorithm GS (Kennedy and Gentle) for 0 < alpha < 1.
      var x = 0.0
      while true {
        let u = uniform()
        let b = (M_E + alpha) / M_E
        let p = b * u
        x = p <= 1 ? pow(p, 1 / alpha) : -log((b - p) / alpha)
        let u1 = uniform()
        if p > 1 {
          if u1 <= pow(x, alpha - 1) { break }
        } else if u1 <= exp(-x) {
          break
        }
      }
      return x * beta
    }
    func define(
      _ name: String, _ parameters: [String],
      _ body: @escaping ([Double]) throws(PyException) -> Double
    ) {
      m.define(name) { (a, interp) throws(PyException) in
        let bound = a.bindingKeywords(parameters)
        // (The words of CPython's bound method, `self` counted.)
        let given = bound.count
        if given < parameters.count {
          let missing = parameters[given...].map { "'\($0)'" }
          let list =
            missing.count == 1
            ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
          throw .typeError(
            "Random.\(name)() missing \(missing.count) required positional argument"
              + (missing.count == 1 ? "" : "s") + ": \(list)")
        }
        if given > parameters.count {
          throw .typeError(
            "Random.\(name)() takes \(parameters.count + 1) positional arguments but \(given + 1) were given"
          )
        }
        let values = try bound.positional.map { (v) throws(PyException) in
          try number(v, interp)
        }
        return .float(try body(values))
      }
    }
    define("gammavariate", ["alpha", "beta"]) { (v) throws(PyException) in try gamma(v[0], v[1]) }
    define("betavariate", ["alpha", "beta"]) { (v) throws(PyException) in
      let y = try gamma(v[0], 1)
      return y != 0 ? y / (y + (try gamma(v[1], 1))) : 0
    }
    define("lognormvariate", ["mu", "sigma"]) { (v) throws(PyException) in
      exp(state.normal(v[0], v[1]))
    }
    define("paretovariate", ["alpha"]) { (v) throws(PyException) in
      pow(1 - uniform(), -1 / v[0])
    }
    define("weibullvariate", ["alpha", "beta"]) { (v) throws(PyException) in
      v[0] * pow(-log(1 - uniform()), 1 / v[1])
    }
    define("vonmisesvariate", ["mu", "kappa"]) { (v) throws(PyException) in
      let (mu, kappa) = (v[0], v[1])
      let twoPi = 2 * Double.pi
      if kappa <= 1e-6 { return twoPi * uniform() }
      let s = 0.5 / kappa
      let r = s + (1 + s * s).squareRoot()
      var z = 0.0
      while true {
        let u1 = uniform()
        z = cos(Double.pi * u1)
        let d = z / (r + z)
        let u2 = uniform()
        if u2 < 1 - d * d || u2 <= (1 - d) * exp(d) { break }
      }
      let q = 1 / r
      let f = (q + z) / (1 + q * z)
      let theta = uniform() > 0.5 ? mu + acos(f) : mu - acos(f)
      // Python's float `%`: the result takes the divisor's sign.
      let remainder = fmod(theta, twoPi)
      return remainder < 0 ? remainder + twoPi : remainder
    }
    m.define("randbytes") { (a, interp) throws(PyException) in
      try a.expect("randbytes", min: 1, max: 1)
      let n = try Arguments.index(try a[0])
      guard n >= 0 else { throw .valueError("number of bits must be non-negative") }
      // getrandbits(8 n) as little-endian bytes: each 32-bit word, low byte first (the last
      // word's top bits for the remainder).
      var out: [UInt8] = []
      out.reserveCapacity(n)
      var remaining = n * 8
      while remaining > 0 {
        var word = state.generator.next32()
        if remaining < 32 { word >>= UInt32(32 - remaining) }
        for i in 0..<min(4, (remaining + 7) / 8) {
          out.append(UInt8(truncatingIfNeeded: word >> (8 * i)))
        }
        remaining -= 32
      }
      return .object(PyBytes(out))
    }
    for (name, value) in [
      ("LOG4", log4), ("SG_MAGICCONST", sgMagic), ("NV_MAGICCONST", normalMagic),
      ("TWOPI", 2 * Double.pi), ("RECIP_BPF", 1.0 / 9_007_199_254_740_992),
    ] {
      m.define(name, .float(value))
    }
    m.define("BPF", .int(53))
  }
}
