import BigInt
import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `math`'s functions of two arguments and of integers, with CPython's checks.
extension MathModule {
  static func defineTwoArgumentFunctions(_ m: PyModule) {
    m.define("pow") { (a, interp) throws(PyException) in
      let (x, y) = try two("pow", a, interp)
      let r = Glibc.pow(x, y)
      // Finite arguments: NaN is a domain error; infinity too from 0 ** negative, otherwise
      // an overflow. Non-finite arguments follow C99's pow without errors.
      if x.isFinite && y.isFinite {
        if r.isNaN { throw .valueError("math domain error") }
        if r.isInfinite {
          throw x == 0 ? .valueError("math domain error") : .overflow("math range error")
        }
      }
      return .float(r)
    }
    m.define("atan2") { (a, interp) throws(PyException) in
      let (y, x) = try two("atan2", a, interp)
      return .float(atan2(y, x))
    }
    m.define("copysign") { (a, interp) throws(PyException) in
      let (x, y) = try two("copysign", a, interp)
      return .float(copysign(x, y))
    }
    m.define("nextafter") { (a, interp) throws(PyException) in
      let (x, y) = try two("nextafter", a, interp)
      return .float(nextafter(x, y))
    }
    m.define("fmod") { (a, interp) throws(PyException) in
      let (x, y) = try two("fmod", a, interp)
      if y.isInfinite && x.isFinite { return .float(x) }
      let r = fmod(x, y)
      if r.isNaN && !x.isNaN && !y.isNaN { throw .valueError("math domain error") }
      return .float(r)
    }
    m.define("remainder") { (a, interp) throws(PyException) in
      let (x, y) = try two("remainder", a, interp)
      if x.isNaN || y.isNaN { return .float(.nan) }
      if x.isInfinite || y == 0 { throw .valueError("math domain error") }
      return .float(y.isInfinite ? x : remainder(x, y))
    }
    m.define("ldexp") { (a, interp) throws(PyException) in
      guard a.count == 2 else { throw .typeError("ldexp expected 2 arguments, got \(a.count)") }
      let x = try real(a[0], interp)
      guard case .int(let e) = try a[1].asIndexLike else {
        throw .typeError("Expected an int as second argument to ldexp.")
      }
      let r = scalbn(x, Int(clamping: Swift.max(-100_000, Swift.min(100_000, e))))
      if r.isInfinite && x.isFinite { throw .overflow("math range error") }
      return .float(r)
    }
    m.define("hypot") { (a, interp) throws(PyException) in
      var values: [Double] = []
      for i in 0..<a.count { values.append(Swift.abs(try real(a[i], interp))) }
      if values.contains(where: \.isInfinite) { return .float(.infinity) }
      if values.contains(where: \.isNaN) { return .float(.nan) }
      return .float(euclideanNorm(values))
    }
    m.define("dist") { (a, interp) throws(PyException) in
      try a.expect("dist", min: 2, max: 2)
      let p = try interp.collect(a[0])
      let q = try interp.collect(a[1])
      guard p.count == q.count else {
        throw .valueError("both points must have the same number of dimensions")
      }
      var values: [Double] = []
      for (x, y) in zip(p, q) { values.append(Swift.abs(try real(x, interp) - real(y, interp))) }
      if values.contains(where: \.isInfinite) { return .float(.infinity) }
      if values.contains(where: \.isNaN) { return .float(.nan) }
      return .float(euclideanNorm(values))
    }
    m.define("frexp") { (a, interp) throws(PyException) in
      try a.expect("frexp", min: 1, max: 1)
      let x = try real(a[0], interp)
      guard x.isFinite, x != 0 else { return .tuple([.float(x), .int(0)]) }
      var exponent: Int32 = 0
      let mantissa = Glibc.frexp(x, &exponent)
      return .tuple([.float(mantissa), .int(Int(exponent))])
    }
    m.define("modf") { (a, interp) throws(PyException) in
      try a.expect("modf", min: 1, max: 1)
      let x = try real(a[0], interp)
      if x.isInfinite { return .tuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)]) }
      let whole = x.rounded(.towardZero)
      return .tuple([.float(Double(signOf: x, magnitudeOf: Swift.abs(x - whole))), .float(whole)])
    }
    m.define("isclose") { (a, interp) throws(PyException) in
      let (x, y) = try two("isclose", Arguments(a.positional), interp)
      let relative = try a.keyword("rel_tol").map { (v) throws(PyException) in try real(v, interp) }
      let absolute = try a.keyword("abs_tol").map { (v) throws(PyException) in try real(v, interp) }
      let (rel, abs) = (relative ?? 1e-9, absolute ?? 0)
      guard rel >= 0 && abs >= 0 else { throw .valueError("tolerances must be non-negative") }
      if x == y { return .bool(true) }
      if x.isInfinite || y.isInfinite { return .bool(false) }
      let diff = Swift.abs(y - x)
      return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
    }
  }

  /// sqrt(sum of squares), correctly rounded in all but rare cases (as CPython's hypot is):
  /// the values are scaled by a power of two, the squares summed as a double-double (exact
  /// products by fma, exact additions by two-sum), and the square root corrected by one
  /// Newton step against that sum.
  static func euclideanNorm(_ values: [Double]) -> Double {
    let largest = values.max() ?? 0
    guard largest > 0, values.count > 1 else { return largest }
    // Subnormal-sized values first scaled up (exactly) so the power of two below exists.
    if largest < 0x1p-1000 { return euclideanNorm(values.map { $0 * 0x1p600 }) / 0x1p600 }
    let scale = Double(sign: .plus, exponent: -largest.exponent, significand: 1)
    var (high, low) = (0.0, 0.0)
    for v in values {
      let x = v * scale
      let square = x * x
      let squareError = (-square).addingProduct(x, x)
      let sum = high + square
      let back = sum - high
      low += ((high - (sum - back)) + (square - back)) + squareError
      high = sum
    }
    let root = (high + low).squareRoot()
    let rootSquare = root * root
    let rootError = (-rootSquare).addingProduct(root, root)
    let residual = ((high - rootSquare) - rootError) + low
    return (root + residual / (2 * root)) / scale
  }

  static func defineIntegerFunctions(_ m: PyModule) {
    /// The arguments as big ints.
    func integers(_ a: Arguments) throws(PyException) -> [BigInt] {
      var out: [BigInt] = []
      for i in 0..<a.count {
        // (Anything else through `a.int`: an `__index__` object, or its TypeError.)
        if let n = PyBigInt.integer(a.positional[i]) {
          out.append(n)
        } else {
          out.append(BigInt(try a.int(i)))
        }
      }
      return out
    }
    // (In big ints: `gcd(-2**63, 0)` and most lcms leave 64 bits.)
    m.define("gcd") { (a, _) throws(PyException) in
      PyBigInt.make(try integers(a).reduce(BigInt(0)) { $0.greatestCommonDivisor(with: $1) })
    }
    m.define("lcm") { (a, _) throws(PyException) in
      var result = BigInt(1)
      for n in try integers(a) {
        if n == 0 || result == 0 {
          result = 0
          continue
        }
        result = result / result.greatestCommonDivisor(with: n) * BigInt(n.magnitude)
      }
      return PyBigInt.make(result)
    }
    m.define("factorial") { (a, _) throws(PyException) in
      guard a.count == 1 else {
        throw .typeError("math.factorial() takes exactly one argument (\(a.count) given)")
      }
      let n = try a.int(0)
      guard n >= 0 else { throw .valueError("factorial() not defined for negative values") }
      var result = BigInt(1)
      for k in stride(from: 2, through: n, by: 1) {
        result *= BigInt(k)
        if result.magnitude.bitWidth > PyBigInt.bitLimit { throw PyBigInt.tooBig() }
      }
      return PyBigInt.make(result)
    }
    m.define("isqrt") { (a, _) throws(PyException) in
      if let big = a.positional.first?.as(PyBigInt.self) {
        guard big.value.sign == .plus else {
          throw .valueError("isqrt() argument must be nonnegative")
        }
        return PyBigInt.make(BigInt(big.value.magnitude.squareRoot()))
      }
      let n = try a.int(0)
      guard n >= 0 else { throw .valueError("isqrt() argument must be nonnegative") }
      // The float root is within one of the answer; squares are compared without overflow.
      func square(_ k: Int) -> Int {
        let (s, overflow) = k.multipliedReportingOverflow(by: k)
        return overflow ? .max : s
      }
      var r = Int(Double(n).squareRoot())
      while square(r) > n { r -= 1 }
      while r < 3_037_000_499 && square(r + 1) <= n { r += 1 }
      return .int(r)
    }
    for name in ["comb", "perm"] {
      m.define(name) { (a, _) throws(PyException) in
        let n = try a.int(0)
        let k = a.count > 1 ? try a.int(1) : n
        guard n >= 0 else { throw .valueError("n must be a non-negative integer") }
        guard k >= 0 else { throw .valueError("k must be a non-negative integer") }
        guard k <= n else { return .int(0) }
        var result = BigInt(1)
        for i in 0..<(name == "comb" ? Swift.min(k, n - k) : k) {
          result *= BigInt(n - i)
          if name == "comb" { result /= BigInt(i + 1) }
          if result.magnitude.bitWidth > PyBigInt.bitLimit { throw PyBigInt.tooBig() }
        }
        return PyBigInt.make(result)
      }
    }
    m.define("fsum") { (a, interp) throws(PyException) in
      var sum = ExactSum()
      for v in try interp.collect(try a[0]) { sum.add(try real(v, interp)) }
      guard !sum.overflowed else { throw .overflow("intermediate overflow in fsum") }
      return .float(sum.value)
    }
    m.define("prod") { (a, interp) throws(PyException) in
      var result = a.keyword("start") ?? .int(1)
      for v in try interp.collect(try a[0]) { result = try interp.binary(.multiply, result, v) }
      return result
    }
  }
}

