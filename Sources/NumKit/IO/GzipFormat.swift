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
    while offset < data.count {
      // Padding zeros after the last member are allowed, as in Python.
      if data[offset...].allSatisfy({ $0 == 0 }) { break }
      let member = Deflate.inflateStream(
        data, from: offset, windowBits: Deflate.gzip, into: &output)
      guard member.status == Z_STREAM_END else {
        throw .value(
          member.status == Z_BUF_ERROR
            ? "Compressed file ended before the end-of-stream marker was reached"
            : "Not a gzipped file")
      }
      offset = member.end
    }
    return output
  }
}
