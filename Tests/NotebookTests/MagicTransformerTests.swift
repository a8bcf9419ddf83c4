import Foundation
import Testing

@testable import Notebook

/// Cells with magics, shell escapes and help become the source IPython's own transformer
/// makes of them (Fixtures/ipynb/magic_transforms.json, from scripts/gen-goldens.py), line for
/// line; lines inside strings, brackets and continuations stay Python.
@Suite struct MagicTransformerTests {
  static let pairs: [[String]] = {
    let url = Bundle.module.resourceURL!.appendingPathComponent(
      "Fixtures/ipynb/magic_transforms.json")
    guard let data = try? Data(contentsOf: url),
      let pairs = try? JSONSerialization.jsonObject(with: data) as? [[String]]
    else { return [] }
    return pairs
  }()

  @Test func fixtureIsPresent() {
    #expect(Self.pairs.count >= 12)
  }

  @Test(arguments: pairs)
  func transformsAsIPython(_ pair: [String]) {
    // (IPython ends the cell with a newline; NumBook keeps the cell's own line count.)
    #expect(MagicTransformer.transform(pair[0]) + "\n" == pair[1])
  }

  @Test func cellMagicTakesTheRestOfTheCell() throws {
    let magic = try #require(MagicTransformer.cellMagic("\n%%timeit -n 2 xs = [1]\nsorted(xs)"))
    #expect(magic.name == "timeit")
    #expect(magic.line == "-n 2 xs = [1]")
    #expect(magic.body == "sorted(xs)\n")
    #expect(magic.bodyOffset == 2)
    #expect(MagicTransformer.cellMagic("x = 1\n%%time\n") == nil)
  }

  /// IPython's `_format_time`: three significant digits, the unit by the power of ten (the
  /// expected texts are what IPython 8.12's `_format_time` and `TimeitResult` print).
  @Test func durationsAsIPythonFormatsThem() {
    #expect(IPythonTime.format(0) == "0 ns")
    #expect(IPythonTime.format(1.5e-9) == "1.5 ns")
    #expect(IPythonTime.format(2.345e-5) == "23.4 µs")
    #expect(IPythonTime.format(0.1234) == "123 ms")
    #expect(IPythonTime.format(5) == "5 s")
    #expect(IPythonTime.format(3725.5) == "1h 2min 5s")
    #expect(
      IPythonTime.timeitSummary(perLoop: [1e-6, 3e-6], loops: 100_000, precision: 3)
        == "2 µs ± 1 µs per loop (mean ± std. dev. of 2 runs, 100,000 loops each)")
  }
}
