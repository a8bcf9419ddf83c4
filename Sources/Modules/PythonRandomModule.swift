import BigInt
import Interpreter
import NumKit

#if canImport(Glibc)
  import Glibc
#endif

/// Python's `random` module: CPython's generator on MT19937, with its seeding (`init_by_array`
/// of the seed's 32-bit words) and its algorithms, so a seed gives CPython's numbers.
enum PythonRandomModule {
  final class State {
    var generator = MT19937(key: [UInt32(truncatingIfNeeded: time(nil))])
    var gaussNext: Double?

    /// `getrandbits(k)`: k random bits, assembled from 32-bit words, little end first.
    /// (`Int` up to 62 bits, `BigInt` beyond.)
    func bits<T: BinaryInteger>(_ k: Int, as _: T.Type = Int.self) -> T {
      if k <= 32 { return T(generator.next32() >> UInt32(32 - k)) }
      var result: T = 0
      var remaining = k
      var shift = 0
      while remaining > 0 {
        var word = generator.next32()
        if remaining < 32 { word >>= UInt32(32 - remaining) }
        result |= T(word) << shift
        shift += 32
        remaining -= 32
      }
      return result
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio-of-uniforms method.
    func normal(_ mu: Double, _ sigma: Double) -> Double {
      var z = 0.0
      while true {
        let u1 = generator.nextDouble()
        let u2 = 1 - generator.nextDouble()
        z = PythonRandomModule.normalMagic * (u1 - 0.5) / u2
        if z * z / 4 <= -log(u2) { break }
      }
      return mu + z * sigma
    }

    /// `_randbelow(n)`: rejection sampling on n.bit_length() bits.
    func below<T: FixedWidthInteger & UnsignedInteger>(_ n: T) -> T {
      let k = T.bitWidth - n.leadingZeroBitCount
      var r = bits(k, as: T.self)
      while r >= n { r = bits(k, as: T.self) }
      return r
    }

    func below(_ n: Int) -> Int { Int(below(UInt64(n))) }
  }

  static func make() -> PyModule {
    let m = PyModule(name: "random")
    defineDraws(on: m, State())
    m.globals.set("Random", .object(randomClass))
    return m
  }

  /// `random.Random(seed)`: a generator with a stream of its own and the module's functions
  /// as its methods (`rng = random.Random(42); rng.random()`).
  static let randomClass: PyClass = {
    let c = PyClass("Random", bases: [.object])
    c.moduleName = "random"
    c.constructor = { (a, interp) throws(PyException) in
      try a.expect("Random", min: 0, max: 1)
      let methods = PyModule(name: "Random")
      defineDraws(on: methods, State())
      if a.count == 1, let seed = methods.globals.value(of: "seed") {
        _ = try interp.call(seed, Arguments([try a[0]]))
      }
      return .object(PyRandomObject(c, bitGenerator: nil, methods: methods))
    }
    return c
  }()

