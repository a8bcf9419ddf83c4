import Foundation
import Testing

/// Programs that read and write files: each runs with `nb run` in its own scratch copy of
/// `Fixtures/programs`, and its output is compared with what python3 printed there
/// (`scripts/gen-goldens.py`): stdout, then for a failing run `-- exit N` and the last line of
/// stderr (the exception, or a `sys.exit` message).
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
      output += "-- exit \(result.status)\n"
      if let last = result.err.split(separator: "\n").last { output += last + "\n" }
    }
    let expected = try String(
      contentsOf: Self.directory.appendingPathComponent(String(name.dropLast(3)) + ".out"),
      encoding: .utf8)
    #expect(output == expected)
  }
}

/// NumBook's `.npy`/`.npz` files against real numpy: byte-identical `.npy`, and numpy reads our
/// archives as it reads its own (bootstrap installs numpy for this).
@Suite struct NumpyFileInteropTests {
  @Test func numpyReadsWhatNumBookWrites() throws {
    let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("nb-npy-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent("programs"), to: scratch)
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try BuiltBinary.run(["run", "npy_roundtrip.py"], in: scratch)

    let ours = try Data(contentsOf: scratch.appendingPathComponent("ours.npy"))
    let numpys = try Data(contentsOf: scratch.appendingPathComponent("data/expected_ours.npy"))
    #expect(ours == numpys)

    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    reader.arguments = ["python3", fixtures.appendingPathComponent("numpy_reads_ours.py").path]
    reader.currentDirectoryURL = scratch
    let out = Pipe()
    reader.standardOutput = out
    try reader.run()
    let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    reader.waitUntilExit()
    let expected = try String(
      contentsOf: fixtures.appendingPathComponent("numpy_reads_ours.out"), encoding: .utf8)
    #expect(reader.terminationStatus == 0)
    #expect(printed == expected)
  }
}
