import Foundation
import Interpreter

/// IPython's cell magics: `%%time`, `%%timeit`, `%%writefile`, `%%capture`, `%%bash` and
/// `%%sh`.
extension IPythonShell {
  func cellMagic(_ name: String, _ line: String, _ cell: String) throws(PyException) -> Value {
    switch name {
    case "time":
      return try time(line, cell: cell)
    case "timeit":
      return try timeit(line, cell: cell)
    case "writefile":
      try writeFile(line, cell)
      return .none
    case "capture":
      try capture(line, cell)
      return .none
    case "bash", "sh":
      let status = ShellCommand.stream(
        "", shell: name == "bash" ? "/bin/bash" : "/bin/sh", input: cell, stop: stopRequested,
        to: session.writeOut)
      try interp.raisePendingInterrupt()
      // (IPython's script magics raise on failure unless told not to.)
      if status != 0 && !line.contains("--no-raise-error") {
        throw PyException(
          IPythonShell.calledProcessError,
          "Command '\(cell)' returned non-zero exit status \(status).")
      }
      return .none
    default:
      throw IPythonShell.usage("Cell magic `%%\(name)` not found.")
    }
  }

  static let calledProcessError = PyClass.exception(
    "CalledProcessError", .exception, module: "subprocess")

  /// `%%writefile [-a] FILE`: the cell's text into the file, with IPython's message.
  func writeFile(_ line: String, _ cell: String) throws(PyException) {
    var words = line.split(separator: " ").map(String.init)
    let append = words.first == "-a" || words.first == "--append"
    if append { words.removeFirst() }
    guard !words.isEmpty else {
      throw IPythonShell.usage("the following arguments are required: filename")
    }
    var path = words.joined(separator: " ")
    if path.count >= 2, let q = path.first, q == "\"" || q == "'", path.last == q {
      path = String(path.dropFirst().dropLast())
    }
    path = (path as NSString).expandingTildeInPath
    let exists = FileManager.default.fileExists(atPath: path)
    session.writeOut(
      append ? "Appending to \(path)\n" : exists ? "Overwriting \(path)\n" : "Writing \(path)\n")
    guard let handle = FileHandle(forWritingAtPath: path) ?? create(path) else {
      throw PyException(.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
    }
    defer { try? handle.close() }
    if append { handle.seekToEndOfFile() } else { handle.truncateFile(atOffset: 0) }
    handle.write(Data(cell.utf8))
  }

  private func create(_ path: String) -> FileHandle? {
    guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
    return FileHandle(forWritingAtPath: path)
  }

  /// `%%capture [--no-stdout] [--no-stderr] [--no-display] [NAME]`: runs the cell with its
  /// printed output and displayed values kept instead of shown (in NAME, a CapturedIO, when
  /// given).
  func capture(_ line: String, _ cell: String) throws(PyException) {
    let words = line.split(separator: " ").map(String.init)
    let captured = CapturedIO()
    let (out, err, display) = (session.writeOut, session.writeErr, interp.displayHook)
    session.writeOut = words.contains("--no-stdout") ? out : { captured.stdout += $0 }
    session.writeErr = words.contains("--no-stderr") ? err : { captured.stderr += $0 }
    if !words.contains("--no-display") {
      interp.displayHook = { [unowned self] value in
        guard !value.isNone, let text = try? PrettyPrinter.format(value, interp) else { return }
        captured.outputs.append(text)
      }
    }
    defer {
      (session.writeOut, session.writeErr, interp.displayHook) = (out, err, display)
      if let name = words.first(where: { !$0.hasPrefix("-") }) {
        interp.main.define(name, .object(captured))
      }
    }
    let origin = cellBody
    try interp.run(
      MagicTransformer.transform(cell), file: origin?.file ?? "<capture>",
      firstLine: origin?.firstLine ?? 1, displayLast: true)
  }
}

/// What `%%capture NAME` keeps: the cell's printed text and displayed values;
/// `show()` (or calling it) prints them again.
final class CapturedIO: PyObject {
  static let type: PyClass = {
    let c = PyClass("CapturedIO", bases: [.object])
    c.moduleName = "IPython.utils.capture"
    return c
  }()

  var stdout = ""
  var stderr = ""
  var outputs: [String] = []

  override var pyClass: PyClass { CapturedIO.type }
  override var isCallable: Bool { true }

  override func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    show(interp)
    return .none
  }

  func show(_ interp: Interpreter) {
    interp.writeOut(stdout)
    interp.writeErr(stderr)
    for text in outputs { interp.writeOut(text + "\n") }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "stdout": return .str(stdout)
    case "stderr": return .str(stderr)
    case "outputs": return .object(PyList(outputs.map { .str($0) }))
    case "show":
      return .object(
        PyBuiltinFunction("show") { [self] (_, interp) throws(PyException) in
          show(interp)
          return .none
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
