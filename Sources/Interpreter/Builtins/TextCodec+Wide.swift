/// UTF-16 and UTF-32: code units of two or four bytes in either order, with a byte order
/// mark for the plain `utf-16` / `utf-32` names.
extension TextCodec {
  /// `text` in units of `width` bytes; `bigEndian` nil writes a byte order mark, then
  /// little-endian units (as CPython does on this machine).
  static func encodeWide(_ text: String, width: Int, _ bigEndian: Bool?) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity((text.unicodeScalars.count + 1) * width)
    func put(_ unit: UInt32) {
      let bytes = (0..<width).map { UInt8(truncatingIfNeeded: unit >> (8 * $0)) }
      out += bigEndian == true ? bytes.reversed() : bytes
    }
    if bigEndian == nil { put(0xFEFF) }
    for scalar in text.unicodeScalars {
      if width == 4 {
        put(scalar.value)
      } else {
        for unit in UTF16.encode(scalar)! { put(UInt32(unit)) }
      }
    }
    return out
  }

  /// The byte order to read (`given`, else the mark's, else little-endian) and how many
  /// bytes the mark takes.
  static func byteOrder(_ bytes: [UInt8], width: Int, _ given: Bool?) -> (Bool, Int) {
    if let given { return (given, 0) }
    let little: [UInt8] = width == 2 ? [0xFF, 0xFE] : [0xFF, 0xFE, 0, 0]
    if bytes.starts(with: little) { return (false, width) }
    if bytes.starts(with: little.reversed()) { return (true, width) }
    return (false, 0)
  }

  /// The code point whose units start at `i`, and the bytes it took; or nil, the bytes that
  /// failed, and CPython's reason.
  static func wideScalar(_ bytes: [UInt8], at i: Int, width: Int, bigEndian: Bool)
    -> (Unicode.Scalar?, Int, String)
  {
    func unit(_ at: Int) -> UInt32 {
      var value: UInt32 = 0
      for k in 0..<width {
        let byte = UInt32(bytes[at + (bigEndian ? k : width - 1 - k)])
        value = value << 8 | byte
      }
      return value
    }
    guard i + width <= bytes.count else { return (nil, bytes.count - i, "truncated data") }
    let first = unit(i)
    if width == 4 {
      guard let scalar = Unicode.Scalar(first) else {
        return (
          nil, 4,
          first < 0x11_0000
            ? "code point in surrogate code point range(0xd800, 0xe000)"
            : "code point not in range(0x110000)"
        )
      }
      return (scalar, 4, "")
    }
    if first < 0xD800 || first > 0xDFFF { return (Unicode.Scalar(first), 2, "") }
    if first >= 0xDC00 { return (nil, 2, "illegal encoding") }
    guard i + 4 <= bytes.count else { return (nil, bytes.count - i, "unexpected end of data") }
    let second = unit(i + 2)
    guard (0xDC00...0xDFFF).contains(second) else { return (nil, 2, "illegal UTF-16 surrogate") }
    return (Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)), 4, "")
  }
}
