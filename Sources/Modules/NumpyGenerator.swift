import Interpreter
import NumKit

#if canImport(Glibc)
  import Glibc
#endif

/// `np.random.default_rng(seed)`: numpy's `Generator` on PCG64, with its methods `random`,
/// `integers`, `standard_normal`, `normal`, `uniform`, `choice` (with replacement),
/// `permutation` and `shuffle`.
final class PyGenerator: PyRandomObject {
  var generator: RandomGenerator

  static let generatorClass = kind("Generator", module: "numpy.random._generator")

  init(seed: UInt64) {
    generator = RandomGenerator(seed: seed)
    super.init(
      PyGenerator.generatorClass, bitGenerator: "PCG64", methods: PyModule(name: "Generator"))
    defineMethods(on: methods)
    NumpyRandomModule.defineShared(on: methods, self, \.generator, newGenerator: true)
  }

  /// `np.random.default_rng(seed=None)`.
  static func make(_ a: Arguments) throws(PyException) -> Value {
    try a.expect("default_rng", min: 0, max: 1)
    let v = a.count == 1 ? try a[0] : (a.keyword("seed") ?? .none)
    if v.isNone { return .object(PyGenerator(seed: UInt64(truncatingIfNeeded: time(nil)))) }
    if let existing = v.as(PyGenerator.self) { return .object(existing) }
    guard case .int(let seed) = v.asIndexLike else {
      throw .typeError("SeedSequence expects int or sequence of ints for entropy not \(v)")
    }
    guard seed >= 0 else { throw .valueError("expected non-negative integer") }
    return .object(PyGenerator(seed: UInt64(seed)))
  }

  private func defineMethods(on m: PyModule) {
    typealias R = NumpyRandomModule
    m.define("random") { [unowned self] (a, interp) throws(PyException) in
      try R.fill(try R.size(a, position: 0), interp) { p, n in
        for i in 0..<n { p[i] = self.generator.random() }
      }
    }
    m.define("standard_normal") { [unowned self] (a, interp) throws(PyException) in
      try R.fill(try R.size(a, position: 0), interp) { p, n in
        for i in 0..<n { p[i] = self.generator.standardNormal() }
      }
    }
    m.define("integers") { [unowned self] (a, interp) throws(PyException) in
      var low = try R.integer(a, 0, "low", nil)
      var high = try R.integer(a, 1, "high", nil)
      if high == nil { (low, high) = (0, low) }
      let endpoint = try interp.isTruthy(a.keyword("endpoint") ?? .bool(false))
      guard let lo = low, var hi = high else {
        throw .typeError("integers() missing required argument 'low' (pos 1)")
      }
      if !endpoint { hi -= 1 }
      guard lo <= hi else { throw .valueError(endpoint ? "low > high" : "low >= high") }
      // int32 draws the same numbers as int64 (both bounded on 32 bits when the range fits);
      // numpy's 8- and 16-bit and bool draws spend each 32-bit word in pieces.
      let dtype = try NumpyModule.dtypeArgument(a.count > 3 ? a[3] : a.keyword("dtype")) ?? .int64
      guard dtype == .int64 || dtype == .int32 else {
        throw PyException(
          .notImplementedError,
          "Generator.integers with dtype=\(dtype.rawValue) is not supported yet")
      }
      try R.checkBounds(lo, hi + 1, dtype)
      let range = UInt64(bitPattern: Int64(hi) &- Int64(lo))
      let shape = try R.size(a, position: 2)
      guard let shape else {
        let v = self.generator.integer(offset: Int64(lo), range: range)
        return NumpyBridge.wrap(NDArray([Int(v)], shape: []).copy(as: dtype))
      }
      try NumpyBridge.budget(shape, .int64)
      let values = (0..<shape.reduce(1, *)).map { _ in
        Int(self.generator.integer(offset: Int64(lo), range: range))
      }
      let drawn = NDArray(values, shape: shape)
      return .object(PyNDArray(dtype == .int64 ? drawn : drawn.copy(as: dtype)))
    }
    // (Parameters passed by name are put in place: `rng.choice(a=5, size=3)`.)
    m.define("choice") { [unowned self] (a, interp) throws(PyException) in
      try self.choice(a.bindingKeywords(["a", "size", "replace", "p"]), interp)
    }
    m.define("shuffle") { [unowned self] (a, interp) throws(PyException) in
      let a = a.bindingKeywords(["x"])
      try a.expect("shuffle", min: 1, max: 1)
      try R.shuffle(a[0], { Int(self.generator.interval(UInt64($0))) }, interp)
      return .none
    }
    m.define("permutation") { [unowned self] (a, interp) throws(PyException) in
      try R.permutation(
        a.bindingKeywords(["x"]), { Int(self.generator.interval(UInt64($0))) }, interp)
    }
    m.define("permuted") { [unowned self] (a, interp) throws(PyException) in
      // A shuffled copy: flat without an axis, else each 1-D slice along it in turn.
      let x = try NumpyFunctions.array(a[0], interp).copy()
      let axisValue = a.count > 1 ? try a[1] : a.keyword("axis")
      guard let axisValue, !axisValue.isNone else {
        let flat = try NumpyBridge.check { () throws(NumKitError) in try x.reshaped([x.size]) }
        try R.shuffle(
          .object(PyNDArray(flat)), { Int(self.generator.interval(UInt64($0))) }, interp)
        return .object(PyNDArray(x))
      }
      let requested = try NumpyFunctions.int(axisValue)
      let axis = try NumpyBridge.check { () throws(NumKitError) in
        try x.normalizeAxes([requested])[0]
      }
      let moved = try NumpyBridge.check { () throws(NumKitError) in
        try x.transposed((0..<x.ndim).filter { $0 != axis } + [axis])
      }
      // Each line along the axis in C order of the other axes, as a view into the copy.
      let outer = Array(moved.shape.dropLast())
      for r in 0..<outer.reduce(1, *) {
        var rest = r
        var items = [IndexItem](repeating: .integer(0), count: outer.count)
        for k in stride(from: outer.count - 1, through: 0, by: -1) {
          items[k] = .integer(rest % outer[k])
          rest /= outer[k]
        }
        let line = try NumpyBridge.check { () throws(NumKitError) in
          try moved.index(items + [.slice(start: nil, stop: nil, step: nil)])
        }
        try R.shuffle(
          .object(PyNDArray(line)), { Int(self.generator.interval(UInt64($0))) }, interp)
      }
      return .object(PyNDArray(x))
    }
  }

