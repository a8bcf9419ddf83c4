import Foundation
import NumKit
import Testing

/// NumKit's float ufuncs against numpy's results (scripts/gen-ulp-goldens.py), within the
/// tolerances in ulps that docs/numpy-compat.md states.
@Suite struct UfuncAccuracyTests {
  struct Case: Sendable, CustomStringConvertible {
    let function: UnaryFunction
    let dtype: DType
    let inputs: [Double]
    let expected: [Double]
    var description: String { "\(function.rawValue) \(dtype)" }
  }

  /// Largest distance in ulps from numpy's result, per function (float64, float32).
  static let tolerance: [UnaryFunction: (Int, Int)] = [
    .exp: (1, 0), .log: (1, 0), .log2: (1, 1), .log10: (1, 1), .log1p: (1, 1), .sqrt: (0, 0),
    .sin: (1, 1), .cos: (1, 1), .tan: (1, 1), .arcsin: (1, 2), .arccos: (1, 1),
    .arctan: (1, 1), .tanh: (1, 1),
  ]

  static let cases: [Case] = {
    let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/ufuncs.txt")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    var groups: [String: (inputs: [Double], expected: [Double])] = [:]
    var order: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let f = line.split(separator: " ")
      let wide = f[1] == "float64"
      func value(_ s: Substring) -> Double {
        let bits = UInt64(s, radix: 16)!
        return wide ? Double(bitPattern: bits) : Double(Float(bitPattern: UInt32(bits)))
      }
      let key = "\(f[0]) \(f[1])"
      if groups[key] == nil { order.append(key) }
      groups[key, default: ([], [])].inputs.append(value(f[2]))
      groups[key, default: ([], [])].expected.append(value(f[3]))
    }
    return order.map { key in
      let parts = key.split(separator: " ")
      return Case(
        function: UnaryFunction(rawValue: String(parts[0]))!,
        dtype: parts[1] == "float64" ? .float64 : .float32,
        inputs: groups[key]!.inputs, expected: groups[key]!.expected)
    }
  }()

  /// Distance in representable values of `dtype` (0 for two NaNs or equal infinities).
  static func ulps(_ a: Double, _ b: Double, _ dtype: DType) -> Int {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : Int.max }
    func ordered(_ x: Double) -> Int {
      if dtype == .float64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits < 0 ? Int(Int64.min &- bits) : Int(bits)
      }
      let bits = Int32(bitPattern: Float(x).bitPattern)
      return Int(bits < 0 ? Int32.min &- bits : bits)
    }
    let d = ordered(a).subtractingReportingOverflow(ordered(b))
    return d.overflow ? Int.max : Swift.abs(d.partialValue)
  }

  @Test func fixtureIsComplete() {
    #expect(Self.cases.count == 2 * Self.tolerance.count)
  }

  @Test(arguments: cases) func withinTolerance(_ c: Case) {
    let x = NDArray(c.inputs, shape: [c.inputs.count], dtype: c.dtype)
    let y = x.apply(c.function)
    var worst = 0
    var differing = 0
    for i in 0..<c.inputs.count {
      let d = Self.ulps(y.double(at: i), c.expected[i], c.dtype)
      worst = Swift.max(worst, d)
      if d > 0 { differing += 1 }
    }
    var limit = c.dtype == .float64 ? Self.tolerance[c.function]!.0 : Self.tolerance[c.function]!.1
    // Where NumKit computes numpy's own float64 exp and log (AVX-512 processors), their bits.
    if c.dtype == .float64 && UfuncParity.float64(c.function) { limit = 0 }
    #expect(worst <= limit, "\(c): \(worst) ulps")
  }

  /// exp over an array computes each element's bits as exp of that element alone: the array
  /// loop runs eight lanes where the processor has them (AVX-512), four otherwise, and the
  /// scalar form for a lone value, and all must agree so that results do not depend on the
  /// processor. The inputs mix in-range values with overflowing ones, NaNs and infinities at
  /// every offset within a block of eight.
  @Test func expArrayMatchesElementByElement() {
    var inputs: [Double] = []
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for i in 0..<4099 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let unit = Double(state >> 11) / Double(1 << 53)
      switch i % 37 {
      case 5: inputs.append(.nan)
      case 11: inputs.append(i % 2 == 0 ? 720 : -720)
      case 23: inputs.append(i % 2 == 0 ? .infinity : -.infinity)
      default: inputs.append((unit - 0.5) * 1400)
      }
    }
    let whole = NDArray(inputs, shape: [inputs.count], dtype: .float64).apply(.exp)
    var differing = 0
    for (i, x) in inputs.enumerated() {
      let alone = NDArray([x], shape: [1], dtype: .float64).apply(.exp).double(at: 0)
      if alone.bitPattern != whole.double(at: i).bitPattern && !(alone.isNaN && x.isNaN) {
        differing += 1
      }
    }
    #expect(differing == 0)
  }
}
