extension Int {
  /// A Double as an Int without trapping: NaN is 0 and values beyond ±2^53 are clamped.
  /// Plot geometry can meet infinite or NaN data; it must never stop the program.
  init(saturating v: Double) {
    let limit = 9_007_199_254_740_992.0
    self = v.isNaN ? 0 : Int(Swift.min(Swift.max(v, -limit), limit))
  }
}
