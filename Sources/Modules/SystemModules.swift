import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `sys` and `os` / `os.path`: what course code uses of them.
enum SystemModules {
  /// The Python NumBook runs, a final release (`sys.version_info`, `sys.hexversion`,
  /// `platform.python_version()`).
  static let python = (major: 3, minor: 11, micro: 0)
  static var pythonVersion: String { "\(python.major).\(python.minor).\(python.micro)" }

  static func sys(_ interp: Interpreter, argv: [String]) -> PyModule {
    let m = PyModule(name: "sys")
    m.define("argv", .list(argv.map { .str($0) }))
    m.define("version", .str("\(pythonVersion) (NumBook)"))
    m.define(
      "version_info",
      .object(
        PyStructSequence(
          "sys.version_info",
          [
            "major": .int(python.major), "minor": .int(python.minor), "micro": .int(python.micro),
            "releaselevel": .str("final"),
            "serial": .int(0),
          ])))
    m.define(
      "float_info",
      .object(
        PyStructSequence(
          "sys.float_info",
          [
            "max": .float(.greatestFiniteMagnitude), "max_exp": .int(1024),
            "max_10_exp": .int(308), "min": .float(.leastNormalMagnitude), "min_exp": .int(-1021),
            "min_10_exp": .int(-307), "dig": .int(15), "mant_dig": .int(53),
            "epsilon": .float(.ulpOfOne), "radix": .int(2), "rounds": .int(1),
          ])))
    m.define("platform", .str("linux"))
    m.define("byteorder", .str("little"))
    m.define("maxunicode", .int(0x10FFFF))
    m.define("float_repr_style", .str("short"))
    // The version as one number, the release level "final" (0xF) and serial 0 last.
    m.define("hexversion", .int(python.major << 24 | python.minor << 16 | python.micro << 8 | 0xF0))
    m.define("executable", .str(runningExecutable()))
    for name in ["getdefaultencoding", "getfilesystemencoding"] {
      m.define(name) { (a, _) throws(PyException) in
        try a.expect(name, min: 0, max: 0)
        return .str("utf-8")
      }
    }
    // The exception being handled (`sys.exc_info()[1]`), new in 3.11.
    m.define("exception") { (a, interp) throws(PyException) in
      try a.expect("exception", min: 0, max: 0)
      return interp.handling.last.map { .object($0) } ?? Value.none
    }
    m.define("path", .object(interp.searchPath))
    m.define("modules", .object(interp.moduleTable))
    m.define("maxsize", .int(Int.max))
    let stdout = OutputStream(name: "<stdout>") { interp.writeOut($0) }
    let stderr = OutputStream(name: "<stderr>") { interp.writeErr($0) }
    interp.standardOutput = stdout
    m.define("stdout", .object(stdout))
    m.define("stdin", .object(PyFile.standardInput()))
    m.define("stderr", .object(stderr))
    m.define("__stdout__", .object(stdout))
    m.define("__stderr__", .object(stderr))
    m.define("exit") { (a, interp) throws(PyException) in
      throw PyException(.systemExit, args: a.count > 0 ? [try a[0]] : [])
    }
    m.define("exc_info") { (_, interp) throws(PyException) in TracebackModule.excInfo(interp) }
    m.define("getrecursionlimit") { (_, interp) throws(PyException) in .int(interp.recursionLimit) }
    m.define("setrecursionlimit") { (a, interp) throws(PyException) in
      let n = try a.int(0)
      guard n > 0 else { throw .valueError("recursion limit must be greater or equal than 1") }
      // The native stack is sized for depth 1000 frames of the deepest code we run; allow up to
      // 10x before refusing, rather than crash.
      guard n <= 10_000 else {
        throw PyException(.recursionError, "recursion limit above 10000 is not supported")
      }
      interp.recursionLimit = n
      return .none
    }
    return m
  }

