import Testing

@testable import NumKit

/// tanh's AVX-512 kernels (C) and their Swift forms must compute the same bits, or results would
/// depend on the processor (numpy's own tolerance is checked in UfuncAccuracyTests). Inputs at
/// every offset of a block of eight: ordinary values of each range the method treats apart,
/// the thresholds and their neighbours, zeros, subnormals, infinities and NaN.
@Suite struct TanhKernelTests {
  static let inputs: [Double] = {
    var values: [Double] = [
      0, -0.0, .leastNonzeroMagnitude, -Double("1e-310")!, 0x1p-28, 0x1p-28.nextDown, 0x1p-13,
      0.55, 0.55.nextDown, -0.55, 20, 20.0.nextDown, -20, 22, 30, 400, 1e300, .infinity,
      -.infinity, .nan, -.nan, 0.0054, 0.0108, 0.35, -0.3465, 1, -1, 19.06, 19.07, 9.01,
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for i in 0..<3001 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let unit = Double(state >> 11) / Double(1 << 53) - 0.5
      let scale = [40.0, 2, 0.04, 1e-3, 1e-6][i % 5]
      values.append(unit * scale)
    }
    return values
  }()

  @Test func float64KernelMatchesSwiftForm() {
    var out = [Double](repeating: 0, count: Self.inputs.count)
    Self.inputs.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer {
        TableTanh.apply(src.baseAddress!, $0.baseAddress!, src.count)
      }
    }
    var differing: [Double] = []
    for (x, y) in zip(Self.inputs, out) where TableTanh.scalar(x).bitPattern != y.bitPattern {
      differing.append(x)
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  /// float32 inputs: the samples above, and each interval's ends and the saturation point
  /// with their neighbours.
  static let narrowInputs: [Float] = {
    var values = inputs.map { Float($0) }
    var edges: [Float] = [0.125, Float(bitPattern: FloatTanhTable.saturation), 16, -.nan]
    for e in -3...3 {
      for k in 0..<4 {
        edges.append(Float(sign: .plus, exponent: e, significand: 1 + Float(k) / 4))
      }
    }
    for edge in edges { values += [edge, edge.nextDown, edge.nextUp, -edge] }
    return values
  }()

  @Test func float32KernelMatchesSwiftForm() {
    let inputs = Self.narrowInputs
    var out = [Float](repeating: 0, count: inputs.count)
    inputs.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer {
        FloatTanh.apply(src.baseAddress!, $0.baseAddress!, src.count)
      }
    }
    var differing: [Float] = []
    FloatTanhTable.columns.withUnsafeBufferPointer { table in
      for (x, y) in zip(inputs, out)
      where FloatTanh.value(x, table.baseAddress!).bitPattern != y.bitPattern {
        differing.append(x)
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  /// float32 tanh within an ulp of the float64 one rounded (which is all but correctly
  /// rounded), and equal to it for at least 99% of a spread of values over every interval.
  @Test func float32WithinAnUlp() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var equal = 0
    let count = 20000
    for _ in 0..<count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Bit patterns from 2^-16 to 2^4, evenly.
      let bits = 0x3780_0000 + UInt32(truncatingIfNeeded: state >> 33) % 0x0A00_0000
      let x = Float(bitPattern: bits)
      let y = FloatTanh.scalar(x)
      let reference = Float(TableTanh.scalar(Double(x)))
      let distance = Swift.abs(Int(y.bitPattern) - Int(reference.bitPattern))
      #expect(distance <= 1, "tanh(\(x)): \(y) against \(reference)")
      if distance == 0 { equal += 1 }
    }
    #expect(equal * 100 >= count * 99, "\(equal) of \(count) equal")
  }

  /// Odd: tanh(-x) is -tanh(x), bit for bit, and it never leaves [-1, 1].
  @Test func oddAndBounded() {
    for x in Self.inputs where !x.isNaN {
      let y = TableTanh.scalar(x)
      #expect(TableTanh.scalar(-x).bitPattern == (-y).bitPattern)
      #expect(Swift.abs(y) <= 1)
    }
    for x in Self.narrowInputs where !x.isNaN {
      let y = FloatTanh.scalar(x)
      #expect(FloatTanh.scalar(-x).bitPattern == (-y).bitPattern)
      #expect(Swift.abs(y) <= 1)
    }
  }
}
