import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `glob`: `glob(pattern, recursive=False)` and `iglob`, with `*`, `?`, `[...]` per path
/// component (names starting with "." only when the pattern's component does) and `**` for
/// any depth when `recursive=True`. Results come sorted (Python's follow the directory's
/// order, which is not defined); `os.listdir` is sorted too.
enum GlobModule {
  static func make() -> PyModule {
    let m = PyModule(name: "glob")
    let body: PyBuiltinFunction.Body = { (a, interp) throws(PyException) in
      let pattern = try a.string(0, "glob() argument 'pathname'")
      let recursive = try interp.isTruthy(a.keyword("recursive") ?? .bool(false))
      return .list(matches(pattern, recursive: recursive).map { .str($0) })
    }
    m.define("glob", body)
    m.define("iglob") { (a, interp) throws(PyException) in
      .object(try interp.iterate(try body(a, interp)))
    }
    return m
  }

  static func matches(_ pattern: String, recursive: Bool) -> [String] {
    guard !pattern.isEmpty else { return [] }
    let absolute = pattern.hasPrefix("/")
    let parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var found: [String] = []
    walk(absolute ? "/" : "", parts[...], recursive: recursive, into: &found)
    // A trailing "/" asks for directories, and keeps the slash.
    if pattern.hasSuffix("/") && pattern.count > 1 {
      found = found.filter { isDirectory($0) }.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }
    return found.sorted()
  }

  private static func hasMagic(_ s: String) -> Bool { s.contains { "*?[".contains($0) } }

  private static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path.isEmpty ? "." : path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  private static func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0
  }

  private static func join(_ base: String, _ name: String) -> String {
    base.isEmpty ? name : base.hasSuffix("/") ? base + name : base + "/" + name
  }

  private static func names(in directory: String) -> [String] {
    guard let dir = opendir(directory.isEmpty ? "." : directory) else { return [] }
    defer { closedir(dir) }
    var out: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { out.append(name) }
    }
    return out
  }

  /// Matches `parts` below `base`, appending whole paths.
  private static func walk(
    _ base: String, _ parts: ArraySlice<String>, recursive: Bool, into found: inout [String]
  ) {
    guard let part = parts.first else {
      if !base.isEmpty { found.append(base) }
      return
    }
    let rest = parts.dropFirst()
    if recursive && part == "**" && rest.isEmpty {
      // A final "**": the directory itself (as "base/") and everything below it.
      if !base.isEmpty { found.append(join(base, "")) }
      var stack = [base]
      while let directory = stack.popLast() {
        for name in names(in: directory) where !name.hasPrefix(".") {
          let path = join(directory, name)
          found.append(path)
          if isDirectory(path) { stack.append(path) }
        }
      }
      return
    }
    if recursive && part == "**" {
      // Zero directories, then every directory below (not hidden ones), each once.
      walk(base, rest, recursive: true, into: &found)
      for name in names(in: base) where !name.hasPrefix(".") {
        let path = join(base, name)
        if isDirectory(path) { walk(path, parts, recursive: true, into: &found) }
      }
      return
    }
    if !hasMagic(part) {
      let path = join(base, part)
      if rest.isEmpty ? exists(path) : isDirectory(path) {
        walk(path, rest, recursive: recursive, into: &found)
      }
      return
    }
    for name in names(in: base) {
      if name.hasPrefix(".") && !part.hasPrefix(".") { continue }
      guard fnmatch(part, name, 0) == 0 else { continue }
      let path = join(base, name)
      if rest.isEmpty || isDirectory(path) { walk(path, rest, recursive: recursive, into: &found) }
    }
  }
}
