import Interpreter

/// `dtype('O')`: the dtype of numpy's object arrays, which NumBook has only as the arrays of
/// Axes `plt.subplots` returns. It prints, names and compares as numpy's.
final class PyObjectDType: PyObject {
  static let shared = PyObjectDType()

  override var typeName: String { "numpy.dtypes.ObjectDType" }
  override func repr(_ interp: Interpreter) throws(PyException) -> String { "dtype('O')" }
  override func str(_ interp: Interpreter) throws(PyException) -> String { "object" }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "name": return .str("object")
    case "kind", "char": return .str("O")
    case "str": return .str("|O")
    case "itemsize": return .int(8)
    case "type": return .object(PyClass.object)
    default: return try super.getAttribute(name, interp)
    }
  }

  /// Equal to itself, `object`, `'O'` and `'object'`.
  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    let same =
      other.as(PyObjectDType.self) != nil || other.as(PyClass.self) === PyClass.object
      || ["O", "object"].contains(other.as(PyStr.self)?.value ?? "")
    return .bool(op == .equal ? same : !same)
  }
}
