import Foundation
import Testing

/// Uncaught errors print the whole traceback exactly as Python 3.11 does, the `~~~^^^`
/// markers under the failing expression included (goldens: python3's stderr, from
/// scripts/gen-goldens.py).
@Suite struct TracebackFixtureTests {
  static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/tracebacks")
  static let programs = try! FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".py") }.sorted()

  @Test(arguments: programs)
  func tracebackMatchesPython(_ name: String) throws {
    let work = try NotebookFeatureTests.scratch("traceback")
    defer { try? FileManager.default.removeItem(at: work) }
    // The whole folder: some programs import packages that live beside them.
    for item in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) {
      try FileManager.default.copyItem(
        at: Self.folder.appendingPathComponent(item), to: work.appendingPathComponent(item))
    }
    let result = try BuiltBinary.run(["run", name], in: work)
    let expected = try String(
      contentsOf: Self.folder.appendingPathComponent(String(name.dropLast(3)) + ".err"),
      encoding: .utf8)
    #expect(result.status == 1)
    // Both name the script by its absolute path (python3 3.9+); the goldens drop the scratch
    // folder, and so does the comparison.
    let printed = result.err.replacingOccurrences(of: work.path + "/", with: "")
    #expect(printed == expected)
    if expected.contains("File \"") {
      #expect(result.err.contains("File \"\(work.path)/\(name)\""))
    }
  }
}
