import Interpreter
import NumKit

#if canImport(Glibc)
  import Glibc
#endif

/// One parameter of a numpy.random distribution: its name, its default (nil: required) and
/// the values numpy refuses.
struct DistributionParameter {
  let name: String
  let fallback: Double?
  let rule: Rule

  init(_ name: String, _ fallback: Double? = nil, _ rule: Rule = .any) {
    self.name = name
    self.fallback = fallback
    self.rule = rule
  }

  /// numpy's constraint kinds (`CONS_*` in its `_common.pyx`), each with its words.
  enum Rule {
    case any, nonNegative, positive, unitInterval, openUnitInterval, poisson

    /// numpy's refusal of `value`, worded for a scalar or for an array holding it.
    func refusal(_ name: String, _ value: Double, array: Bool) -> String? {
      let nan = array ? "contains NaNs" : "is NaN"
      switch self {
      case .any: return nil
      case .nonNegative: return value < 0 ? "\(name) < 0" : nil
      case .positive: return value <= 0 ? "\(name) <= 0" : nil
      case .unitInterval:
        return value < 0 || value > 1 || value.isNaN
          ? "\(name) < 0, \(name) > 1 or \(name) \(nan)" : nil
      case .openUnitInterval:
        return value <= 0 || value > 1 || value.isNaN
          ? "\(name) <= 0, \(name) > 1 or \(name) contains NaNs" : nil
      case .poisson:
        if value < 0 || value.isNaN { return "\(name) < 0 or \(name) \(nan)" }
        // numpy's POISSON_LAM_MAX: int64's largest value less ten standard deviations.
        return value > 9.223372006484771e18 ? "\(name) value too large" : nil
      }
    }
  }
}

/// numpy.random's distributions with parameters (`gamma`, `poisson`, `binomial`, ...): each
/// parameter a number or an array broadcast against the others and `size`, one draw per element
/// in C order, as numpy's legacy generator does.
extension NumpyRandomModule {
  static func defineDistributions(on m: PyModule, _ state: State) {
    defineStateAccess(on: m, state)
    defineShared(on: m, state, \.random, newGenerator: false)
    // `integers`: a discrete distribution (its draws are whole numbers; int64 results).
    func draws(
      _ name: String, _ parameters: [DistributionParameter], integers: Bool = false,
      _ draw: @escaping (inout RandomState, [Double]) -> Double
    ) {
      m.define(name) { (a, interp) throws(PyException) in
        try distribution(a, parameters, interp, integers: integers) { p in
          draw(&state.random, p)
        }
      }
    }
    // The legacy generator's own: gamma-based and exponential-based draws (`-log(1 - U)`,
    // where numpy's Generator uses its exponential ziggurat).
    typealias P = DistributionParameter
    draws("standard_gamma", [P("shape", nil, .nonNegative)]) { r, p in
      r.standardGamma(p[0])
    }
    draws("gamma", [P("shape", nil, .nonNegative), P("scale", 1, .nonNegative)]) { r, p in
      p[1] * r.standardGamma(p[0])
    }
    draws("beta", [P("a", nil, .positive), P("b", nil, .positive)]) { r, p in
      r.beta(p[0], p[1])
    }
    draws("chisquare", [P("df", nil, .positive)]) { r, p in 2 * r.standardGamma(p[0] / 2) }
    draws("f", [P("dfnum", nil, .positive), P("dfden", nil, .positive)]) { r, p in
      (2 * r.standardGamma(p[0] / 2) * p[1]) / (2 * r.standardGamma(p[1] / 2) * p[0])
    }
    draws("standard_t", [P("df", nil, .positive)]) { r, p in r.standardT(p[0]) }
    draws("standard_exponential", []) { r, _ in r.standardExponential() }
    draws("exponential", [P("scale", 1, .nonNegative)]) { r, p in
      p[0] * r.standardExponential()
    }
    draws("pareto", [P("a", nil, .positive)]) { r, p in exp(r.standardExponential() / p[0]) - 1
    }
    draws("weibull", [P("a", nil, .nonNegative)]) { r, p in
      p[0] == 0 ? 0 : pow(r.standardExponential(), 1 / p[0])
    }
    draws("power", [P("a", nil, .positive)]) { r, p in
      pow(1 - exp(-r.standardExponential()), 1 / p[0])
    }
    draws(
      "negative_binomial", [P("n", nil, .positive), P("p", nil, .openUnitInterval)],
      integers: true
    ) { r, p in
      Double(r.poisson(r.standardGamma(p[0]) * ((1 - p[1]) / p[1])))
    }
    m.define("dirichlet") { (a, interp) throws(PyException) in
      try dirichlet(a, &state.random, interp)
    }
  }

