import Interpreter
import NumKit

/// `np.nditer(a, flags=[...], op_flags=[...])` over one array, in memory order ('K', numpy's
/// default): `finished`, `iternext()`, `multi_index` (with the 'multi_index' flag), `it[0]` as
/// a 0-d view (writable with 'readwrite'), and Python iteration yielding 0-d arrays.
final class PyNDIter: PyIterator {
  let array: NDArray
  let tracksMultiIndex: Bool
  let writable: Bool
  /// Axes from slowest to fastest in memory.
  private let order: [Int]
  /// The current position, one index per axis (nil once finished).
  private var position: [Int]?

  static let nditerClass: PyClass = {
    let c = PyClass("nditer", bases: [.object])
    c.moduleName = "numpy"
    c.namesModuleInMessages = true
    return c
  }()

  init(_ array: NDArray, flags: [String], opFlags: [String]) {
    self.array = array
    tracksMultiIndex = flags.contains("multi_index")
    writable = opFlags.contains("readwrite") || opFlags.contains("writeonly")
    order = array.shape.indices.sorted { abs(array.strides[$0]) > abs(array.strides[$1]) }
    position = array.size == 0 ? nil : Array(repeating: 0, count: array.ndim)
  }

  override var pyClass: PyClass { PyNDIter.nditerClass }

  /// Advances in memory order; returns false once past the last element.
  private func advance() -> Bool {
    guard var p = position else { return false }
    for axis in order.reversed() {
      p[axis] += 1
      if p[axis] < array.shape[axis] {
        position = p
        return true
      }
      p[axis] = 0
    }
    position = nil
    return false
  }

  private func current() throws(PyException) -> NDArray {
    guard let p = position else { throw .stopIteration() }
    return try NumpyBridge.check { () throws(NumKitError) in
      try array.index(p.map { .integer($0) })
    }
  }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard position != nil else { return nil }
    let value = Value.object(PyNDArray(try current()))
    _ = advance()
    return value
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "finished": return .bool(position == nil)
    case "multi_index":
      guard tracksMultiIndex else { throw .valueError("Iterator is not tracking a multi-index") }
      guard let p = position else { throw .valueError("Iterator is past the end") }
      return .tuple(p.map { .int($0) })
    case "iternext":
      return .object(
        PyBuiltinFunction("iternext") { [self] (_, _) throws(PyException) in .bool(self.advance()) }
      )
    case "value":
      return .object(PyNDArray(try current()))
    default:
      return try super.getAttribute(name, interp)
    }
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    guard case .int(0) = key.asIndexLike else {
      throw .indexError("Iterator operand index \(try interp.repr(key)) is out of bounds")
    }
    return .object(PyNDArray(try current()))
  }

  override func setItem(_ key: Value, _ value: Value, _ interp: Interpreter) throws(PyException) {
    guard writable else { throw .valueError("assignment destination is read-only") }
    let target = try current()
    guard let source = try NumpyBridge.operand(value, like: target, interp) else {
      throw .typeError("cannot assign \(value.typeName) to an array element")
    }
    try NumpyBridge.check { () throws(NumKitError) in try target.assign([.ellipsis], source) }
  }

  /// `np.nditer(...)`.
  static func make(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    guard let operand = a.positional.first else {
      throw .typeError("nditer() missing required argument 'op' (pos 1)")
    }
    let array: NDArray
    if let existing = operand.as(PyNDArray.self) {
      array = existing.array
    } else {
      array = try NumpyBridge.array(from: operand, dtype: nil, interp)
    }
    func strings(_ v: Value?) throws(PyException) -> [String] {
      guard let v, !v.isNone else { return [] }
      return try interp.collect(v).map { (s) throws(PyException) in try interp.str(s) }
    }
    let flags = try strings(a.count > 1 ? a[1] : a.keyword("flags"))
    let opFlags = try strings(a.count > 2 ? a[2] : a.keyword("op_flags"))
    return .object(PyNDIter(array, flags: flags, opFlags: opFlags))
  }
}
