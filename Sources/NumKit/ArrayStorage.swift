#if canImport(Glibc)
  import Glibc
#endif

/// A typed, aligned buffer shared by an array and its views.
///
/// Buffers of 4 MiB or more are aligned to 2 MiB and advised as transparent huge pages, as
/// numpy's allocator does: a fresh 8 MB result then costs a few page faults instead of ~2000.
public final class ArrayStorage {
  public let dtype: DType
  public let count: Int
  public let raw: UnsafeMutableRawPointer
  /// The allocation's size (a reused buffer may be larger than this array needs).
  private let bytes: Int
  /// Whether `raw` came from `malloc` (then it goes back with `free`).
  private let fromMalloc: Bool
  /// An opaque token of the object that owns this memory in a language binding (numpy's
  /// `base`): set by the first wrapper, cleared by it when it goes away.
  public var owner: UnsafeMutableRawPointer?

  static let hugePageThreshold = 4 << 20
  static let hugePageSize = 2 << 20

  /// `zeroed: false` leaves the contents undefined, for results a kernel fills completely.
  public init(dtype: DType, count: Int, zeroed: Bool = true) {
    self.dtype = dtype
    self.count = count
    let dataBytes = max(1, count * dtype.itemSize)
    var bytes = dataBytes
    var fromMalloc = false
    let huge = bytes >= ArrayStorage.hugePageThreshold
    // Small buffers take malloc's 16-byte alignment (aligned_alloc is slower per call).
    let alignment = huge ? ArrayStorage.hugePageSize : bytes >= 4096 ? 64 : 16
    if bytes >= BufferCache.minimumBytes,
      let reused = BufferCache.shared.take(bytes: bytes, alignment: alignment)
    {
      raw = reused.pointer
      bytes = reused.bytes
    } else if alignment <= 16, let block = malloc(bytes) {
      // malloc's own alignment is 16; `allocate(byteCount:alignment:)` always takes the
      // runtime's aligned path (posix_memalign), three times the cost of a small malloc.
      raw = block
      fromMalloc = true
    } else {
      raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: alignment)
      if huge {
        let rounded = (bytes + ArrayStorage.hugePageSize - 1) & ~(ArrayStorage.hugePageSize - 1)
        _ = madvise(raw, rounded, MADV_HUGEPAGE)
      }
    }
    self.bytes = bytes
    self.fromMalloc = fromMalloc
    if zeroed { raw.initializeMemory(as: UInt8.self, repeating: 0, count: dataBytes) }
  }

  deinit {
    if fromMalloc {
      free(raw)
    } else if bytes >= BufferCache.minimumBytes {
      BufferCache.shared.give(raw, bytes: bytes)
    } else {
      raw.deallocate()
    }
  }

  @inline(__always) public func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
    raw.assumingMemoryBound(to: T.self)
  }
}
