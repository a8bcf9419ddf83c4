/// The methods of `set` and `frozenset` (the operators are `PySet.binary` and `inPlace`): the
/// non-mutating ones on both classes, returning the receiver's type; `update` and the other
/// mutating ones on `set` only. Each follows CPython's algorithm (`SetAlgebra`), so results
/// are laid out, and print, as CPython's.
enum SetMethods {
  static func install() {
    let both = [PyClass.set, PyClass.frozenset]
    for c in both {
      c.method("union") { (a, interp) throws(PyException) in
        let s = try receiver(a)
        return .object(PySet(SetAlgebra.union(s, try operands(a, interp)), frozen: s.frozen))
      }
      c.method("intersection") { (a, interp) throws(PyException) in
        let s = try receiver(a)
        let result = SetAlgebra.intersection(s, try operands(a, interp))
        return .object(PySet(result, frozen: s.frozen))
      }
      c.method("difference") { (a, interp) throws(PyException) in
        let s = try receiver(a)
        let result = SetAlgebra.difference(s, try operands(a, interp))
        return .object(PySet(result, frozen: s.frozen))
      }
      c.method("symmetric_difference") { (a, interp) throws(PyException) in
        try a.expectMethod("symmetric_difference", min: 1, max: 1)
        let s = try receiver(a)
        let result = SetAlgebra.symmetricDifference(s, try SetAlgebra.operand(a[1], interp))
        return .object(PySet(result, frozen: s.frozen))
      }
      c.method("issubset") { (a, interp) throws(PyException) in
        let (s, o) = (try receiver(a), try lookup(a[1], interp))
        return .bool(s.storage.orderedEntries.allSatisfy { o.contains($0) })
      }
      c.method("issuperset") { (a, interp) throws(PyException) in
        let (s, o) = (try receiver(a), try lookup(a[1], interp))
        return .bool(o.orderedEntries.allSatisfy { s.storage.contains($0) })
      }
      c.method("isdisjoint") { (a, interp) throws(PyException) in
        let (s, o) = (try receiver(a), try lookup(a[1], interp))
        return .bool(!s.storage.orderedEntries.contains { o.contains($0) })
      }
      c.method("copy") { (a, _) throws(PyException) in
        let s = try receiver(a)
        if s.frozen { return .object(s) }
        return .object(PySet(s.storage.copied, frozen: false))
      }
    }
    let s = PyClass.set
    s.method("update") { (a, interp) throws(PyException) in
      let s = try receiver(a)
      for o in try operands(a, interp) { SetAlgebra.update(s, o) }
      return .none
    }
    s.method("intersection_update") { (a, interp) throws(PyException) in
      let s = try receiver(a)
      s.storage.replaceContents(with: SetAlgebra.intersection(s, try operands(a, interp)))
      return .none
    }
    s.method("difference_update") { (a, interp) throws(PyException) in
      let s = try receiver(a)
      for o in try operands(a, interp) { SetAlgebra.differenceUpdate(s, o) }
      return .none
    }
    s.method("symmetric_difference_update") { (a, interp) throws(PyException) in
      try a.expectMethod("symmetric_difference_update", min: 1, max: 1)
      SetAlgebra.symmetricDifferenceUpdate(try receiver(a), try SetAlgebra.operand(a[1], interp))
      return .none
    }
    s.method("pop") { (a, interp) throws(PyException) in
      try a.expectMethod("set.pop", min: 0, max: 0)
      guard let entry = try receiver(a).storage.pop() else {
        throw .keyError(.str("pop from an empty set"))
      }
      return entry.element
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

  /// The operands after the receiver.
  private static func operands(_ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> [SetAlgebra.Operand]
  {
    try a.positional.dropFirst().map { (v) throws(PyException) in
      try SetAlgebra.operand(v, interp)
    }
  }

  /// A table to look elements up in: a set's own, or one of any iterable's items.
  private static func lookup(_ v: Value, _ interp: Interpreter) throws(PyException) -> SetTable {
    if let s = v.as(PySet.self) { return s.storage }
    return try SetAlgebra.table(of: v, interp)
  }
}
