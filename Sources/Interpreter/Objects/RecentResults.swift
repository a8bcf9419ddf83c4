/// The last few results of one kind (numpy scalars, small arrays), kept so that the next
/// result can take over one the program has dropped instead of allocating: CPython keeps free
/// lists of its small objects for the same reason. A kept result that nothing else refers to
/// any more is dead to the program. (Allocating and freeing the result object were a third of
/// the instructions of `v = a[i, j]` and of a 2x2 addition; two of `(i, i)`.)
///
/// Used by one thread at a time: references are counted without atomic instructions.
public struct RecentResults<T: AnyObject> {
  @usableFromInline var first: T?
  @usableFromInline var second: T?
  @usableFromInline var third: T?
  @usableFromInline var fourth: T?
  /// The slot the next new result goes in (the oldest).
  @usableFromInline var next = 0

  public init() {}

  /// A kept result nothing else refers to, if there is one; it stays kept.
  @inlinable @inline(__always) public mutating func dropped() -> T? {
    if isKnownUniquelyReferenced(&first) { return first }
    if isKnownUniquelyReferenced(&second) { return second }
    if isKnownUniquelyReferenced(&third) { return third }
    if isKnownUniquelyReferenced(&fourth) { return fourth }
    return nil
  }

  /// Keeps a new result in place of the oldest kept one.
  @inlinable @inline(__always) public mutating func keep(_ result: T) {
    switch next {
    case 0: first = result
    case 1: second = result
    case 2: third = result
    default: fourth = result
    }
    next = (next + 1) & 3
  }
}
