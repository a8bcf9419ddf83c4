/// `s += t` in place. CPython appends to a str in place when the variable holds the only
/// reference to it, so building a string piece by piece in a loop takes linear time; a new
/// str for each step copies everything built so far (quadratic: 4 s for 300 000 pieces).
extension PyStr {
  /// Appends `tail` to the str in `slot` when the slot holds the only reference to an exact
  /// str (Swift's `String` then grows its buffer geometrically). False, the slot unchanged,
  /// when the slot holds anything else or the str is shared (a constant, a dict key, another
  /// variable): the caller then makes a new str as usual.
  static func appendInPlace(_ tail: PyStr, toStrIn slot: UnsafeMutablePointer<Value?>) -> Bool {
    guard var str = PyStr.exactly(slot.pointee) else { return false }
    // The slot's reference given up, `str` is the only one left when nobody else has one.
    slot.pointee = nil
    let unique = isKnownUniquelyReferenced(&str)
    if unique { str.appendText(tail.value) }
    slot.pointee = .object(str)
    return unique
  }

  /// The value as a str when it is exactly one.
  @inline(__always) static func exactly(_ value: Value?) -> PyStr? {
    guard case .object(let o)? = value, o.isExactly(PyStr.self) else { return nil }
    return unsafeDowncast(o, to: PyStr.self)
  }
}
