import ArgumentParser
import Foundation
import Notebook

/// `nb`: argument parsing and wiring only; the work is in the Notebook library.
@main
struct NB: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nb",
    abstract: "Run Python-syntax notebooks with numpy and matplotlib, natively.",
    subcommands: [Run.self, Repl.self, Convert.self],
    defaultSubcommand: Repl.self)

  /// Usage errors exit with status 2 (as Unix tools and issue #6 expect), not the argument
  /// parser's 64; everything else keeps its status.
  static func main() {
    HeapPolicy.apply()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        let message = fullMessage(for: error)
        if !message.isEmpty { Output.write(message + "\n", to: .standardError) }
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run notebook files (.nb, .ipynb) or scripts (.py) in batch.",
    discussion:
      "Exit status: 0 success, 1 error in user code, 2 usage or unreadable input, 124 timeout.")

  @Argument(
    help:
      "The files to run, each in its own session. After --: the program's arguments (nb run train.py -- --epochs 5 gives sys.argv ['train.py', '--epochs', '5'])."
  )
  var files: [String]

  @Option(help: "Where figures from plt.show() are written as SVG.")
  var figures = "figures"

  @Option(
    help: "Seconds each cell may run; a cell that runs longer stops with TimeoutError (exit 124).")
  var timeout: Double?

  @Option(help: "Write DIR/STEM.html, DIR/STEM.md (figures in DIR/STEM_files/) and DIR/STEM.ipynb.")
  var report: String?

  @Flag(help: "Go on after a failing cell (the run exits 0).")
  var allowErrors = false

  @Option(
    name: [.customShort("p"), .customLong("parameter")], parsing: .upToNextOption,
    help: ArgumentHelp(
      "A parameter NAME VALUE, set after the cell tagged 'parameters'.", valueName: "name value"))
  var parameters: [String] = []

  @Option(help: "Seed numpy's and Python's random generators before the first cell.")
  var seed: Int?

  @Flag(help: "No progress lines and no figure paths on stderr.")
  var quiet = false

  func validate() throws {
    if parameters.count % 2 != 0 {
      throw ValidationError("-p takes a name and a value (-p NAME VALUE)")
    }
  }

  func run() throws {
    var runner = Runner()
    runner.figureDirectory = figures
    runner.timeout = timeout
    runner.reportDirectory = report
    runner.allowErrors = allowErrors
    runner.seed = seed
    runner.quiet = quiet
    // Values after `--` arrive at the end of `files`: they are the program's sys.argv[1:].
    let command = CommandLine.arguments
    let arguments = command.firstIndex(of: "--").map { Array(command[($0 + 1)...]) } ?? []
    let files = Array(self.files.dropLast(arguments.count))
    runner.arguments = arguments
    runner.parameters = stride(from: 0, to: parameters.count, by: 2).map {
      (parameters[$0], parameters[$0 + 1])
    }
    for file in files {
      let status = runner.run(
        path: file, out: { Output.write($0, to: .standardOutput) },
        err: { Output.write($0, to: .standardError) })
      if status != 0 { throw ExitCode(status) }
    }
  }
}

struct Convert: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Convert between .ipynb, .nb and .py (chosen by the extensions).")

  @Argument(help: "The file to read.") var input: String
  @Argument(help: "The file to write.") var output: String

  func run() throws {
    do {
      try Converter.convert(input, to: output)
    } catch {
      Output.write("nb convert: \(error)\n", to: .standardError)
      throw ExitCode(2)
    }
  }
}

struct Repl: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Start the interactive REPL.")

  @Option(help: "Where figures from plt.show() are written as SVG.")
  var figures = "figures"

  @Option(name: .customShort("i"), help: "Run this file first, then stay interactive.")
  var interactive: String?

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
    repl.preload = interactive
    let status = repl.run()
    if status != 0 { throw ExitCode(status) }
  }
}

enum Output {
  static func write(_ s: String, to handle: FileHandle) { handle.write(Data(s.utf8)) }
}
