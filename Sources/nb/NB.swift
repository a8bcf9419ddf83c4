import ArgumentParser
import Foundation
import Notebook

/// `nb`: argument parsing and wiring only; the work is in the Notebook library.
@main
struct NB: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nb",
    abstract: "Run Python-syntax notebooks with numpy and matplotlib, natively.",
    subcommands: [Run.self, Repl.self],
    defaultSubcommand: Repl.self)
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run notebook files (.nb) or scripts (.py) in batch.")

  @Argument(help: "The files to run, each in its own session.")
  var files: [String]

  @Option(help: "Where figures from plt.show() are written as SVG.")
  var figures = "figures"

  @Option(
    help: "Seconds each cell may run; a cell that runs longer stops with TimeoutError (exit 124).")
  var timeout: Double?

  func run() throws {
    var runner = Runner()
    runner.figureDirectory = figures
    runner.timeout = timeout
    for file in files {
      let status = runner.run(
        path: file, out: { Output.write($0, to: .standardOutput) },
        err: { Output.write($0, to: .standardError) })
      if status != 0 { throw ExitCode(status) }
    }
  }
}

struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Start the interactive REPL.")

  @Option(help: "Where figures from plt.show() are written as SVG.")
  var figures = "figures"

  func run() throws {
    if isatty(0) == 0 {
      // A non-terminal stdin is read as a program (`echo 'print(1)' | nb`).
      let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      var runner = Runner()
      runner.figureDirectory = figures
      let status = runner.runSource(
        source, name: "<stdin>",
        out: { Output.write($0, to: .standardOutput) },
        err: { Output.write($0, to: .standardError) })
      if status != 0 { throw ExitCode(status) }
      return
    }
    var repl = REPL()
    repl.figureDirectory = figures
    let status = repl.run()
    if status != 0 { throw ExitCode(status) }
  }
}

enum Output {
  static func write(_ s: String, to handle: FileHandle) { handle.write(Data(s.utf8)) }
}
