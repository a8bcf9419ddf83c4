import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `platform`: the machine and the running Python, as course notebooks print them
/// (`platform.python_version()`, `platform.system()`, `platform.platform()`). The Python is
/// NumBook's 3.11 (as `sys.version_info` says); `python_implementation()` is `'NumBook'`.
enum PlatformModule {
  static func make() -> PyModule {
    let m = PyModule(name: "platform")
    let machine = Machine.read()
    let strings: [(String, String)] = [
      ("system", machine.system), ("node", machine.node), ("release", machine.release),
      ("version", machine.version), ("machine", machine.machine), ("processor", ""),
      ("python_version", SystemModules.pythonVersion), ("python_implementation", "NumBook"),
      (
        "platform",
        "\(machine.system)-\(machine.release)-\(machine.machine)-with-glibc\(machine.libc)"
      ),
    ]
    for (name, value) in strings {
      m.define(name) { (a, _) throws(PyException) in
        // (`platform(aliased=0, terse=0)` takes its flags; the others take nothing.)
        try a.expect(name, min: 0, max: name == "platform" ? 2 : 0)
        return .str(value)
      }
    }
    m.define("python_version_tuple") { (a, _) throws(PyException) in
      try a.expect("python_version_tuple", min: 0, max: 0)
      let version = SystemModules.python
      return .tuple([version.major, version.minor, version.micro].map { .str(String($0)) })
    }
    m.define("architecture") { (a, _) throws(PyException) in
      try a.expect("architecture", min: 0, max: 3)
      return .tuple([.str("64bit"), .str("ELF")])
    }
    m.define("libc_ver") { (a, _) throws(PyException) in
      try a.expect("libc_ver", min: 0, max: 4)
      return .tuple([.str("glibc"), .str(machine.libc)])
    }
    m.define("uname") { (a, _) throws(PyException) in
      try a.expect("uname", min: 0, max: 0)
      return .object(
        PyStructSequence(
          "uname_result",
          [
            "system": .str(machine.system), "node": .str(machine.node),
            "release": .str(machine.release), "version": .str(machine.version),
            "machine": .str(machine.machine),
          ], module: "platform"))
    }
    return m
  }

  /// What `uname(2)` and the C library say of this machine (also `os.uname()`).
  struct Machine {
    var system = "", node = "", release = "", version = "", machine = "", libc = ""

    static func read() -> Machine {
      var names = utsname()
      var out = Machine()
      guard uname(&names) == 0 else { return out }
      func text<T>(_ field: T) -> String {
        withUnsafeBytes(of: field) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
      }
      out.system = text(names.sysname)
      out.node = text(names.nodename)
      out.release = text(names.release)
      out.version = text(names.version)
      out.machine = text(names.machine)
      // "glibc 2.36"
      var buffer = [CChar](repeating: 0, count: 64)
      if confstr(Int32(_CS_GNU_LIBC_VERSION), &buffer, buffer.count) > 0 {
        out.libc = String(cString: buffer).split(separator: " ").last.map(String.init) ?? ""
      }
      return out
    }
  }
}
