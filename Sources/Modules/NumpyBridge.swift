import Interpreter
import NumKit

/// Conversions between language values and NumKit arrays.
enum NumpyBridge {
  /// The array operation of an operator (a switch: this runs on every array operation).
  @inline(__always) static func arithmetic(_ op: BinaryOp) -> ArithmeticOp? {
    switch op {
    case .add: return .add
    case .subtract: return .subtract
    case .multiply: return .multiply
    case .trueDivide: return .divide
    case .floorDivide: return .floorDivide
    case .modulo: return .modulo
    case .power: return .power
    default: return nil
    }
  }

  /// numpy's ufunc names, for messages.
  static let ufuncName: [BinaryOp: String] = [
    .add: "add", .subtract: "subtract", .multiply: "multiply", .trueDivide: "divide",
    .floorDivide: "floor_divide", .modulo: "remainder", .power: "power", .matrixMultiply: "matmul",
    .bitAnd: "bitwise_and", .bitOr: "bitwise_or", .bitXor: "bitwise_xor",
    .leftShift: "left_shift", .rightShift: "right_shift",
  ]
  @inline(__always) static func bitwise(_ op: BinaryOp) -> BitwiseOp? {
    switch op {
    case .bitAnd: return .and
    case .bitOr: return .or
    case .bitXor: return .xor
    case .leftShift: return .leftShift
    case .rightShift: return .rightShift
    default: return nil
    }
  }

  /// 0-d results become numpy scalars, as numpy returns them. A scalar is a value: it holds a
  /// copy, never a view into the array it came from (`t = x[i]; x[i] = 0` leaves `t` alone).
  /// (Consuming: a fresh result moves into its object without copying its header.)
  static func wrap(_ a: consuming NDArray) -> Value {
    a.ndim == 0 ? .object(PyNumpyScalar.make(a)) : .object(PyNDArray(a))
  }

  /// numpy's refusal to cast a ufunc's input to the `dtype=` asked for (`np.add(floats, 1,
  /// dtype=int)`).
  static let inputCastingError: PyClass = {
    let c = PyClass("_UFuncInputCastingError", bases: [.typeError])
    c.moduleName = "numpy._core._exceptions"
    c.displayName = "UFuncTypeError"
    return c
  }()

  /// numpy's refusal of operand types a ufunc has no loop for (`np.gcd(1.5, 2)`).
  static let noLoopError: PyClass = {
    let c = PyClass("_UFuncNoLoopError", bases: [.typeError])
    c.moduleName = "numpy._core._exceptions"
    c.displayName = "UFuncTypeError"
    return c
  }()

  /// `numpy.exceptions.AxisError`, a ValueError and an IndexError at once, as in numpy.
  static let axisError: PyClass = {
    let c = PyClass("AxisError", bases: [.valueError, .indexError])
    c.moduleName = "numpy.exceptions"
    return c
  }()

  /// numpy's refusal of a boolean array where a ufunc has no loop for it: `-mask` (a
  /// TypeError naming the operator), `np.sign(mask)` and `+mask` (no loop).
  static func refuseBool(_ ufunc: String, _ a: NDArray) throws(PyException) {
    guard a.dtype == .bool else { return }
    if ufunc == "negative" {
      throw .typeError(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
      )
    }
    throw PyException(
      noLoopError,
      "ufunc '\(ufunc)' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None"
    )
  }

  /// numpy's refusal to store a result in an array of a narrower kind (`x *= 0.5` on ints,
  /// `np.multiply(x, 0.5, out=x)`): a TypeError that tracebacks name as numpy does.
  static let outputCastingError: PyClass = {
    let c = PyClass("_UFuncOutputCastingError", bases: [.typeError])
    c.moduleName = "numpy._core._exceptions"
    c.displayName = "UFuncTypeError"
    return c
  }()

  static func outputCasting(_ ufunc: String, from: DType, to: DType) -> PyException {
    PyException(
      outputCastingError,
      "Cannot cast ufunc '\(ufunc)' output from dtype('\(from.rawValue)') to dtype('\(to.rawValue)') with casting rule 'same_kind'"
    )
  }

  /// numpy's `_ArrayMemoryError`: a MemoryError subclass that displays as `MemoryError`
  /// (numpy's `@_display_as_base`).
  static let arrayMemoryError = PyClass("MemoryError", bases: [.memoryError])

  /// `numpy.linalg.LinAlgError` (a ValueError).
  static let linAlgError: PyClass = {
    let c = PyClass("LinAlgError", bases: [.valueError])
    c.moduleName = "numpy.linalg"
    return c
  }()

  /// numpy's MemoryError for a shape this machine cannot hold, before allocating it.
  static func budget(_ shape: [Int], _ dtype: DType) throws(PyException) {
    try check { () throws(NumKitError) in try MemoryBudget.check(shape, dtype) }
  }

