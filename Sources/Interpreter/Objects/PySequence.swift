/// What `list` and `tuple` share: item access, slicing, comparison, concatenation, repr.
public class PySequence: PyObject {
  public var items: [Value]

  public init(_ items: [Value]) { self.items = items }

  /// The object at position `i` (in range), not retained: for a look at it while the
  /// sequence keeps it.
  @inline(__always) final func unretainedObject(at i: Int) -> Unmanaged<PyObject>? {
    guard case .object(let o) = items[i] else { return nil }
    return Unmanaged.passUnretained(o)
  }

  /// Both lists (a list subclass counts) or both tuples.
  final func sameKind(_ other: PySequence) -> Bool { (self is PyList) == (other is PyList) }

  /// A new sequence of the same kind.
  func make(_ items: [Value]) -> PySequence { fatalError("abstract") }

  /// `items[range]` as a new array: up to three items as an array literal, allocated at its
  /// size and filled with specialised copies (`Array(items[range])` copies through the
  /// runtime's generic array copy, a value-witness call per item: about 200 instructions for
  /// two).
  @inline(__always) static func copy(_ items: [Value], _ range: Range<Int>) -> [Value] {
    let first = range.lowerBound
    switch range.count {
    case 0: return []
    case 1: return [items[first]]
    case 2: return [items[first], items[first + 1]]
    case 3: return [items[first], items[first + 1], items[first + 2]]
    default: return Array(items[range])
    }
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !items.isEmpty
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int { items.count }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let iterator = PySequenceIterator(.object(self))
    if isExactly(PyList.self) {
      iterator.iteratorClass = .listIterator
    } else if isExactly(PyTuple.self) {
      iterator.iteratorClass = .tupleIterator
    }
    return iterator
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    // (A copy of the items: an `__eq__` may change the list meanwhile.)
    let all = items
    return try all.withUnsafeBufferPointer { (all) throws(PyException) -> Bool in
      switch value {
      case .int(let target):
        // Ints compared as they are, None passed over; a float, bool or object asked as
        // `==` asks (1.0 and True equal 1, an object's `__eq__` runs in its turn).
        for item in all {
          switch item {
          case .int(let x): if x == target { return true }
          case .none: continue
          default: if try interp.equals(item, value) { return true }
          }
        }
        return false
      case .object(let o) where o.isExactly(PyStr.self):
        let text = unsafeDowncast(o, to: PyStr.self)
        // (Two short ASCII texts compared as the words that hold them.)
        let (words, smallForm) = (text.valueWords, UTF8Text.smallFormHolds)
        for item in all {
          switch item {
          case .int, .float, .bool, .none: continue
          case .object(let x) where x.isExactly(PyStr.self):
            let s = unsafeDowncast(x, to: PyStr.self)
            if let same = UTF8Text.sameShortASCII(words, s.valueWords, smallForm: smallForm) {
              if same { return true }
            } else if text.sameText(as: s) {
              return true
            }
          default: if try interp.equals(item, value) { return true }
          }
        }
        return false
      default:
        for item in all {
          if item.isIdentical(to: value) { return true }
          if try interp.equals(item, value) { return true }
        }
        return false
      }
    }
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    try itemAt(key, interp)
  }

  /// The item at `i`, counted from the end when negative; nil when out of range.
  @inline(__always) final func item(_ i: Int) -> Value? {
    let count = items.count
    let j = i < 0 ? i + count : i
    guard j >= 0 && j < count else { return nil }
    return items[j]
  }

  /// The built-in `seq[key]` (what a subclass's `super().__getitem__` reaches).
  final func itemAt(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if case .int(let i) = key, i >= 0, i < items.count { return items[i] }
    if let slice = key.as(PySlice.self) {
      let (start, stop, step) = try slice.resolve(count: items.count, interp)
      if step == 1 { return .object(make(start < stop ? Array(items[start..<stop]) : [])) }
      return .object(make(stride(from: start, to: stop, by: step).map { items[$0] }))
    }
    let kind = self is PyList ? "list" : "tuple"
    return items[try interp.sequenceIndex(key, count: items.count, typeName: kind)]
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    switch op {
    case .add where !reflected:
      guard let o = other.as(PySequence.self), sameKind(o) else {
        // The other operand's reflected `+` goes first (`[1, 2] + array` is an array).
        if case .object(let o) = other,
          let r = try o.binary(op, .object(self), reflected: true, interp)
        {
          return r
        }
        let kind = self is PyList ? "list" : "tuple"
        throw .typeError(
          "can only concatenate \(kind) (not \"\(other.typeName)\") to \(kind)")
      }
      return .object(make(items + o.items))
    case .multiply:
      guard case .int(let n) = other.asIndexLike else { return nil }
      let copies = try SequenceBudget.copies(items.count, n)
      var out: [Value] = []
      out.reserveCapacity(items.count * copies)
      for _ in 0..<copies { out += items }
      return .object(make(out))
    default:
      return nil
    }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PySequence.self), sameKind(o) else {
      return try super.compare(op, other, interp)
    }
    // Python compares item by item; the first unequal pair decides.
    for (a, b) in zip(items, o.items) {
      if a.isIdentical(to: b) { continue }
      if try interp.equals(a, b) { continue }
      if op == .equal { return .bool(false) }
      if op == .notEqual { return .bool(true) }
      return try interp.compare(a, op, b)
    }
    switch op {
    case .equal: return .bool(items.count == o.items.count)
    case .notEqual: return .bool(items.count != o.items.count)
    case .less: return .bool(items.count < o.items.count)
    case .lessEqual: return .bool(items.count <= o.items.count)
    case .greater: return .bool(items.count > o.items.count)
    case .greaterEqual: return .bool(items.count >= o.items.count)
    }
  }

  func reprItems(_ interp: Interpreter) throws(PyException) -> [String] {
    try interp.withReprGuard(self) { () throws(PyException) in
      try items.map { (v) throws(PyException) in try interp.repr(v) }
    } ?? ["..."]
  }
}