  /// The distributions numpy's legacy RandomState and its Generator draw alike from their
  /// uniforms and normals (laplace, poisson, binomial, ...), on the stream at `path` of `box`.
  /// `newGenerator`: numpy's Generator, whose binomial gives 0 for n = 0 or p = 0 without a
  /// draw and whose geometric, rayleigh and wald use its exponential ziggurat or a newer
  /// formula (not offered there yet).
  /// (The box is held unowned: its owner keeps it alive, and a cycle would leak it.)
  static func defineShared<Box: AnyObject, Source: UniformSource>(
    on m: PyModule, _ box: Box, _ path: ReferenceWritableKeyPath<Box, Source>,
    newGenerator: Bool
  ) {
    func draws(
      _ name: String, _ parameters: [DistributionParameter], integers: Bool = false,
      check: @escaping ([Double]) -> String? = { _ in nil },
      _ draw: @escaping (inout Source, [Double]) -> Double
    ) {
      m.define(name) { (a, interp) throws(PyException) in
        try distribution(a, parameters, interp, integers: integers, check: check) {
          [unowned box] p in
          draw(&box[keyPath: path], p)
        }
      }
    }
    typealias P = DistributionParameter
    draws("normal", [P("loc", 0), P("scale", 1, .nonNegative)]) { r, p in
      p[0] + p[1] * r.gaussian()
    }
    m.define("uniform") { [unowned box] (a, interp) throws(PyException) in
      // numpy subtracts low from high first: arrays that do not broadcast fail there.
      let (low, high) = (
        a.count > 0 ? try a[0] : a.keyword("low"), a.count > 1 ? try a[1] : a.keyword("high")
      )
      if let low, let high,
        [low, high].contains(where: {
          $0.as(PyNDArray.self) != nil || $0.as(PySequence.self) != nil
        })
      {
        let (x, y) = (try NumpyFunctions.array(high, interp), try NumpyFunctions.array(low, interp))
        _ = try NumpyBridge.check { () throws(NumKitError) in try NDArray.binary(.subtract, x, y) }
      }
      return try distribution(a, [P("low", 0), P("high", 1)], interp, integers: false) { p in
        p[0] + (p[1] - p[0]) * box[keyPath: path].uniform()
      }
    }
    draws("standard_cauchy", []) { r, _ in r.gaussian() / r.gaussian() }
    draws("lognormal", [P("mean", 0), P("sigma", 1, .nonNegative)]) { r, p in
      exp(p[0] + p[1] * r.gaussian())
    }
    draws("laplace", [P("loc", 0), P("scale", 1, .nonNegative)]) { r, p in
      r.laplace(loc: p[0], scale: p[1])
    }
    draws("logistic", [P("loc", 0), P("scale", 1, .nonNegative)]) { r, p in
      r.logistic(loc: p[0], scale: p[1])
    }
    draws("gumbel", [P("loc", 0), P("scale", 1, .nonNegative)]) { r, p in
      r.gumbel(loc: p[0], scale: p[1])
    }
    if !newGenerator {
      draws("rayleigh", [P("scale", 1, .nonNegative)]) { r, p in
        p[0] * (-2 * log(1 - r.uniform())).squareRoot()
      }
      draws("wald", [P("mean", nil, .positive), P("scale", nil, .positive)]) { r, p in
        r.wald(mean: p[0], scale: p[1])
      }
      draws("geometric", [P("p", nil, .openUnitInterval)], integers: true) { r, p in
        Double(r.geometric(p[0]))
      }
    }
    draws("triangular", [P("left"), P("mode"), P("right")], check: triangularCheck) { r, p in
      r.triangular(left: p[0], mode: p[1], right: p[2])
    }
    draws("poisson", [P("lam", 1, .poisson)], integers: true) { r, p in Double(r.poisson(p[0])) }
    draws(
      "binomial", [P("n", nil, .nonNegative), P("p", nil, .unitInterval)], integers: true,
      check: binomialCheck
    ) { r, p in
      Double(r.binomial(Int(p[0]), p[1], skipsEmpty: newGenerator))
    }
    m.define("multinomial") { [unowned box] (a, interp) throws(PyException) in
      try multinomial(a, &box[keyPath: path], interp)
    }
    // Written in the language (`NumpyMathSource`) on this generator's standard normals.
    m.define("multivariate_normal") { (a, interp) throws(PyException) in
      guard let normals = m.globals.value(of: "standard_normal") else { return .none }
      return try NumpyFunctions.library(
        "_multivariate_normal", [normals] + a.positional,
        keywords: a.keywords + (newGenerator ? [("_generator", .bool(true))] : []), interp)
    }
  }

