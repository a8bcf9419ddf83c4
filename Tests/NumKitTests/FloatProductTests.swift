import CBLAS
import NumKit
import Testing

/// NumKit computes small matrix products itself (one fused multiply-add per term, in order),
/// claiming that this is what OpenBLAS's kernels compute up to a depth of 15 (AVX-512
/// kernels) or 7 (Haswell kernels); elsewhere it calls the library. Either way these tests hold
/// `NDArray.dot` to the library on this machine, bit for bit, for both float types and every
/// transposition the library sees.
@Suite struct FloatProductTests {
  /// Random small shapes the own kernel handles: 2 ≤ m, n, 2 ≤ k ≤ 15, m·n·k ≤ 2048.
  static func shapes() -> [(Int, Int, Int)] {
    var random = RandomGenerator(seed: 2026)
    var out: [(Int, Int, Int)] = []
    while out.count < 400 {
      let m = 2 + Int(random.interval(30))
      let n = 2 + Int(random.interval(30))
      let k = 2 + Int(random.interval(13))
      if m * n * k <= 2048 { out.append((m, k, n)) }
    }
    return out
  }

  @Test func smallDoubleProductsMatchGemm() throws {
    var random = RandomGenerator(seed: 7)
    for (m, k, n) in Self.shapes() {
      let a = (0..<(m * k)).map { _ in random.standardNormal() }
      let b = (0..<(k * n)).map { _ in random.standardNormal() }
      let ours = try NDArray.dot(NDArray(a, shape: [m, k]), NDArray(b, shape: [k, n]))
      var blas = [Double](repeating: 0, count: m * n)
      var (x, y) = (a, b)
      cblas_dgemm(
        CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1, &x, Int32(k),
        &y, Int32(n), 0, &blas, Int32(n))
      let mismatched = (0..<(m * n)).filter { ours.double(at: $0) != blas[$0] }
      #expect(mismatched.isEmpty, "m=\(m) k=\(k) n=\(n)")
    }
  }

  @Test func smallFloatProductsOfTransposedOperandsMatchGemm() throws {
    var random = RandomGenerator(seed: 8)
    for (m, k, n) in Self.shapes() {
      // a is stored transposed (k×m), b as it is: gemm with a transposed.
      let at = (0..<(k * m)).map { _ in Float(random.standardNormal()) }
      let b = (0..<(k * n)).map { _ in Float(random.standardNormal()) }
      let stored = NDArray(at.map { Double($0) }, shape: [k, m], dtype: .float32)
      let ours = try NDArray.dot(
        stored.transposed, NDArray(b.map { Double($0) }, shape: [k, n], dtype: .float32))
      var blas = [Float](repeating: 0, count: m * n)
      var (x, y) = (at, b)
      cblas_sgemm(
        CblasRowMajor, CblasTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1, &x, Int32(m),
        &y, Int32(n), 0, &blas, Int32(n))
      let mismatched = (0..<(m * n)).filter { Float(ours.double(at: $0)) != blas[$0] }
      #expect(mismatched.isEmpty, "m=\(m) k=\(k) n=\(n)")
    }
  }
}
