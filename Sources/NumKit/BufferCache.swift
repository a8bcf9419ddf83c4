import Synchronization

/// Keeps a few recently freed large buffers for reuse.
///
/// `c = a + b` in a loop frees one large result while allocating the next of the same size;
/// handing the freed buffer back avoids the kernel zeroing fresh pages every time (glibc's heap
/// does the same for numpy). Bounded: at most `maxBuffers` buffers and `maxBytes` in total.
final class BufferCache: Sendable {
  static let shared = BufferCache()
  static let minimumBytes = 1 << 20
  let maxBuffers = 8
  let maxBytes = 256 << 20

  private struct Entry {
    let bytes: Int
    let alignment: Int
    let address: UInt
  }
  private let entries = Mutex<[Entry]>([])

  /// A cached buffer of exactly this size and alignment, if one is free.
  func take(bytes: Int, alignment: Int) -> UnsafeMutableRawPointer? {
    guard bytes >= BufferCache.minimumBytes else { return nil }
    let address = entries.withLock { list -> UInt? in
      guard let i = list.lastIndex(where: { $0.bytes == bytes && $0.alignment == alignment })
      else { return nil }
      return list.remove(at: i).address
    }
    return address.flatMap { UnsafeMutableRawPointer(bitPattern: $0) }
  }

  /// Keeps the buffer for reuse, or frees it (and the oldest ones) to stay within bounds.
  func give(_ pointer: UnsafeMutableRawPointer, bytes: Int, alignment: Int) {
    guard bytes >= BufferCache.minimumBytes, bytes <= maxBytes else {
      pointer.deallocate()
      return
    }
    let evicted = entries.withLock { list -> [UInt] in
      list.append(Entry(bytes: bytes, alignment: alignment, address: UInt(bitPattern: pointer)))
      var out: [UInt] = []
      while list.count > maxBuffers || list.reduce(0, { $0 + $1.bytes }) > maxBytes {
        out.append(list.removeFirst().address)
      }
      return out
    }
    for address in evicted { UnsafeMutableRawPointer(bitPattern: address)?.deallocate() }
  }
}
