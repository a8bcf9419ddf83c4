import Interpreter

/// A tuple whose items also have names, as CPython's `sys.version_info` and `sys.float_info`:
/// it indexes, iterates, compares and unpacks as the tuple of its values, and answers
/// `.major` or `.epsilon` by name.
final class PyStructSequence: PyObject {
  let typeLabel: String
  let names: [String]
  let tuple: PyTuple
  /// Attributes that are not items of the tuple (`os.stat_result.st_mtime`, a float, where
  /// its item is the whole seconds).
  let extra: [String: Value]

  /// The module of its class, when the label does not name it (`platform.uname_result`
  /// prints as `uname_result(...)`).
  let module: String?

  init(
    _ typeLabel: String, _ fields: KeyValuePairs<String, Value>, extra: [String: Value] = [:],
    module: String? = nil
  ) {
    self.typeLabel = typeLabel
    names = fields.map(\.key)
    tuple = PyTuple(fields.map(\.value))
    self.extra = extra
    self.module = module
  }

  /// Each kind's class, a subclass of tuple (`<class 'sys.version_info'>`).
  private static let classes: [String: PyClass] = {
    var out: [String: PyClass] = [:]
    for label in [
      "sys.version_info", "sys.float_info", "os.stat_result", "posix.uname_result",
      "platform.uname_result",
    ] {
      let parts = label.split(separator: ".").map(String.init)
      let c = PyClass(parts[1], bases: [.tuple])
      c.moduleName = parts[0]
      out[label] = c
    }
    return out
  }()

  override var pyClass: PyClass {
    let label = module.map { "\($0).\(typeLabel)" } ?? typeLabel
    return PyStructSequence.classes[label] ?? .tuple
  }
  override var typeName: String { typeLabel }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let body = try zip(names, tuple.items).map { (pair) throws(PyException) in
      "\(pair.0)=\(try interp.repr(pair.1))"
    }
    return "\(typeLabel)(\(body.joined(separator: ", ")))"
  }

  /// (Tuple's methods are answered through the tuple: see `getAttribute`.)
  override var methodsApplyToIt: Bool { false }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if name == "__class__" { return .object(pyClass) }
    if let v = extra[name] { return v }
    if let i = names.firstIndex(of: name) { return tuple.items[i] }
    return try tuple.getAttribute(name, interp)
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    try tuple.getItem(key, interp)
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int { tuple.items.count }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    try tuple.makeIterator(interp)
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    let rhs = other.as(PyStructSequence.self).map { Value.object($0.tuple) } ?? other
    return try interp.compare(.object(tuple), op, rhs)
  }

  override func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    try tuple.hashKey(interp)
  }
}
