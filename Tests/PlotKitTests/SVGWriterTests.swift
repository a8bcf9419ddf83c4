import Foundation
import PlotKit
import Testing

@Suite struct SVGWriterTests {
  func lineFigure() throws -> Figure {
    let figure = Figure()
    let axes = figure.addSubplot()
    try axes.plot(x: [1, 2, 3], y: [2, 4, 1])
    axes.title = "A & B"
    return figure
  }

  @Test func deterministicAndEscaped() throws {
    let a = try lineFigure().svg()
    #expect(a == (try lineFigure().svg()))
    #expect(a.contains(">A &amp; B</text>"))
    #expect(a.contains("width=\"460.8pt\" height=\"345.6pt\""))
  }

  /// Matplotlib's AutoLocator and ScalarFormatter (the values in PLOT_STYLE.md §15–16).
  @Test func ticksMatchMatplotlib() {
    let ticks = TickLocator.ticks(-1.1, 1.1, maxIntervals: 9)
    #expect(TickFormatter.labels(ticks).contains("\u{2212}0.75"))
    #expect(
      TickLocator.ticks(-4.95, 103.95, maxIntervals: 9).filter { $0 >= -4.95 && $0 <= 103.95 } == [
        0, 20, 40, 60, 80, 100,
      ])
  }

  @Test func rsvgRendersTheFigure() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plotkit-test")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let svg = dir.appendingPathComponent("line.svg")
    try lineFigure().svg().write(to: svg, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
    process.arguments = ["-o", dir.appendingPathComponent("line.png").path, svg.path]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func mismatchedLengthsAreAnError() {
    let axes = Figure().addSubplot()
    #expect(throws: PlotError.self) { try axes.plot(x: [1, 2], y: [1]) }
  }
}
