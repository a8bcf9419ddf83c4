/// An iterator: `next` returns nil when exhausted (StopIteration in Python terms).
open class PyIterator: PyObject {
  /// The iterator's Python class: `iterator`, or the built-in type that made it (`zip`,
  /// `enumerate`, `map`, `filter`, `reversed`).
  public var iteratorClass = PyClass.iterator
  override open var pyClass: PyClass { iteratorClass }
  open func next(_ interp: Interpreter) throws(PyException) -> Value? { nil }

  /// How many items are likely left (CPython's `__length_hint__`; 0 when unknown): room a
  /// list comprehension reserves before it fills its list.
  open var lengthHint: Int { 0 }

  override open func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    self
  }
}

final class PyRangeIterator: PyIterator {
  var current: Int
  let step: Int
  var remaining: Int

  init(start: Int, step: Int, count: Int) {
    current = start
    self.step = step
    remaining = count
  }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard remaining > 0 else { return nil }
    remaining -= 1
    defer { current &+= step }
    return .int(current)
  }

  override var lengthHint: Int { remaining }
}

/// Iterates over a list or tuple by index, so appends during iteration are seen (as in Python).
final class PySequenceIterator: PyIterator {
  let sequence: Value
  /// The sequence when it is a list or tuple (found once: a class cast per item cost more
  /// than the rest of the step).
  let items: PySequence?
  var index = 0

  init(_ sequence: Value) {
    self.sequence = sequence
    items = sequence.as(PySequence.self)
  }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    if let s = items {
      guard index < s.items.count else { return nil }
      index += 1
      return s.items[index - 1]
    }
    do throws(PyException) {
      let v = try interp.getItem(sequence, .int(index))
      index += 1
      return v
    } catch let e where e.isInstance(of: .indexError) || e.isInstance(of: .stopIteration) {
      return nil
    }
  }

  override var lengthHint: Int { items.map { Swift.max($0.items.count - index, 0) } ?? 0 }
}

/// Iterates over a fixed number of items produced on demand.
public final class PyClosureIterator: PyIterator {
  let count: Int
  var index = 0
  let item: (Int) -> Value

  public init(count: Int, item: @escaping (Int) -> Value) {
    self.count = count
    self.item = item
  }

  override public func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard index < count else { return nil }
    index += 1
    return item(index - 1)
  }

  override public var lengthHint: Int { count - index }
}

/// The characters of an ASCII str, each the interpreter's one str object for it.
final class ASCIITextIterator: PyIterator {
  /// The bytes of a text too long for Swift's small form (empty for a short one).
  let bytes: [UInt8]
  /// A short text's bytes, in its value's two words (low byte first).
  let words: (UInt64, UInt64)
  let count: Int
  var index = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    words = (0, 0)
    count = bytes.count
  }

  init(words: (UInt64, UInt64), count: Int) {
    bytes = []
    self.words = words
    self.count = count
  }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard index < count else { return nil }
    let i = index
    index += 1
    if bytes.isEmpty {
      let word = i < 8 ? words.0 >> UInt64(8 * i) : words.1 >> UInt64(8 * (i - 8))
      return interp.asciiCharacter(UInt8(truncatingIfNeeded: word))
    }
    return interp.asciiCharacter(bytes[i])
  }

  override var lengthHint: Int { count - index }
}

/// Produces items until the closure returns nil (map, filter, zip, enumerate).
public final class PyGeneratorIterator: PyIterator {
  let produce: (Interpreter) throws(PyException) -> Value?
  var done = false

  public init(_ produce: @escaping (Interpreter) throws(PyException) -> Value?) {
    self.produce = produce
  }

  override public func next(_ interp: Interpreter) throws(PyException) -> Value? {
    if done { return nil }
    guard let v = try produce(interp) else {
      done = true
      return nil
    }
    return v
  }
}

/// An object whose `__iter__` returned something with a `__next__` method.
final class PyProtocolIterator: PyIterator {
  let target: Value
  init(_ target: Value) { self.target = target }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    do throws(PyException) {
      return try interp.callMethod(target, "__next__", Arguments())
    } catch let e where e.isInstance(of: .stopIteration) {
      return nil
    }
  }
}
