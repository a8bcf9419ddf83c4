import Foundation
import Interpreter
import Modules
import Testing

/// Programs using numpy and math, compared with what python3 + numpy printed.
@Suite struct NumpyFixtureTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  static let programs = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".py") }.sorted()

  @Test(arguments: programs)
  func matchesNumpy(_ name: String) throws {
    let source = try String(
      contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
    let expected = try String(
      contentsOf: Self.directory.appendingPathComponent(String(name.dropLast(3)) + ".out"),
      encoding: .utf8)
    let interp = Interpreter()
    StandardModules.install(in: interp, plots: PyplotState())
    var out = ""
    interp.writeOut = { out += $0 }
    do throws(PyException) {
      try interp.run(source, file: name)
    } catch {
      out += "-- exception\n" + PyException.finalLine(error, interp) + "\n"
    }
    #expect(out == expected)
  }
}
