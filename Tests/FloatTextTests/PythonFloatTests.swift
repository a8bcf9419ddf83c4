import FloatText
import Testing

/// Python's float repr rules (every value below was printed by python3 3.11).
@Suite struct PythonFloatTests {
  @Test(arguments: [
    (0.1, "0.1"), (1.0, "1.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-05, "1e-05"),
    (0.0001, "0.0001"), (-0.0, "-0.0"), (2.5e-07, "2.5e-07"), (123456789.0, "123456789.0"),
    (1.0 / 3.0, "0.3333333333333333"), (Double.leastNonzeroMagnitude, "5e-324"),
    (1.5e300, "1.5e+300"),
  ])
  func repr(_ value: Double, _ expected: String) {
    #expect(PythonFloat.repr(value) == expected)
  }

  @Test func shortestDigits() {
    let d = ShortestDigits(0.015)
    #expect(d.digitString == "15")
    #expect(d.exponent == -2)
  }
}