  /// numpy's order of checks for `triangular`'s three parameters.
  private static func triangularCheck(_ p: [Double]) -> String? {
    if p[0] > p[1] { return "left > mode" }
    if p[1] > p[2] { return "mode > right" }
    if p[0] == p[2] { return "left == right" }
    return nil
  }

  /// `binomial`'s n is an integer (numpy casts it to int64 first).
  private static func binomialCheck(_ p: [Double]) -> String? {
    if p[0].isNaN { return "cannot convert float NaN to integer" }
    return p[0] < 9.2e18 ? nil : "n too large"
  }

  /// Reads the parameters (by position or keyword), checks them, and draws a Python number
  /// (no size, scalar parameters) or an array of `size` or of the parameters' broadcast shape.
  static func distribution(
    _ a: Arguments, _ parameters: [DistributionParameter], _ interp: Interpreter,
    integers: Bool, check: ([Double]) -> String? = { _ in nil },
    _ draw: ([Double]) -> Double
  ) throws(PyException) -> Value {
    var values: [Value?] = []
    for (i, parameter) in parameters.enumerated() {
      let v = a.count > i ? try a[i] : a.keyword(parameter.name)
      if v == nil && parameter.fallback == nil {
        throw .typeError("missing required argument '\(parameter.name)'")
      }
      values.append(v)
    }
    let size = try self.size(a, position: parameters.count)
    let resultType: DType = integers ? .int64 : .float64
    let arrayLike = values.contains { v in
      guard let v else { return false }
      if let array = v.as(PyNDArray.self) { return array.array.ndim > 0 }
      return v.as(PySequence.self) != nil
    }
    if !arrayLike {
      var scalars: [Double] = []
      for (v, parameter) in zip(values, parameters) {
        scalars.append(try scalar(v, parameter, interp))
      }
      for (x, parameter) in zip(scalars, parameters) {
        if let refusal = parameter.rule.refusal(parameter.name, x, array: false) {
          throw .valueError(refusal)
        }
      }
      if let refusal = check(scalars) { throw .valueError(refusal) }
      guard let size else {
        let x = draw(scalars)
        return integers ? .int(Int(x)) : .float(x)
      }
      try NumpyBridge.budget(size, resultType)
      let out = NDArray(uninitialized: size, dtype: .float64)
      let q = out.storage.pointer(Double.self)
      for i in 0..<out.size { q[i] = draw(scalars) }
      return .object(PyNDArray(integers ? out.copy(as: .int64) : out))
    }
    var arrays: [NDArray] = []
    for (v, parameter) in zip(values, parameters) {
      guard let v, !v.isNone else {
        arrays.append(NDArray([parameter.fallback ?? 0], shape: []))
        continue
      }
      arrays.append(try NumpyFunctions.array(v, interp).copy(as: .float64))
    }
    for (x, parameter) in zip(arrays, parameters) {
      let p = x.storage.pointer(Double.self)
      for i in 0..<x.size {
        if let refusal = parameter.rule.refusal(parameter.name, p[i], array: true) {
          throw .valueError(refusal)
        }
      }
    }
    let shape = try drawShape(arrays.map(\.shape), size: size)
    try NumpyBridge.budget(shape, resultType)
    let columns = try arrays.map { (x) throws(PyException) -> NDArray in
      try NumpyFunctions.broadcastView(x, to: shape).copy()
    }
    let count = shape.reduce(1, *)
    var row = [Double](repeating: 0, count: columns.count)
    for i in 0..<count {
      for (j, column) in columns.enumerated() { row[j] = column.double(at: i) }
      if let refusal = check(row) { throw .valueError(refusal) }
    }
    let out = NDArray(uninitialized: shape, dtype: .float64)
    let q = out.storage.pointer(Double.self)
    for i in 0..<count {
      for (j, column) in columns.enumerated() { row[j] = column.double(at: i) }
      q[i] = draw(row)
    }
    return .object(PyNDArray(integers ? out.copy(as: .int64) : out))
  }

  /// A scalar parameter's value (its default when absent or None).
  private static func scalar(
    _ v: Value?, _ parameter: DistributionParameter, _ interp: Interpreter
  ) throws(PyException) -> Double {
    guard let v, !v.isNone else { return parameter.fallback ?? 0 }
    if let s = v.as(PyStr.self) {
      throw .valueError("could not convert string to float: '\(s.value)'")
    }
    guard let d = interp.numeric(v.scalarValue) else {
      throw .typeError(
        "float() argument must be a string or a real number, not '\(v.typeName)'")
    }
    return d
  }

