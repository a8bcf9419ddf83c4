import Foundation
import Testing

/// No input crashes NumBook: seeded random mutations of the fixture corpus and random token
/// sequences run through the built `nb`, and each must end as Python would let it end: an exit
/// (0, the 124 of the cell timeout, or any `sys.exit` status) whose stderr, when it fails, ends
/// with a Python exception's `Name: message` line or is empty (`sys.exit(n)`). A death by signal
/// or a Swift runtime message fails.
@Suite struct FuzzTests {
  /// SplitMix64: a small deterministic generator, so every run tries the same programs.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let tokens = [
    "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%",
    "@", "<", ">", "not", "and", "or", "if", "else", "elif", "for", "in", "while", "def", "class",
    "return", "lambda", "yield", "import", "np", "x", "y", "f", "print", "len", "range", "1", "0",
    "-1", "1.5", "1e308", "10**18", "'s'", "\"\"\"", "'", "\\", "\n", "    ", "\t", "None", "True",
    "[]", "{}", "()", "np.array([1, 2])", "np.zeros((2, 2))", "np.arange(6).reshape(2, 3)", "...",
    ";", "#", "f'{x}'", "global", "nonlocal", "del", "try:", "except:", "finally:", "with", "as",
    "raise", "assert", "pass", "break", "continue", "a[::-1]", "a[None, 1:]", "x[1, 2]", "-x",
  ]

  static let corpus: [String] = {
    let tests = BuiltBinary.root.appendingPathComponent("Tests")
    let folders = [
      "InterpreterTests/Fixtures", "ModulesTests/Fixtures", "NotebookTests/Fixtures/programs",
    ]
    return folders.flatMap { folder -> [String] in
      let dir = tests.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      return names.filter { $0.hasSuffix(".py") }.sorted().compactMap {
        try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)
      }
    }
  }()

  /// Program `index` of the fuzz set: mutants of the corpus, then random token sequences.
  static func program(_ index: Int) -> String {
    var g = Generator(state: UInt64(index) &* 7919 &+ 17)
    if index >= 120 {
      let count = Int.random(in: 1...30, using: &g)
      return "import numpy as np\nx = np.arange(6)\na = [1, 2, 3]\n"
        + (0..<count).map { _ in tokens.randomElement(using: &g)! }.joined(separator: " ")
    }
    var text = Array(corpus[index % corpus.count])
    for _ in 0..<Int.random(in: 1...4, using: &g) {
      guard !text.isEmpty else { break }
      let at = Int.random(in: 0..<text.count, using: &g)
      switch Int.random(in: 0..<5, using: &g) {
      case 0: text.removeSubrange(at..<min(text.count, at + Int.random(in: 1...20, using: &g)))
      case 1: text.insert(contentsOf: Array(" " + tokens.randomElement(using: &g)! + " "), at: at)
      case 2: text = Array(text[..<at])
      case 3:
        let lines = String(text).split(separator: "\n", omittingEmptySubsequences: false)
        let i = Int.random(in: 0..<lines.count, using: &g)
        let j = Int.random(in: 0..<lines.count, using: &g)
        var swapped = lines
        swapped.swapAt(i, j)
        text = Array(swapped.joined(separator: "\n"))
      default:
        if let digit = text[at...].firstIndex(where: \.isNumber) {
          let replacement = ["0", "-1", "10**18", "1e308", "2**62", "999999999"]
          text.replaceSubrange(digit...digit, with: Array(replacement.randomElement(using: &g)!))
        }
      }
    }
    return String(text)
  }

  @Test(arguments: 0..<160)
  func noInputCrashes(_ index: Int) throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("nb-fuzz-\(index)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let source = Self.program(index)
    try source.write(
      to: scratch.appendingPathComponent("fuzz.py"), atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(["run", "--timeout", "1", "fuzz.py"], in: scratch)
    let last = result.err.split(separator: "\n").last.map(String.init) ?? ""
    let pythonError =
      last.range(of: #"^[A-Za-z_][A-Za-z0-9_.]*(: .*)?$"#, options: .regularExpression) != nil
    #expect(!result.signaled, "program \(index) crashed:\n\(result.err.suffix(500))\n\(source)")
    #expect(
      !result.err.contains("Fatal error"), "Swift runtime error for program \(index):\n\(source)")
    #expect(
      result.status == 0 || result.status == 124 || pythonError || result.err.isEmpty,
      "program \(index) ended with status \(result.status), stderr: \(result.err.suffix(500))\n\(source)"
    )
  }
}
