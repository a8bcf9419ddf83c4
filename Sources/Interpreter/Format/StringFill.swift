extension String {
  /// `count` copies of `fill` (none when `count` is not positive): one memset for an ASCII
  /// character, where `String(repeating:count:)` appends character by character.
  init(filling fill: Character, count: Int) {
    guard count > 0 else {
      self = ""
      return
    }
    if let byte = fill.asciiValue {
      self.init(unsafeUninitializedCapacity: count) { buffer in
        buffer.initialize(repeating: byte)
        return count
      }
    } else {
      self.init(repeating: fill, count: count)
    }
  }
}
