import Interpreter
import NumKit

#if canImport(Glibc)
  import Glibc
#endif

/// The `numpy` module: creation functions, `dot`, element-wise math.
enum NumpyModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "numpy")
    interp.resultInto = {
      [unowned interp] (op, x, y, target) throws(PyException) -> Value? in
      try PyNDArray.result(op, x, y, into: target, interp)
    }
    // The numpy whose behaviour NumBook follows (its goldens come from it), for code that
    // checks the version.
    m.define("__version__", .str("2.4.6"))
    m.define("pi", .float(Double.pi))
    m.define("e", .float(M_E))
    m.define("euler_gamma", .float(0.577_215_664_901_532_860_6))
    m.define("True_", .object(PyNumpyScalar.make(dtype: .bool, bits: 1)))
    m.define("False_", .object(PyNumpyScalar.make(dtype: .bool, bits: 0)))
    m.define("nan", .float(.nan))
    m.define("inf", .float(.infinity))
    m.define("newaxis", .none)
    m.define("r_", .object(PyIndexConcatenator(columns: false)))
    m.define("c_", .object(PyIndexConcatenator(columns: true)))
    m.define("ndarray", .object(PyNDArray.ndarrayClass))
    let exceptions = PyModule(name: "numpy.exceptions")
    exceptions.define("AxisError", .object(NumpyBridge.axisError))
    m.define("exceptions", .object(exceptions))
    m.define("random", .object(NumpyRandomModule.make()))
    NumpyFunctions.install(in: m)
    NumpyTextIO.install(in: m)
    NumpyBinaryIO.install(in: m)
    NumpyPrintOptions.install(in: m)
    NumpyShowConfig.install(in: m)
    NumpyErrorState.install(in: m)
    NumpyTypePromotion.install(in: m)
    m.define("_UFuncNoLoopError", .object(NumpyBridge.noLoopError))
    NumpyArrayText.install(in: m)
    NumpyArrayMemory.install(in: m)
    for t in DType.allCases where t != .bool {
      m.define(t.rawValue, .object(PyDType.scalarClass(t)))
    }
    m.define("bool_", .object(PyDType.scalarClass(.bool)))
    // numpy's other names for the same scalar types (`np.intp is np.int64`).
    let aliases: [(String, DType)] = [
      ("intp", .int64), ("int_", .int64), ("longlong", .int64), ("long", .int64),
      ("intc", .int32), ("double", .float64), ("single", .float32), ("ubyte", .uint8),
    ]
    for (name, t) in aliases { m.define(name, .object(PyDType.scalarClass(t))) }
    NumpyScalarTypes.install(in: m)
    m.define("nditer") { (a, interp) throws(PyException) in try PyNDIter.make(a, interp) }
    m.define("dtype", .object(PyDType.dtypeClass))
    m.define("array") { (a, interp) throws(PyException) in
      let dtype = try dtypeArgument(NumpyFunctions.argument(a, 1, "dtype"))
      // copy=False (never copy) or None (copy only when needed): an array of the dtype asked
      // for is itself the result, or a view of it for ndmin.
      let copyValue = a.keyword("copy") ?? .bool(true)
      var mayShare = copyValue.isNone
      if !mayShare { mayShare = !(try interp.isTruthy(copyValue)) }
      var shared: PyNDArray?
      let given = try a[0].as(PyNDArray.self)
      if mayShare, let given, dtype == nil || dtype == given.array.dtype {
        shared = given
      } else if mayShare && !copyValue.isNone {
        throw .valueError(
          "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword."
        )
      }
      var x: NDArray
      if let shared {
        x = shared.array
      } else if let given {
        // Laid out as the given array (numpy's order "K").
        x = given.array.copyKeepingLayout(as: dtype)
      } else {
        x = try NumpyBridge.array(from: a[0], dtype: dtype, interp)
      }
      // order='C' or 'F': that order (a copy unless the array is in it already; a list's
      // values are in C order).
      switch a.keyword("order")?.as(PyStr.self)?.value {
      case "F"? where x.ndim > 1 && (!x.stepsInFortranOrder || given == nil):
        x = x.copy(order: "F")!
        shared = nil
      case "C"? where !x.stepsInCOrder:
        x = x.copy()
        shared = nil
      default: break
      }
      // ndmin: ones are prepended to the shape, as numpy does.
      if let n = a.keyword("ndmin"), case .int(let ndmin) = n.asIndexLike, ndmin > x.ndim {
        x = x.reshapedView(Array(repeating: 1, count: ndmin - x.ndim) + x.shape)
      } else if let shared {
        return .object(shared)
      }
      return .object(PyNDArray(x))
    }
    for (name, fill) in [("zeros", 0.0), ("ones", 1.0)] {
      m.define(name) { (a, interp) throws(PyException) in
        let shape = try shapeArgument(a[0], interp)
        let dtype = try dtypeArgument(NumpyFunctions.argument(a, 1, "dtype")) ?? .float64
        try NumpyBridge.budget(shape, dtype)
        let out = NDArray(zeros: shape, dtype: dtype)
        if fill != 0 { for i in 0..<out.size { out.setFlat(i, fill, int: Int(fill)) } }
        return .object(PyNDArray(out))
      }
    }
    m.define("arange") { (a, interp) throws(PyException) in
      let (start, stop, step, ints) = try arangeBounds(a, interp)
      let allInts = ints != nil
      guard step != 0 else { throw .zeroDivision("division by zero") }
      // (Ints by their exact difference, as numpy's Python-int arithmetic has it: bounds near
      // 2**63 are equal as doubles.)
      let difference =
        ints.map { (first, last, _) in
          let (d, overflow) = last.subtractingReportingOverflow(first)
          return overflow ? Double(last) - Double(first) : Double(d)
        } ?? (stop - start)
      let span = ceil(difference / step)
      guard span.isFinite else { throw .valueError("arange: cannot compute length") }
      let count = max(0, span > 1e18 ? Int(1e18) : Int(span))
      try NumpyBridge.budget([count], allInts ? .int64 : .float64)
      // Filled in place: a large range costs its array once, not an intermediate copy too.
      let values: NDArray
      if let (first, _, by) = ints {
        values = NDArray.integerRange(count: count, start: Int64(first), step: Int64(by))
      } else {
        // numpy writes start and start + step, then fills the rest from the step those two
        // actually differ by (`np.arange(-10, 10, 0.01)` steps by 0.009999999999999787).
        values = NDArray(uninitialized: [count], dtype: .float64)
        let p = values.storage.pointer(Double.self)
        let delta = (start + step) - start
        for i in 0..<count { p[i] = i == 1 ? start + step : start + Double(i) * delta }
      }
      let dtype = try dtypeArgument(a.count > 3 ? a[3] : a.keyword("dtype"))
      return .object(PyNDArray(dtype.map { values.copy(as: $0) } ?? values))
    }
    m.define("linspace") { (a, interp) throws(PyException) in
      // Numbers from start to stop here; arrays of them, `retstep`, `dtype`, `axis` and a
      // positional `endpoint` in the library's `_linspace`.
      let num = a.count > 2 ? try a[2] : a.keyword("num") ?? .int(50)
      guard a.count == 2 || a.count == 3, case .int = num,
        a.keywords.allSatisfy({ $0.name == "num" || $0.name == "endpoint" }),
        let start = interp.numeric(try a[0].scalarValue),
        let stop = interp.numeric(try a[1].scalarValue)
      else {
        return try NumpyFunctions.library("_linspace", a.positional, keywords: a.keywords, interp)
      }
      guard case .int(let num) = num else { return .none }
      guard num >= 0 else { throw .valueError("Number of samples, \(num), must be non-negative.") }
      try NumpyBridge.budget([num], .float64)
      let endpoint = try interp.isTruthy(a.keyword("endpoint") ?? .bool(true))
      let divisions = endpoint ? num - 1 : num
      let step = divisions > 0 ? (stop - start) / Double(divisions) : 0
      let values = NDArray(uninitialized: [num], dtype: .float64)
      let p = values.storage.pointer(Double.self)
      for i in 0..<num { p[i] = start + Double(i) * step }
      if endpoint && num > 1 { p[num - 1] = stop }
      return .object(PyNDArray(values))
    }
    for f in UnaryFunction.allCases {
      m.define(f.rawValue) { (a, interp) throws(PyException) in
        try a.expect(f.rawValue, min: 1, max: 1)
        // A Python float (`np.exp(-z)` on a scalar): numpy's float64 0-d operand and scalar
        // result, without making the arrays.
        if case .float(let value) = a.positional[0] {
          NumpyBridge.prepareFlags()
          let result = f.apply(value)
          try NumpyBridge.reportFlags(f == .abs ? "absolute" : f.rawValue, interp)
          return .object(PyNumpyScalar.make(dtype: .float64, bits: result.bitPattern))
        }
        let x = try NumpyFunctions.array(a[0], interp)
        if f == .negative { try NumpyBridge.refuseBool("negative", x) }
        NumpyBridge.prepareFlags()
        let result = x.apply(f)
        try NumpyBridge.reportFlags(f == .abs ? "absolute" : f.rawValue, interp)
        return NumpyBridge.wrap(result)
      }
    }
    m.define("absolute", m.globals.value(of: "abs")!)
    for name in NumpyMethods.reductions {
      let kind = ReductionKind(name)
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 1, max: 7)
        let array = try NumpyFunctions.array(a[0], interp)
        return try NumpyMethods.reduction(name, kind, array, a, axisPosition: 1, interp)
      }
    }
    installLibrary(in: m, interp)
    installTesting(in: m, interp)
    m.define("lib", .object(NumpyArrayMemory.strideTricks(m)))
    PyUfunc.install(in: m)
    StringArrays.install(in: m)
    NumpySignature.enforce(on: m, qualifiedAs: "numpy")
    for (sub, qualified) in [("linalg", "numpy.linalg"), ("random", "numpy.random")] {
      if let module = m.globals.value(of: sub)?.as(PyModule.self) {
        NumpySignature.enforce(on: module, qualifiedAs: qualified)
      }
    }
    return m
  }

  static func shapeArgument(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Int] {
    if let n = v.asIndexLike.asInt {
      guard n >= 0 else { throw .valueError("negative dimensions are not allowed") }
      return [n]
    }
    // A float (or numpy float) is neither: numpy names it by its repr.
    if case .float = v.scalarValue {
      throw .typeError(
        "expected a sequence of integers or a single integer, got '\(try interp.repr(v))'")
    }
    return try interp.collect(v).map { (d) throws(PyException) -> Int in
      guard let n = d.asIndexLike.asInt else {
        throw .typeError("'\(d.typeName)' object cannot be interpreted as an integer")
      }
      guard n >= 0 else { throw .valueError("negative dimensions are not allowed") }
      return n
    }
  }

  /// The functions written in the language (`NumpyLibrarySource`), run once in a module of
  /// their own that sees numpy as `np`, then defined in numpy.
  private static func installLibrary(in m: PyModule, _ interp: Interpreter) {
    let library = PyModule(name: "numpy")
    library.define("np", .object(m))
    do throws(PyException) {
      for source in [
        NumpyLibrarySource.text, NumpyReductionSource.text, NumpyArrayEditingSource.text,
        NumpyMathSource.text, NumpyPolynomialSource.text,
      ] {
        try interp.runModule(source, in: library, file: "<numpy>")
      }
    } catch {
      // The source is part of NumBook: a failure here is a NumBook bug, shown on use.
      m.define("__library_error__", .str(PyException.finalLine(error, interp)))
      return
    }
    for name in library.globals.definedNames
    where !name.hasPrefix("_") && name != "np" && m.globals.value(of: name) == nil {
      if let value = library.globals.value(of: name) { m.define(name, value) }
    }
  }

  /// `numpy.testing`, written in the language (`NumpyTestingSource`).
  private static func installTesting(in m: PyModule, _ interp: Interpreter) {
    let testing = PyModule(name: "numpy.testing")
    testing.define("np", .object(m))
    do throws(PyException) {
      try interp.runModule(NumpyTestingSource.text, in: testing, file: "<numpy.testing>")
    } catch {
      testing.define("__library_error__", .str("\(error)"))
    }
    m.define("testing", .object(testing))
  }

  static func dtypeArgument(_ v: Value?) throws(PyException) -> DType? {
    guard let v, !v.isNone else { return nil }
    if let t = v.as(PyDType.self) { return t.dtype }
    if let c = v.as(PyClass.self) {
      if c === PyClass.float { return .float64 }
      if c === PyClass.int { return .int64 }
      if c === PyClass.bool { return .bool }
      if let t = DType.allCases.first(where: { PyDType.scalarClass($0) === c }) { return t }
    }
    if let s = v.as(PyStr.self) {
      if let t = DType(rawValue: s.value) ?? dtypeNames[s.value] { return t }
      // numpy's byte-order prefixes: this machine's order is little-endian.
      if let order = s.value.first, "<=|".contains(order),
        let t = dtypeNames[String(s.value.dropFirst())]
      {
        return t
      }
      if s.value.first == ">", dtypeNames[String(s.value.dropFirst())] != nil {
        throw .notImplemented(
          "big-endian dtypes (\(PyStr.repr(s.value))) are not supported: NumBook arrays are in this machine's order; np.frombuffer and np.fromfile read such data into native arrays"
        )
      }
      throw .typeError("data type \(PyStr.repr(s.value)) not understood")
    }
    let shown: String
    switch v {
    case .int(let i): shown = String(i)
    case .bool(let b): shown = b ? "True" : "False"
    default: shown = "<\(v.typeName) object>"
    }
    throw .typeError("Cannot interpret '\(shown)' as a data type")
  }

  /// numpy's other names for the dtypes NumKit has (`astype('int')`, `dtype='f4'`).
  static let dtypeNames: [String: DType] = [
    "float": .float64, "double": .float64, "f8": .float64, "d": .float64,
    "single": .float32, "f4": .float32, "f": .float32,
    "int": .int64, "int_": .int64, "long": .int64, "longlong": .int64, "i8": .int64, "l": .int64,
    "intc": .int32, "i4": .int32, "i": .int32,
    "u1": .uint8, "B": .uint8, "bool_": .bool, "b1": .bool, "?": .bool,
  ]
}