  /// The path of the running program (`sys.executable`): the `nb` binary.
  private static func runningExecutable() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return "" }
    return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func os(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "os")
    m.define("sep", .str("/"))
    m.define("curdir", .str("."))
    m.define("pardir", .str(".."))
    m.define("linesep", .str("\n"))
    m.define("uname") { (a, _) throws(PyException) in
      try a.expect("uname", min: 0, max: 0)
      let machine = PlatformModule.Machine.read()
      return .object(
        PyStructSequence(
          "posix.uname_result",
          [
            "sysname": .str(machine.system), "nodename": .str(machine.node),
            "release": .str(machine.release), "version": .str(machine.version),
            "machine": .str(machine.machine),
          ]))
    }
    m.define("getcwd") { (_, _) throws(PyException) in
      var buffer = [CChar](repeating: 0, count: 4096)
      guard getcwd(&buffer, buffer.count) != nil else {
        throw PyException(.osError, "getcwd failed")
      }
      return .str(String(cString: buffer))
    }
    m.define("listdir") { (a, interp) throws(PyException) in
      let path = a.count > 0 ? try a.path(0, interp) : "."
      guard let dir = opendir(path) else { throw .os(errno: errno, filename: path) }
      defer { closedir(dir) }
      var names: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        }
        if name != "." && name != ".." { names.append(name) }
      }
      return .list(names.sorted().map { .str($0) })
    }
    m.define("makedirs") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      let existOK = try interp.isTruthy(a.keyword("exist_ok") ?? .bool(false))
      if access(path, F_OK) == 0 {
        if existOK { return .none }
        throw .os(errno: EEXIST, filename: path)
      }
      var built = path.hasPrefix("/") ? "" : "."
      for part in path.split(separator: "/") {
        built += "/" + part
        if mkdir(built, 0o755) != 0 && errno != EEXIST {
          throw .os(errno: errno, filename: path)
        }
      }
      return .none
    }
    for name in ["remove", "unlink"] {
      m.define(name) { (a, interp) throws(PyException) in
        let path = try a.path(0, interp)
        guard unlink(path) == 0 else { throw .os(errno: errno, filename: path) }
        return .none
      }
    }
    m.define("mkdir") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      let modeArgument = a.count > 1 ? try a[1] : a.keyword("mode")
      let mode = try modeArgument.map { v throws(PyException) in try Arguments.index(v) } ?? 0o777
      guard mkdir(path, mode_t(truncatingIfNeeded: mode)) == 0 else {
        throw .os(errno: errno, filename: path)
      }
      return .none
    }
    m.define("rmdir") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      guard rmdir(path) == 0 else { throw .os(errno: errno, filename: path) }
      return .none
    }
    // On POSIX both are rename(2), which replaces an existing target file.
    for name in ["rename", "replace"] {
      m.define(name) { (a, interp) throws(PyException) in
        let (source, target) = (try a.path(0, interp), try a.path(1, interp))
        guard Glibc.rename(source, target) == 0 else {
          throw .os(errno: errno, filename: source, filename2: target)
        }
        return .none
      }
    }
    m.define("chdir") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      guard chdir(path) == 0 else { throw .os(errno: errno, filename: path) }
      return .none
    }
    m.define("getpid") { (_, _) throws(PyException) in .int(Int(getpid())) }
    m.define("urandom") { (a, interp) throws(PyException) in
      let n = try a.int(0)
      guard n >= 0 else { throw .valueError("negative argument not allowed") }
      var generator = SystemRandomNumberGenerator()
      return .object(PyBytes((0..<n).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }
    let environ = PyDict()
    var p = Glibc.environ
    while let entry = p.pointee {
      let text = String(cString: entry)
      if let eq = text.firstIndex(of: "=") {
        environ.set(String(text[..<eq]), .str(String(text[text.index(after: eq)...])))
      }
      p += 1
    }
    m.define("environ", .object(environ))
    let pathModule = path()
    m.define("path", .object(pathModule))
    FileStatus.install(os: m, path: pathModule)
    try? interp.runModule(walkSource, in: m, file: "<os>")
    return m
  }

  /// `os.walk`, a generator as CPython's: a top-down walk lets the caller prune `dirnames` in
  /// place; names come in `listdir`'s (sorted) order.
  private static let walkSource = #"""
    def walk(top, topdown=True, onerror=None, followlinks=False):
        try:
            names = listdir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            return
        dirs = []
        files = []
        for name in names:
            (dirs if path.isdir(path.join(top, name)) else files).append(name)
        if topdown:
            yield top, dirs, files
        for name in dirs:
            inner = path.join(top, name)
            if followlinks or not path.islink(inner):
                yield from walk(inner, topdown, onerror, followlinks)
        if not topdown:
            yield top, dirs, files


    def _commonpath(paths):
        paths = [str(p) for p in paths]
        if not paths:
            raise ValueError("commonpath() arg is an empty sequence")
        if len({p.startswith("/") for p in paths}) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        split = [[part for part in p.split("/") if part and part != "."] for p in paths]
        common = []
        for parts in zip(*split):
            if any(part != parts[0] for part in parts):
                break
            common.append(parts[0])
        return ("/" if paths[0].startswith("/") else "") + "/".join(common)


    def _realpath(filename, *, strict=False):
        # Symbolic links resolved one part at a time (a missing part is kept as written).
        filename = path.abspath(filename)
        resolved = "/"
        for part in filename.split("/")[1:]:
            candidate = path.join(resolved, part)
            seen = 0
            while path.islink(candidate) and seen < 40:
                candidate = path.normpath(path.join(path.dirname(candidate), readlink(candidate)))
                seen += 1
            resolved = candidate
        return path.normpath(resolved)


    path.commonpath = _commonpath
    path.realpath = _realpath
    """#

  static func path() -> PyModule {
    let m = PyModule(name: "os.path")
    m.define("join") { (a, interp) throws(PyException) in
      var result = ""
      for i in 0..<a.count {
        let part = try a.string(i, "join() argument")
        if part.hasPrefix("/") || result.isEmpty {
          result = part
        } else {
          result += (result.hasSuffix("/") ? "" : "/") + part
        }
      }
      return .str(result)
    }
    m.define("exists") { (a, interp) throws(PyException) in
      .bool(access(try a.path(0, interp), F_OK) == 0)
    }
    m.define("getsize") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      var info = stat()
      guard stat(path, &info) == 0 else { throw .os(errno: errno, filename: path) }
      return .int(Int(info.st_size))
    }
    m.define("isfile") { (a, interp) throws(PyException) in
      .bool(kind(try a.path(0, interp)) == S_IFREG)
    }
    m.define("isdir") { (a, interp) throws(PyException) in
      .bool(kind(try a.path(0, interp)) == S_IFDIR)
    }
    m.define("islink") { (a, interp) throws(PyException) in
      var info = stat()
      return .bool(lstat(try a.path(0, interp), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }
    // `~` and `~/...` become the home directory ($HOME, else the user's entry); `~name`
    // stays as written.
    m.define("expanduser") { (a, interp) throws(PyException) in
      let p = try a.path(0, interp)
      guard p == "~" || p.hasPrefix("~/") else { return .str(p) }
      var home = getenv("HOME").map { String(cString: $0) } ?? ""
      if home.isEmpty, let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
        home = String(cString: dir)
      }
      if home.hasSuffix("/") && home.count > 1 { home.removeLast() }
      return .str(home + p.dropFirst())
    }
    m.define("basename") { (a, interp) throws(PyException) in
      let p = try a.path(0, interp)
      return .str(String(p.split(separator: "/", omittingEmptySubsequences: false).last ?? ""))
    }
    m.define("dirname") { (a, interp) throws(PyException) in
      let p = try a.path(0, interp)
      guard let slash = p.lastIndex(of: "/") else { return .str("") }
      let head = String(p[..<slash])
      return .str(head.isEmpty ? "/" : head)
    }
    m.define("splitext") { (a, interp) throws(PyException) in
      let p = try a.path(0, interp)
      let base = p.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
      guard let dot = base.lastIndex(of: "."), dot != base.startIndex,
        base[..<dot].contains(where: { $0 != "." })
      else { return .tuple([.str(p), .str("")]) }
      let ext = String(base[dot...])
      return .tuple([.str(String(p.dropLast(ext.count))), .str(ext)])
    }
    m.define("abspath") { (a, interp) throws(PyException) in
      .str(absolutePath(try a.path(0, interp)))
    }
    // CPython's rule: the absolute forms' common leading components, then `..` for each of
    // start's remaining components.
    m.define("relpath") { (a, interp) throws(PyException) in
      let p = try a.path(0, interp)
      guard !p.isEmpty else { throw .valueError("no path specified") }
      let startArgument = a.count > 1 ? try a[1] : a.keyword("start")
      let start =
        try startArgument.map { v throws(PyException) in
          try Arguments([v]).path(0, interp)
        } ?? "."
      let from = absolutePath(start).split(separator: "/")
      let to = absolutePath(p).split(separator: "/")
      let common = zip(from, to).prefix { $0 == $1 }.count
      let parts =
        Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
      return .str(parts.isEmpty ? "." : parts.joined(separator: "/"))
    }
    m.define("normpath") { (a, interp) throws(PyException) in
      .str(FileAccess.normalizedPath(try a.path(0, interp)))
    }
    m.define("isabs") { (a, interp) throws(PyException) in
      .bool(try a.path(0, interp).hasPrefix("/"))
    }
    m.define("split") { (a, interp) throws(PyException) in
      let p = try a.path(0, interp)
      guard let slash = p.lastIndex(of: "/") else { return .tuple([.str(""), .str(p)]) }
      var head = String(p[...slash])
      if head.contains(where: { $0 != "/" }) {
        while head.hasSuffix("/") { head.removeLast() }
      }
      return .tuple([.str(head), .str(String(p[p.index(after: slash)...]))])
    }
    m.define("sep", .str("/"))
    return m
  }

  /// `os.path.abspath`: normalized, against the working directory when relative.
  private static func absolutePath(_ p: String) -> String {
    if p.hasPrefix("/") { return FileAccess.normalizedPath(p) }
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return p }
    return FileAccess.normalizedPath(String(cString: buffer) + "/" + p)
  }

  private static func kind(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }

  /// `sys.stdout` / `sys.stderr`: `write` and `flush`, routed to the session's streams.
  final class OutputStream: PyObject {
    let name: String
    let sink: (String) -> Void

    init(name: String, sink: @escaping (String) -> Void) {
      self.name = name
      self.sink = sink
    }

    override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value?
    {
      switch name {
      case "write":
        return .object(
          PyBuiltinFunction(name) { [self] (a, interp) throws(PyException) in
            let text = try interp.str(a[0])
            self.sink(text)
            return .int(text.unicodeScalars.count)
          })
      case "flush":
        return .object(PyBuiltinFunction(name) { (_, _) throws(PyException) in .none })
      case "name": return .str(self.name)
      default: return nil
      }
    }
  }
}