  /// The module's functions over `state`: on the module (its hidden generator) or on a
  /// `Random` object.
  static func defineDraws(on m: PyModule, _ state: State) {
    m.define("seed") { (a, _) throws(PyException) in
      guard a.count > 0, !a.positional[0].isNone else {
        state.generator = MT19937(key: [UInt32(truncatingIfNeeded: time(nil))])
        state.gaussNext = nil
        return .none
      }
      guard case .int(let n) = try a[0].asIndexLike else {
        throw .notImplemented("random.seed(\(try a[0].typeName)) is not supported yet: use an int")
      }
      // The words of |n|, least significant first ([0] for zero).
      var magnitude = n.magnitude
      var key: [UInt32] = []
      repeat {
        key.append(UInt32(truncatingIfNeeded: magnitude))
        magnitude >>= 32
      } while magnitude > 0
      state.generator = MT19937(key: key)
      state.gaussNext = nil
      return .none
    }
    m.define("random") { (_, _) throws(PyException) in .float(state.generator.nextDouble()) }
    m.define("getrandbits") { (a, _) throws(PyException) in
      let k = try a.int(0)
      guard k >= 0 else { throw .valueError("number of bits must be non-negative") }
      guard k <= 62 else {
        guard k <= PyBigInt.bitLimit else { throw PyBigInt.tooBig() }
        return PyBigInt.make(state.bits(k, as: BigInt.self))
      }
      return .int(k == 0 ? 0 : state.bits(k))
    }
    m.define("uniform") { (a, interp) throws(PyException) in
      let (lo, hi) = (try number(a[0], interp), try number(a[1], interp))
      return .float(lo + (hi - lo) * state.generator.nextDouble())
    }
    m.define("randrange") { (a, _) throws(PyException) in
      try a.expect("randrange", min: 1, max: 3)
      let start = a.count == 1 ? 0 : try a.int(0)
      let stop = a.count == 1 ? try a.int(0) : try a.int(1)
      let step = a.count == 3 ? try a.int(2) : 1
      return .int(try randrange(start, stop, step, state))
    }
    m.define("randint") { (a, _) throws(PyException) in
      try a.expect("randint", min: 2, max: 2)
      let (low, high) = (try a.int(0), try a.int(1))
      // (`high + 1` overflows at 2**63 - 1: the draw is then below the width plus one.)
      guard high == Int.max else { return .int(try randrange(low, high + 1, 1, state)) }
      let (n, all) = PyRange.exactLength(low, high, 1).addingReportingOverflow(1)
      // All 2**64 ints: CPython draws 65 bits at a time.
      let drawn = all ? UInt64(truncatingIfNeeded: state.below(UInt128(1) << 64)) : state.below(n)
      return .int(low &+ Int(bitPattern: UInt(drawn)))
    }
    m.define("choice") { (a, interp) throws(PyException) in
      let n = try interp.call(interp.builtins["len"]!, Arguments([a[0]]))
      guard case .int(let count) = n, count > 0 else {
        throw .indexError("Cannot choose from an empty sequence")
      }
      return try interp.getItem(a[0], .int(state.below(count)))
    }
    m.define("shuffle") { (a, interp) throws(PyException) in
      guard let list = try a[0].as(PyList.self) else {
        throw .typeError("'\(try a[0].typeName)' object does not support item assignment")
      }
      for i in stride(from: list.items.count - 1, to: 0, by: -1) {
        list.items.swapAt(i, state.below(i + 1))
      }
      return .none
    }
    m.define("sample") { (a, interp) throws(PyException) in
      let population = try interp.collect(a[0])
      let k = try a.int(1)
      let n = population.count
      guard k >= 0 && k <= n else {
        throw .valueError("Sample larger than population or is negative")
      }
      var setSize = 21
      if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
      var result: [Value] = []
      if n <= setSize {
        var pool = population
        for i in 0..<k {
          let j = state.below(n - i)
          result.append(pool[j])
          pool[j] = pool[n - i - 1]
        }
      } else {
        var selected = Set<Int>()
        for _ in 0..<k {
          var j = state.below(n)
          while selected.contains(j) { j = state.below(n) }
          selected.insert(j)
          result.append(population[j])
        }
      }
      return .list(result)
    }
    // CPython's state: (3, the 624 words and the position, the pending gauss value).
    m.define("getstate") { (_, _) throws(PyException) in
      let (key, position) = state.generator.words
      let words = key.map { Value.int(Int($0)) } + [.int(position)]
      return .tuple([.int(3), .tuple(words), state.gaussNext.map { .float($0) } ?? .none])
    }
    m.define("setstate") { (a, interp) throws(PyException) in
      try a.expect("setstate", min: 1, max: 1)
      guard let parts = try a[0].as(PyTuple.self)?.items, parts.count == 3,
        case .int(3) = parts[0]
      else {
        throw .valueError(
          "state with version \((try? interp.repr(a[0])) ?? "?") passed to Random.setstate() of version 3"
        )
      }
      guard let words = parts[1].as(PyTuple.self)?.items, words.count == 625 else {
        throw .valueError("state vector is the wrong size")
      }
      var key: [UInt32] = []
      for w in words.dropLast() {
        guard case .int(let n) = w, n >= 0, n <= 0xffff_ffff else {
          throw .overflow("Python int too large to convert to C unsigned long")
        }
        key.append(UInt32(n))
      }
      guard case .int(let position) = words[624], position >= 0, position <= 624 else {
        throw .valueError("invalid state")
      }
      state.generator = MT19937(words: key, position: position)
      state.gaussNext = interp.numeric(parts[2])
      return .none
    }
    m.define("gauss") { (a, interp) throws(PyException) in
      let mu = a.count > 0 ? try number(a[0], interp) : 0
      let sigma = a.count > 1 ? try number(a[1], interp) : 1
      var z: Double
      if let next = state.gaussNext {
        z = next
        state.gaussNext = nil
      } else {
        let angle = state.generator.nextDouble() * 2 * Double.pi
        let radius = sqrt(-2 * log(1 - state.generator.nextDouble()))
        z = cos(angle) * radius
        state.gaussNext = sin(angle) * radius
      }
      return .float(mu + z * sigma)
    }
    // CPython's algorithms, so a seed gives CPython's numbers.
    m.define("choices") { (a, interp) throws(PyException) in
      try a.expect("choices", min: 1, max: 2)
      let population = try interp.collect(a[0])
      let n = population.count
      let k =
        try a.keyword("k").map { (v) throws(PyException) in
          guard case .int(let i) = v.asIndexLike else {
            throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
          }
          return i
        } ?? 1
      let weightsValue = a.count > 1 ? try a[1] : a.keyword("weights")
      let cumulativeValue = a.keyword("cum_weights")
      var cumulative: [Value]
      if let cumulativeValue, !cumulativeValue.isNone {
        if let w = weightsValue, !w.isNone {
          throw .typeError("Cannot specify both weights and cumulative weights")
        }
        cumulative = try interp.collect(cumulativeValue)
      } else if let w = weightsValue, !w.isNone {
        cumulative = []
        var total: Value = .int(0)
        for weight in try interp.collect(w) {
          total = cumulative.isEmpty ? weight : try interp.binary(.add, total, weight)
          cumulative.append(total)
        }
      } else {
        guard n > 0 || k == 0 else { throw .indexError("list index out of range") }
        return .list(
          (0..<max(k, 0)).map { _ in
            population[Int((state.generator.nextDouble() * Double(n)).rounded(.down))]
          })
      }
      guard cumulative.count == n else {
        throw .valueError("The number of weights does not match the population")
      }
      let sums = try cumulative.map { (v) throws(PyException) in try number(v, interp) }
      let total = sums.last ?? 0
      guard total > 0 else { throw .valueError("Total of weights must be greater than zero") }
      guard total.isFinite else { throw .valueError("Total of weights must be finite") }
      return .list(
        (0..<max(k, 0)).map { _ in
          // bisect_right over cum_weights[0:n-1].
          let x = state.generator.nextDouble() * total
          var (lo, hi) = (0, n - 1)
          while lo < hi {
            let mid = (lo + hi) / 2
            if x < sums[mid] { hi = mid } else { lo = mid + 1 }
          }
          return population[lo]
        })
    }
    m.define("expovariate") { (a, interp) throws(PyException) in
      let lambd = a.count > 0 ? try number(a[0], interp) : 1
      return .float(-log(1 - state.generator.nextDouble()) / lambd)
    }
    m.define("triangular") { (a, interp) throws(PyException) in
      var low = a.count > 0 ? try number(a[0], interp) : 0
      var high = a.count > 1 ? try number(a[1], interp) : 1
      var u = state.generator.nextDouble()
      guard high != low else { return .float(low) }
      var c = 0.5
      if a.count > 2, case let modeValue = try a[2], !modeValue.isNone {
        c = (try number(modeValue, interp) - low) / (high - low)
      }
      if u > c {
        u = 1 - u
        c = 1 - c
        (low, high) = (high, low)
      }
      return .float(low + (high - low) * (u * c).squareRoot())
    }
    m.define("normalvariate") { (a, interp) throws(PyException) in
      let mu = a.count > 0 ? try number(a[0], interp) : 0
      let sigma = a.count > 1 ? try number(a[1], interp) : 1
      return .float(state.normal(mu, sigma))
    }
    defineDistributions(on: m, state)
    // Python's functions take their parameters by name too (`random.seed(a=4)`).
    for (name, parameters) in parameterNames {
      guard let body = m.globals.value(of: name)?.as(PyBuiltinFunction.self)?.body else {
        continue
      }
      m.define(name) { (a, interp) throws(PyException) in
        try body(a.bindingKeywords(parameters), interp)
      }
    }
  }

