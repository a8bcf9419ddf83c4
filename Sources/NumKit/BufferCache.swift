import Synchronization

/// Keeps a few recently freed large buffers for reuse.
///
/// `c = a + b` in a loop frees one large result while allocating the next of the same size;
/// handing the freed buffer back avoids the kernel zeroing fresh pages every time (glibc's heap
/// does the same for numpy). Bounded: at most `maxBuffers` buffers and `maxBytes` in total.
///
/// From 128 KiB: a buffer that size freed into glibc's heap is soon split by the small objects
/// the interpreter allocates between statements (numpy's come from Python's own small-object
/// arenas instead), and the next result then lands on fresh pages: a 256×256 float32 product
/// took 350 µs instead of 250 µs for several repeats after each new loop began.
final class BufferCache: Sendable {
  static let shared = BufferCache()
  static let minimumBytes = 128 << 10
  let maxBuffers = 8
  let maxBytes = 256 << 20

  private struct Entry {
    let bytes: Int
    let address: UInt
  }
  private let entries = Mutex<[Entry]>([])

  /// A cached buffer of at least `bytes` (at most twice that) aligned to `alignment`,
  /// the smallest such (of those, the one given back last: its memory is the likeliest to be
  /// in the processor's caches still), and its size. Like glibc's heap for numpy, this lets the
  /// large temporaries a setup line frees serve as later results of another size.
  func take(bytes: Int, alignment: Int) -> (pointer: UnsafeMutableRawPointer, bytes: Int)? {
    guard bytes >= BufferCache.minimumBytes else { return nil }
    let entry = entries.withLock { list -> Entry? in
      var best: Int?
      for (i, e) in list.enumerated()
      where e.bytes >= bytes && e.bytes <= 2 * bytes && e.address % UInt(alignment) == 0 {
        if best == nil || e.bytes <= list[best!].bytes { best = i }
      }
      return best.map { list.remove(at: $0) }
    }
    guard let entry, let pointer = UnsafeMutableRawPointer(bitPattern: entry.address) else {
      return nil
    }
    return (pointer, entry.bytes)
  }

  /// Keeps the buffer for reuse, or frees it (and the oldest ones) to stay within bounds.
  func give(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
    guard bytes >= BufferCache.minimumBytes, bytes <= maxBytes else {
      pointer.deallocate()
      return
    }
    let evicted = entries.withLock { list -> [UInt] in
      list.append(Entry(bytes: bytes, address: UInt(bitPattern: pointer)))
      var out: [UInt] = []
      while list.count > maxBuffers || list.reduce(0, { $0 + $1.bytes }) > maxBytes {
        out.append(list.removeFirst().address)
      }
      return out
    }
    for address in evicted { UnsafeMutableRawPointer(bitPattern: address)?.deallocate() }
  }
}
