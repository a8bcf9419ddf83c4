import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The last few results of one kind (numpy scalars, small arrays), kept so that the next
/// result can take over one the program has dropped instead of allocating: CPython keeps free
/// lists of its small objects for the same reason. A kept result that nothing else refers to
/// any more is dead to the program. (Allocating and freeing the result object were a third of
/// the instructions of `v = a[i, j]` and of a 2x2 addition.)
///
/// Only one thread uses the lists, the first to ask (`onOwnerThread`): this module counts
/// references without atomic instructions, and the interpreter runs on one thread at a time.
/// Results made on other threads are allocated as usual.
struct RecentResults<T: AnyObject> {
  private var first: T?
  private var second: T?
  private var third: T?
  private var fourth: T?
  /// The slot the next new result goes in (the oldest).
  private var next = 0

  /// A kept result nothing else refers to, if there is one; it stays kept.
  @inline(__always) mutating func dropped() -> T? {
    if isKnownUniquelyReferenced(&first) { return first }
    if isKnownUniquelyReferenced(&second) { return second }
    if isKnownUniquelyReferenced(&third) { return third }
    if isKnownUniquelyReferenced(&fourth) { return fourth }
    return nil
  }

  /// Keeps a new result in place of the oldest kept one.
  @inline(__always) mutating func keep(_ result: T) {
    switch next {
    case 0: first = result
    case 1: second = result
    case 2: third = result
    default: fourth = result
    }
    next = (next + 1) & 3
  }
}

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
