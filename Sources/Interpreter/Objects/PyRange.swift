/// `range(start, stop, step)`, lazy.
public final class PyRange: PyObject {
  public let start: Int, stop: Int, step: Int

  public init(start: Int, stop: Int, step: Int) {
    self.start = start
    self.stop = stop
    self.step = step
  }

  override public var pyClass: PyClass { .range }

  public var count: Int {
    if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0
  }

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
  override public func length(_ interp: Interpreter) throws(PyException) -> Int { count }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let iterator = PyRangeIterator(start: start, step: step, count: count)
    iterator.iteratorClass = .rangeIterator
    return iterator
  }

  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    guard case .int(let v) = value.asIndexLike else { return try super.contains(value, interp) }
    let inBounds = step > 0 ? (v >= start && v < stop) : (v <= start && v > stop)
    return inBounds && (v - start) % step == 0
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let slice = key.as(PySlice.self) {
      let (s, e, st) = try slice.resolve(count: count, interp)
      return .object(PyRange(start: start + s * step, stop: start + e * step, step: step * st))
    }
    let i = try interp.sequenceIndex(key, count: count, typeName: "range object")
    return .int(start + i * step)
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
