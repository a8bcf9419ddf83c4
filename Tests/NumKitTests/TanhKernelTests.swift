import Testing

@testable import NumKit

/// tanh's AVX-512 kernel (C) and its Swift form must compute the same bits, or results would
/// depend on the processor (numpy's own tolerance is checked in UfuncAccuracyTests). Inputs at
/// every offset of a block of eight: ordinary values of each range the method treats apart,
/// the thresholds and their neighbours, zeros, subnormals, infinities and NaN.
@Suite struct TanhKernelTests {
  static let inputs: [Double] = {
    var values: [Double] = [
      0, -0.0, .leastNonzeroMagnitude, -Double("1e-310")!, 0x1p-28, 0x1p-28.nextDown, 0x1p-13,
      0x1p-13.nextDown, 22, 22.0.nextDown, -22, 30, .infinity, -.infinity, .nan, 0.0054,
      0.0108, 0.35, -0.3465, 1, -1, 19.06, 9.01,
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

  @Test func float32KernelMatchesSwiftForm() {
    let inputs = Self.inputs.map { Float($0) }
    var out = [Float](repeating: 0, count: inputs.count)
    inputs.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer {
        TableTanh.apply(src.baseAddress!, $0.baseAddress!, src.count)
      }
    }
    var differing: [Float] = []
    for (x, y) in zip(inputs, out) where TableTanh.scalar(x).bitPattern != y.bitPattern {
      differing.append(x)
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  /// Odd: tanh(-x) is -tanh(x), bit for bit, and it never leaves [-1, 1].
  @Test func oddAndBounded() {
    for x in Self.inputs where !x.isNaN {
      let y = TableTanh.scalar(x)
      #expect(TableTanh.scalar(-x).bitPattern == (-y).bitPattern)
      #expect(Swift.abs(y) <= 1)
    }
  }
}
