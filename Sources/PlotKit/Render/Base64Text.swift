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
  /// MIME's 76-character lines; a multiple of 3) except at the end; no line breaks when nil.
  public static func encode(_ bytes: [UInt8], lineBytes: Int? = nil) -> [UInt8] {
    let n = bytes.count
    let breaks = lineBytes.map { n > 0 ? (n - 1) / $0 : 0 } ?? 0
    let size = (n + 2) / 3 * 4 + breaks
    return [UInt8](unsafeUninitializedCapacity: size) { out, written in
      alphabet.withUnsafeBufferPointer { table in
        bytes.withUnsafeBufferPointer { input in
          var (i, o) = (0, 0)
          // Whole groups of three bytes: four characters, no tests but the line length.
          while i + 3 <= n {
            let (b0, b1, b2) = (Int(input[i]), Int(input[i + 1]), Int(input[i + 2]))
            out[o] = table[b0 >> 2]
            out[o + 1] = table[((b0 & 3) << 4) | (b1 >> 4)]
            out[o + 2] = table[((b1 & 15) << 2) | (b2 >> 6)]
            out[o + 3] = table[b2 & 63]
            i += 3
            o += 4
            if let lineBytes, i % lineBytes == 0 && i < n {
              out[o] = UInt8(ascii: "\n")
              o += 1
            }
          }
          if i < n {
            let b0 = Int(input[i])
            let b1 = i + 1 < n ? Int(input[i + 1]) : 0
            out[o] = table[b0 >> 2]
            out[o + 1] = table[((b0 & 3) << 4) | (b1 >> 4)]
            out[o + 2] = i + 1 < n ? table[(b1 & 15) << 2] : UInt8(ascii: "=")
            out[o + 3] = UInt8(ascii: "=")
            o += 4
          }
          written = o
        }
      }
    }
  }

  public struct DecodingError: Error {
    public let message: String
  }

  /// The bytes base64 `text` holds, read as CPython's `a2b_base64` reads it. Lenient: bytes
  /// outside the alphabet are skipped, and the first complete padding ends the data. Strict:
  /// those are errors (no leading, interrupted or trailing padding, nothing but the alphabet).
  public static func decode(_ text: [UInt8], strict: Bool) throws(DecodingError) -> [UInt8] {
    if strict, text.first == UInt8(ascii: "=") {
      throw DecodingError(message: "Leading padding not allowed")
    }
    var failure: DecodingError?
    let out = [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3 + 3) { out, written in
      values.withUnsafeBufferPointer { table in
        text.withUnsafeBufferPointer { input in
          var o = 0
          var (quadPosition, pads, leftover, paddingStarted) = (0, 0, UInt8(0), false)
          var i = 0
          let n = input.count
          while i < n {
            // Whole groups of four alphabet characters at a group's start: three bytes.
            if quadPosition == 0 && i + 4 <= n {
              let (a, b) = (table[Int(input[i])], table[Int(input[i + 1])])
              let (c, d) = (table[Int(input[i + 2])], table[Int(input[i + 3])])
              if (a | b | c | d) < 64 && !(strict && paddingStarted) {
                out[o] = a << 2 | b >> 4
                out[o + 1] = b << 4 | c >> 2
                out[o + 2] = c << 6 | d
                o += 3
                i += 4
                pads = 0
                continue
              }
            }
            let ch = input[i]
            if ch == UInt8(ascii: "=") {
              paddingStarted = true
              if quadPosition >= 2 {
                pads += 1
                if quadPosition + pads >= 4 {
                  if strict && i + 1 < n {
                    failure = DecodingError(message: "Excess data after padding")
                  }
                  written = o
                  return
                }
              }
              i += 1
              continue
            }
            let v = table[Int(ch)]
            i += 1
            if v == 255 {
              if strict {
                failure = DecodingError(message: "Only base64 data is allowed")
                written = o
                return
              }
              continue
            }
            if strict && paddingStarted {
              failure = DecodingError(message: "Discontinuous padding not allowed")
              written = o
              return
            }
            pads = 0
            switch quadPosition {
            case 0: leftover = v
            case 1:
              out[o] = leftover << 2 | v >> 4
              o += 1
              leftover = v & 0x0f
            case 2:
              out[o] = leftover << 4 | v >> 2
              o += 1
              leftover = v & 0x03
            default:
              out[o] = leftover << 6 | v
              o += 1
            }
            quadPosition = (quadPosition + 1) % 4
          }
          written = o
          if quadPosition == 1 {
            failure = DecodingError(
              message: "Invalid base64-encoded string: number of data characters "
                + "(\(o / 3 * 4 + 1)) cannot be 1 more than a multiple of 4")
          } else if quadPosition != 0 {
            failure = DecodingError(message: "Incorrect padding")
          }
        }
      }
    }
    if let failure { throw failure }
    return out
  }
}
