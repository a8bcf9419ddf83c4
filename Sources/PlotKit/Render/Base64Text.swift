/// Base64 (RFC 4648, `+` and `/`, `=` padding) between bytes and their ASCII text: what SVG
/// embeds images as, and what Python's `binascii.b2a_base64`/`a2b_base64` give and read.
public enum Base64Text {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Each alphabet character's value; 255 for every other byte.
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 255, count: 256)
    for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
    return table
  }()

  /// The base64 text of `bytes`, a newline after every `lineBytes` input bytes (57 makes
  /// MIME's 76-character lines) except at the end; no line breaks when nil.
  public static func encode(_ bytes: [UInt8], lineBytes: Int? = nil) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity((bytes.count + 2) / 3 * 4 + bytes.count / (lineBytes ?? bytes.count + 1))
    var i = 0
    while i < bytes.count {
      let b0 = Int(bytes[i])
      let b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
      let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
      out.append(alphabet[b0 >> 2])
      out.append(alphabet[((b0 & 3) << 4) | (b1 >> 4)])
      out.append(i + 1 < bytes.count ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : UInt8(ascii: "="))
      out.append(i + 2 < bytes.count ? alphabet[b2 & 63] : UInt8(ascii: "="))
      i += 3
      if let lineBytes, i % lineBytes == 0 && i < bytes.count { out.append(UInt8(ascii: "\n")) }
    }
    return out
  }

  public struct DecodingError: Error {
    public let message: String
  }

  /// The bytes base64 `text` holds, read as CPython's `a2b_base64` reads it. Lenient: bytes
  /// outside the alphabet are skipped, and the first complete padding ends the data. Strict:
  /// those are errors (no leading, interrupted or trailing padding, nothing but the alphabet).
  public static func decode(_ text: [UInt8], strict: Bool) throws(DecodingError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.count / 4 * 3)
    if strict, text.first == UInt8(ascii: "=") {
      throw DecodingError(message: "Leading padding not allowed")
    }
    var (quadPosition, pads, leftover, paddingStarted) = (0, 0, UInt8(0), false)
    for (i, c) in text.enumerated() {
      if c == UInt8(ascii: "=") {
        paddingStarted = true
        if quadPosition >= 2 {
          pads += 1
          if quadPosition + pads >= 4 {
            if strict && i + 1 < text.count {
              throw DecodingError(message: "Excess data after padding")
            }
            return out
          }
        }
        continue
      }
      let v = values[Int(c)]
      if v == 255 {
        if strict { throw DecodingError(message: "Only base64 data is allowed") }
        continue
      }
      if strict && paddingStarted {
        throw DecodingError(message: "Discontinuous padding not allowed")
      }
      pads = 0
      switch quadPosition {
      case 0: leftover = v
      case 1:
        out.append(leftover << 2 | v >> 4)
        leftover = v & 0x0f
      case 2:
        out.append(leftover << 4 | v >> 2)
        leftover = v & 0x03
      default:
        out.append(leftover << 6 | v)
      }
      quadPosition = (quadPosition + 1) % 4
    }
    if quadPosition == 1 {
      throw DecodingError(
        message: "Invalid base64-encoded string: number of data characters "
          + "(\(out.count / 3 * 4 + 1)) cannot be 1 more than a multiple of 4")
    }
    if quadPosition != 0 { throw DecodingError(message: "Incorrect padding") }
    return out
  }
}
