/// An instance's attributes in insertion order (as Python's `__dict__`), found by comparing
/// names in turn: attribute names are short, and short Swift strings compare as two machine
/// words, which is cheaper than hashing one.
public struct AttributeTable {
  /// The names in order: the first `values.count` are this table's. The array is shared with
  /// the class's `instanceLayout` (and so with its other instances) while this table's names
  /// follow it: a new instance setting `self.x` and `self.y` writes no name and allocates only
  /// its values.
  private var layout: [String] = []
  public private(set) var values: [Value] = []
  /// One bit (`bit(for:)`) for every name ever stored here, kept after a removal: a name whose
  /// bit is clear is not here, found without a comparison (`obj.method()` asks on every call
  /// whether the instance's own attributes shadow the method).
  private(set) var nameBits: UInt64 = 0

  public init() {}

  /// The names, in order.
  public var names: ArraySlice<String> { layout[..<values.count] }

  /// A name's bit in `nameBits`: from its length and its first and last bytes.
  static func bit(for name: String) -> UInt64 {
    let bytes = name.utf8
    guard let first = bytes.first, let last = bytes.last else { return 1 }
    let mixed = UInt64(bytes.count) &* 0x9E37 &+ UInt64(first) &* 0x2F &+ UInt64(last)
    return 1 << (mixed & 63)
  }

  /// Whether a name with this `bit` may be here (false: certainly not).
  @inline(__always) func mayHold(_ bit: UInt64) -> Bool { nameBits & bit != 0 }

  @inline(__always) func position(of name: String) -> Int? {
    // Names of another length are passed over without a string comparison (a library call
    // whenever two strings differ); Python's names are equal only code point by code point.
    let length = name.utf8.count
    for i in 0..<values.count where layout[i].utf8.count == length && layout[i] == name {
      return i
    }
    return nil
  }

  /// The name's position, looked for at `hint` first (a site's memory of the last table it
  /// saw), which it updates. A name compared with the same literal is equal by its bits at
  /// once; another name is compared in full.
  @inline(__always) func position(of name: String, hint: inout Int) -> Int? {
    if hint < values.count && layout[hint] == name { return hint }
    guard let found = position(of: name) else { return nil }
    hint = found
    return found
  }

  public subscript(name: String) -> Value? {
    @inline(__always) get { position(of: name).map { values[$0] } }
    set {
      if let i = position(of: name) {
        if let v = newValue {
          values[i] = v
        } else {
          remove(at: i)
        }
      } else if let v = newValue {
        append(v, for: name, bit: AttributeTable.bit(for: name))
      }
    }
  }

  /// Adds `name`, which is not here, with its `bit(for:)` (a site knows its name's bit: the
  /// bit from the name's bytes cost more than the rest of the store).
  @inline(__always) mutating func append(_ value: Value, for name: String, bit: UInt64) {
    let n = values.count
    if n < layout.count {
      // The shared layout goes on with this name: nothing to write. Else this table's names
      // part from it here.
      if layout[n] != name { layout.removeSubrange(n...) }
    }
    if n == layout.count { layout.append(name) }
    values.append(value)
    nameBits |= bit
  }

  /// Takes `layout` (a class's instances' names in order) as this empty table's, and room for
  /// as many values.
  mutating func adopt(_ layout: [String]) {
    self.layout = layout
    values.reserveCapacity(layout.count)
  }

  /// The names in order, to give the class's next instances (see `adopt`): the array itself
  /// when it holds no more names than this table's.
  var sharedLayout: [String] { layout.count == values.count ? layout : Array(names) }

  private mutating func remove(at i: Int) {
    layout = Array(layout[..<values.count])
    layout.remove(at: i)
    values.remove(at: i)
  }

  /// The value at a position `position(of:)` gave.
  @inline(__always) func value(at position: Int) -> Value { values[position] }

  /// Stores `value` under `name`, at `position` when the name is still there (code run since
  /// the position was found may have removed attributes).
  /// Replaces the value at a position just found.
  @inline(__always) mutating func replaceValue(at position: Int, with value: Value) {
    values[position] = value
  }

  /// Replaces the int at a position just found with another int (nothing to release).
  @inline(__always) mutating func replaceInt(at position: Int, with value: Int) {
    values.withUnsafeMutableBufferPointer { (buffer) -> Void in
      (buffer.baseAddress! + position).initialize(to: .int(value))
    }
  }

  @inline(__always) mutating func set(_ value: Value, for name: String, at position: Int) {
    if position < values.count && layout[position] == name {
      values[position] = value
    } else {
      self[name] = value
    }
  }

  @discardableResult
  public mutating func removeValue(forKey name: String) -> Value? {
    guard let i = position(of: name) else { return nil }
    let value = values[i]
    remove(at: i)
    return value
  }

  var count: Int { values.count }

  public var keys: [String] { Array(names) }
  public var isEmpty: Bool { values.isEmpty }
}
