import Interpreter

/// `weakref.ref(obj)`: a reference that does not keep `obj` alive; calling it gives `obj`, or
/// None once `obj` is gone. Objects go as soon as their last reference does (as in CPython,
/// without its cycle collector: objects in a reference cycle stay). ints, floats, strs,
/// tuples, lists, dicts and bytes cannot be referred to weakly, as in CPython.
enum WeakrefModule {
  static func make() -> PyModule {
    let m = PyModule(name: "weakref")
    m.globals.set("ref", .object(PyWeakReference.referenceType))
    m.globals.set("ReferenceType", .object(PyWeakReference.referenceType))
    return m
  }
}

/// A weak reference to one object (`weakref.ref`).
final class PyWeakReference: PyObject {
  private weak var target: PyObject?

  init(_ target: PyObject) { self.target = target }

  static let referenceType: PyClass = {
    let c = PyClass("ReferenceType", bases: [.object])
    c.moduleName = "weakref"
    c.namesModuleInMessages = true
    c.constructor = { (a, _) throws(PyException) in
      try a.expect("ref", min: 1, max: 1)
      let v = try a[0]
      guard case .object(let o) = v, !(o is PyStr), !(o is PyTuple), !(o is PyList),
        !(o is PyDict), !(o is PyBytes)
      else {
        throw .typeError("cannot create weak reference to '\(v.typeName)' object")
      }
      return .object(PyWeakReference(o))
    }
    return c
  }()

  override var pyClass: PyClass { PyWeakReference.referenceType }

  override func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    guard args.positional.isEmpty, args.keywords.isEmpty else {
      throw .typeError(
        "weakref expected 0 arguments, got \(args.positional.count + args.keywords.count)")
    }
    return target.map { .object($0) } ?? .none
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let me = Interpreter.address(of: self)
    guard let target else { return "<weakref at \(me); dead>" }
    return "<weakref at \(me); to '\(target.typeName)' at \(Interpreter.address(of: target))>"
  }

  /// Two references to live objects are equal when the objects are; otherwise only a
  /// reference is equal to itself.
  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard op == .equal || op == .notEqual, let other = other.as(PyWeakReference.self) else {
      return try super.compare(op, other, interp)
    }
    let same: Bool
    if let a = target, let b = other.target {
      same = try interp.isTruthy(interp.compare(.object(a), .equal, .object(b)))
    } else {
      same = self === other
    }
    return .bool(op == .equal ? same : !same)
  }

  /// The object's hash key, kept once asked for (it stays after the object goes, as CPython
  /// keeps the hash).
  private var key: HashKey?

  override func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    if let key { return key }
    guard let target else { throw .typeError("weak object has gone away") }
    key = try target.hashKey(interp)
    return key
  }

  override var isCallable: Bool { true }
}
