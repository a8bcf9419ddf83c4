import Interpreter
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The numpy results recycled (see `RecentResults`). Only one thread uses the lists, the first
/// to ask (`onOwnerThread`): this module counts references without atomic instructions, and
/// the interpreter runs on one thread at a time. Results made on other threads are allocated
/// as usual.
enum ResultRecycling {
  private static let owner = Atomic<UInt>(0)

  /// Whether this thread is the one whose results are recycled (the first thread to ask).
  @inline(__always) static var onOwnerThread: Bool {
    let me = UInt(pthread_self())
    let current = owner.load(ordering: .relaxed)
    if current == me { return true }
    if current != 0 { return false }
    return owner.compareExchange(expected: 0, desired: me, ordering: .relaxed).exchanged
  }

  nonisolated(unsafe) static var scalars = RecentResults<PyNumpyScalar>()
  nonisolated(unsafe) static var arrays = RecentResults<PyNDArray>()
}
