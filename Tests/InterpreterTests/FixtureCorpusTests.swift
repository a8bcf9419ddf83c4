import Foundation
import Testing

@testable import Interpreter

/// Runs every `Fixtures/*.py` and compares with the `.out` python3 produced
/// (`scripts/gen-goldens.py`): stdout, then `-- exception` and the final exception line.
@Suite struct FixtureCorpusTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  static let programs = try! FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".py") }.sorted()

  @Test(arguments: programs)
  func matchesPython(_ name: String) throws {
    let (source, expected) = try Self.fixture(name)
    #expect(run(source, file: name) == expected)
  }

  /// Generators run on switched stacks where the processor allows; the thread hand-over
  /// they fall back to elsewhere is held to the same fixtures here.
  @Test(arguments: [
    "generator_protocol.py", "generator_expression_resumers.py", "generator_threads.py",
  ])
  func generatorsOnThreadsMatchPython(_ name: String) throws {
    let (source, expected) = try Self.fixture(name)
    #expect(run(source, file: name, generatorsOnThreads: true) == expected)
  }

  /// A fixture's program and the output python3 gave for it.
  static func fixture(_ name: String) throws -> (source: String, expected: String) {
    let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    let expected = try String(
      contentsOf: directory.appendingPathComponent(String(name.dropLast(3)) + ".out"),
      encoding: .utf8)
    return (source, expected)
  }

  func run(_ source: String, file: String, generatorsOnThreads: Bool = false) -> String {
    let interp = Interpreter()
    interp.generatorsOnThreads = generatorsOnThreads
    var out = ""
    interp.writeOut = { out += $0 }
    do throws(PyException) {
      try interp.run(source, file: file)
    } catch {
      out += "-- exception\n" + PyException.finalLine(error, interp) + "\n"
    }
    return out
  }
}

@Suite struct TracebackTests {
  @Test func tracebackNamesFileLineAndFunction() {
    let interp = Interpreter()
    let source = "def f():\n    return 1 / 0\n\nf()\n"
    do throws(PyException) {
      try interp.run(source, file: "prog.py")
      Issue.record("expected ZeroDivisionError")
    } catch {
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let text = TracebackRenderer(sourceLines: { _, n in lines[n - 1] }).render(error, interp)
      #expect(
        text == """
          Traceback (most recent call last):
            File "prog.py", line 4, in <module>
              f()
            File "prog.py", line 2, in f
              return 1 / 0
                     ~~^~~
          ZeroDivisionError: division by zero

          """)
    }
  }

  /// Runaway recursion: RecursionError, with CPython's collapsed repeated frames.
  @Test func recursionTracebackIsCollapsed() {
    let interp = Interpreter()
    let source = "def f(n):\n    return f(n + 1)\n\nf(0)\n"
    do throws(PyException) {
      try interp.run(source, file: "deep.py")
      Issue.record("expected RecursionError")
    } catch {
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let text = TracebackRenderer(sourceLines: { _, n in lines[n - 1] }).render(error, interp)
      let expected = """
        Traceback (most recent call last):
          File "deep.py", line 4, in <module>
            f(0)
          File "deep.py", line 2, in f
            return f(n + 1)
                   ^^^^^^^^
          File "deep.py", line 2, in f
            return f(n + 1)
                   ^^^^^^^^
          File "deep.py", line 2, in f
            return f(n + 1)
                   ^^^^^^^^
          [Previous line repeated 996 more times]
        RecursionError: maximum recursion depth exceeded

        """
      #expect(text == expected)
    }
  }

  /// An exception that passes an `except` clause that does not match keeps its own line.
  @Test func unmatchedHandlerKeepsRaisingLine() {
    let interp = Interpreter()
    let source = "def f():\n    try:\n        missing\n    except KeyError:\n        pass\n\nf()\n"
    do throws(PyException) {
      try interp.run(source, file: "prog.py")
      Issue.record("expected NameError")
    } catch {
      #expect(error.traceback.map(\.line) == [3, 7])
    }
  }

  @Test func syntaxErrorShowsCaret() {
    let interp = Interpreter()
    do throws(PyException) {
      try interp.run("x = (1,\n", file: "bad.py")
      Issue.record("expected SyntaxError")
    } catch {
      #expect(error.exceptionName == "SyntaxError")
      #expect(error.message(interp) == "'(' was never closed (bad.py, line 1)")
      #expect(error.isIncompleteInput)
    }
  }
}
