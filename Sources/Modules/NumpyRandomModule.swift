import FloatText
import Interpreter
import NumKit

#if canImport(Glibc)
  import Glibc
#endif

/// `numpy.random`: the legacy global `RandomState` (numpy's numbers for the same seed).
enum NumpyRandomModule {
  /// The session's generator state (numpy's hidden global RandomState).
  final class State {
    var random = RandomState(seed: UInt32(truncatingIfNeeded: time(nil)))
  }

  static func make() -> PyModule {
    let m = PyModule(name: "numpy.random")
    defineDraws(on: m, State())
    m.define("RandomState") { (a, interp) throws(PyException) in
      try a.expect("RandomState", min: 0, max: 1)
      let namespace = PyModule(name: "RandomState")
      defineDraws(on: namespace, State())
      NumpySignature.enforce(on: namespace, qualifiedAs: "numpy.random")
      let value = a.count == 1 ? try a[0] : a.keyword("seed")
      if let value, let seed = namespace.globals.value(of: "seed") {
        _ = try interp.call(seed, Arguments([value]))
      }
      return .object(
        PyRandomObject(PyRandomObject.randomStateClass, bitGenerator: "MT19937", methods: namespace)
      )
    }
    m.define("default_rng") { (a, _) throws(PyException) in try PyGenerator.make(a) }
    return m
  }

  /// The drawing functions of numpy's RandomState, on the module (its hidden global state) or
  /// on a `RandomState` object.
  static func defineDraws(on m: PyModule, _ state: State) {
    defineDistributions(on: m, state)
    m.define("seed") { (a, interp) throws(PyException) in
      guard a.count > 0, !a.positional[0].isNone else {
        state.random.seed(UInt32(truncatingIfNeeded: time(nil)))
        return .none
      }
      let value = try a[0]
      if case .int(let s) = value.asIndexLike {
        guard s >= 0, s <= 0xffff_ffff else {
          throw .valueError("Seed must be between 0 and 2**32 - 1")
        }
        state.random.seed(UInt32(s))
        return .none
      }
      // A sequence of words (numpy's init_by_array), integers only, as numpy's safe cast.
      let words = try NumpyFunctions.array(value, interp)
      guard words.size > 0 else { throw .valueError("Seed must be non-empty") }
      guard words.dtype.isInteger || words.dtype == .bool else {
        throw .typeError(
          "Cannot cast \(words.ndim == 0 ? "scalar" : "array data") from dtype('\(words.dtype.rawValue)') to dtype('int64') according to the rule 'safe'"
        )
      }
      guard words.ndim == 1 else { throw .valueError("Seed array must be 1-d") }
      let ints = (0..<words.size).map { words.int(at: $0) }
      guard ints.allSatisfy({ $0 >= 0 && $0 <= 0xffff_ffff }) else {
        throw .valueError("Seed must be between 0 and 2**32 - 1")
      }
      state.random.seed(words: ints.map { UInt32($0) })
      return .none
    }
    // Uniform [0, 1): rand(d0, d1, ...), random(size), random_sample(size).
    m.define("rand") { (a, interp) throws(PyException) in
      try fill(a.count == 0 ? nil : try dims(a.positional), interp) {
        state.random.uniform(into: $0, count: $1)
      }
    }
    for name in ["random", "random_sample", "sample", "ranf"] {
      m.define(name) { (a, interp) throws(PyException) in
        try fill(try size(a, position: 0), interp) { state.random.uniform(into: $0, count: $1) }
      }
    }
    m.define("randn") { (a, interp) throws(PyException) in
      try fill(a.count == 0 ? nil : try dims(a.positional), interp) {
        state.random.gaussian(into: $0, count: $1)
      }
    }
    m.define("standard_normal") { (a, interp) throws(PyException) in
      try fill(try size(a, position: 0), interp) { state.random.gaussian(into: $0, count: $1) }
    }
    m.define("randint") { (a, interp) throws(PyException) in
      let dtype = try NumpyModule.dtypeArgument(a.count > 3 ? a[3] : a.keyword("dtype")) ?? .int64
      if let arrays = try randintBounds(a, interp) {
        return try randintArrays(
          arrays.low, arrays.high, dtype, size(a, position: 2), &state.random)
      }
      var low = try integer(a, 0, "low", nil)
      var high = try integer(a, 1, "high", nil)
      if high == nil {
        high = low
        low = 0
      }
      guard let lo = low, let hi = high, lo < hi else { throw .valueError("low >= high") }
      try checkBounds(lo, hi, dtype)
      let shape = try size(a, position: 2)
      let count = shape?.reduce(1, *) ?? 1
      if let shape { try NumpyBridge.budget(shape, dtype) }
      if let shape, dtype != .uint8, dtype != .bool {
        let drawn = NDArray(uninitialized: shape, dtype: .int64)
        state.random.integers(
          low: lo, high: hi, into: drawn.storage.pointer(Int64.self), count: count)
        return .object(PyNDArray(dtype == .int64 ? drawn : drawn.copy(as: dtype)))
      }
      let values: [Int]
      switch dtype {
      case .uint8: values = state.random.bytes(low: lo, high: hi, count: count)
      case .bool: values = state.random.bits(low: lo, high: hi, count: count)
      default: values = (0..<count).map { _ in state.random.integer(low: lo, high: hi) }
      }
      // numpy gives a Python int for the default dtype without a size, a numpy scalar else.
      guard let shape else {
        if dtype == .int64 { return .int(values[0]) }
        return NumpyBridge.wrap(NDArray(values, shape: []).copy(as: dtype))
      }
      let drawn = NDArray(values, shape: shape)
      return .object(PyNDArray(dtype == .int64 ? drawn : drawn.copy(as: dtype)))
    }
    m.define("shuffle") { (a, interp) throws(PyException) in
      try a.expect("shuffle", min: 1, max: 1)
      try shuffle(
        a[0], { state.random.interval($0) }, flat: { state.random.shuffle($0, count: $1) },
        interp)
      return .none
    }
    m.define("permutation") { (a, interp) throws(PyException) in
      try permutation(
        a, { state.random.interval($0) }, flat: { state.random.shuffle($0, count: $1) }, interp)
    }
    m.define("choice") { (a, interp) throws(PyException) in
      try choice(a, &state.random, interp)
    }
  }

