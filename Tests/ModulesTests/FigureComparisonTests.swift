import Foundation
import Interpreter
import Modules
import PlotKit
import Testing

/// Each program in Figures/ draws a figure with pyplot. Its NumBook SVG and matplotlib's
/// (Figures/ref, made by scripts/gen-plot-refs.py) are rendered by rsvg-convert at the same
/// size and compared by scripts/pixdiff.py: under 1 % of the pixels may differ (1-pixel
/// tolerant), and the two figures must show the same text (tick labels, titles, legends).
@Suite struct FigureComparisonTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Figures")
  static let allPrograms = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".py") }.sorted()
  /// Figures NumBook draws as matplotlib does; `approx_` ones (constrained layout, which
  /// NumBook approximates) are held to their axes' boxes within 2 % instead.
  static let programs = allPrograms.filter { !$0.hasPrefix("approx_") }
  static let approximations = allPrograms.filter { $0.hasPrefix("approx_") }

  @Test(arguments: approximations)
  func approximatelyTheSameBoxes(_ name: String) throws {
    let figure = try Self.figure(name)
    let stem = String(name.dropLast(3))
    let expected = try Self.reference(stem)
    let actual = figure.summaries()
    try #require(actual.count == expected.count, "\(stem): number of axes")
    for (a, e) in zip(actual, expected) {
      let box = [a.box.x, a.box.y, a.box.width, a.box.height]
      let scale = max(figure.width, figure.height)
      #expect(
        zip(box, e.box).allSatisfy { abs($0 - $1) <= 0.02 * scale },
        "\(stem): box \(box) vs \(e.box)")
      #expect(a.xTickLabels == e.xticks && a.yTickLabels == e.yticks, "\(stem): tick labels")
    }
  }
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The last figure the program `name` draws (an exception it raises is an issue).
  static func figure(_ name: String) throws -> Figure {
    let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    let interp = Interpreter()
    let plots = PyplotState()
    StandardModules.install(in: interp, plots: plots)
    interp.writeOut = { _ in }
    do throws(PyException) {
      try interp.run(source, file: name)
    } catch {
      Issue.record("\(name): \(PyException.finalLine(error, interp))")
    }
    return try #require(plots.figures.last)
  }

  static func draw(_ name: String) throws -> String { try figure(name).svg() }

  /// matplotlib's numbers for the figure `stem`.
  static func reference(_ stem: String) throws -> [Summary] {
    let data = try Data(contentsOf: directory.appendingPathComponent("ref/\(stem).json"))
    return try JSONDecoder().decode([Summary].self, from: data)
  }

  /// The text of every label: `<text>` contents, and mathtext parts joined (but the glyphs
  /// of the STIX fonts and cmsy10, which NumBook draws as outlines, not text).
  static func texts(_ svg: String) -> [String] {
    var out: [String] = []
    for match in svg.matches(of: #/<text[^>]*>([^<]+)</text>/#) { out.append(String(match.1)) }
    for match in svg.matches(of: #/<text>((?:\s*<tspan[^>]*>[^<]*</tspan>)+)\s*</text>/#) {
      let parts = String(match.1).matches(of: #/<tspan[^>]*style="([^"]*)"[^>]*>([^<]*)</tspan>/#)
        .filter { !$0.1.contains("'STIX") && !$0.1.contains("'cmsy10'") }.map { String($0.2) }
      out.append(parts.joined())
    }
    return out.sorted()
  }

  /// matplotlib's numbers for the figure (Figures/ref/NAME.json).
  struct Summary: Decodable {
    var box: [Double]
    var xlim: [Double]
    var ylim: [Double]
    var xticks: [String]
    var yticks: [String]
  }

  @Test(arguments: programs)
  func sameLimitsTicksAndBoxes(_ name: String) throws {
    let stem = String(name.dropLast(3))
    let actual = try Self.figure(name).summaries()
    let expected = try Self.reference(stem)
    try #require(actual.count == expected.count, "\(stem): number of axes")
    func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
      abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
    for (i, (a, e)) in zip(actual, expected).enumerated() {
      let box = [a.box.x, a.box.y, a.box.width, a.box.height]
      #expect(
        zip(box, e.box).allSatisfy { close($0, $1, 1e-4) },
        "\(stem) axes \(i): box \(box) vs \(e.box)")
      let limits = [a.xlim.0, a.xlim.1, a.ylim.0, a.ylim.1]
      #expect(
        zip(limits, e.xlim + e.ylim).allSatisfy { close($0, $1, 1e-9) },
        "\(stem) axes \(i): limits \(limits) vs \(e.xlim + e.ylim)")
      #expect(a.xTickLabels == e.xticks, "\(stem) axes \(i): x tick labels")
      #expect(a.yTickLabels == e.yticks, "\(stem) axes \(i): y tick labels")
    }
  }

  @Test(arguments: programs)
  func looksLikeMatplotlib(_ name: String) throws {
    let stem = String(name.dropLast(3))
    let svg = try Self.draw(name)
    let reference = Self.directory.appendingPathComponent("ref/\(stem).svg")
    let expected = try String(contentsOf: reference, encoding: .utf8)
    #expect(Self.texts(svg) == Self.texts(expected), "text of \(stem)")
    let candidate = FileManager.default.temporaryDirectory.appendingPathComponent(
      "numbook-figure-\(stem)-\(getpid()).svg")
    try svg.write(to: candidate, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: candidate) }
    let report = try Self.pixdiff(reference.path, candidate.path)
    let tolerant = try #require(report["frac_diff_tolerant"])
    let iou = try #require(report["ink_iou"])
    #expect(tolerant < 0.01, "\(stem): \(tolerant * 100) % of the pixels differ")
    #expect(iou > 0.98, "\(stem): ink overlap \(iou)")
  }

  static func pixdiff(_ a: String, _ b: String) throws -> [String: Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", repository.appendingPathComponent("scripts/pixdiff.py").path, a, b,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var values: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2, let v = Double(parts[1].trimmingCharacters(in: .whitespaces)) {
        values[String(parts[0])] = v
      }
    }
    return values
  }
}
