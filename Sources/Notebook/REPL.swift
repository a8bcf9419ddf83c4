import CInterrupt
import CReadline
import Foundation
import Interpreter
import Syntax

/// The interactive loop: GNU readline with persistent history and Tab completion, `...`
/// continuation while input is incomplete, echo of expression values (`_` keeps the last),
/// IPython's line magics and shell escapes, Ctrl-C that interrupts running code, tracebacks that keep the
/// session alive.
public struct REPL {
  public var figureDirectory = "figures"
  /// Run this file first (`nb -i FILE`), then stay interactive.
  public var preload: String?
  /// Where history persists across sessions.
  public var historyFile = (ProcessInfo.processInfo.environment["HOME"] ?? ".") + "/.nb_history"

  public init() {}

  public func run() -> Int32 {
    let session = Session(figureDirectory: figureDirectory, stem: "repl")
    let renderer = TracebackRenderer()
    session.interp.displayHook = { value in
      guard !value.isNone, let text = try? PrettyPrinter.format(value, session.interp) else {
        return
      }
      session.writeOut(text + "\n")
      session.interp.main.define("_", value)
    }
    session.shell.confirm = { question in
      readLine(question)?.lowercased().hasPrefix("y") ?? false
    }
    session.shell.install()
    nb_rl_set_name("nb")
    Completion.session = session
    nb_rl_set_completer(Completion.entry, " \t\n\"'`@$><=;|&{(,[")
    nb_install_sigint()
    if access(historyFile, F_OK) != 0 { write_history(historyFile) }
    read_history(historyFile)

    return Session.onLargeStack {
      if let preload {
        if let status = run(file: preload, session, renderer), status != 0 { return status }
      }
      while true {
        guard var source = readLine(">>> ") else {
          session.writeOut("\n")
          return 0
        }
        if source.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        while REPL.needsMore(source) {
          guard let more = readLine("... ") else { return 0 }
          if more.isEmpty && REPL.isBlock(source) { break }
          source += "\n" + more
        }
        if let status = execute(source, session, renderer) { return status }
      }
    }
  }

  /// Runs one input (code or a magic); a status ends the REPL (`sys.exit`).
  private func execute(_ source: String, _ session: Session, _ renderer: TracebackRenderer)
    -> Int32?
  {
    if let magic = MagicTransformer.cellMagic(source) {
      return interruptible(session) { () throws(PyException) in
        session.interp.displayHook(
          try session.shell.cellMagic(magic.name, magic.line, magic.body))
        session.plots.showAll()
      } onError: { error in
        report(error, session, renderer)
      }
    }
    return interruptible(session) { () throws(PyException) in
      let code = MagicTransformer.transform(source)
      let display = !Runner.endsWithSemicolon(code)
      try session.interp.run(code, file: "<stdin>", displayLast: display)
      session.plots.showAll()
    } onError: { error in
      report(error, session, renderer)
    }
  }

  /// A traceback keeps the session alive; `sys.exit` ends it with its status.
  private func report(_ error: PyException, _ session: Session, _ renderer: TracebackRenderer)
    -> Int32?
  {
    if error.isInstance(of: .systemExit) {
      return Runner.exitStatus(error, session.interp, renderer, session.writeErr)
    }
    session.writeErr(IPythonShell.report(error, session.interp, renderer))
    return nil
  }

  /// Runs `body` with Ctrl-C turned into KeyboardInterrupt in the running code.
  func interruptible(
    _ session: Session, _ body: () throws(PyException) -> Void,
    onError: (PyException) -> Int32?
  ) -> Int32? {
    let poller = InterruptPoller(session.interp)
    defer { withExtendedLifetime(poller) {} }
    do throws(PyException) {
      try body()
      return nil
    } catch {
      return onError(error)
    }
  }

  func run(file: String, _ session: Session, _ renderer: TracebackRenderer) -> Int32? {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      session.writeErr("nb: cannot read '\(file)': No such file or directory\n")
      return nil
    }
    return interruptible(session) { () throws(PyException) in
      try session.interp.run(text, file: file)
      session.plots.showAll()
    } onError: { error in
      report(error, session, renderer)
    }
  }

  /// More lines are wanted while the parser says the input is incomplete, or inside a block
  /// until a blank line (as in Python's REPL).
  static func needsMore(_ source: String) -> Bool {
    // A cell magic (`%%time`) takes the lines that follow, to an empty one.
    if source.hasPrefix("%%") { return true }
    do {
      _ = try Parser.parse(MagicTransformer.transform(source))
      return isBlock(source)
    } catch {
      return error.isIncomplete
    }
  }

  static func isBlock(_ source: String) -> Bool {
    let first = source.split(separator: "\n").first.map(String.init) ?? ""
    return first.trimmingCharacters(in: .whitespaces).hasSuffix(":") || source.contains("\n")
      || source.hasPrefix("%%")
  }

  func readLine(_ prompt: String) -> String? {
    nb_set_at_prompt(1)
    defer { nb_set_at_prompt(0) }
    guard let line = readline(prompt) else { return nil }
    defer { free(line) }
    let text = String(cString: line)
    if !text.trimmingCharacters(in: .whitespaces).isEmpty {
      add_history(line)
      append_history(1, historyFile)
    }
    return text
  }
}