  /// The positional parameters of CPython's functions, by name.
  static let parameterNames: [String: [String]] = [
    "seed": ["a", "version"], "getrandbits": ["k"], "uniform": ["a", "b"],
    "randrange": ["start", "stop", "step"], "randint": ["a", "b"], "choice": ["seq"],
    "shuffle": ["x"], "sample": ["population", "k"], "setstate": ["state"],
    "gauss": ["mu", "sigma"], "choices": ["population", "weights"], "expovariate": ["lambd"],
    "triangular": ["low", "high", "mode"], "normalvariate": ["mu", "sigma"],
  ]

  static func number(_ v: Value, _ interp: Interpreter) throws(PyException) -> Double {
    guard let d = try interp.floatValue(v) else {
      throw .typeError("must be real number, not \(v.typeName)")
    }
    return d
  }

  static func randrange(_ start: Int, _ stop: Int, _ step: Int, _ state: State) throws(PyException)
    -> Int
  {
    // (The width in big ints where it passes Int's range, for the message.)
    let (width, wide) = stop.subtractingReportingOverflow(start)
    let widthText = wide ? "\(BigInt(stop) - BigInt(start))" : "\(width)"
    guard step != 0 else { throw .valueError("zero step for randrange()") }
    let n = PyRange.exactLength(start, stop, step)
    guard n > 0 else {
      throw .valueError("empty range for randrange() (\(start), \(stop), \(widthText))")
    }
    // (Wrapping arithmetic: the drawn int lies in the range, so the result is exact.)
    let drawn = Int(bitPattern: UInt(state.below(n)))
    return start &+ step &* drawn
  }
}
