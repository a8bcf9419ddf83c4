import Foundation
import Testing

@testable import Notebook

/// Runs the built `nb` binary, as a user would, on the notebooks in Notebooks/.
@Suite struct EndToEndTests {
  func nb(_ arguments: [String], stdin: String? = nil) throws -> BuiltBinary.Result {
    try BuiltBinary.run(arguments, stdin: stdin)
  }

  static let notebooks = try! FileManager.default.contentsOfDirectory(
    atPath: BuiltBinary.root.appendingPathComponent("Notebooks").path
  ).filter { $0.hasSuffix(".nb") }.sorted()

  /// Lines that report elapsed time differ from run to run (and from Python's).
  static func withoutTimings(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix("time: ") ? "time: ..." : String($0) }.joined(separator: "\n")
  }

  /// Every course notebook runs to the end (its own asserts check what it learned), prints
  /// what Python + numpy print for it (Fixtures/NAME.out, from scripts/gen-goldens.py), and
  /// writes a report whose figures are inline SVG.
  @Test(arguments: notebooks)
  func notebookPrintsWhatPythonPrints(_ name: String) throws {
    let stem = String(name.dropLast(3))
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nb-e2e-\(stem)-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let result = try nb([
      "run", "Notebooks/\(name)", "--figures", work.appendingPathComponent("figures").path,
      "--report", work.appendingPathComponent("out").path,
    ])
    let expected = try String(
      contentsOf: Bundle.module.resourceURL!.appendingPathComponent("Fixtures/\(stem).out"),
      encoding: .utf8)
    #expect(result.status == 0, "\(result.err)")
    #expect(Self.withoutTimings(result.out) == Self.withoutTimings(expected))
    let html = try String(
      contentsOf: work.appendingPathComponent("out/\(stem).html"), encoding: .utf8)
    let shown = result.err.components(separatedBy: "figure: ").count - 1
    #expect(html.components(separatedBy: "<svg").count - 1 == shown)
  }

  @Test func errorsNameFileLineAndCell() throws {
    let dir = FileManager.default.temporaryDirectory
    let file = dir.appendingPathComponent("broken.nb")
    try "# %%\nx = 1\n\n# %%\ny = x +\n".write(to: file, atomically: true, encoding: .utf8)
    let syntax = try nb(["run", file.path])
    #expect(syntax.status == 1)
    #expect(syntax.err.contains("line 5 (cell 2)"))
    try "# %%\nx = 1\n\n# %%\nprint(x)\nundefined\n".write(
      to: file, atomically: true, encoding: .utf8)
    let name = try nb(["run", file.path])
    #expect(name.status == 1)
    #expect(name.out == "1\n")
    #expect(name.err.hasSuffix("NameError: name 'undefined' is not defined\n"))
    #expect(name.err.contains("line 6, in <module> (cell 2)"))
  }

  /// `nb run prog.py -- ARGS`: the program sees `sys.argv` as `python3 prog.py ARGS` shows it.
  @Test func argumentsAfterTheTerminatorReachSysArgv() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nb-argv-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("args.py")
    try "import sys\nprint(sys.argv[1:], sys.argv[0].endswith('args.py'))\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try nb(["run", file.path, "--", "--epochs", "5", "-x"])
    #expect(result.status == 0)
    #expect(result.out == "['--epochs', '5', '-x'] True\n")
  }

  /// An infinite loop under `--timeout` stops cleanly: output so far kept, TimeoutError, 124.
  @Test func timeoutStopsARunawayCell() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("loop.nb")
    try "# %%\nprint('start')\n\n# %%\nwhile True:\n    pass\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try nb(["run", "--timeout", "0.5", file.path])
    #expect(result.status == 124)
    #expect(result.out == "start\n")
    #expect(result.err.hasSuffix("TimeoutError: cell 2 exceeded the 0.5-second timeout\n"))
  }

  /// A cell waiting in `time.sleep` or a shell command (`!sleep`) stops at its timeout too,
  /// and the TimeoutError names that cell, not the next.
  @Test(arguments: [
    "import time\ntime.sleep(30)\nprint('never')", "!echo shell; sleep 30\nprint('never')",
  ])
  func timeoutStopsAWaitingCell(_ code: String) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "wait-\(code.count).nb")
    try "# %%\n\(code)\n\n# %%\nprint('next')\n".write(
      to: file, atomically: true, encoding: .utf8)
    let started = Date()
    let result = try nb(["run", "--quiet", "--timeout", "0.5", file.path])
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.status == 124)
    #expect(result.out == (code.hasPrefix("!") ? "shell\n" : ""))
    #expect(result.err.hasSuffix("TimeoutError: cell 1 exceeded the 0.5-second timeout\n"))
  }

  /// Ctrl-C (SIGINT) during a run: KeyboardInterrupt, exit 130, output so far kept.
  @Test func interruptEndsTheRunWith130() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("spin.py")
    try "print('before', flush=True)\nwhile True:\n    pass\n".write(
      to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = BuiltBinary.root.appendingPathComponent(".build/debug/nb")
    process.arguments = ["run", file.path]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    usleep(700_000)
    process.interrupt()
    let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    #expect(printed == "before\n")
    #expect(errors.hasSuffix("KeyboardInterrupt\n"))
  }

  @Test func missingFileIsUsageError() throws {
    let result = try nb(["run", "no/such/file.nb"])
    #expect(result.status == 2)
    #expect(result.err.contains("cannot read"))
  }

  @Test func pipedStdinRunsAsProgram() throws {
    let result = try nb([], stdin: "import numpy as np\nprint(np.arange(3))\n")
    #expect(result.out == "[0 1 2]\n")
  }

  @Test func percentFormatCells() {
    let doc = PercentFormat.parse("# %% [markdown]\n# # Title\n\n# %%\nx = 1\n\n#%%\nx\n")
    #expect(doc.cells.map(\.type) == [.markdown, .code, .code])
    #expect(doc.cells[1].firstLine == 5)
    #expect(doc.cells[2].source == "x")
    #expect(doc.cellNumber(ofLine: 8) == 3)
  }
}
