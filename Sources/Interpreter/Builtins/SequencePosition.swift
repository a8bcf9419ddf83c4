/// `list.index(x[, start[, end]])` and `tuple.index`: where `x` first is, searching the items
/// from `start` up to `end` (slice rules: negative counts from the end, then clamped).
extension ContainerMethods {
  /// The position of argument 1 in `items` within the bounds of arguments 2 and 3 (the
  /// receiver is argument 0); nil when it is not there.
  static func position(in items: [Value], _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Int?
  {
    guard a.count >= 2 else {
      throw .typeError("index expected at least 1 argument, got \(a.count - 1)")
    }
    guard a.count <= 4 else {
      throw .typeError("index expected at most 3 arguments, got \(a.count - 1)")
    }
    func bound(_ position: Int, _ fallback: Int) throws(PyException) -> Int {
      guard position < a.count else { return fallback }
      guard case .int(var i) = a.positional[position].asIndexLike else {
        throw .typeError("slice indices must be integers or have an __index__ method")
      }
      if i < 0 { i += items.count }
      return Swift.min(Swift.max(i, 0), items.count)
    }
    let (start, end) = (try bound(2, 0), try bound(3, items.count))
    let target = a.positional[1]
    var i = start
    while i < Swift.min(end, items.count) {
      if try interp.equals(items[i], target) { return i }
      i += 1
    }
    return nil
  }
}
