import Foundation
import Testing

@testable import Notebook

/// `.ipynb` input, parameters and seeds, reports and conversion, through the built `nb`.
@Suite struct NotebookFeatureTests {
  static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  static let source = BuiltBinary.root.appendingPathComponent("Tests/NotebookTests/Fixtures")

  static func scratch(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "nb-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func expected(_ path: String) throws -> String {
    try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
  }

  /// Course-style notebooks written as Jupyter writes them run unchanged, printing what
  /// Jupyter would show (scripts/make-ipynb-fixtures.py, goldens from python3).
  @Test(arguments: ["display", "linear_regression", "logic_gate", "numpy_tour"])
  func ipynbRunsUnchanged(_ name: String) throws {
    let dir = try Self.scratch(name)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = Self.fixtures.appendingPathComponent("ipynb/\(name).ipynb").path
    let result = try BuiltBinary.run(["run", path, "--quiet", "--figures", dir.path])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == (try Self.expected("ipynb/\(name).out")))
  }

  /// IPython's magics and shell escapes in cells print what IPython's own shell prints
  /// (scripts/gen-goldens.py runs the cells through it); durations differ from run to run
  /// and are compared masked.
  @Test func ipynbMagicsRunAsIPythonRuns() throws {
    let dir = try Self.scratch("magics")
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = Self.fixtures.appendingPathComponent("ipynb/magics.ipynb").path
    let result = try BuiltBinary.run(
      ["run", path, "--quiet", "--figures", dir.path], in: dir)
    #expect(result.status == 0, "\(result.err)")
    func masked(_ text: String) -> String {
      text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("The slowest run took") }
        .joined(separator: "\n")
        .replacing(#/[0-9.]+ (s|ms|µs|ns)\b/#, with: "T")
    }
    let expected = try Self.expected("ipynb/magics.out")
    #expect(masked(result.out) == masked(expected))
    #expect(masked(expected).contains("Wall time: T\n"))
    #expect(
      !FileManager.default.fileExists(atPath: dir.appendingPathComponent("magic_demo.py").path))
  }

  /// A magic that does not exist stops the run with IPython's one-line UsageError; an error
  /// in a `%%time` cell's body names the notebook's own line.
  @Test func magicErrorsNameTheirCell() throws {
    let dir = try Self.scratch("magic-errors")
    defer { try? FileManager.default.removeItem(at: dir) }
    let notebook = dir.appendingPathComponent("errors.nb")
    try "# %%\nx = 1\n%nosuchmagic now\n# %%\n%%time\ny = 2\nz = y / 0\n# %%\n%%nosuchcell\n"
      .write(to: notebook, atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(["run", "errors.nb", "--quiet", "--allow-errors"], in: dir)
    #expect(result.status == 0)
    #expect(
      result.err == """
        UsageError: Line magic function `%nosuchmagic` not found.
        Traceback (most recent call last):
          File "errors.nb", line 7, in <module> (cell 2)
            z = y / 0
                ~~^~~
        ZeroDivisionError: division by zero
        UsageError: Cell magic `%%nosuchcell` not found.

        """)
  }

  /// `display()` and a cell's value put rich outputs (HTML, Markdown, figures, PNG images)
  /// into the reports beside their text; `clear_output()` empties the cell's outputs there, as Jupyter's page does, while
  /// the terminal keeps everything.
  @Test func displayAndClearOutputReachTheReports() throws {
    let dir = try Self.scratch("display")
    defer { try? FileManager.default.removeItem(at: dir) }
    try """
    # %%
    from IPython.display import display, clear_output, HTML, Markdown
    import matplotlib.pyplot as plt
    for epoch in range(3):
        clear_output(wait=True)
        print('epoch', epoch)
    display(HTML('<b>bold</b>'), Markdown('*it*'), 7)
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    display(fig)
    plt.close(fig)
    plt.plot([1, 2])
    plt.savefig('p.png')
    plt.close()
    from IPython.display import Image
    display(Image('p.png'))
    HTML('<i>last</i>')

    """.write(to: dir.appendingPathComponent("d.nb"), atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(
      ["run", "d.nb", "--quiet", "--report", "out", "--figures", "figs"], in: dir)
    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.out
        == "epoch 0\nepoch 1\nepoch 2\n<IPython.core.display.HTML object>\n<IPython.core.display.Markdown object>\n7\n<IPython.core.display.Image object>\n<IPython.core.display.HTML object>\n"
    )
    let report = try String(
      contentsOf: dir.appendingPathComponent("out/d.ipynb"), encoding: .utf8)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
    let cells = try #require(json["cells"] as? [[String: Any]])
    let outputs = try #require(cells.first?["outputs"] as? [[String: Any]])
    #expect(
      outputs.map { $0["output_type"] as? String } == [
        "stream", "display_data", "display_data", "display_data", "display_data", "display_data",
        "execute_result",
      ])
    #expect((outputs[0]["text"] as? [String]) == ["epoch 2\n"])
    let mimes = outputs.dropFirst().map { ($0["data"] as? [String: Any])?.keys.sorted() ?? [] }
    #expect(
      mimes == [
        ["text/html", "text/plain"], ["text/markdown", "text/plain"], ["text/plain"],
        ["image/svg+xml", "text/plain"], ["image/png", "text/plain"], ["text/html", "text/plain"],
      ])
    let html = try String(contentsOf: dir.appendingPathComponent("out/d.html"), encoding: .utf8)
    #expect(html.contains("<div class=\"display\"><b>bold</b></div>"))
    #expect(html.contains("<em>it</em>"))
    #expect(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo"))
    #expect(html.contains("<div class=\"display\"><i>last</i></div>"))
  }

  @Test func parametersAndSeedFollowPapermill() throws {
    let path = Self.fixtures.appendingPathComponent("reports/params.nb").path
    let result = try BuiltBinary.run(
      ["run", path, "--quiet", "-p", "epochs", "5", "-p", "name", "demo", "--seed", "7"])
    #expect(result.status == 0)
    #expect(result.out == (try Self.expected("reports/params.out")))
  }

  /// Reports are written even when a cell fails; they match the recorded ones (set
  /// NB_RECORD_REPORTS=1 to record), and the .ipynb passes nbformat's validator.
  @Test func reportsOfAFailingRun() throws {
    // Run by relative name in a scratch folder, so tracebacks in the reports name the file
    // the same way on every machine.
    let work = try Self.scratch("report")
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("reports/report_demo.nb"),
      to: work.appendingPathComponent("report_demo.nb"))
    let dir = work.appendingPathComponent("out")
    let result = try BuiltBinary.run(
      ["run", "report_demo.nb", "--quiet", "--report", "out", "--figures", "figs"], in: work)
    #expect(result.status == 1)
    #expect(
      result.out
        == "hello <report> & friends\narray([0. , 1.5, 3. , 4.5])\n<matplotlib.legend.Legend at 0x7f1000a00080>\n"
    )
    for file in [
      "report_demo.html", "report_demo.md", "report_demo.ipynb", "report_demo_files/figure-1.svg",
    ] {
      let written = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
      let golden = Self.source.appendingPathComponent("reports/expected/\(file)")
      if ProcessInfo.processInfo.environment["NB_RECORD_REPORTS"] == "1" {
        try FileManager.default.createDirectory(
          at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try written.write(to: golden, atomically: true, encoding: .utf8)
      } else {
        #expect(written == (try Self.expected("reports/expected/\(file)")), "\(file) differs")
      }
    }
    let html = try String(
      contentsOf: dir.appendingPathComponent("report_demo.html"), encoding: .utf8)
    #expect(html.contains("Execution stopped: cell 4 raised an exception."))
    #expect(html.contains("not executed"))
    #expect(html.contains("hello &lt;report&gt; &amp; friends"))

    let validator = Process()
    validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    validator.arguments = [
      "python3", "-c",
      "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')",
      dir.appendingPathComponent("report_demo.ipynb").path,
    ]
    let out = Pipe()
    validator.standardOutput = out
    try validator.run()
    let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    validator.waitUntilExit()
    #expect(printed == "valid\n")
  }

  @Test func allowErrorsGoesOnAndExitsZero() throws {
    let path = Self.fixtures.appendingPathComponent("reports/report_demo.nb").path
    let dir = try Self.scratch("allow")
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try BuiltBinary.run([
      "run", path, "--quiet", "--allow-errors", "--figures", dir.path,
    ])
    #expect(result.status == 0)
    #expect(result.out.hasSuffix("never runs\n"))
    #expect(result.err.contains("KeyError: 'missing'"))
  }

  /// A canonical .nb survives .nb -> .ipynb -> .nb byte for byte; .py conversion runs.
  @Test func convertRoundTrips() throws {
    let dir = try Self.scratch("convert")
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = Self.fixtures.appendingPathComponent("reports/params.nb")
    let text = try String(contentsOf: original, encoding: .utf8)
    let ipynb = dir.appendingPathComponent("p.ipynb").path
    let back = dir.appendingPathComponent("p.nb").path
    #expect(try BuiltBinary.run(["convert", original.path, ipynb]).status == 0)
    #expect(try BuiltBinary.run(["convert", ipynb, back]).status == 0)
    #expect(try String(contentsOfFile: back, encoding: .utf8) == text)
    let script = dir.appendingPathComponent("p.py").path
    #expect(try BuiltBinary.run(["convert", ipynb, script]).status == 0)
    let run = try BuiltBinary.run(["run", script])
    #expect(run.out.hasPrefix("2 0.1 default int\n"))
    #expect(try BuiltBinary.run(["convert", "missing.nb", script]).status == 2)
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try BuiltBinary.run(["run", "--bogus", "x.nb"]).status == 2)
    #expect(try BuiltBinary.run(["run", "x.nb", "-p", "a"]).status == 2)
  }
}
