import Foundation
import Testing

/// Programs that read and write files: each runs with `nb run` in its own scratch copy of
/// `Fixtures/programs`, and its output is compared with what python3 printed there
/// (`scripts/gen-goldens.py`): stdout, then `-- exception` and the final exception line.
@Suite struct ProgramFixtureTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/programs")
  static let programs = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".py") }.sorted()

  @Test(arguments: programs)
  func matchesPython(_ name: String) throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("nb-program-\(name)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.directory, to: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let result = try BuiltBinary.run(["run", name], in: scratch)
    var output = result.out
    if result.status != 0 {
      let last = result.err.split(separator: "\n").last.map(String.init) ?? ""
      output += "-- exception\n" + last + "\n"
    }
    let expected = try String(
      contentsOf: Self.directory.appendingPathComponent(String(name.dropLast(3)) + ".out"),
      encoding: .utf8)
    #expect(output == expected)
  }
}
