import Interpreter
import NumKit

#if canImport(Glibc)
  import Glibc
#endif

/// `np.float64(1.5)`, `np.int64(3)`: what indexing one element returns. It holds the
/// element's bytes (one allocation); `array` rebuilds a 0-d array for the general paths.
public final class PyNumpyScalar: PyObject {
  /// (Both given new values only when the object is recycled: see `RecentResults`.)
  public private(set) var dtype: DType
  /// The element's bytes, in the low bytes of a little-endian word.
  private(set) var bits: UInt64

  init(dtype: DType, bits: UInt64) {
    self.dtype = dtype
    self.bits = bits
  }

  /// The first element of `array` (a 0-d array, or one element of it at `position`).
  public convenience init(_ array: NDArray, position: Int? = nil) {
    self.init(dtype: array.dtype, bits: PyNumpyScalar.bits(of: array, at: position))
  }

  /// The element of `array` at `position` (its first by default), in a recent scalar the
  /// program has dropped when there is one (see `RecentResults`).
  static func make(_ array: NDArray, position: Int? = nil) -> PyNumpyScalar {
    make(dtype: array.dtype, bits: bits(of: array, at: position))
  }

  /// numpy's two bool scalars: every bool result is one of them (`(a > 1) is np.True_`).
  static let trueValue = PyNumpyScalar(dtype: .bool, bits: 1)
  static let falseValue = PyNumpyScalar(dtype: .bool, bits: 0)

  static func make(dtype: DType, bits: UInt64) -> PyNumpyScalar {
    if dtype == .bool { return bits & 0xFF != 0 ? trueValue : falseValue }
    guard ResultRecycling.onOwnerThread else { return PyNumpyScalar(dtype: dtype, bits: bits) }
    if let dropped = ResultRecycling.scalars.dropped() {
      dropped.dtype = dtype
      dropped.bits = bits
      return dropped
    }
    let scalar = PyNumpyScalar(dtype: dtype, bits: bits)
    ResultRecycling.scalars.keep(scalar)
    return scalar
  }

  /// The bytes of `array`'s element at `position` (its first by default) as the low bytes of
  /// a word (a load of its size, not a memcpy call).
  @inline(__always) private static func bits(of array: NDArray, at position: Int?) -> UInt64 {
    let size = array.dtype.itemSize
    let source = UnsafeRawPointer(array.storage.raw + (position ?? array.offset) * size)
    switch size {
    case 8: return source.loadUnaligned(as: UInt64.self)
    case 4: return UInt64(source.loadUnaligned(as: UInt32.self))
    case 2: return UInt64(source.loadUnaligned(as: UInt16.self))
    default: return UInt64(source.load(as: UInt8.self))
    }
  }

  /// A 0-d array holding the element.
  public var array: NDArray {
    let a = NDArray(uninitialized: [], dtype: dtype)
    var word = bits
    withUnsafeBytes(of: &word) {
      a.storage.raw.copyMemory(from: $0.baseAddress!, byteCount: dtype.itemSize)
    }
    return a
  }

