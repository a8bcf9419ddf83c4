import Interpreter
import NumKit

/// A numpy array as a language value (`numpy.ndarray`).
public final class PyNDArray: PyObject {
  public var array: NDArray

  public init(_ array: NDArray) { self.array = array }

  public static let ndarrayClass: PyClass = {
    let c = PyClass("ndarray", bases: [.object])
    c.moduleName = "numpy"
    return c
  }()

  override public var pyClass: PyClass { PyNDArray.ndarrayClass }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.repr(array)
  }
  override public func str(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.str(array)
  }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int {
    guard let n = array.shape.first else { throw .typeError("len() of unsized object") }
    return n
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    guard array.size == 1 else {
      throw .valueError(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
      )
    }
    return array.bool(at: 0)
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    guard array.ndim > 0 else { throw .typeError("iteration over a 0-d array") }
    let a = array
    return PyClosureIterator(count: a.shape[0]) { i in NumpyBridge.wrap(Indexing.row(a, i)) }
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    let a = array
    switch name {
    case "shape": return .tuple(a.shape.map { .int($0) })
    case "ndim": return .int(a.ndim)
    case "size": return .int(a.size)
    case "dtype": return .object(PyDType(a.dtype))
    case "T": return .object(PyNDArray(a.transposed))
    case "itemsize": return .int(a.dtype.itemSize)
    case "nbytes": return .int(a.dtype.itemSize * a.size)
    default: break
    }
    return try NumpyMethods.method(name, self, interp)
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard let o = try NumpyBridge.operand(other, like: array, interp) else { return nil }
    let (x, y) = reflected ? (o, array) : (array, o)
    if let bitwise = NumpyBridge.bitwise[op] {
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in try NDArray.bitwise(bitwise, x, y) })
    }
    if op == .matrixMultiply {
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in try NDArray.dot(x, y) })
    }
    guard let kind = NumpyBridge.arithmetic[op] else { return nil }
    return NumpyBridge.wrap(
      try NumpyBridge.check { () throws(NumKitError) in try NDArray.binary(kind, x, y) })
  }

  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    switch op {
    case .negate: return NumpyBridge.wrap(array.apply(.negative))
    case .plus: return .object(PyNDArray(array.copy()))
    case .invert:
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in try array.inverted() })
    }
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    let items = try NumpyIndexing.items(key, interp)
    return NumpyBridge.wrap(
      try NumpyBridge.check { () throws(NumKitError) in try array.index(items) })
  }

  override public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    let items = try NumpyIndexing.items(key, interp)
    guard let source = try NumpyBridge.operand(value, like: array, interp) else {
      throw .typeError(
        "float() argument must be a string or a real number, not '\(value.typeName)'")
    }
    try NumpyBridge.check { () throws(NumKitError) in try array.assign(items, source) }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = try NumpyBridge.operand(other, like: array, interp) else {
      return try super.compare(op, other, interp)
    }
    let kind = NumpyIndexing.elementComparison(op)
    return NumpyBridge.wrap(
      try NumpyBridge.check { () throws(NumKitError) in try NDArray.compare(kind, array, o) })
  }

  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    // `a += b` writes into a's own buffer (views included), keeping a's dtype as numpy does.
    guard let result = try binary(op, other, reflected: false, interp)?.as(PyObject.self) else {
      return nil
    }
    let computed = (result as? PyNDArray)?.array ?? (result as? PyNumpyScalar)?.array
    guard let computed else { return nil }
    let narrowing =
      (computed.dtype.isFloat && !array.dtype.isFloat)
      || (array.dtype == .bool && computed.dtype != .bool)
    if narrowing {
      throw .typeError(
        "Cannot cast ufunc '\(NumpyBridge.ufuncName[op] ?? op.symbol)' output from dtype('\(computed.dtype.rawValue)') to dtype('\(array.dtype.rawValue)') with casting rule 'same_kind'"
      )
    }
    try NumpyBridge.check { () throws(NumKitError) in
      try array.assign([.ellipsis], computed)
    }
    return .object(self)
  }
}

extension Value {
  /// `asIndexLike`, also accepting numpy integer scalars (`a[np.argmax(x)]`).
  var asIndexValue: Value {
    if let s = self.as(PyNumpyScalar.self), s.array.dtype.isInteger {
      return .int(s.array.int(at: 0))
    }
    return asIndexLike
  }
}

/// `np.float64(1.5)`, `np.int64(3)`: what indexing one element returns.
public final class PyNumpyScalar: PyObject {
  public let array: NDArray
  public init(_ array: NDArray) { self.array = array }

  override public var pyClass: PyClass { PyDType.scalarClass(array.dtype) }
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.scalarRepr(array)
  }
  override public func str(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.scalarStr(array)
  }
  /// The plain Python value (float, int or bool).
  public var pythonValue: Value {
    switch array.dtype {
    case .bool: return .bool(array.bool(at: 0))
    case .int32, .int64: return .int(array.int(at: 0))
    case .float32, .float64: return .float(array.double(at: 0))
    }
  }
  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    array.bool(at: 0)
  }
  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException) -> String {
    try interp.format(pythonValue, spec)
  }
  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    if other.as(PyNDArray.self) != nil { return nil }
    return reflected
      ? try interp.binary(op, other, pythonValue) : try interp.binary(op, pythonValue, other)
  }
  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    try interp.compare(pythonValue, op, other.as(PyNumpyScalar.self)?.pythonValue ?? other)
  }
  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    try interp.unary(op, pythonValue)
  }
  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    try HashKey.from(pythonValue, interp)
  }
}

/// `a.dtype`, printing as `dtype('float64')`.
public final class PyDType: PyObject {
  public let dtype: DType
  public init(_ dtype: DType) { self.dtype = dtype }
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "dtype('\(dtype.rawValue)')"
  }
  override public func str(_ interp: Interpreter) throws(PyException) -> String { dtype.rawValue }
  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    let same =
      other.as(PyDType.self)?.dtype == dtype || other.as(PyStr.self)?.value == dtype.rawValue
      || other.as(PyClass.self).map { $0 === PyDType.scalarClass(dtype) } ?? false
    return .bool(op == .equal ? same : !same)
  }

  static let scalarClasses: [DType: PyClass] = {
    var out: [DType: PyClass] = [:]
    for t in DType.allCases {
      let c = PyClass(t == .bool ? "bool" : t.rawValue, bases: [.object])
      c.moduleName = "numpy"
      out[t] = c
    }
    return out
  }()
  static func scalarClass(_ t: DType) -> PyClass { scalarClasses[t]! }
}
