import Interpreter
import NumKit

/// `a.dtype`, printing as `dtype('float64')`.
public final class PyDType: PyObject {
  public let dtype: DType
  public init(_ dtype: DType) { self.dtype = dtype }
  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "dtype('\(dtype.rawValue)')"
  }

  /// numpy's kind letter: b(ool), u(nsigned), i(nteger), f(loat).
  var kind: String { dtype == .bool ? "b" : dtype == .uint8 ? "u" : dtype.isInteger ? "i" : "f" }

  /// `np.dtype`: the class of every dtype object; `np.dtype('f8')` makes one.
  static let dtypeClass: PyClass = {
    let c = PyClass("dtype", bases: [.object])
    c.moduleName = "numpy"
    c.namesModuleInMessages = true
    c.constructor = { (a, interp) throws(PyException) in
      try a.expect("dtype", min: 1, max: 1)
      return .object(PyDType(try NumpyModule.dtypeArgument(a[0]) ?? .float64))
    }
    return c
  }()

  /// numpy 2's class of each dtype, under `np.dtype` (`numpy.dtypes.Float64DType`, the name
  /// `type()` and the messages give).
  static let dtypeClasses: [DType: PyClass] = {
    let names: [DType: String] = [
      .bool: "Bool", .uint8: "UInt8", .int32: "Int32", .int64: "Int64", .float32: "Float32",
      .float64: "Float64",
    ]
    var out: [DType: PyClass] = [:]
    for t in DType.allCases {
      let c = PyClass("\(names[t]!)DType", bases: [dtypeClass])
      c.moduleName = "numpy.dtypes"
      c.namesModuleInMessages = true
      out[t] = c
    }
    return out
  }()

  override public var pyClass: PyClass { PyDType.dtypeClasses[dtype]! }
  override public func str(_ interp: Interpreter) throws(PyException) -> String { dtype.rawValue }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "itemsize": return .int(dtype.itemSize)
    case "name": return .str(dtype.rawValue)
    case "kind": return .str(kind)
    case "type": return .object(PyDType.scalarClass(dtype))
    case "char":
      let codes: [DType: String] = [
        .bool: "?", .uint8: "B", .int32: "i", .int64: "l", .float32: "f", .float64: "d",
      ]
      return .str(codes[dtype] ?? "?")
    case "str": return .str((dtype.itemSize == 1 ? "|" : "<") + kind + String(dtype.itemSize))
    default: return try super.getAttribute(name, interp)
    }
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    // As numpy: the other side is taken as a dtype (`float`, `'f8'`, `np.float64`), and
    // what is not one is unequal.
    let same = ((try? NumpyModule.dtypeArgument(other)) ?? nil) == dtype
    return .bool(op == .equal ? same : !same)
  }

  static let scalarClasses: [DType: PyClass] = {
    var out: [DType: PyClass] = [:]
    for t in DType.allCases {
      let c = PyClass(t == .bool ? "bool" : t.rawValue, bases: NumpyScalarTypes.bases(of: t))
      c.moduleName = "numpy"
      c.namesModuleInMessages = true
      // `np.float64(1.5)`, `np.int64("3")`, `np.float32(array)`: a conversion to this dtype.
      c.constructor = { (a, interp) throws(PyException) in
        guard a.count > 0 else { return NumpyBridge.wrap(NDArray(zeros: [], dtype: t)) }
        if let s = try a[0].as(PyStr.self) {
          let parsed = try interp.call(
            .object(t.isFloat ? PyClass.float : PyClass.int), Arguments([.object(s)]))
          return NumpyBridge.wrap(try NumpyBridge.array(from: parsed, dtype: t, interp))
        }
        var first = try a[0]
        if t.isFloat, let big = first.as(PyBigInt.self) {
          first = .float(try PyBigInt.double(big.value))
        }
        let value = first.as(PyNumpyScalar.self).map { Value.object(PyNDArray($0.array)) } ?? first
        return NumpyBridge.wrap(try NumpyBridge.array(from: value, dtype: t, interp))
      }
      out[t] = c
    }
    return out
  }()
  static func scalarClass(_ t: DType) -> PyClass { scalarClasses[t]! }
}
