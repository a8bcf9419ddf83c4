import Foundation
import Testing

/// No library call crashes NumBook: seeded programs of random calls into numpy, the builtins
/// and pyplot (odd argument counts, wrong types, negative and huge sizes, empty arrays, NaN),
/// each call in its own `try`, run through the built `nb`. Every program must print its last
/// line: a call may fail only with a Python exception, never a trap, an abort or a hang.
@Suite struct CallFuzzTests {
  static let atoms = [
    "0", "1", "-1", "2", "-5", "10**18", "0.5", "-2.5", "1e308", "float('nan')", "float('inf')",
    "None", "True", "'a'", "''", "()", "(2, 3)", "(0,)", "(-1,)", "(3, -1)", "[1, 2, 3]", "[]",
    "[[]]", "[[1, 2], [3, 4]]", "[[1], [2, 3]]", "a", "b", "c", "z", "e", "m", "bb", "ii", "s",
    "slice(None)", "np.float32", "np.int32", "'float64'", "bool", "[0, 5]", "[-10]", "{}",
    "(a, a)", "'C'", "'constant'", "'edge'", "np.array([])", "np.int64(3)", "np.zeros((2, 0))",
    "a.T", "m[:, ::-1]", "np.array([np.nan, 1.0])", "(1, -1)", "[2, 1, 0]", "(lambda v: v)",
    "'r--'", "'o'", "'C1'", "ax", "'log'", "np.eye(3)", "np.ones((2, 2, 5))",
  ]

  static let numpy = """
    sum mean std var max min argmax argmin prod cumsum cumprod any all sort argsort unique reshape
    ravel transpose swapaxes expand_dims squeeze concatenate stack vstack hstack column_stack
    split array_split tile repeat flip pad meshgrid dot matmul outer inner einsum clip where power
    maximum minimum exp log sqrt abs round floor ceil isnan zeros ones full empty eye identity
    arange linspace zeros_like ones_like full_like copy diag trace triu tril roll rot90 moveaxis
    broadcast_to histogram bincount percentile quantile median average cov corrcoef kron
    searchsorted digitize interp gradient diff convolve correlate nonzero argwhere take
    count_nonzero allclose isclose array_equal polyfit polyval vander atleast_2d delete insert
    append resize linalg.inv linalg.det linalg.solve linalg.norm linalg.svd linalg.qr linalg.eig
    linalg.pinv linalg.cholesky linalg.lstsq random.choice random.randint random.rand
    random.randn random.permutation random.uniform random.normal unravel_index indices tensordot
    lexsort setdiff1d intersect1d union1d isin add.reduce add.accumulate multiply.outer
    select choose take_along_axis put_along_axis block ix_ rollaxis diagflat trim_zeros extract
    piecewise logaddexp fmod gcd lcm frexp modf nanmedian nanquantile nancumsum vdot
    array2string result_type can_cast poly1d polyder polyint polydiv roots random.gamma
    random.binomial random.poisson random.beta random.multinomial random.dirichlet
    random.multivariate_normal random.geometric random.triangular random.set_state
    """.split(whereSeparator: \.isWhitespace).map { "np." + $0 }

