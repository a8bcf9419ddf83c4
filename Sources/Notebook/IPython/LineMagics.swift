import Foundation
import Interpreter
import Syntax

/// IPython's line magics, with IPython's output: `%time`, `%timeit`, `%who`, `%who_ls`,
/// `%reset`, `%pwd`, `%cd`, `%env`, `%run`, help (`name?`), and the display and extension
/// magics, accepted with nothing to do (`%matplotlib`, `%config`, `%load_ext`, ...).
extension IPythonShell {
  static let ignoredMagics: Set<String> = [
    "matplotlib", "config", "load_ext", "reload_ext", "unload_ext", "autoreload", "aimport",
  ]

  func lineMagic(_ name: String, _ line: String) throws(PyException) -> Value {
    switch name {
    case _ where IPythonShell.ignoredMagics.contains(name):
      return .none
    case "time":
      return try time(line, cell: nil)
    case "timeit":
      return try timeit(line, cell: nil)
    case "who":
      who(line)
      return .none
    case "whos":
      try whos(line)
      return .none
    case "who_ls":
      return .object(PyList(whoNames(line).map { .str($0) }))
    case "reset":
      reset(line)
      return .none
    case "pwd":
      return .str(FileManager.default.currentDirectoryPath)
    case "cd":
      changeDirectory(line)
      return .none
    case "env":
      return try environment(line)
    case "run":
      try runFile(line)
      return .none
    case "pinfo", "pinfo2":
      let value = try interp.runReturningLast(line, file: "<string>")
      if let help = interp.builtins["help"] { _ = try interp.call(help, with: value) }
      return .none
    case "pip", "conda":
      session.writeErr(
        "Note: NumBook's modules are built in; %\(name) \(line) installed nothing.\n")
      return .none
    default:
      throw IPythonShell.usage("Line magic function `%\(name)` not found.")
    }
  }

  // MARK: %time

  /// Runs the statement (or the `%%time` cell) once and prints the CPU and wall time it took;
  /// gives the value of a trailing expression.
  func time(_ line: String, cell: String?) throws(PyException) -> Value {
    if cell != nil && !line.trimmingCharacters(in: .whitespaces).isEmpty {
      throw IPythonShell.usage("Can't use statement directly after '%%time'!")
    }
    let source = MagicTransformer.transform(cell ?? line)
    let origin = cell == nil ? nil : cellBody
    let file = origin?.file ?? (isExpression(source) ? "<timed eval>" : "<timed exec>")
    let cpuBefore = IPythonTime.cpuTimes()
    let start = IPythonTime.now()
    let locals = cell == nil ? interp.functionLocals : nil
    let value: Value
    if let locals {
      // Inside a function: its locals are seen (what the statement assigns is not kept).
      value = try evaluate(source, locals: locals)
    } else {
      value = try interp.runReturningLast(source, file: file, firstLine: origin?.firstLine ?? 1)
    }
    let wall = IPythonTime.now() - start
    let cpuAfter = IPythonTime.cpuTimes()
    let user = cpuAfter.user - cpuBefore.user
    let system = cpuAfter.system - cpuBefore.system
    session.writeOut(
      "CPU times: user \(IPythonTime.format(user)), sys: \(IPythonTime.format(system)), total: \(IPythonTime.format(user + system))\nWall time: \(IPythonTime.format(wall))\n"
    )
    return value
  }

  /// `eval` (an expression) or `exec` of `source` with the user's globals and `locals`.
  private func evaluate(_ source: String, locals: PyDict) throws(PyException) -> Value {
    guard let run = interp.builtins[isExpression(source) ? "eval" : "exec"] else { return .none }
    return try interp.call(
      run, Arguments([.str(source), .object(try userNamespace()), .object(locals)]))
  }

  private func isExpression(_ source: String) -> Bool {
    guard let parsed = try? Parser.parse(source), parsed.body.count == 1,
      case .expression = parsed.body[0].kind
    else { return false }
    return true
  }

  // MARK: %who, %reset

  /// The user's names (not those starting with `_`), sorted; with type names given, only
  /// the values of those types.
  func whoNames(_ line: String) -> [String] {
    let types = Set(line.split(separator: " ").map(String.init))
    return interp.main.globals.definedNames.filter { name in
      guard !name.hasPrefix("_") else { return false }
      guard !types.isEmpty else { return true }
      return interp.main.globals.value(of: name).map { types.contains($0.pyClassName) } ?? false
    }.sorted()
  }

