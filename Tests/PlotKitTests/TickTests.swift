import Foundation
import PlotKit
import Testing

/// The tick rules of PLOT_STYLE.md §15–16, on the worked examples it gives.
@Suite struct TickTests {
  func visible(_ ticks: [Double], _ lo: Double, _ hi: Double) -> [Double] {
    ticks.filter { $0 >= lo - 1e-9 && $0 <= hi + 1e-9 }
  }

  @Test func autoLocatorSteps() {
    #expect(
      visible(MaxNLocator(nbins: 9).ticks(-0.314, 6.597), -0.314, 6.597) == [0, 1, 2, 3, 4, 5, 6])
    #expect(
      visible(MaxNLocator(nbins: 9).ticks(-4.95, 103.95), -4.95, 103.95) == [
        0, 20, 40, 60, 80, 100,
      ])
    #expect(visible(MaxNLocator(nbins: 9).ticks(0, 7.35), 0, 7.35) == [0, 1, 2, 3, 4, 5, 6, 7])
    #expect(MaxNLocator.autoBins(length: 105.035, horizontal: true) == 3)
  }

  @Test func scalarFormatterDecimalsAndMinus() {
    let locs = MaxNLocator(nbins: 9).ticks(-1.1, 1.1)
    let f = ScalarFormatter(locs: locs, view: (-1.1, 1.1))
    #expect(f.label(-0.75) == "\u{2212}0.75")
    #expect(f.label(0) == "0.00")
    let g = ScalarFormatter(locs: [0, 0.2, 0.4], view: (-0.04, 1.05))
    #expect(g.label(0.2) == "0.2")
  }

  @Test func scientificScaleAndOffset() {
    let big = ScalarFormatter(locs: [0, 4e5, 8e5, 1.2e6, 1.6e6], view: (0, 1.7e6))
    #expect(big.offsetText == "1e6")
    #expect(big.label(1.6e6) == "1.6")
    let offset = ScalarFormatter(
      locs: [99996, 99998, 100000, 100002, 100004], view: (99995, 100005))
    #expect(offset.offsetText == "+1e5")
    #expect(offset.label(99998) == "\u{2212}2")
  }

  @Test func contourLevels() {
    let levels = ContourLevels.auto(0, 1, count: 7, filled: true)
    #expect(levels.count == 8)
    #expect(abs(levels.last! - 1.05) < 1e-12)
    #expect(ContourLevels.auto(-10, 10, count: 7, filled: true).first == -10)
  }

  @Test func mismatchedLengthsAreAnError() {
    let axes = Figure().subplot(rows: 1, cols: 1, index: 1)
    #expect(throws: PlotError.self) { try axes.plot(x: [1, 2], y: [1]) }
  }

  @Test func unknownColorsAndColormapsAreErrors() {
    #expect(throws: PlotError.self) { try Colors.parse("blurple") }
    #expect(throws: PlotError.self) { try Colormap.named("nope") }
    #expect((try? Colors.parse("0.8"))?.hex == "#cccccc")
    #expect((try? Colors.parse("tab:orange"))?.hex == "#ff7f0e")
  }

  @Test func outputIsDeterministic() throws {
    func draw() throws -> String {
      let f = Figure()
      let a = f.subplot(rows: 1, cols: 1, index: 1)
      try a.plot(x: [1, 2, 3], y: [2, 4, 1]).label = "A & B"
      a.legend = Legend()
      a.title = "<title>"
      return f.svg()
    }
    let svg = try draw()
    #expect(svg == (try draw()))
    #expect(svg.contains(">&lt;title&gt;</text>"))
    #expect(svg.contains("width=\"460.8pt\" height=\"345.6pt\""))
  }

  /// A 10^5-point line is one path element.
  @Test func longLineIsOnePath() throws {
    let f = Figure()
    let a = f.subplot(rows: 1, cols: 1, index: 1)
    let x = (0..<100_000).map(Double.init)
    try a.plot(x: x, y: x.map { $0 * $0 })
    let svg = f.svg()
    #expect(svg.components(separatedBy: "<path").count < 40)
  }
}
