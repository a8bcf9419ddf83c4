import CZlib

/// zlib's deflate over a whole buffer: raw streams for zip members, gzip-wrapped ones for
/// `.gz` files (the window bits say which).
enum Deflate {
  static let raw: Int32 = -15
  static let gzip: Int32 = 15 + 16

  static func compress(_ data: [UInt8], windowBits: Int32, level: Int32) -> [UInt8] {
    var stream = z_stream()
    deflateInit2_(
      &stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
      Int32(MemoryLayout<z_stream>.size))
    defer { deflateEnd(&stream) }
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 32)
    var input = data
    let produced = input.withUnsafeMutableBufferPointer { inBuf in
      out.withUnsafeMutableBufferPointer { outBuf -> Int in
        stream.next_in = inBuf.baseAddress
        stream.avail_in = UInt32(inBuf.count)
        stream.next_out = outBuf.baseAddress
        stream.avail_out = UInt32(outBuf.count)
        deflate(&stream, Z_FINISH)
        return outBuf.count - Int(stream.avail_out)
      }
    }
    return Array(out[..<produced])
  }
}
