import CZlib

/// RGBA pixels as a PNG file (8 bits per channel, no filtering, deflated by zlib).
public enum PNGEncoder {
  public static func encode(width: Int, height: Int, rgba: [UInt8]) -> [UInt8] {
    var raw = [UInt8]()
    raw.reserveCapacity(height * (width * 4 + 1))
    for row in 0..<height {
      raw.append(0)
      raw += rgba[(row * width * 4)..<((row + 1) * width * 4)]
    }
    var size = compressBound(uLong(raw.count))
    var packed = [UInt8](repeating: 0, count: Int(size))
    _ = compress2(&packed, &size, raw, uLong(raw.count), 6)
    packed.removeLast(packed.count - Int(size))
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
    header += [8, 6, 0, 0, 0]
    png += chunk("IHDR", header)
    png += chunk("IDAT", packed)
    png += chunk("IEND", [])
    return png
  }

  private static func bigEndian(_ v: UInt32) -> [UInt8] {
    [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
  }

  private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    let crc = UInt32(crc32(0, body, uInt(body.count)))
    return bigEndian(UInt32(data.count)) + body + bigEndian(crc)
  }

  /// `bytes` in base64, in MIME's 76-character lines.
  static func base64(_ bytes: [UInt8]) -> String {
    String(decoding: Base64Text.encode(bytes, lineBytes: 57), as: UTF8.self)
  }
}
