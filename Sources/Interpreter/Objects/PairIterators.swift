import BigInt

/// An iterator whose items are pairs (`enumerate`, a two-way `zip`, `dict.items()`): a loop
/// `for a, b in ...` takes each pair as it is, without making the tuple (which was most of
/// such a loop's time: two allocations an item).
class PyPairIterator: PyIterator {
  /// The next pair, or nil at the end.
  func nextPair(_ interp: Interpreter) throws(PyException) -> (Value, Value)? { nil }

  override final func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard let (first, second) = try nextPair(interp) else { return nil }
    return .object(interp.pair(first, second))
  }
}

/// `enumerate(iterable, start)`.
final class EnumerateIterator: PyPairIterator {
  private let source: PyIterator
  private var count: Int
  /// The count once it is past Int's range.
  private var big: BigInt?

  init(_ source: PyIterator, start: Int) {
    self.source = source
    count = start
    super.init()
    iteratorClass = .enumerateType
  }

  override func nextPair(_ interp: Interpreter) throws(PyException) -> (Value, Value)? {
    guard let item = try source.next(interp) else { return nil }
    if let big {
      // Past 2**63 - 1 the count goes on in big ints, as CPython's does.
      self.big = big + 1
      return (PyBigInt.make(big), item)
    }
    if count == Int.max { big = BigInt(count) + 1 }
    defer { count &+= 1 }
    return (.int(count), item)
  }
}

/// `zip(a, b)`.
final class ZipPairIterator: PyPairIterator {
  private let first: PyIterator
  private let second: PyIterator

  init(_ first: PyIterator, _ second: PyIterator) {
    self.first = first
    self.second = second
    super.init()
    iteratorClass = .zipType
  }

  override func nextPair(_ interp: Interpreter) throws(PyException) -> (Value, Value)? {
    guard let a = try first.next(interp), let b = try second.next(interp) else { return nil }
    return (a, b)
  }
}

/// Iteration over a dict (`for k in d`, its views): entry by entry in insertion order, with
/// Python's error when the dict grows or shrinks meanwhile.
struct DictPosition {
  let dict: PyDict
  private var index = 0
  private let size: Int

  init(_ dict: PyDict) {
    self.dict = dict
    size = dict.storage.count
  }

  /// Entries not yet visited.
  var remaining: Int { Swift.max(size - index, 0) }

  /// The next entry's position, or nil at the end.
  mutating func next() throws(PyException) -> Int? {
    guard dict.storage.count == size else {
      throw PyException(.runtimeError, "dictionary changed size during iteration")
    }
    guard index < size else { return nil }
    index += 1
    return index - 1
  }
}

/// `iter(d)`, `iter(d.keys())`, `iter(d.values())`.
final class DictIterator: PyIterator {
  private var position: DictPosition
  private let values: Bool

  init(_ dict: PyDict, values: Bool) {
    position = DictPosition(dict)
    self.values = values
    super.init()
    iteratorClass = values ? .dictValueIterator : .dictKeyIterator
  }

  override var lengthHint: Int { position.remaining }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard let i = try position.next() else { return nil }
    let entry = position.dict.storage.values[i]
    return values ? entry.value : entry.key
  }
}

/// `iter(d.items())`.
final class DictItemIterator: PyPairIterator {
  private var position: DictPosition

  init(_ dict: PyDict) {
    position = DictPosition(dict)
    super.init()
    iteratorClass = .dictItemIterator
  }

  override var lengthHint: Int { position.remaining }

  override func nextPair(_ interp: Interpreter) throws(PyException) -> (Value, Value)? {
    guard let i = try position.next() else { return nil }
    let entry = position.dict.storage.values[i]
    return (entry.key, entry.value)
  }
}
