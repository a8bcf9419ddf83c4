import Foundation
import Interpreter
import Modules
import NumKit
import Testing

/// Programs using numpy and math, compared with what python3 + numpy printed.
@Suite struct NumpyFixtureTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  static let programs = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".py") }.sorted()

  /// `NAME.out`, or `NAME.avx512.out` where the BLAS kernels are of that family and the
  /// fixture has one: matrix products print the digits of the order their kernels sum in,
  /// which numpy's and the linked OpenBLAS share on one processor (gen-goldens writes the
  /// variant of the machine it runs on; `NAME.out` is the Haswell kernels').
  static func expectedOutput(_ name: String) -> URL {
    let stem = String(name.dropLast(3))
    if let family = BLASKernel.family, family != .haswell {
      let variant = directory.appendingPathComponent("\(stem).\(family.rawValue).out")
      if FileManager.default.fileExists(atPath: variant.path) { return variant }
    }
    return directory.appendingPathComponent(stem + ".out")
  }

  @Test(arguments: programs)
  func matchesNumpy(_ name: String) throws {
    let path = Self.directory.appendingPathComponent(name).path
    let source = try String(contentsOfFile: path, encoding: .utf8)
    let expected = try String(contentsOf: Self.expectedOutput(name), encoding: .utf8)
    let interp = Interpreter()
    StandardModules.install(in: interp, plots: PyplotState())
    var out = ""
    interp.writeOut = { out += $0 }
    // Run as `python3 path` runs a script: tracebacks and `__file__` show its absolute path.
    interp.main.define("__file__", .str(path))
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    interp.sourceLine = { file, line in
      file == path && lines.indices.contains(line - 1)
        ? lines[line - 1] : interp.importedSourceLine(file, line)
    }
    do throws(PyException) {
      try interp.run(source, file: path)
    } catch {
      out += "-- exception\n" + PyException.finalLine(error, interp) + "\n"
    }
    if let tolerance = NumericTolerance.declared(in: source), out != expected {
      #expect(tolerance.matches(out, expected), "\(out)")
    } else {
      #expect(out == expected)
    }
  }
}

@Suite struct NumericToleranceTests {
  /// The comparison must fail on a real difference, or the fixtures using it test nothing.
  @Test func toleratesLastDigitsOnly() {
    let tolerance = NumericTolerance(rtol: 1e-12, atol: 1e-12)
    #expect(tolerance.matches("[ 2.3333333333333335  1.0]\n", "[2.333333333333333   1.0 ]\n"))
    #expect(tolerance.matches("x 8.3e-17\n", "x -5.5e-16\n"))
    #expect(!tolerance.matches("[0.54465381]", "[0.5301023]"))
    #expect(!tolerance.matches("True 1.0", "False 1.0"))
    #expect(!tolerance.matches("1.0 2.0", "1.0"))
  }
}
