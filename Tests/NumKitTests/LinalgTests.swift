import NumKit
import Testing

@Suite struct LinalgTests {
  @Test func floatDotGoesThroughBLAS() throws {
    let a = NDArray([1, 2, 3, 4], shape: [2, 2], dtype: .float64)
    let b = NDArray([5, 6, 7, 8], shape: [2, 2], dtype: .float64)
    let c = try NDArray.dot(a, b)
    // 1*5+2*7, 1*6+2*8, 3*5+4*7, 3*6+4*8
    #expect((0..<4).map { c.double(at: $0) } == [19, 22, 43, 50])
  }

  @Test func integerDotKeepsIntegers() throws {
    let a = NDArray([1, 2, 3, 4] as [Int], shape: [2, 2])
    let b = NDArray([1, 0, 0, 0, 1, 0] as [Int], shape: [2, 3])
    let c = try NDArray.dot(a, b)
    #expect(c.dtype == .int64)
    #expect(ArrayPrinter.str(c) == "[[1 2 0]\n [3 4 0]]")
  }

  @Test func misalignedShapesThrow() {
    let a = NDArray(zeros: [2, 3], dtype: .float64)
    #expect(throws: NumKitError.self) { try NDArray.dot(a, a) }
  }

  @Test func viewsShareStorage() throws {
    let a = NDArray([1, 2, 3, 4, 5, 6] as [Int], shape: [2, 3])
    let t = a.transposed
    a.setFlat(1, 20, int: 20)
    #expect(t.int(at: 2) == 20)
    #expect(try a.reshaped([3, -1]).shape == [3, 2])
  }
}
