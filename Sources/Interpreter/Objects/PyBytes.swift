/// Python's `bytes`: what binary files read and write, and what `str.encode` and `pickle.dumps`
/// give. Immutable; indexing gives ints, slicing gives bytes. (`bytearray`, its mutable kin,
/// derives from it here so that everything taking bytes takes it too, as the buffer protocol
/// lets CPython's functions do.)
public class PyBytes: PyObject {
  public internal(set) var bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public static let bytesClass = PyClass("bytes", bases: [.object])

  override public var pyClass: PyClass { PyBytes.bytesClass }

  /// `b'...'` as Python writes it: printable ASCII as itself, `\t \n \r \\` and the quote
  /// escaped, other bytes as `\xNN`; double quotes when the bytes hold a ' and no ".
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    PyBytes.literal(bytes)
  }

  /// `b'...'` of `bytes`; `bytearray`'s repr escapes a single quote even between double ones.
  static func literal(_ bytes: [UInt8], escapingEveryQuote: Bool = false) -> String {
    let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(quote))
    for b in bytes {
      switch b {
      case 0x09: out += "\\t"
      case 0x0a: out += "\\n"
      case 0x0d: out += "\\r"
      case 0x5c: out += "\\\\"
      case quote: out += "\\" + String(UnicodeScalar(b))
      case 0x27 where escapingEveryQuote: out += "\\'"
      case 0x20..<0x7f: out.unicodeScalars.append(UnicodeScalar(b))
      default:
        let hex = String(b, radix: 16)
        out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out + String(UnicodeScalar(quote))
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    !bytes.isEmpty
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int { bytes.count }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let slice = key.as(PySlice.self) {
      let indices = try slice.indices(count: bytes.count, interp)
      return .object(PyBytes(indices.map { bytes[$0] }))
    }
    guard case .int(var i) = key else {
      throw .typeError("byte indices must be integers or slices, not \(key.typeName)")
    }
    if i < 0 { i += bytes.count }
    guard i >= 0 && i < bytes.count else { throw .indexError("index out of range") }
    return .int(Int(bytes[i]))
  }

  /// `b'at' in data` (a run of bytes) and `65 in data` (one byte).
  override public func contains(_ value: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    if case .int(let byte) = value {
      guard (0...255).contains(byte) else { throw .valueError("byte must be in range(0, 256)") }
      return bytes.contains(UInt8(byte))
    }
    guard let needle = value.as(PyBytes.self)?.bytes else {
      throw .typeError("a bytes-like object is required, not '\(value.typeName)'")
    }
    if needle.isEmpty { return true }
    guard needle.count <= bytes.count else { return false }
    for start in 0...(bytes.count - needle.count)
    where bytes[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let bytes = self.bytes
    return PyClosureIterator(count: bytes.count) { .int(Int(bytes[$0])) }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PyBytes.self) else {
      return op == .equal ? .bool(false) : op == .notEqual ? .bool(true) : nil
    }
    switch op {
    case .equal: return .bool(bytes == o.bytes)
    case .notEqual: return .bool(bytes != o.bytes)
    case .less: return .bool(bytes.lexicographicallyPrecedes(o.bytes))
    case .lessEqual: return .bool(!o.bytes.lexicographicallyPrecedes(bytes))
    case .greater: return .bool(o.bytes.lexicographicallyPrecedes(bytes))
    case .greaterEqual: return .bool(!bytes.lexicographicallyPrecedes(o.bytes))
    }
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    if op == .multiply, case .int(let n) = other {
      let copies = try SequenceBudget.copies(bytes.count, n, tooLong: "repeated bytes are too long")
      if bytes.count == 1 { return .object(PyBytes(Array(repeating: bytes[0], count: copies))) }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count * copies)
      for _ in 0..<copies { out += bytes }
      return .object(PyBytes(out))
    }
    guard op == .add else { return nil }
    guard let o = other.as(PyBytes.self) else {
      // bytes + x: CPython's sequence concatenation refuses what x's own `__radd__` did not
      // take (a built-in value has none for bytes).
      if !reflected, other.as(PyInstance.self) == nil {
        throw .typeError("can't concat \(other.typeName) to bytes")
      }
      return nil
    }
    return .object(PyBytes(reflected ? o.bytes + bytes : bytes + o.bytes))
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    .tuple([.string("bytes")] + bytes.map { .int(Int($0)) })
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "decode":
      let bytes = self.bytes
      return .object(
        PyBuiltinFunction("decode") { (a, _) throws(PyException) in
          let encoding = try a.parameter(0, "encoding").map { (v) throws(PyException) in
            try TextCodec.name(v, "decode() argument 'encoding'")
          }
          let errors = try a.parameter(1, "errors").map { (v) throws(PyException) in
            try TextCodec.name(v, "decode() argument 'errors'")
          }
          return .str(
            try TextCodec.decode(bytes, encoding ?? "utf-8", errors: errors ?? "strict"))
        })
    default:
      if let found = method(name) { return found }
      return try super.getAttribute(name, interp)
    }
  }
}
