#if canImport(Glibc)
  import Glibc
#endif

/// Whole-file reads and writes for `open()` and the modules (numpy IO, savefig), without
/// Foundation.
public enum FileAccess {
  public static func readBytes(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    let bytes = readAll(f)
    return ferror(f) == 0 ? bytes : nil
  }

  /// Everything from the file's position to its end.
  public static func readAll(_ f: UnsafeMutablePointer<FILE>) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = fread(&chunk, 1, chunk.count, f)
      if n > 0 { bytes += chunk[..<n] }
      if n < chunk.count { break }
    }
    return bytes
  }

  public static func readText(_ path: String) -> String? {
    readBytes(path).map { String(decoding: $0, as: UTF8.self) }
  }

  public static func write(_ bytes: [UInt8], to path: String) -> Bool {
    guard let f = fopen(path, "wb") else { return false }
    defer { fclose(f) }
    return fwrite(bytes, 1, bytes.count, f) == bytes.count
  }

  public static func write(_ text: String, to path: String) -> Bool {
    write(Array(text.utf8), to: path)
  }

  /// posixpath.normpath: collapses `//`, `.` and `..` without touching the file system.
  public static func normalizedPath(_ path: String) -> String {
    if path.isEmpty { return "." }
    let leading = path.hasPrefix("//") && !path.hasPrefix("///") ? 2 : (path.hasPrefix("/") ? 1 : 0)
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part != ".." || (leading == 0 && parts.isEmpty) || parts.last == ".." {
        parts.append(part)
      } else if !parts.isEmpty {
        parts.removeLast()
      }
    }
    let joined = String(repeating: "/", count: leading) + parts.joined(separator: "/")
    return joined.isEmpty ? "." : joined
  }
}
