import CZlib

/// zlib's deflate over a whole buffer: raw streams for zip members, gzip-wrapped ones for
/// `.gz` files (the window bits say which).
public enum Deflate {
  public static let raw: Int32 = -15
  public static let gzip: Int32 = 15 + 16

  public static func compress(_ data: [UInt8], windowBits: Int32, level: Int32) -> [UInt8] {
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

  /// The data of one deflate stream (zlib-wrapped for `windowBits` 9...15, raw for -15...-9,
  /// gzip for 25...31, either of the last two for 40...47), decompressed; zlib's message
  /// ("incorrect header check") when it is not one.
  public static func decompress(_ data: [UInt8], windowBits: Int32) throws(NumKitError) -> [UInt8] {
    var output: [UInt8] = []
    let stream = inflateStream(data, from: 0, windowBits: windowBits, into: &output)
    switch stream.status {
    case Z_STREAM_END: return output
    case Z_STREAM_ERROR:
      throw .value("Error -2 while preparing to decompress data: invalid window size")
    case Z_BUF_ERROR:
      throw .value("Error -5 while decompressing data: incomplete or truncated stream")
    default:
      throw .value(
        "Error \(stream.status) while decompressing data: \(stream.message ?? "invalid data")")
    }
  }

  /// Inflates the stream that starts at `offset` of `data` onto the end of `output`: zlib's
  /// last status (`Z_STREAM_END` when the stream was whole), the offset just past it, and
  /// zlib's message for a failure. (gzip's concatenated members are streams one after another.)
  static func inflateStream(
    _ data: [UInt8], from offset: Int, windowBits: Int32, into output: inout [UInt8]
  ) -> (status: Int32, end: Int, message: String?) {
    var stream = z_stream()
    guard
      inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { return (Z_STREAM_ERROR, offset, nil) }
    defer { inflateEnd(&stream) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = data
    var status: Int32 = Z_OK
    input.withUnsafeMutableBufferPointer { inBuf in
      stream.next_in = inBuf.baseAddress.map { $0 + offset }
      stream.avail_in = UInt32(inBuf.count - offset)
      while status == Z_OK {
        chunk.withUnsafeMutableBufferPointer { outBuf in
          stream.next_out = outBuf.baseAddress
          stream.avail_out = UInt32(outBuf.count)
          status = inflate(&stream, Z_NO_FLUSH)
          output += outBuf[..<(outBuf.count - Int(stream.avail_out))]
        }
        // (Out of room for output with input left: go on with the next chunk.)
        if status == Z_BUF_ERROR && stream.avail_in > 0 { status = Z_OK }
      }
    }
    return (status, data.count - Int(stream.avail_in), stream.msg.map { String(cString: $0) })
  }

  /// CRC-32 of `data` continuing from `start` (zlib's, as Python's `zlib.crc32`).
  public static func crc(_ data: [UInt8], start: UInt32 = 0) -> UInt32 {
    UInt32(data.withUnsafeBufferPointer { crc32(UInt(start), $0.baseAddress, UInt32($0.count)) })
  }

  /// Adler-32 of `data` continuing from `start`.
  public static func adler(_ data: [UInt8], start: UInt32 = 1) -> UInt32 {
    UInt32(data.withUnsafeBufferPointer { adler32(UInt(start), $0.baseAddress, UInt32($0.count)) })
  }
}
