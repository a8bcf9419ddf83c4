#if canImport(Glibc)
  import Glibc
#endif

/// The rest of numpy's legacy `RandomState` distributions, each drawing in numpy's order and
/// with numpy's arithmetic (its `legacy-distributions.c` and the shared `distributions.c`),
/// so a seed gives numpy's numbers.
extension RandomState {
  /// `standard_gamma(shape)`: Marsaglia and Tsang above 1, Ahrens-Dieter style below.
  public mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1 { return standardExponential() }
    if shape == 0 { return 0 }
    if shape < 1 {
      while true {
        let u = uniform()
        let v = standardExponential()
        if u <= 1 - shape {
          let x = pow(u, 1 / shape)
          if x <= v { return x }
        } else {
          let y = -log((1 - u) / shape)
          let x = pow(1 - shape + shape * y, 1 / shape)
          if x <= v + y { return x }
        }
      }
    }
    let b = shape - 1.0 / 3.0
    let c = 1 / sqrt(9 * b)
    while true {
      var x = 0.0
      var v = 0.0
      repeat {
        x = gaussian()
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = uniform()
      if u < 1 - 0.0331 * (x * x) * (x * x) { return b * v }
      if log(u) < 0.5 * x * x + b * (1 - v + log(v)) { return b * v }
    }
  }

  public mutating func standardExponential() -> Double { -log(1 - uniform()) }

  /// `beta(a, b)`: Johnk's algorithm when both are at most 1, else a ratio of gammas.
  public mutating func beta(_ a: Double, _ b: Double) -> Double {
    guard a <= 1 && b <= 1 else {
      let ga = standardGamma(a)
      let gb = standardGamma(b)
      return ga / (ga + gb)
    }
    while true {
      let u = uniform()
      let v = uniform()
      let x = pow(u, 1 / a)
      let y = pow(v, 1 / b)
      guard x + y <= 1 else { continue }
      if x + y > 0 { return x / (x + y) }
      var logX = log(u) / a
      var logY = log(v) / b
      let logM = logX > logY ? logX : logY
      logX -= logM
      logY -= logM
      return exp(logX - log(exp(logX) + exp(logY)))
    }
  }

  public mutating func standardT(_ df: Double) -> Double {
    let numerator = gaussian()
    let denominator = standardGamma(df / 2)
    return sqrt(df / 2) * numerator / sqrt(denominator)
  }
}
