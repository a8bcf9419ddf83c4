/// CPython's set operations (Objects/setobject.c) step for step: which table is copied,
/// which one is walked and in what order elements are added decide how the result is laid
/// out, and so the order it prints in.
enum SetAlgebra {
  /// The other operand of an operation: a set, the keys of a dict (CPython sizes the table
  /// for them first), or the items of any other iterable.
  enum Operand {
    case set(PySet)
    case dictKeys([SetTable.Entry])
    case items([SetTable.Entry])
  }

  static func operand(_ v: Value, _ interp: Interpreter) throws(PyException) -> Operand {
    if let s = v.as(PySet.self) { return .set(s) }
    if case .object(let o) = v, o.isExactly(PyDict.self), let d = o as? PyDict {
      return .dictKeys(
        try d.storage.values.map { (pair) throws(PyException) in
          try PySet.entry(pair.key, interp)
        })
    }
    return .items(
      try interp.collect(v).map { (item) throws(PyException) in try PySet.entry(item, interp) })
  }

  /// A new table of an iterable's elements, as `set(v)` makes it (`make_new_set`). A range's
  /// ints, and a plain list's or tuple's items, are added one by one as they come (the order
  /// CPython adds them in, so its layout), with no array of values and then of entries first:
  /// `set(range(10000))` took twice CPython's instructions that way.
  static func table(of v: Value, _ interp: Interpreter) throws(PyException) -> SetTable {
    guard case .object(let o) = v else { return table(try operand(v, interp)) }
    var t = SetTable()
    if o.isExactly(PyRange.self) {
      try unsafeDowncast(o, to: PyRange.self).forEachInt(interp) { t.add(int: $0) }
      return t
    }
    guard o.isExactly(PyList.self) || o.isExactly(PyTuple.self) else {
      return table(try operand(v, interp))
    }
    for item in unsafeDowncast(o, to: PySequence.self).items {
      if case .int(let i) = item { t.add(int: i) } else { t.add(try PySet.entry(item, interp)) }
    }
    return t
  }

  /// A new table of an operand's elements (`make_new_set`).
  static func table(_ o: Operand) -> SetTable {
    var t = SetTable()
    add(o, to: &t)
    return t
  }

  private static func add(_ o: Operand, to t: inout SetTable) {
    switch o {
    case .set(let s): t.merge(s.storage)
    case .dictKeys(let keys): t.add(dictKeys: keys)
    case .items(let items): for e in items { t.add(e) }
    }
  }

  /// `s.update(o)`, `s |= o`.
  static func update(_ s: PySet, _ o: Operand) {
    if case .set(let other) = o, other === s { return }
    add(o, to: &s.storage)
  }

  /// `s.union(*others)`, `s | o`: a copy of `s`, updated.
  static func union(_ s: PySet, _ others: [Operand]) -> SetTable {
    var result = s.storage.copied
    for o in others {
      if case .set(let other) = o, other === s { continue }
      add(o, to: &result)
    }
    return result
  }

  /// `s & o`: the smaller set's elements found in the larger, in the smaller's order; an
  /// iterable's items found in `s`, until as many as `s` has.
  static func intersection(_ s: PySet, _ o: Operand) -> SetTable {
    var result = SetTable()
    switch o {
    case .set(let other):
      if other === s { return s.storage.copied }
      var (searched, walked) = (s.storage, other.storage)
      if walked.count > searched.count { swap(&searched, &walked) }
      walked.forEachEntry { e in if searched.contains(e) { result.add(e) } }
    case .dictKeys(let items), .items(let items):
      for e in items where s.storage.contains(e) {
        result.add(e)
        if result.count >= s.storage.count { break }
      }
    }
    return result
  }

  /// `s.intersection(*others)`: intersections one after the other.
  static func intersection(_ s: PySet, _ others: [Operand]) -> SetTable {
    guard !others.isEmpty else { return s.storage.copied }
    var current = s
    for o in others { current = PySet(intersection(current, o), frozen: s.frozen) }
    return current.storage
  }

  /// `s -= o`: each element of `o` removed (of the intersection when `o` is more than eight
  /// times larger), then a rebuild when dummies fill a quarter of the table.
  static func differenceUpdate(_ s: PySet, _ o: Operand) {
    switch o {
    case .set(let other):
      if other === s {
        s.storage.removeAll()
        return
      }
      let walked =
        other.storage.count >> 3 > s.storage.count ? intersection(s, o) : other.storage
      walked.forEachEntry { s.storage.discard($0) }
    case .dictKeys(let items), .items(let items):
      for e in items { s.storage.discard(e) }
    }
    s.storage.purgeDummies()
  }

  /// `s - o`: a copy of `s` with `o` removed when `s` is more than four times larger (or `o`
  /// is not a set or dict); otherwise `s`'s elements not in `o`, added in order.
  static func difference(_ s: PySet, _ o: Operand) -> SetTable {
    let lookup: SetTable
    switch o {
    case .set(let other): lookup = other.storage
    case .dictKeys: lookup = table(o)
    case .items: return copyAndDifference(s, o)
    }
    if s.storage.count >> 2 > lookup.count { return copyAndDifference(s, o) }
    var result = SetTable()
    s.storage.forEachEntry { e in if !lookup.contains(e) { result.add(e) } }
    return result
  }

  private static func copyAndDifference(_ s: PySet, _ o: Operand) -> SetTable {
    let copy = PySet(s.storage.copied, frozen: s.frozen)
    differenceUpdate(copy, o)
    return copy.storage
  }

  /// `s.difference(*others)`: the first difference, then the others removed from it.
  static func difference(_ s: PySet, _ others: [Operand]) -> SetTable {
    guard let first = others.first else { return s.storage.copied }
    let result = PySet(difference(s, first), frozen: s.frozen)
    for o in others.dropFirst() { differenceUpdate(result, o) }
    return result.storage
  }

  /// `s ^= o`: each element of `o` removed from `s` if there, added otherwise.
  static func symmetricDifferenceUpdate(_ s: PySet, _ o: Operand) {
    let walked: [SetTable.Entry]
    switch o {
    case .set(let other):
      if other === s {
        s.storage.removeAll()
        return
      }
      other.storage.forEachEntry { e in
        if !s.storage.discard(e) { s.storage.add(e) }
      }
      return
    case .dictKeys(let keys): walked = keys
    case .items: walked = table(o).orderedEntries
    }
    for e in walked {
      if !s.storage.discard(e) { s.storage.add(e) }
    }
  }

  /// `s ^ o`: a new set of `o`'s elements, updated by `s`'s.
  static func symmetricDifference(_ s: PySet, _ o: Operand) -> SetTable {
    let result = PySet(table(o), frozen: s.frozen)
    symmetricDifferenceUpdate(result, .set(s))
    return result.storage
  }
}
