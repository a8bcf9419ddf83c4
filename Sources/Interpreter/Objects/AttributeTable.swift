/// An instance's attributes in insertion order (as Python's `__dict__`), found by comparing
/// names in turn: attribute names are short, and short Swift strings compare as two machine
/// words, which is cheaper than hashing one.
public struct AttributeTable {
  public private(set) var names: [String] = []
  public private(set) var values: [Value] = []

  public init() {}

  @inline(__always) func position(of name: String) -> Int? {
    // Names of another length are passed over without a string comparison (a library call
    // whenever two strings differ); Python's names are equal only code point by code point.
    let length = name.utf8.count
    for i in names.indices where names[i].utf8.count == length && names[i] == name { return i }
    return nil
  }

  /// The name's position, looked for at `hint` first (a site's memory of the last table it
  /// saw), which it updates. A name compared with the same literal is equal by its bits at
  /// once; another name is compared in full.
  @inline(__always) func position(of name: String, hint: inout Int) -> Int? {
    if hint < names.count && names[hint] == name { return hint }
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
          names.remove(at: i)
          values.remove(at: i)
        }
      } else if let v = newValue {
        names.append(name)
        values.append(v)
      }
    }
  }

  /// The value at a position `position(of:)` gave.
  @inline(__always) func value(at position: Int) -> Value { values[position] }

  /// Stores `value` under `name`, at `position` when the name is still there (code run since
  /// the position was found may have removed attributes).
  /// Replaces the value at a position just found.
  @inline(__always) mutating func replaceValue(at position: Int, with value: Value) {
    values[position] = value
  }

  @inline(__always) mutating func set(_ value: Value, for name: String, at position: Int) {
    if position < names.count && names[position] == name {
      values[position] = value
    } else {
      self[name] = value
    }
  }

  @discardableResult
  public mutating func removeValue(forKey name: String) -> Value? {
    guard let i = position(of: name) else { return nil }
    names.remove(at: i)
    return values.remove(at: i)
  }

  /// Room for `count` attributes.
  mutating func reserve(_ count: Int) {
    names.reserveCapacity(count)
    values.reserveCapacity(count)
  }

  var count: Int { names.count }

  public var keys: [String] { names }
  public var isEmpty: Bool { names.isEmpty }
}