public class PyList: PySequence {
  override public var pyClass: PyClass { .list }
  override func make(_ items: [Value]) -> PySequence { PyList(items) }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if items.isEmpty { return "[]" }
    let parts = try reprItems(interp)
    return parts == ["..."] ? "[...]" : "[" + parts.joined(separator: ", ") + "]"
  }

  override public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    try storeItem(key, value, interp)
  }

  /// The built-in `list[key] = value` (what a subclass's `super().__setitem__` reaches).
  final func storeItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    if let slice = key.as(PySlice.self) {
      let (start, stop, step) = try slice.resolve(count: items.count, interp)
      // (CPython's words for a value that is not iterable, by the kind of slice.)
      let newItems: [Value]
      if let sequence = value.as(PySequence.self) {
        newItems = sequence.items
      } else {
        let message =
          step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice"
        newItems = try interp.collect(.object(try interp.iterate(value, notIterable: message)))
      }
      if step == 1 {
        items.replaceSubrange(start..<max(start, stop), with: newItems)
        return
      }
      let indices = try slice.indices(count: items.count, interp)
      guard indices.count == newItems.count else {
        throw .valueError(
          "attempt to assign sequence of size \(newItems.count) to extended slice of size \(indices.count)"
        )
      }
      for (i, v) in zip(indices, newItems) { items[i] = v }
      return
    }
    let i = try interp.sequenceIndex(key, count: items.count, typeName: "list assignment")
    items[i] = value
  }

  override public func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    try removeItems(key, interp)
  }

  /// `del xs[key]` as list's own (`list.__delitem__`, whatever a subclass overrides).
  final func removeItems(_ key: Value, _ interp: Interpreter) throws(PyException) {
    if let slice = key.as(PySlice.self) {
      let doomed = Set(try slice.indices(count: items.count, interp))
      items = items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
      return
    }
    items.remove(at: try interp.sequenceIndex(key, count: items.count, typeName: "list assignment"))
  }

  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    switch op {
    case .add:
      items += try interp.collect(other)
    case .multiply:
      // `xs *= n` repeats the list in place (`ys = xs` sees it), as list.__imul__ does.
      guard case .int(let n) = other.asIndexLike else { return nil }
      let copies = try SequenceBudget.copies(items.count, n)
      let once = items
      if copies == 0 { items.removeAll() }
      for _ in 1..<Swift.max(copies, 1) { items += once }
    default:
      return nil
    }
    return .object(self)
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? { nil }
}

public final class PyTuple: PySequence {
  override public var pyClass: PyClass { .tuple }
  override func make(_ items: [Value]) -> PySequence { PyTuple(items) }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if items.isEmpty { return "()" }
    let parts = try reprItems(interp)
    return "(" + parts.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    .tuple(try items.map { (v) throws(PyException) in try HashKey.from(v, interp) })
  }
}

/// CPython's MemoryError for a repetition (`[0] * n`, `"s" * n`) this machine cannot hold.
enum SequenceBudget {
  /// More than a billion elements or characters is refused up front.
  @inline(__always) static var limit: Int { 1 << 30 }

  /// (`tooLong`: the OverflowError a str or bytes repetition past `Int.max` raises in CPython,
  /// `repeated string is too long`; lists and tuples raise MemoryError there too.)
  static func check(_ count: Int, _ times: Int, tooLong: String? = nil) throws(PyException) {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(times, 0))
    if overflow, let tooLong { throw .overflow(tooLong) }
    if overflow || total > limit { throw PyException(.memoryError, args: []) }
  }

  /// How many copies a repetition of `count` items `times` over makes, checked: 0 when there
  /// is nothing to copy (`[] * (2**63 - 1)` is `[]` at once, not 2**63 empty turns).
  static func copies(_ count: Int, _ times: Int, tooLong: String? = nil) throws(PyException)
    -> Int
  {
    try check(count, times, tooLong: tooLong)
    return count == 0 ? 0 : max(times, 0)
  }
}

extension PySequence {
  /// The list or tuple `v` holds, when it is exactly one (not a subclass, whose iteration
  /// may be its own).
  @inline(__always) static func exact(_ v: Value) -> PySequence? {
    guard case .object(let o) = v, o.isExactly(PyList.self) || o.isExactly(PyTuple.self) else {
      return nil
    }
    return unsafeDowncast(o, to: PySequence.self)
  }

  /// Each item by position, reading the live list as its iterator would (the code `body`
  /// runs may change it), until `body` returns false. No iterator object is made.
  @inline(__always) func forEachLive(_ body: (Value) throws(PyException) -> Bool)
    throws(PyException)
  {
    var i = 0
    while i < items.count {
      let v = items[i]
      i += 1
      if !(try body(v)) { return }
    }
  }
}
