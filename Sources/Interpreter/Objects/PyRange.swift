/// `range(start, stop, step)`, lazy.
public final class PyRange: PyObject {
  public let start: Int, stop: Int, step: Int

  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  override public var pyClass: PyClass { .range }

  /// How many ints the range holds, exactly (a range of 64-bit bounds may hold up to 2^64 - 1).
  var exactLength: UInt64 { PyRange.exactLength(start, stop, step) }

  /// How many ints `range(start, stop, step)` holds, for any Ints and a nonzero step (in
  /// unsigned arithmetic: `stop - start` and `-step` overflow at the ends of Int's range).
  public static func exactLength(_ start: Int, _ stop: Int, _ step: Int) -> UInt64 {
    guard step > 0 ? start < stop : start > stop else { return 0 }
    let span = UInt64(bitPattern: Int64(step > 0 ? stop &- start : start &- stop))
    return (span - 1) / UInt64(step.magnitude) + 1
  }

  /// How many ints the range holds (at most `Int.max`: a longer range counts as that many for
  /// looping, and `len()` raises OverflowError as CPython's does).
  public var count: Int { Int(clamping: exactLength) }

  /// Hands each int to `body` in order, checking for a timeout or Ctrl-C every 65 536 (a
  /// range too large to hold then fails by them, never by one impossible allocation).
  @inline(__always)
  func forEachInt(_ interp: Interpreter, _ body: (Int) -> Void) throws(PyException) {
    var i = start
    for k in 0..<count {
      body(i)
      i &+= step
      if k & 0xFFFF == 0xFFFF { try interp.checkInterrupt() }
    }
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool { count > 0 }
  override public func length(_ interp: Interpreter) throws(PyException) -> Int {
    try checkLength()
    return count
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let iterator = PyRangeIterator(start: start, step: step, count: count)
    iterator.iteratorClass = .rangeIterator
    return iterator
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "start": return .int(start)
    case "stop": return .int(stop)
    case "step": return .int(step)
    case "count", "index":
      return .object(
        PyBuiltinFunction(name) { [self] (a, interp) throws(PyException) in
          try a.expect(name, min: 1, max: 1)
          let x = try a[0]
          let position = try self.position(of: x, interp)
          if name == "count" { return .int(position == nil ? 0 : 1) }
          guard let position else {
            if case .int = x.asIndexLike {
              throw .valueError("\(try interp.repr(x)) is not in range")
            }
            throw .valueError("sequence.index(x): x not in sequence")
          }
          guard let index = Int(exactly: position) else {
            throw .overflow("Python int too large to convert to C ssize_t")
          }
          return .int(index)
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  /// Where `x` stands in the range, or nil: an int (or bool, or numpy integer) by arithmetic,
  /// anything else by comparing it with each element, as CPython does (`2.0` is found).
  private func position(of x: Value, _ interp: Interpreter) throws(PyException) -> UInt64? {
    if case .int(let v) = x.asIndexLike {
      guard try contains(.int(v), interp) else { return nil }
      return UInt64(bitPattern: Int64(step > 0 ? v &- start : start &- v)) / UInt64(step.magnitude)
    }
    var found: UInt64?
    var k: UInt64 = 0
    try forEachInt(interp) { i in
      if found == nil, (try? interp.isTruthy(interp.compare(.int(i), .equal, x))) == true {
        found = k
      }
      k += 1
    }
    return found
  }

  /// CPython's range equality: the same ints in the same order (`range(0) == range(5, 5)`,
  /// `range(2, 20, 3) == range(2, 21, 3)`).
  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual, let o = other.as(PyRange.self) else {
      return try super.compare(op, other, interp)
    }
    return .bool((shape == o.shape) == (op == .equal))
  }

  /// What equal ranges share: their length, and their first element and step where those
  /// matter (CPython hashes the same triple).
  private var shape: (UInt64, Int?, Int?) {
    let n = exactLength
    return (n, n == 0 ? nil : start, n < 2 ? nil : step)
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    let (n, first, step) = shape
    return .tuple([
      .identity(ObjectIdentifier(PyClass.range)), .int(Int(bitPattern: UInt(n))),
      first.map { .int($0) } ?? .none, step.map { .int($0) } ?? .none,
    ])
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    guard case .int(let v) = value.asIndexLike else { return try super.contains(value, interp) }
    let inBounds = step > 0 ? (v >= start && v < stop) : (v <= start && v > stop)
    guard inBounds else { return false }
    let distance = UInt64(bitPattern: Int64(step > 0 ? v &- start : start &- v))
    return distance % UInt64(step.magnitude) == 0
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if exactLength > UInt64(Int.max), case .int(let i) = key {
      // A range longer than any Int position (`range(-2**63 + 1, 2**63 - 1)`) by an int.
      let length = exactLength
      guard i >= 0 ? UInt64(i) < length : UInt64(i.magnitude) <= length else {
        throw .indexError("range object index out of range")
      }
      let position = i >= 0 ? UInt64(i) : length - UInt64(i.magnitude)
      // (Wrapping arithmetic: the true value lies between the bounds, so it is exact.)
      return .int(
        Int(bitPattern: UInt(bitPattern: start) &+ UInt(position) &* UInt(bitPattern: step)))
    }
    try checkLength()
    if let slice = key.as(PySlice.self) {
      let (s, e, st) = try slice.resolve(count: count, interp)
      let (newStep, overflow) = step.multipliedReportingOverflow(by: st)
      // (Positions within the range: their ints lie between its bounds, or one step past.)
      guard !overflow, let first = item(s), let end = item(e) else {
        throw .overflow("Python int too large to convert to C ssize_t")
      }
      return .object(PyRange(start: first, stop: end, step: newStep))
    }
    let i = try interp.sequenceIndex(key, count: count, typeName: "range object")
    return .int(start + i * step)
  }

  /// The int at position `i` (which may be one step past the end), or nil when it does not fit
  /// in 64 bits.
  private func item(_ i: Int) -> Int? {
    let (offset, o1) = i.multipliedReportingOverflow(by: step)
    let (value, o2) = start.addingReportingOverflow(offset)
    return o1 || o2 ? nil : value
  }

  /// NumBook's ranges are indexed by Int positions: one longer than `Int.max` raises CPython's
  /// OverflowError for `len()` instead.
  private func checkLength() throws(PyException) {
    guard exactLength <= UInt64(Int.max) else {
      throw .overflow("Python int too large to convert to C ssize_t")
    }
  }
}

/// `slice(start, stop, step)` and the `a:b:c` syntax.
public final class PySlice: PyObject {
  public let lower: Value, upper: Value, step: Value

  public init(_ lower: Value, _ upper: Value, _ step: Value) {
    self.lower = lower
    self.upper = upper
    self.step = step
  }

  override public var pyClass: PyClass { .slice }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "start": return lower
    case "stop": return upper
    case "step": return step
    case "indices":
      return .object(
        PyBuiltinFunction("indices") { [self] (a, interp) throws(PyException) in
          try a.expect("indices", min: 1, max: 1)
          let length = try a[0]
          guard case .int(let n) = length.asIndexLike else {
            throw .typeError(
              "'\(length.typeName)' object cannot be interpreted as an integer")
          }
          guard n >= 0 else { throw .valueError("length should not be negative") }
          let (start, stop, step) = try resolve(count: n, interp)
          return .tuple([.int(start), .int(stop), .int(step)])
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "slice(\(try interp.repr(lower)), \(try interp.repr(upper)), \(try interp.repr(step)))"
  }

  /// The positions `[lower:upper]` (step 1) selects from `count` items, clamped as `resolve`
  /// clamps them, when both bounds are ints or None (nil otherwise: `resolve` applies).
  static func unitRange(_ lower: Value, _ upper: Value, count: Int) -> Range<Int>? {
    func bound(_ v: Value, _ absent: Int) -> Int? {
      switch v {
      case .none: return absent
      case .int(var i):
        if i < 0 { i += count }
        return Swift.min(Swift.max(i, 0), count)
      default: return nil
      }
    }
    guard let start = bound(lower, 0), let stop = bound(upper, count) else { return nil }
    return start..<Swift.max(start, stop)
  }

  /// Python's `slice.indices(count)`: clamped start, stop and step.
  public func resolve(count: Int, _ interp: Interpreter) throws(PyException) -> (Int, Int, Int) {
    let step = try optionalInt(self.step) ?? 1
    guard step != 0 else { throw .valueError("slice step cannot be zero") }
    func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
      guard var v else { return defaultValue }
      if v < 0 { v += count }
      if step > 0 { return min(max(v, 0), count) }
      return min(max(v, -1), count - 1)
    }
    let start = clamp(try optionalInt(lower), step > 0 ? 0 : count - 1)
    let stop = clamp(try optionalInt(upper), step > 0 ? count : -1)
    return (start, stop, step)
  }

  /// How many positions a resolved slice `start`, `stop`, `step` selects (any nonzero step:
  /// `-step` of `-2**63` overflows).
  static func length(_ start: Int, _ stop: Int, _ step: Int) -> Int {
    Int(clamping: PyRange.exactLength(start, stop, step))
  }

  public func indices(count: Int, _ interp: Interpreter) throws(PyException) -> [Int] {
    let (start, stop, step) = try resolve(count: count, interp)
    return Array(stride(from: start, to: stop, by: step))
  }

  @inline(__always) private func optionalInt(_ v: Value) throws(PyException) -> Int? {
    // (Ints and None, the usual bounds, without the general conversion.)
    switch v {
    case .int(let i): return i
    case .none: return nil
    default: return try PySlice.indexLike(v)
    }
  }

  private static func indexLike(_ v: Value) throws(PyException) -> Int? {
    switch v.asIndexLike {
    case .none: return nil
    case .int(let i): return i
    default:
      throw .typeError(
        "slice indices must be integers or None or have an __index__ method")
    }
  }
}