  /// Runs NumKit code, raising its errors as the Python exceptions numpy raises.
  static func check<T>(_ body: () throws(NumKitError) -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch {
      throw exception(error)
    }
  }

  /// The Python exception numpy raises for a NumKit error.
  static func exception(_ error: NumKitError) -> PyException {
    switch error.kind {
    case .value: return .valueError(error.message)
    case .index: return .indexError(error.message)
    case .type: return .typeError(error.message)
    case .axis: return PyException(axisError, error.message)
    case .linalg: return PyException(linAlgError, error.message)
    case .memory: return PyException(arrayMemoryError, error.message)
    case .unsupported: return PyException(.notImplementedError, error.message)
    }
  }

  /// Runs a float ufunc as numpy does: the processor's exception flags cleared before, and
  /// read after to act as `np.seterr` says (by default `RuntimeWarning: divide by zero
  /// encountered in log`, then overflow, then invalid value, once per location).
  static func ufunc<T>(
    _ name: @autoclosure () -> String, _ interp: Interpreter,
    _ body: () throws(NumKitError) -> T
  ) throws(PyException) -> T {
    prepareFlags()
    let result = try check(body)
    try reportFlags(name(), interp)
    return result
  }

  /// Before a ufunc: testing the flags is cheap, clearing them is not (it rewrites the x87
  /// environment), so they are cleared only when one is left over from earlier work.
  @inline(__always) static func prepareFlags() {
    if FloatStatus.raised().any { FloatStatus.clear() }
  }

  /// After a ufunc: what the flags it raised call for (`np.seterr`).
  @inline(__always) static func reportFlags(
    _ name: @autoclosure () -> String, _ interp: Interpreter
  ) throws(PyException) {
    let raised = FloatStatus.raised()
    if raised.any { try NumpyErrorState.report(raised, name(), interp) }
  }

  /// numpy's error for a Python int beyond 64 bits where it needs a C long (numpy would make
  /// an object array of it; NumBook arrays have no object dtype).
  static func bigIntOverflow() -> PyException {
    PyException(.overflowError, "Python int too large to convert to C long")
  }

  /// The other operand of an array operation. Python scalars are "weak" (NEP 50): they take
  /// the array's dtype when it can hold them.
  static func operand(_ v: Value, like a: NDArray, _ interp: Interpreter) throws(PyException)
    -> NDArray?
  {
    switch v {
    case .int(let i):
      // NEP 50: the Python int takes the array's integer type, and must fit in it.
      try checkPythonInt(i, fits: a.dtype)
      return NDArray([i], shape: [], dtype: a.dtype == .bool ? .int64 : a.dtype)
    case .bool(let b):
      return NDArray([b ? 1 : 0], shape: [], dtype: a.dtype == .bool ? .bool : a.dtype)
    case .float(let d):
      return NDArray([d], shape: [], dtype: a.dtype.isFloat ? a.dtype : .float64)
    case .object(let o):
      if let x = o as? PyNDArray { return x.array }
      if let s = o as? PyNumpyScalar { return s.array }
      if o is PySequence { return try array(from: v, dtype: nil, interp) }
      if let big = o as? PyBigInt {
        // A Python int beyond 64 bits: a float array takes it as a float, as numpy does.
        guard a.dtype.isFloat else { throw NumpyBridge.bigIntOverflow() }
        return NDArray([try PyBigInt.double(big.value)], shape: [], dtype: a.dtype)
      }
      return nil
    case .none:
      return nil
    }
  }

  /// The refusal of a str among numbers: `np.array` then reads the data as strings.
  static let stringElementRefusal = "unsupported element for np.array: str"

