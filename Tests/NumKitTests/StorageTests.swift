import Testing

@testable import NumKit

@Suite struct StorageTests {
  /// A freed large buffer is reused, and a zeroed request really is zero afterwards.
  @Test func reusedBuffersAreZeroedWhenAskedFor() throws {
    let n = 1 << 20  // 8 MiB of float64: above the cache and huge-page thresholds
    var address: UnsafeMutableRawPointer?
    do {
      let dirty = NDArray(uninitialized: [n], dtype: .float64)
      dirty.storage.pointer(Double.self).update(repeating: 7, count: n)
      address = dirty.storage.raw
    }
    let clean = NDArray(zeros: [n], dtype: .float64)
    #expect(clean.storage.raw == address)
    let p = clean.storage.pointer(Double.self)
    #expect((0..<n).allSatisfy { p[$0] == 0 })
  }

  @Test func kernelsOverwriteUninitializedResults() throws {
    let a = NDArray([1, 2, 3, 4, 5, 6] as [Double], shape: [2, 3])
    let b = NDArray([10, 20, 30] as [Double], shape: [3])
    let c = try NDArray.binary(.add, a.transposed, NDArray([1, 2] as [Double], shape: [2]))
    #expect((0..<6).map { c.double(at: $0) } == [2, 6, 3, 7, 4, 8])
    let d = try NDArray.binary(.multiply, a, b)
    #expect((0..<6).map { d.double(at: $0) } == [10, 40, 90, 40, 100, 180])
  }

  @Test func loopPlanMergesContiguousDimensions() {
    let plan = StridedLoop(shape: [4, 5, 6], strides: [[30, 6, 1], [0, 0, 0]])
    #expect(plan.shape == [120])
    let transposed = StridedLoop(shape: [3, 2], strides: [[1, 3], [2, 1]])
    #expect(transposed.shape == [3, 2])
  }

  /// An outer axis of length 0 runs no inner rows (a (0, 3) array has no elements to visit).
  @Test func loopOverAnEmptyOuterAxisVisitsNothing() {
    for shape in [[0, 3], [2, 0, 4], [3, 2, 0]] {
      let plan = StridedLoop(shape: shape, strides: [[12, 4, 1].suffix(shape.count).map { $0 }])
      var visited = 0
      plan.forEachRow(base: [0]) { _, count, _ in visited += count }
      #expect(visited == 0)
    }
  }
}
