/// `bytes.join`, `bytes.hex`, `bytes.translate` and `bytes.maketrans` (the others:
/// PyBytes+TextMethods.swift).
extension PyBytes {
  func method(_ name: String) -> Value? {
    let bytes = self.bytes
    func make(_ body: @escaping PyBuiltinFunction.Body) -> Value {
      .object(PyBuiltinFunction(name, body))
    }
    switch name {
    case "join":
      return make { (a, interp) throws(PyException) in
        var out: [UInt8] = []
        for (i, item) in try interp.collect(a[0]).enumerated() {
          if i > 0 { out += bytes }
          guard let b = item.as(PyBytes.self) else {
            throw .typeError(
              "sequence item \(i): expected a bytes-like object, \(item.typeName) found")
          }
          out += b.bytes
        }
        return .object(PyBytes(out))
      }
    case "hex":
      return make { (a, _) throws(PyException) in
        try a.expect("hex", min: 0, max: 2)
        return .str(try PyBytes.hex(bytes, a.parameter(0, "sep"), a.parameter(1, "bytes_per_sep")))
      }
    case "translate":
      return make { (a, _) throws(PyException) in
        try a.expect("translate", min: 1, max: 2)
        let table = a.parameter(0, "table") ?? .none
        let deleted = try a.parameter(1, "delete").map { (v) throws(PyException) in
          Set(try PyBytes.operand(v))
        }
        var map: [UInt8]? = nil
        if !table.isNone {
          map = try PyBytes.operand(table)
          guard map!.count == 256 else {
            throw .valueError("translation table must be 256 characters long")
          }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes where !(deleted?.contains(b) ?? false) {
          out.append(map.map { $0[Int(b)] } ?? b)
        }
        return .object(PyBytes(out))
      }
    default: return textMethod(name)
    }
  }

  /// The bytes a bytes-like argument holds (CPython's TypeError for anything else).
  public static func operand(_ v: Value) throws(PyException) -> [UInt8] {
    guard let b = v.as(PyBytes.self) else {
      throw .typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
    return b.bytes
  }

  /// `bytes.hex(sep, bytes_per_sep)`: two lower-case digits a byte, `sep` (one ASCII
  /// character, str or bytes) between groups of `bytes_per_sep` bytes counted from the right
  /// (from the left when negative).
  public static func hex(_ bytes: [UInt8], _ sep: Value?, _ perSep: Value?) throws(PyException)
    -> String
  {
    let digits = Array("0123456789abcdef")
    let pairs = bytes.map { String([digits[Int($0 >> 4)], digits[Int($0 & 15)]]) }
    guard let sep, !sep.isNone else { return pairs.joined() }
    let separator: String
    if let s = sep.as(PyStr.self)?.value {
      separator = s
    } else if let b = sep.as(PyBytes.self)?.bytes {
      separator = String(decoding: b, as: UTF8.self)
    } else {
      throw .typeError("object of type '\(sep.typeName)' has no len()")
    }
    guard separator.unicodeScalars.count == 1 else { throw .valueError("sep must be length 1.") }
    guard separator.unicodeScalars.first!.isASCII else { throw .valueError("sep must be ASCII.") }
    let group = try perSep.map { (v) throws(PyException) in try Arguments.index(v) } ?? 1
    guard group != 0, !pairs.isEmpty else { return pairs.joined() }
    let size = abs(group)
    // Groups are counted from the right for a positive size: the first group is the short one.
    let head = group > 0 ? (pairs.count % size == 0 ? size : pairs.count % size) : size
    var out = pairs[..<min(head, pairs.count)].joined()
    var i = head
    while i < pairs.count {
      out += separator + pairs[i..<min(i + size, pairs.count)].joined()
      i += size
    }
    return out
  }

  /// `bytes.maketrans(from, to)`: the 256-byte table `translate` reads, each byte of `from`
  /// mapped to the byte of `to` at its place.
  static func installMakeTrans() {
    // A static method: `b.maketrans(x, y)` on an instance takes no receiver either.
    bytesClass.attributes["maketrans"] = .object(
      PyStaticMethod(
        .object(
          PyBuiltinFunction("maketrans") { (a, _) throws(PyException) in
            try a.expect("maketrans", min: 2, max: 2)
            let (from, to) = (try operand(a[0]), try operand(a[1]))
            guard from.count == to.count else {
              throw .valueError("maketrans arguments must have same length")
            }
            var table = (0...255).map { UInt8($0) }
            for (x, y) in zip(from, to) { table[Int(x)] = y }
            return .object(PyBytes(table))
          })))
  }
}
