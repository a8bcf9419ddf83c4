import Foundation
import Interpreter

/// `nb run FILE`: runs a document's code cells in one session, streaming output.
public struct Runner {
  public var figureDirectory = "figures"
  /// Seconds each cell may run before it stops with TimeoutError (exit 124); nil: no limit.
  public var timeout: Double?

  public init() {}

  /// Runs a `.nb` or `.py` file. Exit codes: 0 success, 1 error in user code, 2 unreadable input.
  public func run(path: String, out: @escaping (String) -> Void, err: @escaping (String) -> Void)
    -> Int32
  {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      err("nb: cannot read '\(path)': No such file or directory\n")
      return 2
    }
    let ext = (path as NSString).pathExtension.lowercased()
    let document: Document
    switch ext {
    case "py": document = PercentFormat.script(text)
    case "nb": document = PercentFormat.parse(text)
    default:
      err("nb: cannot run '\(path)': unsupported file type '.\(ext)' (expected .nb or .py)\n")
      return 2
    }
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return execute(document, text: text, name: path, stem: stem, out: out, err: err)
  }

  /// Runs program text read from a pipe, with script semantics.
  public func runSource(
    _ source: String, name: String, out: @escaping (String) -> Void,
    err: @escaping (String) -> Void
  ) -> Int32 {
    execute(
      PercentFormat.script(source), text: source, name: name, stem: "stdin", out: out, err: err)
  }

  /// Runs the code cells in one session, stopping at the first error.
  private func execute(
    _ document: Document, text: String, name: String, stem: String,
    out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) -> Int32 {
    let session = Session(figureDirectory: figureDirectory, stem: stem, argv: [name])
    session.writeOut = out
    session.writeErr = err
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let renderer = TracebackRenderer(
      sourceLines: { file, line in
        file == name && line >= 1 && line <= lines.count ? lines[line - 1] : nil
      },
      cellOfLine: { file, line in file == name ? document.cellNumber(ofLine: line) : nil })
    let isNotebook = document.kind == .notebook
    session.interp.displayHook = { value in
      guard !value.isNone, let text = try? session.interp.repr(value) else { return }
      out(text + "\n")
    }
    return Session.onLargeStack {
      for (index, cell) in document.cells.enumerated() where cell.type == .code {
        let watchdog = timeout.map { seconds in
          Watchdog(after: seconds) { session.interp.interrupt(timeout: true) }
        }
        session.interp.timeoutMessage =
          "cell \(index + 1) exceeded the \(Runner.seconds(timeout ?? 0)) timeout"
        defer { watchdog?.cancel() }
        do throws(PyException) {
          let code = try Magics.strip(cell.source, notebook: isNotebook)
          let display = isNotebook && !Runner.endsWithSemicolon(code)
          try session.interp.run(code, file: name, firstLine: cell.firstLine, displayLast: display)
        } catch {
          return Runner.exitStatus(error, session.interp, renderer, err)
        }
        // Like Jupyter's inline backend: figures still open after a cell are shown.
        if isNotebook { session.plots.showAll() }
      }
      return 0
    }
  }

  /// The exit status for an uncaught exception: `sys.exit(n)` ends quietly with n (a message
  /// argument is printed and gives 1), anything else prints its traceback and gives 1.
  static func exitStatus(
    _ error: PyException, _ interp: Interpreter, _ renderer: TracebackRenderer,
    _ err: (String) -> Void
  ) -> Int32 {
    guard error.isInstance(of: .systemExit) else {
      err(renderer.render(error, interp))
      return error.isInstance(of: .timeoutError) ? 124 : 1
    }
    switch error.args.first {
    case nil, .some(.none): return 0
    case .some(.int(let code)): return Int32(truncatingIfNeeded: code)
    case .some(let message):
      err(((try? interp.str(message)) ?? "") + "\n")
      return 1
    }
  }

  static func seconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s))-second" : "\(s)-second"
  }

  /// `x;` as the last code line suppresses the display, as in Jupyter.
  static func endsWithSemicolon(_ source: String) -> Bool {
    let code = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    return code.last { !$0.isEmpty && !$0.hasPrefix("#") }?.hasSuffix(";") ?? false
  }
}

/// IPython magics in notebook cells: display magics are ignored, the rest are errors.
enum Magics {
  static let ignored: Set<String> = ["matplotlib", "config", "load_ext", "autoreload"]

  /// Blanks accepted magic lines (keeping line numbers) and rejects the others.
  static func strip(_ source: String, notebook: Bool) throws(PyException) -> String {
    guard notebook, source.contains("%") || source.contains("!") else { return source }
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (i, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("%") {
        let name = trimmed.drop { $0 == "%" }.prefix { !$0.isWhitespace }
        guard ignored.contains(String(name)) else {
          throw PyException(
            .syntaxError, "unknown magic %\(name) (NumBook supports %matplotlib, which it ignores)")
        }
        lines[i] = ""
      } else if trimmed.hasPrefix("!") {
        throw PyException(
          .syntaxError, "shell commands (!\(trimmed.dropFirst())) are not supported")
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// Calls `fire` after a delay unless cancelled first (cell timeouts).
final class Watchdog: @unchecked Sendable {
  private let item: DispatchWorkItem

  init(after seconds: Double, fire: @escaping @Sendable () -> Void) {
    item = DispatchWorkItem(block: fire)
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
  }

  func cancel() { item.cancel() }
}