  /// The parameters' broadcast shape, or `size` when given (numpy requires each parameter to
  /// broadcast to it).
  static func drawShape(_ shapes: [[Int]], size: [Int]?) throws(PyException) -> [Int] {
    func mismatch(_ i: Int, _ x: [Int], _ j: Int, _ y: [Int]) -> PyException {
      .valueError(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg \(i) with shape \(ShapeText.tuple(x)) and arg \(j) with shape \(ShapeText.tuple(y))."
      )
    }
    if let size {
      for (i, s) in shapes.enumerated() where (try? Broadcast.shape(size, s)) != size {
        throw mismatch(0, size, i + 1, s)
      }
      return size
    }
    var common: [Int] = []
    for (i, s) in shapes.enumerated() {
      guard let next = try? Broadcast.shape(common, s) else {
        let j = shapes.firstIndex { (try? Broadcast.shape($0, s)) == nil } ?? 0
        throw mismatch(j, shapes[j], i, s)
      }
      common = next
    }
    return common
  }

  // MARK: - multinomial, dirichlet

  /// `multinomial(n, pvals, size=None)`: binomial draws category by category, each on the
  /// probability left, as numpy's `random_multinomial`.
  static func multinomial<Source: UniformSource>(
    _ a: Arguments, _ random: inout Source, _ interp: Interpreter
  ) throws(PyException) -> Value {
    guard let nValue = a.count > 0 ? try a[0] : a.keyword("n"),
      let pValue = a.count > 1 ? try a[1] : a.keyword("pvals")
    else { throw .typeError("multinomial() takes at least 2 positional arguments") }
    guard case .int(let n) = nValue.asIndexLike else {
      throw .typeError("'\(nValue.typeName)' object cannot be interpreted as an integer")
    }
    guard n >= 0 else { throw .valueError("n < 0") }
    let p = try NumpyFunctions.array(pValue, interp)
    guard p.ndim == 1 else { throw .valueError("pvals must be a 1-d sequence") }
    let pvals = (0..<p.size).map { p.double(at: $0) }
    guard pvals.allSatisfy({ $0 >= 0 && $0 <= 1 && !$0.isNaN }) else {
      throw .valueError("pvals < 0, pvals > 1 or pvals contains NaNs")
    }
    // numpy sums all but the last with Kahan summation.
    var sum = 0.0
    var compensation = 0.0
    for x in pvals.dropLast() {
      let y = x - compensation
      let t = sum + y
      compensation = (t - sum) - y
      sum = t
    }
    guard sum <= 1 + 1e-12 else { throw .valueError("sum(pvals[:-1]) > 1.0") }
    let categories = pvals.count
    let size = try self.size(a, position: 2) ?? []
    let shape = size + [categories]
    try NumpyBridge.budget(shape, .int64)
    var counts = [Int](repeating: 0, count: shape.reduce(1, *))
    var offset = 0
    while offset < counts.count {
      var remaining = n
      var remainingP = 1.0
      for j in 0..<(categories - 1) {
        counts[offset + j] = random.binomial(remaining, pvals[j] / remainingP, skipsEmpty: true)
        remaining -= counts[offset + j]
        if remaining <= 0 { break }
        remainingP -= pvals[j]
      }
      if remaining > 0 { counts[offset + categories - 1] = remaining }
      offset += categories
    }
    return .object(PyNDArray(NDArray(counts, shape: shape)))
  }

  /// `dirichlet(alpha, size=None)`: one gamma draw per component, then each row divided by
  /// its sum (multiplied by the reciprocal, as numpy's legacy code does).
  static func dirichlet(_ a: Arguments, _ random: inout RandomState, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let alphaValue = a.count > 0 ? try a[0] : a.keyword("alpha") else {
      throw .typeError("dirichlet() takes at least 1 positional argument (0 given)")
    }
    let alphaArray = try NumpyFunctions.array(alphaValue, interp)
    guard alphaArray.ndim == 1 else {
      throw .valueError("object of too small depth for desired array")
    }
    let alpha = (0..<alphaArray.size).map { alphaArray.double(at: $0) }
    guard alpha.allSatisfy({ $0 > 0 }) else { throw .valueError("alpha <= 0") }
    let size = try self.size(a, position: 1) ?? []
    let shape = size + [alpha.count]
    try NumpyBridge.budget(shape, .float64)
    let out = NDArray(uninitialized: shape, dtype: .float64)
    let q = out.storage.pointer(Double.self)
    var offset = 0
    while offset < out.size {
      var total = 0.0
      for (j, x) in alpha.enumerated() {
        q[offset + j] = random.standardGamma(x)
        total += q[offset + j]
      }
      let inverse = 1 / total
      for j in 0..<alpha.count { q[offset + j] *= inverse }
      offset += alpha.count
    }
    return .object(PyNDArray(out))
  }
}
