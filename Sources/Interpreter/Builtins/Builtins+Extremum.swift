extension Builtins {
  /// `min`/`max` over one iterable or several arguments, with `key` and `default`.
  static func extremum(_ a: Arguments, _ op: ComparisonOp, _ name: String, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if a.count == 1, a.keyword("key")?.isNone ?? true, let sequence = PySequence.exact(try a[0]) {
      return try extremum(of: sequence, op, name, default: a.keyword("default"), interp)
    }
    let items = a.count == 1 ? try interp.collect(a[0]) : a.positional
    guard a.count > 0 else { throw .typeError("\(name) expected at least 1 argument, got 0") }
    guard var best = items.first else {
      if let d = a.keyword("default") { return d }
      throw .valueError("\(name)() arg is an empty sequence")
    }
    let key = a.keyword("key")
    func k(_ v: Value) throws(PyException) -> Value {
      guard let key, !key.isNone else { return v }
      return try interp.call(key, with: v)
    }
    var bestKey = try k(best)
    for item in items.dropFirst() {
      let itemKey = try k(item)
      if try interp.isTruthy(interp.compare(itemKey, op, bestKey)) {
        best = item
        bestKey = itemKey
      }
    }
    return best
  }

  /// `min(x, y)` / `max(x, y)`: `y` when it is less (greater) than `x`, else `x`; two ints or
  /// two floats compared here (no argument array made and emptied).
  @inline(__always)
  static func extremum(_ x: Value, _ y: Value, _ op: ComparisonOp, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let greater = op == .greater
    switch (x, y) {
    case (.int(let a), .int(let b)): return (greater ? b > a : b < a) ? y : x
    case (.float(let a), .float(let b)): return (greater ? b > a : b < a) ? y : x
    default: return try interp.isTruthy(interp.compare(y, op, x)) ? y : x
    }
  }

  /// `max(xs)` / `min(xs)` of a list or tuple without a key: read in place (no copy), ints
  /// with ints and floats with floats compared here, as Python compares them (the first of
  /// equal items kept; NaN never replaces nor is replaced), anything else by `compare`.
  static func extremum(
    of sequence: PySequence, _ op: ComparisonOp, _ name: String, default fallback: Value?,
    _ interp: Interpreter
  ) throws(PyException) -> Value {
    var best: Value?
    let greater = op == .greater
    try sequence.forEachLive { (v) throws(PyException) in
      guard let b = best else {
        best = v
        return true
      }
      switch (v, b) {
      case (.int(let x), .int(let y)):
        if greater ? x > y : x < y { best = v }
      case (.float(let x), .float(let y)):
        if greater ? x > y : x < y { best = v }
      default:
        if try interp.isTruthy(interp.compare(v, op, b)) { best = v }
      }
      return true
    }
    if let best { return best }
    if let fallback { return fallback }
    throw .valueError("\(name)() arg is an empty sequence")
  }
}