  /// `%who`: the names, each followed by a tab and a space, nine to a line.
  func who(_ line: String) {
    let names = whoNames(line)
    guard !names.isEmpty else {
      session.writeOut(
        line.isEmpty
          ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n")
      return
    }
    var text = ""
    for (i, name) in names.enumerated() {
      text += name + "\t "
      if i % 9 == 8 { text += "\n" }
    }
    session.writeOut(text + "\n")
  }

  /// `%whos`: a table of the names with their types and a summary of each (a length for
  /// lists, tuples and dicts, shape, size, dtype and bytes for arrays, else the str, cut to 50
  /// characters), laid out as IPython's.
  func whos(_ line: String) throws(PyException) {
    let names = whoNames(line)
    guard !names.isEmpty else {
      who(line)
      return
    }
    let values = names.map { interp.main.globals.value(of: $0) ?? .none }
    let types = values.map(\.pyClassName)
    func width(_ s: String) -> Int { s.unicodeScalars.count }
    func padded(_ s: String, _ n: Int) -> String {
      s + String(repeating: " ", count: max(n - width(s), 0))
    }
    let nameWidth = max(names.map(width).max()!, 8) + 3
    let typeWidth = max(types.map(width).max()!, 4) + 3
    var text =
      padded("Variable", nameWidth) + padded("Type", typeWidth) + " Data/Info\n"
      + String(repeating: "-", count: nameWidth + typeWidth + 10) + "\n"
    for (name, (value, type)) in zip(names, zip(values, types)) {
      text += padded(name, nameWidth) + padded(type, typeWidth) + " "
      if ["dict", "list", "tuple"].contains(type) {
        let count = try interp.call(interp.builtins["len"] ?? .none, with: value)
        text += "n=\(try interp.str(count))\n"
      } else if type == "ndarray" {
        func attribute(_ name: String) throws(PyException) -> Value {
          try interp.getAttribute(value, name)
        }
        let shape = try interp.str(try attribute("shape")).replacingOccurrences(of: ",", with: "")
          .replacingOccurrences(of: " ", with: "x").dropFirst().dropLast()
        let size = try interp.str(try attribute("size"))
        let bytes = (Int(size) ?? 0) * (Int(try interp.str(try attribute("itemsize"))) ?? 0)
        text +=
          "\(shape): \(size) elems, type `\(try interp.str(try attribute("dtype")))`, \(bytes) bytes"
        if bytes >= 100_000 {
          let (amount, unit) =
            bytes < 1_048_576 ? (Double(bytes) / 1024, "kb") : (Double(bytes) / 1_048_576, "Mb")
          text += " (\(try interp.repr(.float(amount))) \(unit))"
        }
        text += "\n"
      } else {
        let shown = Array(
          (try interp.str(value)).replacingOccurrences(of: "\n", with: "\\n").unicodeScalars)
        text +=
          shown.count < 50
          ? String(String.UnicodeScalarView(shown)) + "\n"
          : String(String.UnicodeScalarView(shown.prefix(25))) + "<...>"
            + String(String.UnicodeScalarView(shown.suffix(25))) + "\n"
      }
    }
    session.writeOut(text)
  }

  func reset(_ line: String) {
    if !line.split(separator: " ").contains("-f"), let confirm,
      !confirm("Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
    {
      session.writeOut("Nothing done.\n")
      return
    }
    for name in interp.main.globals.definedNames where !name.hasPrefix("__") {
      interp.main.globals.set(name, nil)
    }
  }

  // MARK: %cd, %env, %run

  /// `%cd DIR` (`~` expanded; none: the home directory; `-`: the previous one) prints the
  /// new working directory, as IPython does.
  func changeDirectory(_ line: String) {
    let fm = FileManager.default
    let current = fm.currentDirectoryPath
    var target = line.trimmingCharacters(in: .whitespaces)
    if target.isEmpty { target = NSHomeDirectory() }
    if target == "-" { target = previousDirectory ?? current }
    target = (target as NSString).expandingTildeInPath
    guard fm.changeCurrentDirectoryPath(target) else {
      session.writeOut("[Errno 2] No such file or directory: '\(target)'\n")
      return
    }
    previousDirectory = current
    session.writeOut(fm.currentDirectoryPath + "\n")
  }

  /// `%env`: all variables (a dict); `%env NAME`: one; `%env NAME=value` or `%env NAME
  /// value`: sets it.
  func environment(_ line: String) throws(PyException) -> Value {
    let text = line.trimmingCharacters(in: .whitespaces)
    let environment = ProcessInfo.processInfo.environment
    if text.isEmpty {
      return .object(PyDict(stringKeys: environment.mapValues { .str($0) }))
    }
    let separator = text.firstIndex(where: { $0 == "=" || $0 == " " })
    guard let separator else {
      guard let value = environment[text] else {
        throw IPythonShell.usage("Environment does not have key: \(text)")
      }
      return .str(value)
    }
    let name = String(text[..<separator])
    let value = String(text[text.index(after: separator)...]).trimmingCharacters(
      in: .whitespaces)
    setenv(name, value, 1)
    session.writeOut("env: \(name)=\(value)\n")
    return .none
  }

  /// `%run FILE`: the file's code runs in the user's namespace (a missing file is reported,
  /// not raised, as IPython does).
  func runFile(_ line: String) throws(PyException) {
    let path = line.trimmingCharacters(in: .whitespaces)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      session.writeErr("ERROR:root:File `'\(path)'` not found.\n")
      return
    }
    try interp.run(text, file: path)
  }
}

extension Value {
  /// `type(value).__name__`.
  var pyClassName: String {
    if case .object(let o) = self { return o.pyClass.name }
    return typeName
  }
}