/// Shewchuk's exactly rounded float summation (as `math.fsum`): non-overlapping partials whose
/// sum is exact, rounded once at the end.
struct ExactSum {
  private var partials: [Double] = []
  private var special: Double = 0
  /// A partial sum of finite values left the float range (CPython raises OverflowError).
  private(set) var overflowed = false

  mutating func add(_ value: Double) {
    guard value.isFinite else {
      special += value
      return
    }
    var x = value
    var kept = 0
    for i in partials.indices {
      var y = partials[i]
      if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
      let high = x + y
      let low = y - (high - x)
      if low != 0 {
        partials[kept] = low
        kept += 1
      }
      x = high
    }
    if !x.isFinite { overflowed = true }
    partials.removeSubrange(kept...)
    partials.append(x)
  }

  var value: Double {
    if special != 0 || special.isNaN { return special }
    guard var high = partials.last else { return 0 }
    var i = partials.count - 1
    var low = 0.0
    while i > 0 {
      i -= 1
      let x = high
      let y = partials[i]
      high = x + y
      let yr = high - x
      low = y - yr
      if low != 0 { break }
    }
    // Round half-even correctly when the remaining partials push past a tie.
    if i > 0 && ((low < 0 && partials[i - 1] < 0) || (low > 0 && partials[i - 1] > 0)) {
      let y = low * 2
      let x = high + y
      if y == x - high { high = x }
    }
    return high
  }
}
