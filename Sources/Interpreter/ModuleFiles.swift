#if canImport(Glibc)
  import Glibc
#endif

/// `import name` of the learner's own files: `name.py` or a package directory `name/` (with or
/// without `__init__.py`) in a directory of `sys.path` (the script's directory first), as
/// Python finds them. A dotted name imports its packages first and looks for the last part in
/// the package's directory.
extension Interpreter {
  /// Finds, runs and returns the module, or throws ModuleNotFoundError.
  func importFromFiles(_ name: String) throws(PyException) -> PyModule {
    let parts = name.split(separator: ".").map(String.init)
    guard let last = parts.last, !parts.contains(where: \.isEmpty) else {
      throw PyException(.moduleNotFoundError, "No module named '\(name)'")
    }
    var directories = searchDirectories
    var parent: PyModule?
    if parts.count > 1 {
      let parentName = parts.dropLast().joined(separator: ".")
      let package = try importModule(parentName)
      guard let directory = packageDirectories[parentName] else {
        throw PyException(
          .moduleNotFoundError,
          "No module named '\(name)'; '\(parentName)' is not a package")
      }
      directories = [directory]
      parent = package
    }
    var namespace: String?
    for directory in directories {
      let base = directory.isEmpty ? last : directory + "/" + last
      if ModuleFiles.isDirectory(base), ModuleFiles.isFile(base + "/__init__.py") {
        return try loadPackage(name, at: base, initFile: base + "/__init__.py", into: parent, last)
      }
      if ModuleFiles.isFile(base + ".py") {
        return try loadModule(name, file: base + ".py", into: parent, last)
      }
      if namespace == nil, ModuleFiles.isDirectory(base) { namespace = base }
    }
    if let namespace {
      return try loadPackage(name, at: namespace, initFile: nil, into: parent, last)
    }
    throw PyException(.moduleNotFoundError, "No module named '\(name)'")
  }

  /// The absolute name of a module named in `from NAME import ...` by `importer` (a module
  /// name): leading dots count up from the importer's package, as in Python.
  public func absoluteModuleName(_ name: String, importer: String) throws(PyException) -> String {
    guard name.hasPrefix(".") else { return name }
    let level = name.prefix { $0 == "." }.count
    let rest = name.dropFirst(level)
    // A package's own `__init__` is its package; another module's is its parent.
    var package =
      packageDirectories[importer] != nil
      ? importer : importer.split(separator: ".").dropLast().joined(separator: ".")
    guard importer != "__main__", !package.isEmpty else {
      throw PyException(.importError, "attempted relative import with no known parent package")
    }
    for _ in 1..<level {
      guard let dot = package.lastIndex(of: ".") else {
        throw PyException(.importError, "attempted relative import beyond top-level package")
      }
      package = String(package[..<dot])
    }
    return rest.isEmpty ? package : package + "." + rest
  }

  /// The directories of `sys.path`, in order ("" is the current directory).
  var searchDirectories: [String] {
    searchPath.items.compactMap { $0.as(PyStr.self)?.value }
  }

  private func loadPackage(
    _ name: String, at directory: String, initFile: String?, into parent: PyModule?,
    _ last: String
  ) throws(PyException) -> PyModule {
    let module = PyModule(name: name)
    module.define("__path__", .list([.str(directory)]))
    packageDirectories[name] = directory
    guard let initFile else {
      register(module, name, into: parent, last)
      return module
    }
    return try loadModule(name, file: initFile, into: parent, last, module: module)
  }

  /// Runs the file in a new module, registered before it runs (so circular imports find it)
  /// and removed again if it fails.
  private func loadModule(
    _ name: String, file: String, into parent: PyModule?, _ last: String,
    module: PyModule? = nil
  ) throws(PyException) -> PyModule {
    guard let source = FileAccess.readText(file) else {
      throw PyException(.moduleNotFoundError, "No module named '\(name)'")
    }
    let module = module ?? PyModule(name: name)
    module.define("__file__", .str(file))
    register(module, name, into: parent, last)
    fileModuleLines[file] = source.split(separator: "\n", omittingEmptySubsequences: false)
    initializingModules.insert(name)
    defer { initializingModules.remove(name) }
    do throws(PyException) {
      try runModule(source, in: module, file: file)
    } catch {
      modules[name] = nil
      moduleTable.storage.removeValue(forKey: .string(name))
      packageDirectories[name] = nil
      throw error
    }
    return module
  }

  private func register(_ module: PyModule, _ name: String, into parent: PyModule?, _ last: String)
  {
    module.define("__name__", .str(name))
    modules[name] = module
    moduleTable.set(name, .object(module))
    parent?.globals.set(last, .object(module))
  }

  /// A line of a module imported from a file (1-based), for tracebacks and warnings.
  public func importedSourceLine(_ file: String, _ line: Int) -> String? {
    guard let lines = fileModuleLines[file], line >= 1, line <= lines.count else { return nil }
    return String(lines[line - 1])
  }
}

/// File-system questions the importer asks.
enum ModuleFiles {
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  static func isFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }
}