  override public var pyClass: PyClass { PyDType.scalarClass(dtype) }
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.scalarRepr(array)
  }
  override public func str(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.scalarStr(array)
  }
  /// `x[()]` is the scalar itself and `x[...]` its 0-d array, as numpy's; other indexes are
  /// numpy's error.
  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let t = key.as(PyTuple.self), t.items.isEmpty { return .object(self) }
    if key.as(PyEllipsis.self) != nil { return .object(PyNDArray(array)) }
    throw .indexError("invalid index to scalar variable.")
  }
  /// The plain Python value (float, int or bool).
  public var pythonValue: Value {
    if dtype == .float64 { return .float(Double(bitPattern: bits)) }
    let a = array
    switch dtype {
    case .bool: return .bool(a.bool(at: 0))
    case .int32, .int64, .uint8: return .int(a.int(at: 0))
    case .float32, .float64: return .float(a.double(at: 0))
    }
  }
  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    dtype == .float64 ? Double(bitPattern: bits) != 0 : array.bool(at: 0)
  }

  override public var indexValue: Int? { dtype.isInteger ? array.int(at: 0) : nil }

  override public var floatConversion: Double? {
    dtype == .float64 ? Double(bitPattern: bits) : array.double(at: 0)
  }

  /// An empty format spec is `str()` (a float32 prints its own shortest digits: `1e-06`).
  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException) -> String {
    // numpy formats a float32 with an empty spec as the Python float it converts to
    // (`f"{np.float32(0.1)}"` is 0.10000000149011612, while str() gives 0.1).
    if spec.isEmpty && array.dtype != .float32 { return ArrayPrinter.scalarStr(array) }
    return try interp.format(pythonValue, spec)
  }

  /// The other operand of float64 arithmetic done here directly: a Python float or int, or
  /// another float64 scalar (numpy's result is then float64 too).
  @inline(__always) private static func float64Operand(_ v: Value) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .object(let o):
      guard let s = o as? PyNumpyScalar, s.dtype == .float64 else { return nil }
      return Double(bitPattern: s.bits)
    default: return nil
    }
  }

  /// Arithmetic as numpy scalars do it: a 0-d array operation (Python numbers are weak), so
  /// `np.float64(1.5) * 2` is `np.float64(3.0)` and `np.float32` stays float32. float64 with
  /// float64 or a Python number is computed here for + - * ** and / by a non-zero divisor
  /// (the same IEEE operations and `pow` numpy's scalar math uses).
  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    if dtype == .float64, let y = PyNumpyScalar.float64Operand(other) {
      let x = Double(bitPattern: bits)
      let (a, b) = reflected ? (y, x) : (x, y)
      // Finite results only: the others may carry numpy's warnings (the general path).
      let result: Double?
      switch op {
      case .add: result = a + b
      case .subtract: result = a - b
      case .multiply: result = a * b
      case .trueDivide where b != 0: result = a / b
      case .power: result = Glibc.pow(a, b)
      default: result = nil
      }
      if let result, result.isFinite {
        return .object(PyNumpyScalar.make(dtype: .float64, bits: result.bitPattern))
      }
    }
    if other.as(PyNDArray.self) != nil { return nil }
    // A list or tuple times a numpy scalar is sequence repetition, as in numpy: an integer
    // scalar repeats it, any other is Python's TypeError.
    if op == .multiply, other.as(PyList.self) != nil || other.as(PyTuple.self) != nil {
      guard dtype.isFloat == false, dtype != .bool else {
        throw .typeError(
          "can't multiply sequence by non-int of type 'numpy.\(dtype == .bool ? "bool" : dtype.rawValue)'"
        )
      }
      return nil
    }
    return try PyNDArray(array).arithmetic(op, other, reflected: reflected, interp, scalar: true)
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if dtype == .float64, let y = PyNumpyScalar.float64Operand(other) {
      let x = Double(bitPattern: bits)
      let result: Bool
      switch op {
      case .less: result = x < y
      case .lessEqual: result = x <= y
      case .greater: result = x > y
      case .greaterEqual: result = x >= y
      case .equal: result = x == y
      case .notEqual: result = x != y
      }
      return .object(PyNumpyScalar.make(dtype: .bool, bits: result ? 1 : 0))
    }
    if other.as(PyNDArray.self) != nil { return nil }
    return try PyNDArray(array).compare(op, other, interp)
  }

  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    if op == .negate, dtype.isInteger,
      NumpyScalarOverflow.negationOverflows(array.int(at: 0), dtype)
    {
      try warnOverflow("scalar negative", interp)
    }
    return try PyNDArray(array).unary(op, interp)
  }

  /// numpy's warning (or error, by `np.seterr`) for an integer result that wrapped.
  private func warnOverflow(_ name: String, _ interp: Interpreter) throws(PyException) {
    NumpyBridge.prepareFlags()
    FloatStatus.raiseOverflow()
    try NumpyBridge.reportFlags(name, interp)
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    let a = array
    switch name {
    case "dtype": return .object(PyDType(a.dtype))
    case "shape": return .tuple([])
    case "ndim": return .int(0)
    // Real scalars only (NumBook has no complex dtype): itself, and a zero of its type.
    case "real": return .object(self)
    case "imag": return NumpyBridge.wrap(NDArray(zeros: [], dtype: a.dtype))
    case "__float__":
      return .object(
        PyBuiltinFunction(name) { (_, _) throws(PyException) in .float(a.double(at: 0)) })
    case "__index__" where a.dtype.isInteger:
      return .object(PyBuiltinFunction(name) { (_, _) throws(PyException) in .int(a.int(at: 0)) })
    case "__int__":
      return .object(
        PyBuiltinFunction(name) { (_, _) throws(PyException) in
          guard a.dtype.isFloat else { return .int(a.int(at: 0)) }
          // A float's whole part, as `int()` of a Python float takes it (big when it must be).
          return try PyBigInt.integral(a.double(at: 0))
        })
    case "__abs__":
      return .object(
        PyBuiltinFunction(name) { [self] (_, interp) throws(PyException) in
          if dtype.isInteger, NumpyScalarOverflow.absoluteOverflows(a.int(at: 0), dtype) {
            try warnOverflow("scalar absolute", interp)
          }
          return NumpyBridge.wrap(a.apply(.abs))
        })
    case "__round__":
      // round(x) gives a Python int; round(x, n) a numpy scalar rounded as np.round does.
      guard a.dtype != .bool else {
        throw .typeError("type numpy.bool doesn't define __round__ method")
      }
      return .object(
        PyBuiltinFunction(name) { (args, interp) throws(PyException) in
          guard args.count > 0, !args.positional[0].isNone else {
            return try PyBigInt.integral(a.double(at: 0).rounded(.toNearestOrEven))
          }
          return NumpyBridge.wrap(a.rounded(decimals: try NumpyFunctions.int(args[0])))
        })
    // float32's exact ratio (float64's is Python float's, below).
    case "as_integer_ratio" where a.dtype == .float32:
      return try interp.getAttribute(.float(a.double(at: 0)), name)
    // Every numeric scalar's (numpy 1.22 on), not bool's.
    case "is_integer" where a.dtype != .bool:
      return .object(
        PyBuiltinFunction(name) { (args, _) throws(PyException) in
          try args.expect(name, min: 0, max: 0)
          guard a.dtype.isFloat else { return .bool(true) }
          let d = a.double(at: 0)
          return .bool(d.isFinite && d.rounded(.towardZero) == d)
        })
    case "item", "tolist":
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in self.pythonValue })
    default:
      // A scalar's methods are its 0-d array's, a 0-d result a scalar again, as in numpy
      // (`x.reshape(())`, `x.conj()`; `x.reshape(1)` is an array).
      guard let body = try NumpyMethods.body(name, interp) else {
        // numpy.float64 is a Python float: float's own methods too (`x.hex()`,
        // `x.as_integer_ratio()`, `x.__floor__()`).
        guard a.dtype == .float64, name != "__class__" else { return nil }
        return try? interp.getAttribute(pythonValue, name)
      }
      let target = PyNDArray(a)
      return .object(
        PyBuiltinFunction(name) { (args, interp) throws(PyException) in
          let result = try body(target, a, args, interp)
          guard let r = result.as(PyNDArray.self), r.array.ndim == 0 else { return result }
          return NumpyBridge.wrap(r.array)
        })
    }
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    try HashKey.from(pythonValue, interp)
  }
}