  /// `choice(a, size=None, replace=True, p=None)`: with replacement, uniform (bounded
  /// integers) or weighted (uniform draws searched in the cumulative weights).
  private func choice(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let args = try ChoiceArguments(a, interp) { (arr) throws(PyException) in
      guard arr.size > 0 else { throw .valueError("a cannot be empty unless no samples are taken") }
      guard arr.ndim == 1 else {
        throw PyException(
          .notImplementedError, "choice() of a multi-dimensional array is not supported yet")
      }
    }
    let (population, count, shape, replace) = (
      args.population, args.count, args.shape, args.replace
    )
    let total = shape?.reduce(1, *) ?? 1
    if let shape { try NumpyBridge.budget(shape, .int64) }
    var picks: [Int]
    if !replace {
      guard args.p == nil else {
        throw PyException(
          .notImplementedError, "Generator.choice(replace=False, p=...) is not supported yet")
      }
      guard total <= count else {
        throw .valueError("Cannot take a larger sample than population when replace is False")
      }
      picks = generator.sample(population: count, count: total)
    } else if let pValue = args.p {
      let p = try NumpyBridge.doubles(pValue, interp)
      guard p.count == count else { throw .valueError("a and p must have same size") }
      let cdf = NumpyRandomModule.cumulative(p)
      picks = (0..<total).map { _ in NumpyRandomModule.searchRight(cdf, self.generator.random()) }
    } else {
      picks = (0..<total).map { _ in
        Int(self.generator.integer(offset: 0, range: UInt64(count - 1)))
      }
    }
    let indices = NDArray(picks, shape: shape ?? [])
    let chosen: NDArray
    if let population {
      chosen = try NumpyBridge.check { () throws(NumKitError) in
        try population.index([.integers(indices)])
      }
    } else {
      chosen = indices
    }
    // numpy: choice(n) gives a Python int; choice(sequence) one of its elements (a numpy scalar).
    if shape == nil { return population == nil ? .int(picks[0]) : NumpyBridge.wrap(chosen) }
    return .object(PyNDArray(chosen))
  }
}
