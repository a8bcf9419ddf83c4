/// The methods of `set` and `frozenset` (the operators are `PySet.binary`): the non-mutating
/// ones on both classes, returning the receiver's type; `update` and the other mutating ones
/// on `set` only.
enum SetMethods {
  static func install() {
    let both = [PyClass.set, PyClass.frozenset]
    for c in both {
      c.method("union") { (a, interp) throws(PyException) in
        try combine(a, interp) { $0.storage.merge($1.storage) }
      }
      c.method("intersection") { (a, interp) throws(PyException) in
        try combine(a, interp) { s, o in s.storage = s.storage.filter { o.storage[$0.key] != nil } }
      }
      c.method("difference") { (a, interp) throws(PyException) in
        try combine(a, interp) { s, o in s.storage = s.storage.filter { o.storage[$0.key] == nil } }
      }
      c.method("symmetric_difference") { (a, interp) throws(PyException) in
        try a.expectMethod("symmetric_difference", min: 1, max: 1)
        return try combine(a, interp, symmetricDifference)
      }
      c.method("issubset") { (a, interp) throws(PyException) in
        let (s, o) = (try receiver(a), try operand(a[1], interp))
        return .bool(s.storage.keys.allSatisfy { o.storage[$0] != nil })
      }
      c.method("issuperset") { (a, interp) throws(PyException) in
        let (s, o) = (try receiver(a), try operand(a[1], interp))
        return .bool(o.storage.keys.allSatisfy { s.storage[$0] != nil })
      }
      c.method("isdisjoint") { (a, interp) throws(PyException) in
        let (s, o) = (try receiver(a), try operand(a[1], interp))
        return .bool(s.storage.keys.allSatisfy { o.storage[$0] == nil })
      }
      c.method("copy") { (a, _) throws(PyException) in
        let s = try receiver(a)
        if s.frozen { return .object(s) }
        return .object(copy(s))
      }
    }
    let s = PyClass.set
    s.method("update") { (a, interp) throws(PyException) in
      try mutate(a, interp) { $0.storage.merge($1.storage) }
    }
    s.method("intersection_update") { (a, interp) throws(PyException) in
      try mutate(a, interp) { s, o in s.storage = s.storage.filter { o.storage[$0.key] != nil } }
    }
    s.method("difference_update") { (a, interp) throws(PyException) in
      try mutate(a, interp) { s, o in s.storage = s.storage.filter { o.storage[$0.key] == nil } }
    }
    s.method("symmetric_difference_update") { (a, interp) throws(PyException) in
      try a.expectMethod("symmetric_difference_update", min: 1, max: 1)
      return try mutate(a, interp, symmetricDifference)
    }
    s.method("pop") { (a, interp) throws(PyException) in
      try a.expectMethod("set.pop", min: 0, max: 0)
      let s = try receiver(a)
      // The first element in iteration order, as CPython takes it from its table.
      guard let first = s.ordered.first else { throw .keyError(.str("pop from an empty set")) }
      s.storage.removeValue(forKey: try HashKey.from(first, interp))
      return first
    }
    s.method("clear") { (a, _) throws(PyException) in
      try a.expectMethod("set.clear", min: 0, max: 0)
      try receiver(a).storage.removeAll()
      return .none
    }
  }

  private static func receiver(_ a: Arguments) throws(PyException) -> PySet {
    guard case .object(let o) = try a[0], let s = o as? PySet else {
      throw .typeError("descriptor requires a 'set' object")
    }
    return s
  }

  /// A set of any iterable's items (a set itself as it is).
  private static func operand(_ v: Value, _ interp: Interpreter) throws(PyException) -> PySet {
    if let s = v.as(PySet.self) { return s }
    let s = PySet()
    for item in try interp.collect(v) { try s.insert(item, interp) }
    return s
  }

  private static func copy(_ s: PySet) -> PySet {
    let out = PySet()
    out.storage = s.storage
    out.frozen = s.frozen
    return out
  }

  private static func symmetricDifference(_ s: PySet, _ o: PySet) {
    for (key, value) in o.storage {
      if s.storage[key] != nil {
        s.storage.removeValue(forKey: key)
      } else {
        s.storage[key] = value
      }
    }
  }

  /// A new set of the receiver's type: the receiver's elements changed by each operand.
  private static func combine(
    _ a: Arguments, _ interp: Interpreter, _ apply: (PySet, PySet) -> Void
  ) throws(PyException) -> Value {
    let out = copy(try receiver(a))
    for v in a.positional.dropFirst() { apply(out, try operand(v, interp)) }
    return .object(out)
  }

  private static func mutate(
    _ a: Arguments, _ interp: Interpreter, _ apply: (PySet, PySet) -> Void
  ) throws(PyException) -> Value {
    let s = try receiver(a)
    for v in a.positional.dropFirst() { apply(s, try operand(v, interp)) }
    return .none
  }
}
