import CInterrupt
import CReadline
import Foundation
import Interpreter

/// `nb run FILE`: runs a document's code cells in one session, streaming output, recording
/// each cell's outputs for reports.
public struct Runner {
  public var figureDirectory = "figures"
  /// Seconds each cell may run before it stops with TimeoutError (exit 124); nil: no limit.
  public var timeout: Double?
  /// Write `DIR/STEM.html`, `.md` and `.ipynb` here after the run (also when a cell fails).
  public var reportDirectory: String?
  /// Go on after a failing cell (the run then exits 0).
  public var allowErrors = false
  /// papermill-style parameters, injected after the cell tagged `parameters`.
  public var parameters: [(name: String, value: String)] = []
  /// Seeds numpy's and Python's random generators before the first cell.
  public var seed: Int?
  /// No progress lines and no figure paths on stderr.
  public var quiet = false
  /// The program's arguments: `sys.argv` is the file as given, then these.
  public var arguments: [String] = []
  /// Progress lines on stderr: updated in place on a terminal, one per cell otherwise.
  public var progressOnTerminal = isatty(2) != 0

  public init() {}

  /// Runs a `.nb`, `.ipynb` or `.py` file. Exit codes: 0 success, 1 error in user code,
  /// 2 unreadable input, 124 timeout.
  public func run(path: String, out: @escaping (String) -> Void, err: @escaping (String) -> Void)
    -> Int32
  {
    guard let data = FileManager.default.contents(atPath: path) else {
      err("nb: cannot read '\(path)': No such file or directory\n")
      return 2
    }
    let ext = (path as NSString).pathExtension.lowercased()
    let document: Document
    switch ext {
    case "py", "nb":
      let bytes = [UInt8](data)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        err(Runner.encodingError(bytes, path: path))
        return 1
      }
      document = ext == "py" ? PercentFormat.script(text) : PercentFormat.parse(text)
    case "ipynb":
      do {
        document = try Ipynb.parse(data)
      } catch {
        err("nb: cannot read '\(path)': \(error)\n")
        return 2
      }
    default:
      err(
        "nb: cannot run '\(path)': unsupported file type '.\(ext)' (expected .nb, .ipynb or .py)\n")
      return 2
    }
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    // A script's tracebacks name its absolute path, as python3 (3.9 and later) does.
    let name = ext == "py" ? Runner.absolutePath(path) : path
    // `import helper` finds helper.py beside the file: sys.path[0] is the file's directory.
    let directory = (Runner.absolutePath(path) as NSString).deletingLastPathComponent
    return execute(
      document, name: name, stem: stem, argv: [path] + arguments, searchDirectory: directory,
      scriptFile: ext == "py" ? name : nil, out: out, err: err)
  }

  /// CPython's refusal of a source file that is not UTF-8 (no PEP 263 declarations here).
  static func encodingError(_ bytes: [UInt8], path: String) -> String {
    // Where the first byte that is not valid UTF-8 lies.
    var parser = Unicode.UTF8.ForwardParser()
    var input = bytes.makeIterator()
    var offset = 0
    while case .valid(let scalar) = parser.parseScalar(from: &input) { offset += scalar.count }
    let bad = bytes[min(offset, bytes.count - 1)]
    let line = 1 + bytes[..<offset].filter { $0 == 10 }.count
    let hex = String(bad, radix: 16)
    return
      "SyntaxError: Non-UTF-8 code starting with '\\x\(hex.count < 2 ? "0" + hex : hex)' in file \(absolutePath(path)) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
  }

  /// `os.path.abspath`: joined to the working directory and normalised, symlinks kept.
  static func absolutePath(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return FileAccess.normalizedPath(joined)
  }

  /// Runs program text read from a pipe, with script semantics.
  public func runSource(
    _ source: String, name: String, out: @escaping (String) -> Void,
    err: @escaping (String) -> Void
  ) -> Int32 {
    execute(PercentFormat.script(source), name: name, stem: "stdin", out: out, err: err)
  }

  /// Runs the code cells in one session; stops at the first error unless `allowErrors`.
  private func execute(
    _ original: Document, name: String, stem: String, argv: [String]? = nil,
    searchDirectory: String = "", scriptFile: String? = nil,
    out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) -> Int32 {
    let document = Parameters.inject(parameters, into: original)
    let session = Session(
      figureDirectory: figureDirectory, stem: stem, argv: argv ?? [name] + arguments)
    session.interp.searchPath.items = [.str(searchDirectory)]
    // A script knows its own path (`os.path.dirname(__file__)`); notebooks, as in Jupyter, do not.
    if let scriptFile { session.interp.main.define("__file__", .str(scriptFile)) }
    var records = document.cells.indices.map { CellRecord(index: $0) }
    var current = 0
    session.writeOut = { s in
      out(s)
      records[current].append(stream: "stdout", s)
    }
    session.writeErr = { s in
      err(s)
      records[current].append(stream: "stderr", s)
    }
    let quiet = self.quiet
    session.figureShown = { path, svg in
      if !quiet { err("figure: \(path)\n") }
      records[current].outputs.append(.figure(svg: svg, path: path))
    }
    session.display = { text, rich in
      out(text + "\n")
      records[current].outputs.append(.display(text: text, rich: rich))
    }
    // As Jupyter's: the cell's outputs so far go (from the reports; the terminal keeps them).
    session.clearOutput = { records[current].outputs.removeAll() }
    var renderer = Runner.renderer(for: document, name: name)
    let documentLines = renderer.sourceLines
    renderer.sourceLines = { file, line in
      documentLines(file, line) ?? session.interp.importedSourceLine(file, line)
    }
    session.interp.sourceLine = renderer.sourceLines
    let isNotebook = document.kind == .notebook
    // Notebook cells have IPython's magics and shell escapes, through `get_ipython()`.
    if isNotebook { session.shell.install() }
    session.interp.displayHook = { value in
      guard !value.isNone, let text = try? PrettyPrinter.format(value, session.interp) else {
        return
      }
      out(text + "\n")
      records[current].outputs.append(
        .result(text, rich: isNotebook ? try? session.shell.richContent(of: value) : nil))
      if isNotebook { session.shell.remember(value, count: records[current].executionCount) }
    }
    let codeCells = document.cells.indices.filter { document.cells[$0].type == .code }
    var status: Int32 = 0
    // Ctrl-C raises KeyboardInterrupt in the running cell: the run ends with 130 and its
    // output and report are kept.
    nb_install_sigint()
    let interruptPoller = InterruptPoller(session.interp)
    defer { withExtendedLifetime(interruptPoller) {} }
    Session.onLargeStack {
      if let seed {
        try? session.interp.run(Parameters.seedingCode(seed), file: "<seed>")
      }
      var executionCount = 0
      for (position, index) in codeCells.enumerated() {
        let cell = document.cells[index]
        current = index
        if !quiet && (isNotebook || progressOnTerminal) {
          Progress.start(
            position + 1, of: codeCells.count, cell: index + 1, title: cell.title,
            terminal: progressOnTerminal, err)
        }
        let started = DispatchTime.now()
        let watchdog = timeout.map { seconds in
          Watchdog(after: seconds, interrupting: session.interp.interruptHandle)
        }
        session.interp.timeoutMessage =
          "cell \(index + 1) exceeded the \(Runner.seconds(timeout ?? 0)) timeout"
        executionCount += 1
        records[index].executed = true
        records[index].executionCount = executionCount
        var cellStatus: Int32 = 0
        do throws(PyException) {
          if isNotebook, let magic = MagicTransformer.cellMagic(cell.source) {
            // `%%time`, `%%writefile`, ...: the magic gets the cell's body (and its place,
            // for tracebacks); its value is displayed as the cell's.
            session.shell.cellBody = (name, cell.firstLine + magic.bodyOffset)
            defer { session.shell.cellBody = nil }
            session.interp.displayHook(
              try session.shell.cellMagic(magic.name, magic.line, magic.body))
          } else {
            let code = isNotebook ? MagicTransformer.transform(cell.source) : cell.source
            let display = isNotebook && !Runner.endsWithSemicolon(code)
            try session.interp.run(
              code, file: name, firstLine: cell.firstLine, displayLast: display)
          }
          // A timeout or Ctrl-C that came while a built-in waited at the cell's end belongs
          // to this cell, not the next one.
          try session.interp.raisePendingInterrupt()
        } catch {
          let before = records[index].outputs.count
          cellStatus = Runner.exitStatus(error, session.interp, renderer) { text in
            err(text)
            records[index].append(stream: "stderr", text)
          }
          // The traceback is the cell's error output, not a stream.
          if cellStatus != 0 && !error.isInstance(of: .systemExit) {
            records[index].outputs.removeSubrange(before...)
            let line = PyException.finalLine(error, session.interp)
            let value =
              line.firstIndex(of: ":").map { String(line[line.index($0, offsetBy: 2)...]) } ?? ""
            records[index].outputs.append(
              .error(
                name: error.exceptionName, value: value,
                traceback: renderer.render(error, session.interp)))
          }
        }
        watchdog?.cancel()
        if !quiet && progressOnTerminal {
          Progress.finish(
            seconds: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9,
            failed: cellStatus != 0, err)
        }
        // Like Jupyter's inline backend: figures still open after a cell are shown.
        if isNotebook { session.plots.showAll() }
        if cellStatus != 0 {
          status = cellStatus
          if !allowErrors || cellStatus == 124 || cellStatus == 130 { break }
        }
      }
    }
    if let reportDirectory {
      do {
        try ReportWriter(document: document, records: records, stem: stem)
          .write(to: reportDirectory)
      } catch {
        err("nb: cannot write the report to '\(reportDirectory)': \(error)\n")
      }
    }
    return allowErrors && status == 1 ? 0 : status
  }

  /// Tracebacks name the file and, in notebooks, the cell (and for .ipynb the line in the cell).
  static func renderer(for document: Document, name: String) -> TracebackRenderer {
    let lines: [Int: String] = {
      var map: [Int: String] = [:]
      for cell in document.cells {
        for (k, line) in cell.source.split(separator: "\n", omittingEmptySubsequences: false)
          .enumerated()
        {
          map[cell.firstLine + k] = String(line)
        }
      }
      return map
    }()
    var renderer = TracebackRenderer(
      sourceLines: { file, line in file == name ? lines[line] : nil },
      cellOfLine: { file, line in file == name ? document.cellNumber(ofLine: line) : nil })
    if document.isIpynb {
      renderer.displayLine = { file, line in
        guard file == name, let cell = document.cellNumber(ofLine: line) else { return line }
        return line - document.cells[cell - 1].firstLine + 1
      }
    }
    return renderer
  }

  /// The exit status for an uncaught exception: `sys.exit(n)` ends quietly with n (a message
  /// argument is printed and gives 1), anything else prints its traceback and gives 1.
  static func exitStatus(
    _ error: PyException, _ interp: Interpreter, _ renderer: TracebackRenderer,
    _ err: (String) -> Void
  ) -> Int32 {
    guard error.isInstance(of: .systemExit) else {
      err(IPythonShell.report(error, interp, renderer))
      if error.isInstance(of: .timeoutError) { return 124 }
      return error.isInstance(of: .keyboardInterrupt) ? 130 : 1
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

/// Interrupts the interpreter with TimeoutError after a delay unless cancelled first (cell
/// timeouts). The timer thread holds only the interrupt handle (see `InterruptHandle`).
final class Watchdog: @unchecked Sendable {
  private let item: DispatchWorkItem

  init(after seconds: Double, interrupting handle: InterruptHandle) {
    item = DispatchWorkItem { handle.interrupt(timeout: true) }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
  }

  func cancel() { item.cancel() }
}
