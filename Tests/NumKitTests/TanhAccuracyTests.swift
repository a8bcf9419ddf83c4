import Foundation
import Testing

@testable import NumKit

/// float64 tanh against tanh to 106 bits (scripts/gen-tanh-table.py, mpmath): within the ulps
/// docs/numpy-compat.md states, below the series' bound and from it on.
@Suite struct TanhAccuracyTests {
  struct Sample {
    let x: Double
    let high: Double
    let low: Double
  }

  static let samples: [Sample] = {
    let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/tanh_exact.txt")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let f = line.split(separator: " ").map { Double(bitPattern: UInt64($0, radix: 16)!) }
      return Sample(x: f[0], high: f[1], low: f[2])
    }
  }()

  /// The distance of `y` from the exact tanh, in ulps of the float64 nearest it.
  static func error(_ y: Double, _ s: Sample) -> Double {
    Swift.abs((y - s.high) - s.low) / s.high.ulp
  }

  @Test func withinStatedUlps() {
    #expect(Self.samples.count == 6000)
    var out = [Double](repeating: 0, count: Self.samples.count)
    let xs = Self.samples.map(\.x)
    xs.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer {
        TableTanh.apply(src.baseAddress!, $0.baseAddress!, src.count)
      }
    }
    // (worst error, values off by an ulp, values) below the bound and from it on.
    var series = (0.0, 0, 0)
    var quotient = (0.0, 0, 0)
    for (s, y) in zip(Self.samples, out) {
      let e = Self.error(y, s)
      if Swift.abs(s.x) < TanhSeries.bound {
        series = (Swift.max(series.0, e), series.1 + (e > 0.5 ? 1 : 0), series.2 + 1)
      } else {
        quotient = (Swift.max(quotient.0, e), quotient.1 + (e > 0.5 ? 1 : 0), quotient.2 + 1)
      }
    }
    #expect(series.0 <= 0.72, "series: worst \(series.0) ulp")
    #expect(quotient.0 <= 0.52, "quotient: worst \(quotient.0) ulp")
    #expect(Double(series.1) <= 0.03 * Double(series.2), "series: \(series.1) of \(series.2) off")
    #expect(
      Double(quotient.1) <= 0.002 * Double(quotient.2),
      "quotient: \(quotient.1) of \(quotient.2) off")
  }
}
