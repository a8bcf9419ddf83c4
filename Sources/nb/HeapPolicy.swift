import CMalloc

/// glibc's heap settings for array work.
///
/// By default glibc serves blocks above 128 KiB with fresh `mmap`s and gives freed memory at the
/// top of the heap back to the system: an array program that builds and drops index lists of a
/// few hundred KiB per statement (`d[np.arange(n), idx] = v`) then page-faults on every one
/// (3x numpy's time). Blocks up to 32 MiB come from the heap and stay with the process instead;
/// larger arrays still go straight to and from the system.
enum HeapPolicy {
  static func apply() {
    _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
    _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
  }
}