  static let methods = """
    sum mean reshape transpose astype argmax max cumsum clip repeat take flatten copy fill item
    tolist std round nonzero sort argsort squeeze swapaxes dot all any ravel __getitem__
    __setitem__ min prod var searchsorted put trace diagonal __len__ __iter__ __int__ __neg__
    __matmul__ __pow__ __floordiv__ __mod__ __iadd__ __imatmul__
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  static let others = """
    len range enumerate zip sorted min max sum abs round divmod pow int float str list tuple dict
    set chr ord hex bin format repr ascii iter next hash slice bytes math.sqrt math.factorial
    math.comb math.isqrt math.log math.fsum math.prod math.ldexp math.hypot random.randint
    random.choice random.sample random.randrange random.choices random.getrandbits json.dumps
    'abc'.split 'abc'.center 'abc'.zfill 'abc'.expandtabs 'abc'.replace 'abc'.format '%s'.__mod__
    L.insert L.pop L.index D.update D.pop datetime.timedelta itertools.islice itertools.product
    collections.Counter collections.deque re.split plt.plot plt.scatter plt.hist plt.imshow
    plt.bar plt.errorbar plt.contourf plt.pie plt.boxplot plt.legend plt.xlim plt.xticks
    plt.subplot plt.colorbar plt.text plt.axhline plt.fill_between plt.quiver plt.figure
    plt.xscale ax.set_xlim ax.bar ax.twinx plt.step plt.hlines plt.vlines plt.axhspan
    plt.axvspan plt.pcolormesh plt.matshow ax.spines.__getitem__
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  static let keywords = [
    "axis", "keepdims", "dtype", "ddof", "k", "bins", "side", "n", "size", "replace", "p",
    "return_counts", "decimals", "endpoint", "num", "ord", "key", "reverse", "default", "width",
    "color", "alpha", "label", "cmap", "s", "c", "levels", "yerr", "extent", "figsize",
  ]

  static let setup = """
    import numpy as np, math, random, json, datetime, itertools, collections, re
    import matplotlib
    matplotlib.use("svg")
    import matplotlib.pyplot as plt
    np.random.seed(0)
    a = np.arange(6.0).reshape(2, 3); b = np.ones((3, 2), dtype=np.float32)
    c = np.array([3, 1, 2]); z = np.zeros((0, 3)); e = np.array(5.0)
    m = np.arange(24).reshape(2, 3, 4); bb = np.array([True, False, True])
    ii = np.array([[0, 1], [1, 0]]); s = np.eye(3)

    """

  /// Program `index`: 60 random calls, each in its own `try`, then a figure saved and `done`.
  static func program(_ index: Int) -> String {
    var g = FuzzTests.Generator(state: UInt64(index) &* 104_729 &+ 3)
    var lines = [setup]
    for _ in 0..<60 {
      var args = (0..<Int.random(in: 0...3, using: &g)).map { _ in atoms.randomElement(using: &g)! }
      for _ in 0..<Int.random(in: 0...1, using: &g) {
        args.append(keywords.randomElement(using: &g)! + "=" + atoms.randomElement(using: &g)!)
      }
      let list = args.joined(separator: ", ")
      let call: String
      switch Int.random(in: 0..<10, using: &g) {
      case 0..<4: call = "\(numpy.randomElement(using: &g)!)(\(list))"
      case 4..<6:
        let receiver = ["a", "b", "c", "z", "e", "m", "bb", "ii", "s"].randomElement(using: &g)!
        call = "\(receiver).\(methods.randomElement(using: &g)!)(\(list))"
      case 6:
        let ops = ["+", "-", "*", "/", "//", "%", "**", "@", "<", "&", "^"]
        call =
          "\(atoms.randomElement(using: &g)!) \(ops.randomElement(using: &g)!) \(atoms.randomElement(using: &g)!)"
      default: call = "\(others.randomElement(using: &g)!)(\(list))"
      }
      lines.append(
        """
        ax = plt.gca(); L = [3, 1, 2]; D = {'x': 1}
        try:
            r = \(call)
            str(r); repr(r)
        except Exception:
            pass

        """)
    }
    lines.append("plt.savefig('out.svg')\nprint('done')\n")
    return lines.joined()
  }

  @Test(arguments: 0..<24)
  func noLibraryCallCrashes(_ index: Int) throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("nb-callfuzz-\(index)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let source = Self.program(index)
    try source.write(
      to: scratch.appendingPathComponent("calls.py"), atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(["run", "--timeout", "20", "calls.py"], in: scratch)
    #expect(!result.signaled, "program \(index) crashed:\n\(result.err.suffix(800))")
    #expect(!result.err.contains("Fatal error"), "Swift runtime error in program \(index)")
    #expect(
      result.status == 0 && result.out.hasSuffix("done\n"),
      "program \(index) ended with status \(result.status): \(result.err.suffix(800))")
  }
}
