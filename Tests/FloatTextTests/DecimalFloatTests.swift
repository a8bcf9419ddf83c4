import FloatText
import Testing

/// `DecimalFloat.quickValue` against the standard library's reading (strtod: correctly
/// rounded), on edge cases and on seeded random decimal texts.
@Suite struct DecimalFloatTests {
  @Test func edgeCases() {
    let texts = [
      "0", "-0", "0.0", "-0.0", "3.25", "1e-3", "-1E+5", "123456789012345", "0.1", "0.3",
      "9007199254740993", "1e22", "1e23", "1e-22", "1e-23", "4.35", "2.675", ".5", "5.",
      "000000000000000000001.5", "1.000000000000001", "123.456e-10", "9.999999999999999e22",
    ]
    for text in texts {
      if let quick = DecimalFloat.quickValue(text) {
        #expect(quick.bitPattern == Double(text)!.bitPattern, "\(text)")
      }
    }
    #expect(DecimalFloat.quickValue("3.25") == 3.25)
    for refused in ["", "+", ".", "1e", "1e+", "1.2.3", " 1", "1 ", "nan", "inf", "1_0", "0x1p3"] {
      #expect(DecimalFloat.quickValue(refused) == nil, "\(refused)")
    }
  }

  @Test func randomTexts() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    var quick = 0
    for _ in 0..<20000 {
      let whole = next() % 1_000_000
      let fractionDigits = Int(next() % 12)
      var text = String(whole)
      if fractionDigits > 0 {
        var fraction = String(next() % 1_000_000_000_000)
        fraction = String(repeating: "0", count: max(0, 12 - fraction.count)) + fraction
        text += "." + fraction.prefix(fractionDigits)
      }
      if next() % 3 == 0 { text += "e" + String(Int(next() % 40) - 20) }
      if next() % 2 == 0 { text = "-" + text }
      if let value = DecimalFloat.quickValue(text) {
        quick += 1
        #expect(value.bitPattern == Double(text)!.bitPattern, "\(text)")
      }
    }
    #expect(quick > 10000)
  }
}
