import Foundation
import Interpreter
import Modules
import PlotKit

/// An interpreter with the standard modules, a figure writer and output wiring: what one
/// `nb run` file or one REPL uses.
public final class Session {
  public let interp = Interpreter()
  public let plots = PyplotState()
  public var figures: FigureWriter
  /// `get_ipython()`: magics and shell escapes for notebook cells and the REPL.
  public private(set) lazy var shell = IPythonShell(session: self)
  public var writeOut: (String) -> Void = { s in FileHandle.standardOutput.write(Data(s.utf8)) }
  public var writeErr: (String) -> Void = { s in FileHandle.standardError.write(Data(s.utf8)) }
  /// Called for each figure shown, after it is written (path, SVG text); reports it on stderr
  /// unless replaced.
  public var figureShown: (String, String) -> Void = { _, _ in }
  /// `display(obj)` of anything but a figure: its text (printed) and richer form; a notebook
  /// run records both for its reports.
  public var display: (String, CellRecord.RichContent?) -> Void = { _, _ in }
  /// `clear_output()`: a notebook run empties the running cell's recorded outputs.
  public var clearOutput: () -> Void = {}

  public init(figureDirectory: String, stem: String, argv: [String] = [""]) {
    figures = FigureWriter(directory: figureDirectory, stem: stem)
    StandardModules.install(in: interp, plots: plots, argv: argv)
    interp.writeOut = { [unowned self] s in self.writeOut(s) }
    interp.writeErr = { [unowned self] s in self.writeErr(s) }
    figureShown = { [unowned self] path, _ in self.writeErr("figure: \(path)\n") }
    display = { [unowned self] text, _ in self.writeOut(text + "\n") }
    plots.show = { [unowned self] figure in
      do {
        // As Jupyter's inline backend shows figures: cropped to their contents (bbox_inches='tight').
        let svg = figure.svg(tightBBox: true)
        let path = try self.figures.write(svg)
        self.figureShown(path, svg)
      } catch {
        self.writeErr("error: cannot write figure: \(error)\n")
      }
    }
  }

  /// Runs `body` on a thread with a large stack, so deep recursion in user code raises
  /// RecursionError instead of overflowing the native stack. Returns once the thread has
  /// ended (joined, not merely signalled): release builds count the interpreter's references
  /// without atomic instructions, so the thread must be done releasing what `body` held
  /// before this thread touches those objects again.
  public static func onLargeStack<T>(_ body: @escaping () -> T) -> T {
    let box = ResultBox<T>()
    let job = LargeStackJob { box.value = body() }
    let context = Unmanaged.passRetained(job).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 1 << 30)
    var thread = pthread_t()
    let status = pthread_create(
      &thread, &attributes,
      { raw in
        Unmanaged<LargeStackJob>.fromOpaque(raw!).takeRetainedValue().run()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<LargeStackJob>.fromOpaque(context).release()
      return body()
    }
    pthread_join(thread, nil)
    return box.value!
  }
}

/// The work of a large-stack thread.
private final class LargeStackJob {
  let run: () -> Void
  init(_ run: @escaping () -> Void) { self.run = run }
}

/// Writes figures as `DIR/STEM-N.svg`, numbered in order of display.
public struct FigureWriter {
  public let directory: String
  public let stem: String
  public private(set) var count = 0

  public init(directory: String, stem: String) {
    self.directory = directory
    self.stem = stem
  }

  public mutating func write(_ svg: String) throws -> String {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    count += 1
    let path = (directory as NSString).appendingPathComponent("\(stem)-\(count).svg")
    try svg.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}

/// Carries a result back from the large-stack thread.
final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}
