/// A typed, 64-byte aligned buffer shared by an array and its views.
public final class ArrayStorage {
  public let dtype: DType
  public let count: Int
  public let raw: UnsafeMutableRawPointer

  public init(dtype: DType, count: Int) {
    self.dtype = dtype
    self.count = count
    raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(1, count * dtype.itemSize), alignment: 64)
    raw.initializeMemory(as: UInt8.self, repeating: 0, count: max(1, count * dtype.itemSize))
  }

  deinit { raw.deallocate() }

  @inline(__always) public func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
    raw.assumingMemoryBound(to: T.self)
  }
}
