import Foundation

/// JSON for notebooks: parsed with Foundation, written in nbformat's style (one-space indent,
/// sorted keys, `ensure_ascii=False`), so files are deterministic and diff like Jupyter's.
public indirect enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public static func parse(_ data: Data) throws -> JSONValue {
    try JSONValue(any: JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
  }

  init(any: Any) {
    switch any {
    case let s as String: self = .string(s)
    case let n as NSNumber:
      // swift-corelibs-foundation gives JSON booleans the Objective-C type "c".
      self = String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .number(n.doubleValue)
    case let a as [Any]: self = .array(a.map(JSONValue.init(any:)))
    case let d as [String: Any]: self = .object(d.mapValues(JSONValue.init(any:)))
    default: self = .null
    }
  }

  public subscript(key: String) -> JSONValue? {
    if case .object(let d) = self { return d[key] }
    return nil
  }

  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// nbformat's multiline strings: one string, or a list of lines to join.
  public var text: String? {
    switch self {
    case .string(let s): return s
    case .array(let parts): return parts.compactMap(\.string).joined()
    default: return nil
    }
  }

  /// Text as nbformat stores it: a list of lines, each but the last keeping its newline.
  public static func lines(_ text: String) -> JSONValue {
    var out: [JSONValue] = []
    var current = ""
    for ch in text {
      current.append(ch)
      if ch == "\n" {
        out.append(.string(current))
        current = ""
      }
    }
    if !current.isEmpty { out.append(.string(current)) }
    return .array(out)
  }

  public func serialized() -> String {
    var out = ""
    write(into: &out, indent: 0)
    return out + "\n"
  }

  private func write(into out: inout String, indent: Int) {
    let pad = String(repeating: " ", count: indent + 1)
    let closePad = String(repeating: " ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n):
      out += n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
    case .string(let s): out += JSONValue.quote(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(into: &out, indent: indent + 1)
        out += i < items.count - 1 ? ",\n" : "\n"
      }
      out += closePad + "]"
    case .object(let d):
      if d.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      let keys = d.keys.sorted()
      for (i, key) in keys.enumerated() {
        out += pad + JSONValue.quote(key) + ": "
        d[key]!.write(into: &out, indent: indent + 1)
        out += i < keys.count - 1 ? ",\n" : "\n"
      }
      out += closePad + "}"
    }
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += "\\u" + String(format: "%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
