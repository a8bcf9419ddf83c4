import Interpreter

/// `struct`: `pack`, `unpack`, `unpack_from`, `calcsize` and `struct.error`, for the codes
/// binary file formats use (`x c b B ? h H i I l L q Q n N f d s`), with the byte-order
/// prefixes `@ = < > !` (native `@` aligns each field to its size, as C does; `l`/`L` are 8
/// bytes natively and 4 in the standard sizes).
enum StructModule {
  static let errorClass = PyClass.exception("error", .exception, module: "struct")

  struct Field {
    let code: Character
    let size: Int
    /// For `s`: the byte string's length; else how many values of this code.
    let count: Int
  }

  struct Layout {
    var littleEndian = true
    var fields: [(Field, offset: Int)] = []
    var size = 0
  }

  static func parse(_ format: String) throws(PyException) -> Layout {
    var layout = Layout()
    var chars = Array(format)
    var native = true
    if let first = chars.first, "@=<>!".contains(first) {
      native = first == "@"
      layout.littleEndian = first == "@" || first == "=" || first == "<"
      chars.removeFirst()
    }
    var i = 0
    var offset = 0
    while i < chars.count {
      if chars[i] == " " {
        i += 1
        continue
      }
      var count = 1
      if chars[i].isNumber {
        var digits = ""
        while i < chars.count, chars[i].isNumber {
          digits.append(chars[i])
          i += 1
        }
        count = Int(digits) ?? 1
        guard i < chars.count else {
          throw PyException(errorClass, "repeat count given without format specifier")
        }
      }
      let code = chars[i]
      let size: Int
      switch code {
      case "x", "c", "b", "B", "?", "s", "p": size = 1
      case "h", "H", "e": size = 2
      case "i", "I", "f": size = 4
      case "l", "L": size = native ? 8 : 4
      case "q", "Q", "d": size = 8
      case "n", "N":
        guard native else { throw PyException(errorClass, "bad char in struct format") }
        size = 8
      default: throw PyException(errorClass, "bad char in struct format")
      }
      if native && size > 1 && code != "s" { offset = (offset + size - 1) / size * size }
      if code == "s" || code == "p" {
        layout.fields.append((Field(code: code, size: 1, count: count), offset))
        offset += count
      } else {
        for _ in 0..<count {
          layout.fields.append((Field(code: code, size: size, count: 1), offset))
          offset += size
        }
      }
      i += 1
    }
    layout.size = offset
    return layout
  }

  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "struct")
    defer { try? interp.runModule(structClassSource, in: m, file: "<struct>") }
    m.define("error", .object(errorClass))
    m.define("calcsize") { (a, _) throws(PyException) in
      .int(try parse(try a.string(0, "calcsize() argument")).size)
    }
    m.define("pack") { (a, interp) throws(PyException) in
      try pack(a, interp)
    }
    m.define("unpack") { (a, interp) throws(PyException) in
      let layout = try parse(try a.string(0, "unpack() argument 1"))
      let data = try bytes(try a[1])
      guard data.count == layout.size else {
        throw PyException(
          errorClass, "unpack requires a buffer of \(layout.size) bytes")
      }
      return .tuple(try unpack(layout, data[...]))
    }
    m.define("unpack_from") { (a, interp) throws(PyException) in
      let layout = try parse(try a.string(0, "unpack_from() argument 1"))
      let data = try bytes(try a[1])
      let offset = a.count > 2 ? try a.int(2) : (a.keyword("offset")?.asInt ?? 0)
      guard offset >= 0, data.count - offset >= layout.size else {
        throw PyException(
          errorClass,
          "unpack_from requires a buffer of at least \(layout.size + Swift.max(offset, 0)) bytes for unpacking \(layout.size) bytes at offset \(offset) (actual buffer size is \(data.count))"
        )
      }
      return .tuple(try unpack(layout, data[offset..<(offset + layout.size)]))
    }
    return m
  }

  /// `struct.Struct` (a format compiled once: `pack`, `pack_into`, `unpack`, `unpack_from`,
  /// `iter_unpack`, `size`, `format`), `iter_unpack` and `pack_into` (into a bytearray), on the
  /// module's functions.
  private static let structClassSource = #"""
    def iter_unpack(format, buffer):
        size = calcsize(format)
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
        return (unpack_from(format, buffer, offset) for offset in range(0, len(buffer), size))


    def pack_into(format, buffer, offset, *values):
        size = calcsize(format)
        try:
            data = pack(format, *values)
        except error as e:
            text = str(e)
            if text.startswith("pack expected"):
                raise error("pack_into" + text[4:]) from None
            raise
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
        buffer[offset:offset + size] = data


    class Struct:
        def __init__(self, format):
            if isinstance(format, bytes):
                format = format.decode("ascii")
            self.size = calcsize(format)
            self.format = format

        def pack(self, *values):
            return pack(self.format, *values)

        def pack_into(self, buffer, offset, *values):
            pack_into(self.format, buffer, offset, *values)

        def unpack(self, buffer):
            return unpack(self.format, buffer)

        def unpack_from(self, buffer, offset=0):
            return unpack_from(self.format, buffer, offset)

        def iter_unpack(self, buffer):
            return iter_unpack(self.format, buffer)
    """#

  private static func bytes(_ v: Value) throws(PyException) -> [UInt8] {
    guard let b = v.as(PyBytes.self) else {
      throw .typeError("a bytes-like object is required, not '\(v.typeName)'")
    }
    return b.bytes
  }

  private static func unpack(_ layout: Layout, _ data: ArraySlice<UInt8>) throws(PyException)
    -> [Value]
  {
    let base = data.startIndex
    var out: [Value] = []
    var overflow = false
    for (field, offset) in layout.fields {
      let start = base + offset
      if field.code == "x" { continue }
      if field.code == "s" || field.code == "p" {
        out.append(.object(PyBytes(Array(data[start..<(start + field.count)]))))
        continue
      }
      var raw: UInt64 = 0
      for k in 0..<field.size {
        let byte = UInt64(data[start + k])
        let shift = layout.littleEndian ? 8 * k : 8 * (field.size - 1 - k)
        raw |= byte << UInt64(shift)
      }
      switch field.code {
      case "c": out.append(.object(PyBytes([UInt8(raw)])))
      case "?": out.append(.bool(raw != 0))
      case "f": out.append(.float(Double(Float(bitPattern: UInt32(raw)))))
      case "d": out.append(.float(Double(bitPattern: raw)))
      case "B", "H", "I", "L", "Q", "N":
        out.append(.int(Int(truncatingIfNeeded: raw)))
        if raw > UInt64(Int.max) { overflow = true }
      default:
        // Signed: extend the sign bit of a field narrower than 64 bits.
        let bits = UInt64(field.size * 8)
        let value =
          bits == 64
          ? Int64(bitPattern: raw) : Int64(bitPattern: raw << (64 - bits)) >> Int64(64 - bits)
        out.append(.int(Int(value)))
      }
    }
    // An unsigned 64-bit value above 2**63 - 1 does not fit NumBook's ints.
    if overflow { throw PyException(.overflowError, "integer overflow (NumBook ints are 64-bit)") }
    return out
  }

  private static func pack(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let layout = try parse(try a.string(0, "pack() argument 1"))
    let values = Array(a.positional.dropFirst())
    let needed = layout.fields.filter { $0.0.code != "x" }.count
    guard values.count == needed else {
      throw PyException(
        errorClass, "pack expected \(needed) items for packing (got \(values.count))")
    }
    var out = [UInt8](repeating: 0, count: layout.size)
    var next = 0
    for (field, offset) in layout.fields {
      if field.code == "x" { continue }
      let v = values[next]
      next += 1
      if field.code == "s" || field.code == "p" || field.code == "c" {
        let b = try bytes(v)
        if field.code == "c" && b.count != 1 {
          throw PyException(errorClass, "char format requires a bytes object of length 1")
        }
        for k in 0..<Swift.min(b.count, field.count) { out[offset + k] = b[k] }
        continue
      }
      var raw: UInt64
      switch field.code {
      case "f":
        guard let d = interp.numeric(v.scalarValue) else {
          throw PyException(errorClass, "required argument is not a float")
        }
        raw = UInt64(Float(d).bitPattern)
      case "d":
        guard let d = interp.numeric(v.scalarValue) else {
          throw PyException(errorClass, "required argument is not a float")
        }
        raw = d.bitPattern
      case "?": raw = try interp.isTruthy(v) ? 1 : 0
      default:
        guard case .int(let i) = v.scalarValue.asIndexLike else {
          throw PyException(errorClass, "required argument is not an integer")
        }
        let bits = field.size * 8
        let unsigned = "BHILQN".contains(field.code)
        let fits: Bool
        if bits == 64 {
          fits = !unsigned || i >= 0
        } else if unsigned {
          fits = i >= 0 && i < (1 << bits)
        } else {
          fits = i >= -(1 << (bits - 1)) && i < (1 << (bits - 1))
        }
        guard fits else { throw PyException(errorClass, rangeMessage(field.code, bits, i)) }
        raw = UInt64(bitPattern: Int64(i))
      }
      for k in 0..<field.size {
        let shift = layout.littleEndian ? 8 * k : 8 * (field.size - 1 - k)
        out[offset + k] = UInt8(truncatingIfNeeded: raw >> UInt64(shift))
      }
    }
    return .object(PyBytes(out))
  }

  /// CPython's wording, which differs by code.
  private static func rangeMessage(_ code: Character, _ bits: Int, _ value: Int) -> String {
    let unsigned = "BHILQN".contains(code)
    if unsigned && value < 0 && bits >= 32 { return "argument out of range" }
    let range =
      unsigned
      ? "0 <= number <= \(bits == 64 ? "18446744073709551615" : String((1 << bits) - 1))"
      : "\(-(1 << (bits - 1))) <= number <= \((1 << (bits - 1)) - 1)"
    let names: [Character: String] = ["b": "byte", "B": "ubyte", "h": "short", "H": "ushort"]
    return "\(names[code] ?? "'\(code)'") format requires \(range)"
  }
}
