import CReadline
import Foundation
import Interpreter
import Syntax

/// The interactive loop: GNU readline, `...` continuation while input is incomplete, echo of
/// expression values, tracebacks that keep the session alive.
public struct REPL {
  public var figureDirectory = "figures"
  public init() {}

  public func run() -> Int32 {
    let session = Session(figureDirectory: figureDirectory, stem: "repl")
    nb_rl_set_name("nb")
    let renderer = TracebackRenderer()
    session.interp.displayHook = { value in
      guard !value.isNone, let text = try? session.interp.repr(value) else { return }
      session.writeOut(text + "\n")
      session.interp.main.define("_", value)
    }
    return Session.onLargeStack {
      while true {
        guard var source = REPL.readLine(">>> ") else {
          session.writeOut("\n")
          return 0
        }
        if source.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        while REPL.needsMore(source) {
          guard let more = REPL.readLine("... ") else { return 0 }
          if more.isEmpty && REPL.isBlock(source) { break }
          source += "\n" + more
        }
        do throws(PyException) {
          try session.interp.run(source, file: "<stdin>", displayLast: true)
          session.plots.showAll()
        } catch {
          // sys.exit() leaves the REPL with its status, as in Python.
          if error.isInstance(of: .systemExit) {
            return Runner.exitStatus(error, session.interp, renderer, session.writeErr)
          }
          session.writeErr(renderer.render(error, session.interp))
        }
      }
    }
  }

  /// More lines are wanted while the parser says the input is incomplete, or inside a block
  /// until a blank line (as in Python's REPL).
  static func needsMore(_ source: String) -> Bool {
    do {
      _ = try Parser.parse(source)
      return isBlock(source)
    } catch {
      return error.isIncomplete
    }
  }

  static func isBlock(_ source: String) -> Bool {
    let first = source.split(separator: "\n").first.map(String.init) ?? ""
    return first.trimmingCharacters(in: .whitespaces).hasSuffix(":")
      || source.contains("\n")
  }

  static func readLine(_ prompt: String) -> String? {
    guard let line = readline(prompt) else { return nil }
    defer { free(line) }
    let text = String(cString: line)
    if !text.isEmpty { add_history(line) }
    return text
  }
}
