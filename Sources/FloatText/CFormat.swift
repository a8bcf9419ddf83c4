import CPrintf

/// Correctly rounded fixed and scientific float text, through the C library's printf.
public enum CFormat {
  public static func fixed(_ x: Double, digits: Int) -> String {
    ExactFixed.text(x, digits: digits) ?? printf("f", digits, x)
  }
  public static func general(_ x: Double, digits: Int) -> String { printf("g", digits, x) }
  public static func scientific(_ x: Double, digits: Int) -> String { printf("e", digits, x) }

  /// Through the C library only (the tests compare `fixed` with it).
  public static func printfFixed(_ x: Double, digits: Int) -> String { printf("f", digits, x) }

  static func printf(_ conversion: Unicode.Scalar, _ digits: Int, _ x: Double) -> String {
    // Room for the largest double in fixed notation (309 digits) and the digits asked for.
    let size = 400 + max(0, digits)
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: size) { buffer in
      let n = nb_format_double(
        buffer.baseAddress, size, CChar(conversion.value), Int32(clamping: digits), x)
      return buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: size) {
        String(decoding: UnsafeBufferPointer(start: $0, count: Int(max(0, n))), as: UTF8.self)
      }
    }
  }
}
