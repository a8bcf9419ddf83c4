import CZlib

/// The zip container of `.npz` files: stored or deflated members, no zip64 (members under
/// 4 GiB). Writes fixed timestamps, so the same arrays give byte-identical files.
public enum ZipArchive {
  public struct Member {
    public var name: String
    public var data: [UInt8]
    public init(name: String, data: [UInt8]) {
      self.name = name
      self.data = data
    }
  }

  public static func write(_ members: [Member], compress: Bool) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for m in members {
      let name = Array(m.name.utf8)
      let crc = UInt32(
        m.data.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
      let stored = compress ? deflateRaw(m.data) : m.data
      let method: UInt16 = compress ? 8 : 0
      let offset = UInt32(out.count)
      // Local file header; time 00:00, date 1980-01-01.
      out += le32(0x0403_4b50) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
      out += le32(crc) + le32(UInt32(stored.count)) + le32(UInt32(m.data.count))
      out += le16(UInt16(name.count)) + le16(0) + name + stored
      central += le32(0x0201_4b50) + le16(20) + le16(20) + le16(0) + le16(method) + le16(0)
      central += le16(0x21) + le32(crc) + le32(UInt32(stored.count)) + le32(UInt32(m.data.count))
      central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      central += le32(offset) + name
    }
    let centralOffset = UInt32(out.count)
    out += central
    out += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(members.count))
    out += le16(UInt16(members.count)) + le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
    return out
  }

  public static func read(_ bytes: [UInt8]) throws(NumKitError) -> [Member] {
    // The end-of-central-directory record is in the last 22 + 65535 bytes.
    guard bytes.count >= 22,
      let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65535), by: -1)
        .first(where: { u32(bytes, $0) == 0x0605_4b50 })
    else { throw .value("File is not a zip file") }
    let count = Int(u16(bytes, end + 10))
    var position = Int(u32(bytes, end + 16))
    var members: [Member] = []
    for _ in 0..<count {
      guard position + 46 <= bytes.count, u32(bytes, position) == 0x0201_4b50 else {
        throw .value("Bad magic number for central directory")
      }
      let method = u16(bytes, position + 10)
      let compressedSize = Int(u32(bytes, position + 20))
      let size = Int(u32(bytes, position + 24))
      let nameLength = Int(u16(bytes, position + 28))
      let extraLength = Int(u16(bytes, position + 30))
      let commentLength = Int(u16(bytes, position + 32))
      let local = Int(u32(bytes, position + 42))
      let name = String(
        decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
      position += 46 + nameLength + extraLength + commentLength
      guard local + 30 <= bytes.count else { throw .value("truncated zip member \(name)") }
      let dataStart = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
      guard dataStart + compressedSize <= bytes.count else {
        throw .value("truncated zip member \(name)")
      }
      let raw = Array(bytes[dataStart..<(dataStart + compressedSize)])
      switch method {
      case 0: members.append(Member(name: name, data: raw))
      case 8: members.append(Member(name: name, data: try inflateRaw(raw, size: size)))
      default: throw .value("zip compression method \(method) is not supported")
      }
    }
    return members
  }

  // MARK: - zlib (raw deflate streams, as zip uses)

  static func deflateRaw(_ data: [UInt8]) -> [UInt8] {
    Deflate.compress(data, windowBits: Deflate.raw, level: Z_DEFAULT_COMPRESSION)
  }

  static func inflateRaw(_ data: [UInt8], size: Int) throws(NumKitError) -> [UInt8] {
    var stream = z_stream()
    inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    defer { inflateEnd(&stream) }
    var out = [UInt8](repeating: 0, count: max(size, 1))
    var input = data
    let status = input.withUnsafeMutableBufferPointer { inBuf in
      out.withUnsafeMutableBufferPointer { outBuf -> Int32 in
        stream.next_in = inBuf.baseAddress
        stream.avail_in = UInt32(inBuf.count)
        stream.next_out = outBuf.baseAddress
        stream.avail_out = UInt32(outBuf.count)
        return inflate(&stream, Z_FINISH)
      }
    }
    guard status == Z_STREAM_END else { throw .value("Error -3 while decompressing data") }
    return Array(out[..<size])
  }

  private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
  private static func le32(_ v: UInt32) -> [UInt8] {
    [UInt8(v & 0xff), UInt8((v >> 8) & 0xff), UInt8((v >> 16) & 0xff), UInt8(v >> 24)]
  }
  private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
  private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
  }
}
