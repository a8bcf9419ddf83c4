import Interpreter
import NumKit

/// A string array's attributes and methods: shape, dtype, `tolist`, `astype`, `reshape`,
/// `flatten`, `copy`, `argsort`, `sort`, `item`, `T`.
extension PyStrArray {
  static let attributeNames = [
    "T", "argsort", "astype", "copy", "dtype", "flatten", "item", "itemsize", "nbytes", "ndim",
    "ravel", "reshape", "shape", "size", "sort", "tolist",
  ]

  private func method(
    _ name: String, _ body: @escaping (Arguments, Interpreter) throws(PyException) -> Value
  ) -> Value {
    .object(PyBuiltinFunction(name, body))
  }

  /// The attribute `name`, or nil when string arrays have none of that name.
  func attribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "shape": return .tuple(shape.map { .int($0) })
    case "ndim": return .int(shape.count)
    case "size": return .int(size)
    case "dtype": return .object(PyStrDType(width: width))
    case "itemsize": return .int(4 * width)
    case "nbytes": return .int(4 * width * size)
    case "T":
      guard shape.count == 2 else { return .object(self) }
      let (r, c) = (shape[0], shape[1])
      var out: [String] = []
      for j in 0..<c { for i in 0..<r { out.append(items[i * c + j]) } }
      return .object(PyStrArray(out, shape: [c, r], width: width))
    case "tolist": return method(name) { [self] (_, _) in toList() }
    case "copy", "flatten", "ravel":
      return method(name) { [self] (_, _) in
        .object(PyStrArray(items, shape: name == "copy" ? shape : [size], width: width))
      }
    case "item":
      return method(name) { [self] (a, interp) throws(PyException) in
        if a.positional.isEmpty {
          guard size == 1 else {
            throw .valueError("can only convert an array of size 1 to a Python scalar")
          }
          return .str(items[0])
        }
        guard case .int(var i) = try a[0].asIndexLike else {
          throw .typeError("an integer is required")
        }
        if i < 0 { i += size }
        guard i >= 0 && i < size else {
          throw .indexError("index \(i) is out of bounds for size \(size)")
        }
        return .str(items[i])
      }
    case "reshape":
      return method(name) { [self] (a, interp) throws(PyException) in
        var dims: [Value] = a.positional
        if dims.count == 1, let t = dims[0].as(PySequence.self) { dims = t.items }
        var newShape: [Int] = []
        for d in dims {
          guard case .int(let n) = d.asIndexLike else {
            throw .typeError("'\(d.typeName)' object cannot be interpreted as an integer")
          }
          newShape.append(n)
        }
        if let unknown = newShape.firstIndex(of: -1) {
          let known = newShape.enumerated().filter { $0.offset != unknown }.map(\.element).reduce(
            1, *)
          if known > 0 && size % known == 0 { newShape[unknown] = size / known }
        }
        guard newShape.reduce(1, *) == size, !newShape.contains(where: { $0 < 0 }) else {
          throw .valueError(
            "cannot reshape array of size \(size) into shape \(ShapeText.tuple(newShape.map { $0 < 0 ? -1 : $0 }))"
          )
        }
        return .object(PyStrArray(items, shape: newShape, width: width))
      }
    case "argsort":
      return method(name) { [self] (_, _) throws(PyException) in
        guard shape.count == 1 else {
          throw .notImplemented("argsort of a string array of more than one dimension")
        }
        return .object(PyNDArray(NDArray(StringArrays.order(items), shape: [size])))
      }
    case "sort":
      return method(name) { [self] (_, _) throws(PyException) in
        guard shape.count == 1 else {
          throw .notImplemented("sort of a string array of more than one dimension")
        }
        items = StringArrays.order(items).map { items[$0] }
        return .none
      }
    case "astype":
      return method(name) { [self] (a, interp) throws(PyException) in
        try StringArrays.cast(self, to: try a[0], interp)
      }
    default: return nil
    }
  }
}

/// The dtype of a string array: `dtype('<U4')`, kind 'U', 4 bytes per character.
final class PyStrDType: PyObject {
  let width: Int

  init(width: Int) { self.width = width }

  static let dtypeClass: PyClass = {
    let c = PyClass("dtype", bases: [.object])
    c.moduleName = "numpy"
    return c
  }()
  override var pyClass: PyClass { PyStrDType.dtypeClass }

  override func str(_ interp: Interpreter) throws(PyException) -> String { "<U\(width)" }
  override func repr(_ interp: Interpreter) throws(PyException) -> String { "dtype('<U\(width)')" }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "kind", "char": return .str("U")
    case "itemsize": return .int(4 * width)
    case "name": return .str("str\(32 * width)")
    case "str": return .str("<U\(width)")
    case "type": return .object(PyClass.str)
    default: return try super.getAttribute(name, interp)
    }
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    var same = false
    if let o = other.as(PyStrDType.self) { same = o.width == width }
    if let s = other.as(PyStr.self)?.value { same = ["<U\(width)", "U\(width)"].contains(s) }
    return .bool(op == .equal ? same : !same)
  }
}
