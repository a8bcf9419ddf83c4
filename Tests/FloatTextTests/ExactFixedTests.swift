import FloatText
import Testing

/// `CFormat.fixed` computes `%.Nf` itself for the common range; the C library's printf (exact
/// and rounding half to even, as Python's own formatting) is the reference.
@Suite struct ExactFixedTests {
  /// Values where rounding is decided by an exact tie or by the binary value's tail.
  @Test func tiesAndEdges() {
    let values: [Double] = [
      0, -0.0, -0.001, -2.5, -1e-30, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 0.045, 1e-7,
      Double.leastNonzeroMagnitude,
      2.2250738585072014e-308,
      0.1, 0.7, 123.456, 999.9995, 9.5, 0.05, 1e15, 9.2e18, 4503599627370495.5, 4503599627370497,
      9_007_199_254_740_992, 1 / 3, 2 / 3,
    ]
    for x in values {
      for digits in 0...17 {
        #expect(CFormat.fixed(x, digits: digits) == CFormat.printfFixed(x, digits: digits))
      }
    }
  }

  /// Random doubles over every magnitude the fast path takes, with a fixed seed.
  @Test func randomValues() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
    for _ in 0..<20000 {
      let exponent = Int(next() % 90) - 70  // 2^-70 ... 2^19, then scaled below
      let x =
        Double(next() >> 11) / Double(1 << 53)
        * Double(sign: .plus, exponent: exponent, significand: 1)
      let scaled = (next() % 4 == 0 ? x * 1e12 : x) * (next() % 2 == 0 ? 1 : -1)
      let digits = Int(next() % 18)
      #expect(CFormat.fixed(scaled, digits: digits) == CFormat.printfFixed(scaled, digits: digits))
    }
  }
}
