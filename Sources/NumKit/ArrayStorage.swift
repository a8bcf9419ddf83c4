#if canImport(Glibc)
  import Glibc
#endif

/// A typed, aligned buffer shared by an array and its views.
///
/// Small buffers (under 4 KiB) live in the storage object itself, after its header: a small
/// array's result is then one allocation, not two (an array operation on a 2×2 array spent a
/// tenth of its time in the second malloc and free). Larger ones are allocated apart, aligned
/// to 64 bytes; from 4 MiB they are aligned to 2 MiB and advised as transparent huge pages, as
/// numpy's allocator does: a fresh 8 MB result then costs a few page faults instead of ~2000.
public final class ArrayStorage: ManagedBuffer<ArrayStorage.Header, UInt64> {
  public struct Header {
    let dtype: DType
    let count: Int
    let raw: UnsafeMutableRawPointer
    /// The allocation's size (a reused buffer may be larger than this array needs).
    let bytes: Int
    /// Where `raw` points: into this object, or to memory allocated apart.
    let inline: Bool
    /// An opaque token of the object that owns this memory in a language binding (numpy's
    /// `base`): set by the first wrapper, cleared by it when it goes away.
    var owner: UnsafeMutableRawPointer?
  }

  static let hugePageThreshold = 4 << 20
  static let hugePageSize = 2 << 20
  /// Buffers below this size are kept inline, 8-byte aligned (the kernels load vectors
  /// unaligned; a 16-byte aligned tail would make every such object a posix_memalign).
  static let inlineLimit = 4096

  public var dtype: DType { header.dtype }
  public var count: Int { header.count }
  public var raw: UnsafeMutableRawPointer { header.raw }
  public var owner: UnsafeMutableRawPointer? {
    get { header.owner }
    set { header.owner = newValue }
  }

  /// Storage for `count` elements of `dtype`; `zeroed: false` leaves the contents undefined,
  /// for results a kernel fills completely.
  public static func make(dtype: DType, count: Int, zeroed: Bool = true) -> ArrayStorage {
    let dataBytes = max(1, count * dtype.itemSize)
    let storage: ArrayStorage
    if dataBytes < inlineLimit {
      let words = (dataBytes + 7) / 8
      storage = unsafeDowncast(
        ArrayStorage.create(minimumCapacity: words) { buffer in
          let raw = buffer.withUnsafeMutablePointerToElements { UnsafeMutableRawPointer($0) }
          return Header(dtype: dtype, count: count, raw: raw, bytes: dataBytes, inline: true)
        }, to: ArrayStorage.self)
    } else {
      let (raw, bytes) = outOfLine(dataBytes)
      storage = unsafeDowncast(
        ArrayStorage.create(minimumCapacity: 0) { _ in
          Header(dtype: dtype, count: count, raw: raw, bytes: bytes, inline: false)
        }, to: ArrayStorage.self)
    }
    if zeroed { storage.raw.initializeMemory(as: UInt8.self, repeating: 0, count: dataBytes) }
    return storage
  }

  /// A buffer of at least `bytes` kept apart from the object: a cached one, or a new one.
  private static func outOfLine(_ bytes: Int) -> (UnsafeMutableRawPointer, Int) {
    let huge = bytes >= hugePageThreshold
    let alignment = huge ? hugePageSize : 64
    if bytes >= BufferCache.minimumBytes,
      let reused = BufferCache.shared.take(bytes: bytes, alignment: alignment)
    {
      return (reused.pointer, reused.bytes)
    }
    let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: alignment)
    if huge {
      let rounded = (bytes + hugePageSize - 1) & ~(hugePageSize - 1)
      _ = madvise(raw, rounded, MADV_HUGEPAGE)
    }
    return (raw, bytes)
  }

  deinit {
    let header = self.header
    guard !header.inline else { return }
    if header.bytes >= BufferCache.minimumBytes {
      BufferCache.shared.give(header.raw, bytes: header.bytes)
    } else {
      header.raw.deallocate()
    }
  }

  @inline(__always) public func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
    raw.assumingMemoryBound(to: T.self)
  }
}