extension NumpyModule {
  /// `np.arange`'s start, stop and step, by position or keyword (one bound alone is the stop),
  /// and whether all three are ints. `np.arange(n)`, `np.arange(a, b)` of ints: read at once.
  private static func arangeBounds(_ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> (start: Double, stop: Double, step: Double, ints: (Int, Int, Int)?)
  {
    if a.keywords.isEmpty {
      switch a.positional.count {
      case 1: if case .int(let stop) = a.positional[0] { return (0, Double(stop), 1, (0, stop, 1)) }
      case 2:
        if case .int(let start) = a.positional[0], case .int(let stop) = a.positional[1] {
          return (Double(start), Double(stop), 1, (start, stop, 1))
        }
      default: break
      }
    }
    for (name, _) in a.keywords where !["start", "stop", "step", "dtype", "like"].contains(name) {
      throw .typeError("arange() got an unexpected keyword argument '\(name)'")
    }
    // start, stop, step by position or keyword; one bound alone is the stop.
    var given: [Value?] = a.positional.prefix(3).map { $0 }
    given += Array(repeating: nil, count: 3 - given.count)
    for (k, name) in ["start", "stop", "step"].enumerated() {
      if let v = a.keyword(name) { given[k] = v }
    }
    if a.positional.count == 1 && a.keyword("stop") == nil { given.swapAt(0, 1) }
    guard given[1] != nil else { throw .typeError("arange() requires stop to be specified.") }
    for v in given.compactMap({ $0 }) where interp.numeric(v.scalarValue) == nil {
      if v.as(PyStr.self) != nil {
        throw .typeError(
          "arange() not supported for inputs with DType <class 'numpy.dtypes.StrDType'>.")
      }
      throw .typeError("unsupported operand type(s) for -: '\(v.typeName)' and 'int'")
    }
    let bounds = [given[0] ?? .int(0), given[1]!, given[2] ?? .int(1)].map(\.scalarValue)
    // (A bool bound is an int: `np.arange(True, 3)` is int64.)
    let ints = bounds.compactMap { (v: Value) -> Int? in
      switch v {
      case .int(let i): i
      case .bool(let b): b ? 1 : 0
      default: nil
      }
    }
    let nums = bounds.map { interp.numeric($0) ?? 0 }
    return (nums[0], nums[1], nums[2], ints.count == 3 ? (ints[0], ints[1], ints[2]) : nil)
  }
}