  // MARK: - Arguments

  /// `size=`: None, an int or a tuple of ints.
  static func size(_ a: Arguments, position: Int) throws(PyException) -> [Int]? {
    let v = a.count > position ? try a[position] : a.keyword("size")
    guard let v, !v.isNone else { return nil }
    if case .int(let n) = v.asIndexLike { return try dims([.int(n)]) }
    if case .float(let d) = v.scalarValue, v.as(PyObject.self) == nil {
      throw .typeError(
        "expected a sequence of integers or a single integer, got '\(PythonFloat.repr(d))'")
    }
    guard let t = v.as(PySequence.self) else {
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return try dims(t.items)
  }

  static func dims(_ values: [Value]) throws(PyException) -> [Int] {
    try values.map { (v) throws(PyException) -> Int in
      guard case .int(let n) = v.asIndexLike else {
        throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
      }
      guard n >= 0 else { throw .valueError("negative dimensions are not allowed") }
      return n
    }
  }

  /// numpy's refusal of bounds the dtype cannot hold.
  static func checkBounds(_ low: Int, _ high: Int, _ dtype: DType) throws(PyException) {
    let limits: (Int, Int)
    switch dtype {
    case .bool: limits = (0, 2)
    case .uint8: limits = (0, 256)
    case .int32: limits = (Int(Int32.min), Int(Int32.max) + 1)
    default: return
    }
    if low < limits.0 { throw .valueError("low is out of bounds for \(dtype.rawValue)") }
    if high > limits.1 { throw .valueError("high is out of bounds for \(dtype.rawValue)") }
  }

  /// `randint` bounds given as arrays or lists (nil when both are numbers).
  static func randintBounds(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> (
    low: NDArray, high: NDArray
  )? {
    let low = a.count > 0 ? try a[0] : a.keyword("low")
    let high = a.count > 1 ? try a[1] : a.keyword("high")
    let arrays = [low, high].contains { v in
      v?.as(PyNDArray.self) != nil || v?.as(PySequence.self) != nil
    }
    guard arrays, let low else { return nil }
    let lows = try NumpyFunctions.array(low, interp).copy(as: .int64)
    guard let high, !high.isNone else {
      return (NDArray([0], shape: []), lows)
    }
    return (lows, try NumpyFunctions.array(high, interp).copy(as: .int64))
  }

  /// `randint` with array bounds: one draw per element of the broadcast shape (or `size`),
  /// each with its own bounds, as numpy's legacy generator does.
  static func randintArrays(
    _ low: NDArray, _ high: NDArray, _ dtype: DType, _ size: [Int]?,
    _ random: inout RandomState
  ) throws(PyException) -> Value {
    guard let common = try? Broadcast.shape(low.shape, high.shape) else {
      throw .valueError(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape \(ShapeText.tuple(low.shape)) and arg 1 with shape \(ShapeText.tuple(high.shape))."
      )
    }
    let shape = size ?? common
    try NumpyBridge.budget(shape, dtype)
    let lows = try NumpyFunctions.broadcastView(low, to: shape).copy()
    let highs = try NumpyFunctions.broadcastView(high, to: shape).copy()
    var values: [Int] = []
    for i in 0..<lows.size {
      let (lo, hi) = (lows.int(at: i), highs.int(at: i))
      guard lo < hi else { throw .valueError("low >= high") }
      try checkBounds(lo, hi, dtype)
      values.append(random.integer(low: lo, high: hi))
    }
    let drawn = NDArray(values, shape: shape)
    return .object(PyNDArray(dtype == .int64 ? drawn : drawn.copy(as: dtype)))
  }

  static func integer(_ a: Arguments, _ position: Int, _ name: String, _ defaultValue: Int?)
    throws(PyException) -> Int?
  {
    let v = a.count > position ? try a[position] : a.keyword(name)
    guard let v, !v.isNone else { return defaultValue }
    guard case .int(let n) = v.asIndexLike else {
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    return n
  }

  /// A Python float for `size=None`, else a float64 array filled in C order.
  /// A float of `shape` (nil: one Python float) filled by `draw(elements, count)`.
  static func fill(
    _ shape: [Int]?, _ interp: Interpreter, _ draw: (UnsafeMutablePointer<Double>, Int) -> Void
  ) throws(PyException) -> Value {
    guard let shape else {
      var value = 0.0
      draw(&value, 1)
      return .float(value)
    }
    try NumpyBridge.budget(shape, .float64)
    let out = NDArray(uninitialized: shape, dtype: .float64)
    draw(out.storage.pointer(Double.self), out.size)
    return .object(PyNDArray(out))
  }

  // MARK: - shuffle, choice

  /// In place along the first axis (rows of an array, items of a list), with numpy's draws:
  /// `partner(i)` is the position exchanged with i, i from the last down to 1.
  /// `permutation(x)`: a shuffled copy of an array, or of `arange(x)` for an int.
  /// `flat`, when given, shuffles a flat run of 8-byte items with the same draws as
  /// `partner` would make (int64 and float64 arrays, without a closure call per swap).
  typealias FlatShuffle = (UnsafeMutablePointer<UInt64>, Int) -> Void

  static func permutation(
    _ a: Arguments, _ partner: @escaping (Int) -> Int, flat: FlatShuffle? = nil,
    _ interp: Interpreter
  ) throws(PyException) -> Value {
    try a.expect("permutation", min: 1, max: 1)
    let target: Value
    if case .int(let n) = try a[0].asIndexLike {
      // As np.arange(n): a negative n gives an empty permutation.
      let n = max(n, 0)
      try NumpyBridge.budget([n], .int64)
      target = .object(PyNDArray(NDArray.integerRange(count: n)))
    } else if let strings = try a[0].as(PyStrArray.self) {
      target = .object(PyStrArray(strings.items, shape: strings.shape, width: strings.width))
    } else {
      target = .object(PyNDArray(try NumpyBridge.array(from: a[0], dtype: nil, interp)))
    }
    try shuffle(target, partner, flat: flat, interp)
    return target
  }

  static func shuffle(
    _ v: Value, _ partner: @escaping (Int) -> Int, flat: FlatShuffle? = nil,
    _ interp: Interpreter
  ) throws(PyException) {
    if let list = v.as(PyList.self) {
      for (i, j) in FisherYatesPairs(count: list.items.count, partner: partner) {
        list.items.swapAt(i, j)
      }
      return
    }
    if let strings = v.as(PyStrArray.self), let rows = strings.shape.first {
      // Rows of `size / rows` items each, exchanged as a list's items are.
      guard strings.size > 0 else { return }
      let row = strings.size / rows
      for (i, j) in FisherYatesPairs(count: rows, partner: partner) {
        for k in 0..<row { strings.items.swapAt(i * row + k, j * row + k) }
      }
      return
    }
    guard let a = v.as(PyNDArray.self) else {
      throw .typeError("shuffle() argument must be a list or an ndarray, not \(v.typeName)")
    }
    guard a.array.ndim > 0 else { throw .typeError("len() of unsized object") }
    // An empty array (rows of nothing) is left as it is, and no numbers are drawn.
    guard a.array.size > 0 else { return }
    let array = a.array
    if let flat, array.ndim == 1, array.dtype.itemSize == 8, array.strides[0] == 1 {
      flat(array.storage.raw.assumingMemoryBound(to: UInt64.self) + array.offset, array.size)
      return
    }
    array.shuffleLeading(partner)
  }

  /// `choice(a, size=None, replace=True, p=None)` as numpy's legacy RandomState draws it.
  static func choice(_ a: Arguments, _ random: inout RandomState, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let args = try ChoiceArguments(a, interp) { (arr) throws(PyException) in
      guard arr.ndim == 1 else { throw .valueError("a must be 1-dimensional") }
      guard arr.size > 0 else {
        throw .valueError("'a' cannot be empty unless no samples are taken")
      }
    }
    let (population, count, shape, replace) = (
      args.population, args.count, args.shape, args.replace
    )
    var probabilities: [Double]?
    if let pValue = args.p {
      let p = try NumpyBridge.doubles(pValue, interp)
      guard p.count == count else { throw .valueError("'a' and 'p' must have same size") }
      guard p.allSatisfy({ $0 >= 0 }) else {
        throw .valueError("probabilities are not non-negative")
      }
      guard abs(p.reduce(0, +) - 1) <= sqrt(Double.ulpOfOne) else {
        throw .valueError("probabilities do not sum to 1")
      }
      probabilities = p
    }
    if let shape { try NumpyBridge.budget(shape, .int64) }
    let total = shape?.reduce(1, *) ?? 1
    var picks: [Int]
    if replace {
      if let p = probabilities {
        let cdf = cumulative(p)
        picks = (0..<total).map { _ in searchRight(cdf, random.uniform()) }
      } else {
        picks = (0..<total).map { _ in random.integer(low: 0, high: count) }
      }
    } else {
      guard total <= count else {
        throw .valueError("Cannot take a larger sample than population when 'replace=False'")
      }
      try NumpyBridge.budget([count], .int64)
      if var p = probabilities {
        guard p.filter({ $0 > 0 }).count >= total else {
          throw .valueError("Fewer non-zero entries in p than size")
        }
        picks = []
        while picks.count < total {
          let draws = (0..<(total - picks.count)).map { _ in random.uniform() }
          for i in picks { p[i] = 0 }
          let cdf = cumulative(p)
          var seen = Set<Int>()
          for x in draws {
            let j = searchRight(cdf, x)
            if seen.insert(j).inserted { picks.append(j) }
          }
        }
      } else {
        var order = Array(0..<count)
        for i in stride(from: count - 1, through: 1, by: -1) {
          let j = random.interval(i)
          order.swapAt(i, j)
        }
        picks = Array(order.prefix(total))
      }
    }
    guard let population else {
      guard let shape else { return .int(picks[0]) }
      return .object(PyNDArray(NDArray(picks, shape: shape)))
    }
    let selected = try NumpyBridge.check { () throws(NumKitError) in
      try population.index([.integers(NDArray(picks, shape: shape ?? []))])
    }
    return NumpyBridge.wrap(selected)
  }

  /// `cumsum(p) / cumsum(p)[-1]`, summed in order as numpy's cumsum does.
  static func cumulative(_ p: [Double]) -> [Double] {
    var running = 0.0
    let sums = p.map { v -> Double in
      running += v
      return running
    }
    return sums.map { $0 / sums[sums.count - 1] }
  }

  /// `searchsorted(cdf, x, side='right')`.
  static func searchRight(_ cdf: [Double], _ x: Double) -> Int {
    var lo = 0
    var hi = cdf.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if cdf[mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
