#if canImport(Glibc)
  import Glibc
#endif

/// Correctly rounded fixed and scientific float text, through the C library's printf.
public enum CFormat {
  public static func fixed(_ x: Double, digits: Int) -> String { printf("%.*f", digits, x) }
  public static func general(_ x: Double, digits: Int) -> String { printf("%.*g", digits, x) }
  public static func scientific(_ x: Double, digits: Int) -> String { printf("%.*e", digits, x) }

  static func printf(_ format: String, _ digits: Int, _ x: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 400 + max(0, digits))
    let n = withVaList([Int32(digits), x]) { args in
      vsnprintf(&buffer, buffer.count, format, args)
    }
    return String(decoding: buffer[..<Int(n)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
