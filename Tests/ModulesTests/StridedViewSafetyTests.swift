import Testing

/// `as_strided` views that would reach outside their array's buffer are refused (numpy reads
/// and writes whatever memory lies there); views inside it, backwards ones included, work.
@Suite struct StridedViewSafetyTests {
  static func run(_ source: String) -> String {
    ProgramRun.run(
      "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\nx = np.arange(10)\n"
        + source, file: "strided.py"
    ).out
  }

  @Test(arguments: [
    "as_strided(x, shape=(11,), strides=(8,))", "as_strided(x, shape=(2,), strides=(-8,))",
    "as_strided(x[8:], shape=(3,), strides=(8,))",
    "as_strided(x, shape=(3, 3), strides=(8 * 10**17, 8))",
  ])
  func outsideIsRefused(_ call: String) {
    #expect(
      Self.run("print(\(call))")
        == "ValueError: as_strided: the view reaches outside the array's memory")
  }

  @Test func insideWorks() {
    #expect(Self.run("print(as_strided(x[5:], shape=(2,), strides=(-8,)))") == "[5 4]\n")
    #expect(Self.run("print(as_strided(x, shape=(2, 3), strides=(32, 8)).sum())") == "18\n")
  }
}
