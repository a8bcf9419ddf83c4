import Foundation
import Interpreter

/// `nb run FILE`: runs a document's code cells in one session, streaming output.
public struct Runner {
  public var figureDirectory = "figures"

  public init() {}

  /// Exit codes: 0 success, 1 error in user code, 2 unreadable input.
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
    let session = Session(figureDirectory: figureDirectory, stem: stem)
    session.writeOut = out
    session.writeErr = err
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let renderer = TracebackRenderer(
      sourceLines: { file, line in file == path && line >= 1 && line <= lines.count ? lines[line - 1] : nil },
      cellOfLine: { file, line in file == path ? document.cellNumber(ofLine: line) : nil })

    return Session.onLargeStack {
      for cell in document.cells where cell.type == .code {
        let code: String
        do throws(PyException) {
          code = try Magics.strip(cell.source, notebook: document.kind == .notebook)
        } catch {
          err(renderer.render(error, session.interp))
          return 1
        }
        let display = document.kind == .notebook && !Runner.endsWithSemicolon(code)
        session.interp.displayHook = { value in
          guard !value.isNone, let text = try? session.interp.repr(value) else { return }
          out(text + "\n")
        }
        do throws(PyException) {
          try session.interp.run(code, file: path, firstLine: cell.firstLine, displayLast: display)
        } catch {
          err(renderer.render(error, session.interp))
          return 1
        }
        // Like Jupyter's inline backend: figures still open after a cell are shown.
        if document.kind == .notebook { session.plots.showAll() }
      }
      return 0
    }
  }

  /// Runs program text read from a pipe, with script semantics.
  public func runSource(
    _ source: String, name: String, figureDirectory: String, out: @escaping (String) -> Void,
    err: @escaping (String) -> Void
  ) -> Int32 {
    let session = Session(figureDirectory: figureDirectory, stem: "stdin")
    session.writeOut = out
    session.writeErr = err
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let renderer = TracebackRenderer(sourceLines: { file, line in
      file == name && line >= 1 && line <= lines.count ? lines[line - 1] : nil
    })
    return Session.onLargeStack {
      do throws(PyException) {
        try session.interp.run(source, file: name)
        return 0
      } catch {
        err(renderer.render(error, session.interp))
        return 1
      }
    }
  }

  static func endsWithSemicolon(_ source: String) -> Bool {
    let last = source.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
    return last?.trimmingCharacters(in: .whitespaces).hasSuffix(";") ?? false
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
          throw PyException(.syntaxError, "unknown magic %\(name) (NumBook supports %matplotlib, which it ignores)")
        }
        lines[i] = ""
      } else if trimmed.hasPrefix("!") {
        throw PyException(.syntaxError, "shell commands (!\(trimmed.dropFirst())) are not supported")
      }
    }
    return lines.joined(separator: "\n")
  }
}
