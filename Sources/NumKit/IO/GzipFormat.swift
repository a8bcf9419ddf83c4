import CZlib

/// gzip streams (RFC 1952), as Python's `gzip` module reads and writes them: zlib's own gzip
/// wrapper, a header with no name and time 0, concatenated members read one after another.
public enum GzipFormat {
  public static func compress(_ data: [UInt8], level: Int32 = 9) -> [UInt8] {
    Deflate.compress(data, windowBits: Deflate.gzip, level: level)
  }

  public static func decompress(_ data: [UInt8]) throws(NumKitError) -> [UInt8] {
    var output: [UInt8] = []
    var offset = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = data
    while offset < input.count {
      // Padding zeros after the last member are allowed, as in Python.
      if input[offset...].allSatisfy({ $0 == 0 }) { break }
      var stream = z_stream()
      inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
      defer { inflateEnd(&stream) }
      var status: Int32 = Z_OK
      input.withUnsafeMutableBufferPointer { inBuf in
        stream.next_in = inBuf.baseAddress! + offset
        stream.avail_in = UInt32(inBuf.count - offset)
        while status == Z_OK {
          chunk.withUnsafeMutableBufferPointer { outBuf in
            stream.next_out = outBuf.baseAddress
            stream.avail_out = UInt32(outBuf.count)
            status = inflate(&stream, Z_NO_FLUSH)
            output += outBuf[..<(outBuf.count - Int(stream.avail_out))]
          }
          if status == Z_BUF_ERROR && stream.avail_in > 0 { status = Z_OK }
        }
      }
      guard status == Z_STREAM_END else {
        throw .value(
          status == Z_BUF_ERROR
            ? "Compressed file ended before the end-of-stream marker was reached"
            : "Not a gzipped file")
      }
      offset = input.count - Int(stream.avail_in)
    }
    return output
  }
}
