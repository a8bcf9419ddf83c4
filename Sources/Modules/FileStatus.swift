import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `os.stat`, `os.lstat`, `os.utime`, `os.chmod`, `os.symlink`, `os.readlink`, and
/// `os.path.getmtime`/`getatime`/`getctime`: what archive extraction and dataset scans read
/// and set about files. `os.stat_result` prints and indexes as CPython's (whole seconds in
/// the tuple, float `st_mtime` and nanosecond `st_mtime_ns` as attributes).
enum FileStatus {
  static func install(os m: PyModule, path p: PyModule) {
    for (name, follow) in [("stat", true), ("lstat", false)] {
      m.define(name) { (a, interp) throws(PyException) in
        let path = try a.path(0, interp)
        return .object(try result(path, follow: follow))
      }
    }
    m.define("utime") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      // Both times now unless given (UTIME_NOW, which Swift does not import).
      let now = timespec(tv_sec: 0, tv_nsec: (1 << 30) - 1)
      var times = [now, now]
      if let given = a.count > 1 ? try a[1] : a.keyword("times"), !given.isNone {
        let pair = try interp.collect(given)
        guard pair.count == 2 else {
          throw .typeError("utime: 'times' must be either a tuple of two ints or None")
        }
        for (i, v) in pair.enumerated() {
          guard let seconds = interp.numeric(v) else {
            throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
          }
          let whole = seconds.rounded(.down)
          times[i] = timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1e9))
        }
      }
      guard utimensat(AT_FDCWD, path, times, 0) == 0 else {
        throw .os(errno: errno, filename: path)
      }
      return .none
    }
    m.define("chmod") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      let mode = try Arguments.index(try a[1])
      guard chmod(path, mode_t(truncatingIfNeeded: mode)) == 0 else {
        throw .os(errno: errno, filename: path)
      }
      return .none
    }
    m.define("symlink") { (a, interp) throws(PyException) in
      let (target, link) = (try a.path(0, interp), try a.path(1, interp))
      guard symlink(target, link) == 0 else {
        throw .os(errno: errno, filename: target, filename2: link)
      }
      return .none
    }
    m.define("readlink") { (a, interp) throws(PyException) in
      let path = try a.path(0, interp)
      var buffer = [CChar](repeating: 0, count: 4097)
      let n = readlink(path, &buffer, 4096)
      guard n >= 0 else { throw .os(errno: errno, filename: path) }
      return .str(String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    for (name, field) in [
      ("getmtime", "st_mtime"), ("getatime", "st_atime"), ("getctime", "st_ctime"),
    ] {
      p.define(name) { (a, interp) throws(PyException) in
        let path = try a.path(0, interp)
        return try result(path, follow: true).getAttribute(field, interp) ?? .none
      }
    }
  }

  /// `os.stat_result` of `path`, following a final symbolic link or not.
  static func result(_ path: String, follow: Bool) throws(PyException) -> PyStructSequence {
    var info = stat()
    let found = follow ? stat(path, &info) : lstat(path, &info)
    guard found == 0 else { throw .os(errno: errno, filename: path) }
    let times = [("atime", info.st_atim), ("mtime", info.st_mtim), ("ctime", info.st_ctim)]
    var extra: [String: Value] = [:]
    for (name, t) in times {
      extra["st_" + name] = .float(Double(t.tv_sec) + Double(t.tv_nsec) / 1e9)
      extra["st_" + name + "_ns"] = .int(t.tv_sec * 1_000_000_000 + t.tv_nsec)
    }
    extra["st_blksize"] = .int(Int(info.st_blksize))
    extra["st_blocks"] = .int(Int(info.st_blocks))
    return PyStructSequence(
      "os.stat_result",
      [
        "st_mode": .int(Int(info.st_mode)), "st_ino": .int(Int(info.st_ino)),
        "st_dev": .int(Int(info.st_dev)), "st_nlink": .int(Int(info.st_nlink)),
        "st_uid": .int(Int(info.st_uid)), "st_gid": .int(Int(info.st_gid)),
        "st_size": .int(Int(info.st_size)), "st_atime": .int(info.st_atim.tv_sec),
        "st_mtime": .int(info.st_mtim.tv_sec), "st_ctime": .int(info.st_ctim.tv_sec),
      ], extra: extra)
  }
}