  /// `np.array(nested)`: infers the shape and the dtype (bool < int64 < float64).
  static func array(from v: Value, dtype: DType?, _ interp: Interpreter) throws(PyException)
    -> NDArray
  {
    if let a = v.as(PyNDArray.self) { return dtype.map { a.array.copy(as: $0) } ?? a.array.copy() }
    if dtype == nil, let quick = NumericLists.array(v) { return quick }
    // A bytearray is a buffer of unsigned bytes.
    if let b = v.as(PyByteArray.self) {
      let bytes = try NumpyBridge.check { () throws(NumKitError) in
        try NPYFormat.array(
          raw: b.bytes[...], dtype: .uint8, bigEndian: false, shape: [b.bytes.count],
          fortran: false)
      }
      return dtype.map { bytes.copy(as: $0) } ?? bytes
    }
    // An object that converts itself (`__array__`, as numpy's poly1d does).
    if let instance = v.as(PyInstance.self), instance.instanceClass.lookup("__array__") != nil {
      let converted = try interp.call(try interp.getAttribute(v, "__array__"), Arguments([]))
      if converted.as(PyNDArray.self) != nil {
        return try array(from: converted, dtype: dtype, interp)
      }
    }
    // Lists, tuples and ranges nest (`np.array(range(3))`, `[range(2), range(2)]`).
    // (A range's ints through `collect`, which refuses one too long to hold.)
    func items(_ x: Value) throws(PyException) -> [Value]? {
      if let s = x.as(PySequence.self) { return s.items }
      if x.as(PyRange.self) != nil { return try interp.collect(x) }
      return nil
    }
    var shape: [Int] = []
    var probe = v
    while let list = try items(probe) {
      shape.append(list.count)
      guard let first = list.first else { break }
      probe = first
    }
    if let a = probe.as(PyNDArray.self) { shape += a.array.shape }
    var flat: [Value] = []
    flat.reserveCapacity(shape.reduce(1, *))
    // The dtype numpy discovers: the promotion of every element's own type (Python bools,
    // ints and floats as bool, int64 and float64; numpy scalars and arrays as theirs).
    var found: DType?
    func note(_ t: DType) { found = found.map { DType.promote($0, t) } ?? t }
    func walk(_ x: Value, _ depth: Int) throws(PyException) {
      if let a = x.as(PyNDArray.self), a.array.shape == Array(shape[depth...]) {
        note(a.array.dtype)
        for i in 0..<a.array.size {
          flat.append(wrap(Indexing.flatElement(a.array, i)).scalarValue)
        }
        return
      }
      if depth == shape.count {
        if let dtype { try checkPythonNumber(x, fits: dtype) }
        switch x {
        case .bool: note(.bool)
        case .int: note(.int64)
        case .float: note(.float64)
        default:
          guard let scalar = x.as(PyNumpyScalar.self) else {
            if x.as(PyBigInt.self) != nil { throw NumpyBridge.bigIntOverflow() }
            throw .typeError(
              x.as(PyStr.self) != nil
                ? stringElementRefusal : "unsupported element for np.array: \(x.typeName)")
          }
          note(scalar.dtype)
        }
        flat.append(x.scalarValue)
        return
      }
      guard let list = try items(x), list.count == shape[depth] else {
        throw .valueError(
          "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(ShapeText.tuple(Array(shape[..<depth]))) + inhomogeneous part."
        )
      }
      for item in list { try walk(item, depth + 1) }
    }
    try walk(v, 0)
    let inferred = flat.isEmpty ? DType.float64 : found ?? .float64
    let out = NDArray(zeros: shape, dtype: dtype ?? inferred)
    for (i, x) in flat.enumerated() {
      switch x.scalarValue {
      case .bool(let b): out.setFlat(i, b ? 1 : 0, int: b ? 1 : 0)
      case .int(let n): out.setFlat(i, Double(n), int: n)
      case .float(let d): out.setFlat(i, d)
      default: break
      }
    }
    return out
  }

  /// numpy 2's refusal of a Python number that an integer `dtype` cannot hold
  /// (`np.array([300], dtype=np.uint8)`; a float counts by its integer part). numpy scalars
  /// are converted as C converts them, without a check.
  static func checkPythonNumber(_ x: Value, fits dtype: DType) throws(PyException) {
    guard dtype.isInteger else { return }
    switch x {
    case .int(let i): try checkPythonInt(i, fits: dtype)
    case .float(let d):
      if d.isNaN { throw .valueError("cannot convert float NaN to integer") }
      if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
      guard let i = Int(exactly: d.rounded(.towardZero)) else { throw bigIntOverflow() }
      try checkPythonInt(i, fits: dtype)
    default: return
    }
  }

  /// NEP 50's refusal of a Python int outside an integer `dtype`'s range.
  static func checkPythonInt(_ i: Int, fits dtype: DType) throws(PyException) {
    switch dtype {
    case .uint8 where i < 0 || i > 255, .int32 where i < Int(Int32.min) || i > Int(Int32.max):
      throw .overflow("Python integer \(i) out of bounds for \(dtype.rawValue)")
    default: break
    }
  }

  static func doubles(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Double] {
    let a = try array(from: v, dtype: .float64, interp)
    return (0..<a.size).map { a.double(at: $0) }
  }
}

extension Value {
  /// A numpy scalar as its plain Python value; other values unchanged.
  var scalarValue: Value { self.as(PyNumpyScalar.self)?.pythonValue ?? self }
}

/// Row and element views used by iteration and conversion.
enum Indexing {
  static func row(_ a: NDArray, _ i: Int) -> NDArray {
    NDArray(
      storage: a.storage, shape: Array(a.shape.dropFirst()), strides: Array(a.strides.dropFirst()),
      offset: a.offset + i * a.strides[0])
  }

  static func flatElement(_ a: NDArray, _ i: Int) -> NDArray {
    NDArray(storage: a.storage, shape: [], strides: [], offset: a.storageIndex(flat: i))
  }
}
