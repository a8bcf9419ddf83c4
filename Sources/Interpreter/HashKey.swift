/// The key under which a value is stored in a dict or set, with Python's equalities:
/// `1 == 1.0 == True` share a key, strings by content, tuples by their items, other objects
/// by identity unless they define their own.
public enum HashKey: Hashable {
  case none
  case int(Int)
  case float(UInt64)
  case string(String)
  case tuple([HashKey])
  case identity(ObjectIdentifier)

  public static func from(_ value: Value, _ interp: Interpreter) throws(PyException) -> HashKey {
    switch value {
    case .none: return .none
    case .bool(let b): return .int(b ? 1 : 0)
    case .int(let i): return .int(i)
    case .float(let d):
      if d == d.rounded(), abs(d) < 9.2e18 { return .int(Int(d)) }
      return .float(d.bitPattern)
    case .object(let o):
      guard let key = try o.hashKey(interp) else {
        throw .typeError("unhashable type: '\(o.typeName)'")
      }
      return key
    }
  }

  /// One value fed to the hasher per key (the synthesized form also feeds the case).
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .none: hasher.combine(0x6e6f6e65 as UInt32)
    case .int(let i): hasher.combine(i)
    case .float(let bits): hasher.combine(bits)
    case .string(let s): hasher.combine(s)
    case .tuple(let items):
      hasher.combine(items.count)
      for item in items { item.hash(into: &hasher) }
    case .identity(let id): hasher.combine(id)
    }
  }
}
