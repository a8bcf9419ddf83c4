import Interpreter
import NumKit

/// A numpy array of strings (dtype `'<U'` + the longest item's length in code points), for
/// the string arrays numerical code makes (`np.array(['cat', 'dog'])`,
/// `np.where(y > 0, 'pos', 'neg')`, class names indexed by predictions). It prints, indexes,
/// compares, sorts and converts as numpy's; items are Python strs (numpy's `np.str_`), and
/// an item stored is cut to the dtype's width, as numpy cuts it. Slices are copies.
final class PyStrArray: PyObject {
  var items: [String]
  let shape: [Int]
  /// Characters per item: the `n` of `'<Un'`.
  let width: Int

  init(_ items: [String], shape: [Int], width: Int? = nil) {
    self.items = items
    self.shape = shape
    self.width = max(width ?? items.map(\.unicodeScalars.count).max() ?? 1, 1)
  }

  override var pyClass: PyClass { PyNDArray.ndarrayClass }

  var dtypeText: String { "<U\(width)" }
  var size: Int { items.count }

  /// An item cut to `width` code points, as numpy stores it.
  static func fitted(_ s: String, width: Int) -> String {
    s.unicodeScalars.count <= width
      ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(width)))
  }

  // MARK: - Text

  private func body(_ interp: Interpreter, separator: String, prefix: String, lineWidth: Int)
    -> String
  {
    if shape.isEmpty { return PyStr.repr(items[0]) }
    if items.isEmpty { return "[]" }
    let options = NumpyPrintOptions.current(interp)
    let quoted = items.map { PyStr.repr($0) }
    return ArrayPrinter.array2string(
      shape: shape, options, lineWidth: lineWidth, prefix: prefix, separator: separator
    ) { quoted[$0] }
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    if shape.isEmpty { return items[0] }
    return body(
      interp, separator: " ", prefix: "", lineWidth: NumpyPrintOptions.current(interp).lineWidth)
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let options = NumpyPrintOptions.current(interp)
    let text = body(interp, separator: ", ", prefix: "array(", lineWidth: options.lineWidth - 1)
    var extras: [String] = []
    if (items.isEmpty && shape != [0]) || items.count > options.threshold {
      extras.append("shape=\(ShapeText.tuple(shape))")
    }
    extras.append("dtype='\(dtypeText)'")
    return ArrayPrinter.closeRepr(body: text, extras: extras, options)
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int {
    guard let n = shape.first else { throw .typeError("len() of unsized object") }
    return n
  }

  override func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    guard items.count == 1 else {
      throw .valueError(
        items.isEmpty
          ? "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
          : "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
      )
    }
    return !items[0].isEmpty
  }

  override func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? { nil }

  override func attributeNames() -> [String] { PyStrArray.attributeNames }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let v = try attribute(name, interp) { return v }
    return try super.getAttribute(name, interp)
  }

  // MARK: - Rows and items

  /// Items per step along the first axis.
  private var rowSize: Int { shape.dropFirst().reduce(1, *) }

  /// The item or sub-array at `i` along the first axis.
  func row(_ i: Int) -> Value {
    if shape.count == 1 { return .str(items[i]) }
    let n = rowSize
    return .object(
      PyStrArray(
        Array(items[(i * n)..<((i + 1) * n)]), shape: Array(shape.dropFirst()), width: width))
  }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    guard let n = shape.first else { throw .typeError("iteration over a 0-d array") }
    return PyClosureIterator(count: n) { [self] in row($0) }
  }

  override func contains(_ v: Value, _ interp: Interpreter) throws(PyException) -> Bool {
    guard let s = v.as(PyStr.self)?.value else { return false }
    return items.contains(s)
  }

  func toList() -> Value {
    func nest(_ axis: Int, _ base: Int) -> Value {
      if axis == shape.count { return .str(items[base]) }
      let step = shape[(axis + 1)...].reduce(1, *)
      return .list((0..<shape[axis]).map { nest(axis + 1, base + $0 * step) })
    }
    return nest(0, 0)
  }

  // MARK: - Indexing

  /// What a key selects: the flat positions, and the shape of the result (nil: one item).
  private func selection(_ key: Value, _ interp: Interpreter) throws(PyException) -> (
    positions: [Int], shape: [Int]?
  ) {
    if let mask = key.as(PyNDArray.self)?.array, mask.dtype == .bool {
      guard mask.shape == shape || (mask.ndim == 1 && mask.shape.first == shape.first) else {
        throw .indexError(
          "boolean index did not match indexed array along axis 0; size of axis is \(shape.first ?? 0) but size of corresponding boolean axis is \(mask.shape.first ?? 0)"
        )
      }
      let chosen = (0..<mask.size).filter { mask.bool(at: $0) }
      if mask.shape == shape { return (chosen, [chosen.count]) }
      let n = rowSize
      return (
        chosen.flatMap { Array(($0 * n)..<(($0 + 1) * n)) }, [chosen.count] + shape.dropFirst()
      )
    }
    let keys: [Value] = key.as(PyTuple.self)?.items ?? [key]
    guard keys.count <= shape.count else {
      throw .indexError(
        "too many indices for array: array is \(shape.count)-dimensional, but \(keys.count) were indexed"
      )
    }
    var axes: [[Int]] = []
    var kept: [Int] = []
    for (axis, k) in keys.enumerated() {
      let n = shape[axis]
      if case .int(var i) = k.asIndexLike {
        if i < 0 { i += n }
        guard i >= 0 && i < n else {
          throw .indexError(
            "index \(try interp.str(k)) is out of bounds for axis \(axis) with size \(n)")
        }
        axes.append([i])
      } else if let s = k.as(PySlice.self) {
        let (start, stop, step) = try s.resolve(count: n, interp)
        let picked = Array(stride(from: start, to: stop, by: step))
        axes.append(picked)
        kept.append(picked.count)
      } else if k.as(PyNDArray.self) != nil || k.as(PySequence.self) != nil {
        let index = try NumpyFunctions.array(k, interp)
        guard index.dtype.isInteger || index.size == 0, index.ndim <= 1 else {
          throw .indexError(
            "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
          )
        }
        var picked: [Int] = []
        for j in 0..<index.size {
          var i = index.int(at: j)
          if i < 0 { i += n }
          guard i >= 0 && i < n else {
            throw .indexError(
              "index \(index.int(at: j)) is out of bounds for axis \(axis) with size \(n)")
          }
          picked.append(i)
        }
        axes.append(picked)
        kept.append(picked.count)
      } else {
        throw .indexError(
          "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
        )
      }
    }
    for axis in keys.count..<shape.count {
      axes.append(Array(0..<shape[axis]))
      kept.append(shape[axis])
    }
    let strides = NDArray.contiguousStrides(shape)
    var positions = [0]
    for (axis, picked) in axes.enumerated() {
      positions = positions.flatMap { base in picked.map { base + $0 * strides[axis] } }
    }
    let single =
      keys.count == shape.count
      && keys.allSatisfy { if case .int = $0.asIndexLike { true } else { false } }
    return (positions, single ? nil : kept)
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    let (positions, resultShape) = try selection(key, interp)
    guard let resultShape else { return .str(items[positions[0]]) }
    return .object(PyStrArray(positions.map { items[$0] }, shape: resultShape, width: width))
  }

  override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    let (positions, _) = try selection(key, interp)
    let values: [String]
    if let s = value.as(PyStr.self) {
      values = [s.value]
    } else if let other = value.as(PyStrArray.self) {
      values = other.items
    } else {
      values = try interp.collect(value).map { v throws(PyException) in try interp.str(v) }
    }
    guard values.count == 1 || values.count == positions.count else {
      throw .valueError(
        "shape mismatch: value array of shape (\(values.count),) could not be broadcast to indexing result of shape (\(positions.count),)"
      )
    }
    for (k, p) in positions.enumerated() {
      items[p] = PyStrArray.fitted(values[values.count == 1 ? 0 : k], width: width)
    }
  }

  // MARK: - Comparison

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    let others: [String]
    if let s = other.as(PyStr.self) {
      others = [s.value]
    } else if let a = other.as(PyStrArray.self) {
      guard a.items.count == 1 || a.shape == shape else {
        throw .valueError(
          "operands could not be broadcast together with shapes \(ShapeText.tuple(shape)) \(ShapeText.tuple(a.shape)) "
        )
      }
      others = a.items
    } else {
      // numpy: a string array is never equal to numbers.
      switch op {
      case .equal, .notEqual:
        let answer = op == .notEqual
        return .object(
          PyNDArray(
            NDArray(Array(repeating: answer ? 1 : 0, count: size), shape: shape, dtype: .bool)))
      default: return nil
      }
    }
    let out = items.enumerated().map { (i, s) -> Double in
      let t = others[others.count == 1 ? 0 : i]
      let (a, b) = (Array(s.unicodeScalars.map(\.value)), Array(t.unicodeScalars.map(\.value)))
      let less = a.lexicographicallyPrecedes(b)
      let equal = a == b
      switch op {
      case .equal: return equal ? 1 : 0
      case .notEqual: return equal ? 0 : 1
      case .less: return less ? 1 : 0
      case .lessEqual: return less || equal ? 1 : 0
      case .greater: return !less && !equal ? 1 : 0
      case .greaterEqual: return !less ? 1 : 0
      }
    }
    return .object(PyNDArray(NDArray(out, shape: shape, dtype: .bool)))
  }
}
