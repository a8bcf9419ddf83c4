/// `int | float`: a union of classes (Python 3.10), accepted by isinstance and issubclass.
final class PyUnionType: PyObject {
  let members: [PyClass]

  init(_ members: [PyClass]) { self.members = members }

  static let unionClass: PyClass = {
    let c = PyClass("UnionType", bases: [.object])
    c.moduleName = "types"
    return c
  }()

  override var pyClass: PyClass { PyUnionType.unionClass }

  /// `a | b` of classes, unions and None (NoneType), flattened without repeats.
  static func joining(_ a: Value, _ b: Value) -> Value? {
    func parts(_ v: Value) -> [PyClass]? {
      if v.isNone { return [Builtins.classOf(.none)] }
      if let c = v.as(PyClass.self) { return [c] }
      return v.as(PyUnionType.self)?.members
    }
    guard let x = parts(a), let y = parts(b) else { return nil }
    var members = x
    for c in y where !members.contains(where: { $0 === c }) { members.append(c) }
    return .object(PyUnionType(members))
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    members.map { c in
      if c === Builtins.classOf(.none) { return "None" }
      return c.moduleName == "builtins" ? c.name : "\(c.moduleName).\(c.name)"
    }.joined(separator: " | ")
  }

  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .bitOr else { return nil }
    return reflected
      ? PyUnionType.joining(other, .object(self)) : PyUnionType.joining(.object(self), other)
  }
}
