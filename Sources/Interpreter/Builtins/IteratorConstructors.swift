/// `zip`, `enumerate`, `map`, `filter` and `reversed`: types, as in Python, whose instances
/// are lazy iterators (`isinstance(z, zip)`, `<zip object at 0x...>`).
extension Constructors {
  static func installIterators() {
    PyClass.reversedType.constructor = { (a, interp) throws(PyException) in
      // (CPython words this count check unlike the other one-argument builtins.)
      guard a.count == 1 else {
        throw .typeError("reversed expected 1 argument, got \(a.count)")
      }
      let source = try a[0]
      // Sequences reverse; iterators, generators and sets do not (CPython's TypeError).
      guard case .object(let o) = source, !(o is PyIterator), !(o is PySet) else {
        throw .typeError("'\(source.typeName)' object is not reversible")
      }
      let items = try interp.collect(source).reversed() as [Value]
      let iterator = PyClosureIterator(count: items.count) { items[$0] }
      iterator.iteratorClass =
        o.isExactly(PyList.self)
        ? .listReverseIterator : o is PyRange ? .rangeIterator : .reversedType
      return .object(iterator)
    }
    PyClass.enumerateType.constructor = { (a, interp) throws(PyException) in
      guard let source = a.positional.first ?? a.keyword("iterable") else {
        throw .typeError("enumerate() missing required argument 'iterable'")
      }
      let iterator = try interp.iterate(source)
      let start = a.count > 1 ? try a.int(1) : (a.keyword("start")?.asInt ?? 0)
      return .object(EnumerateIterator(iterator, start: start))
    }
    PyClass.zipType.constructor = { (a, interp) throws(PyException) in
      let iterators = try a.positional.map { (v) throws(PyException) in try interp.iterate(v) }
      let strict =
        try a.keyword("strict").map { (v) throws(PyException) in
          try interp.isTruthy(v)
        } ?? false
      if iterators.count == 2, !strict {
        return .object(ZipPairIterator(iterators[0], iterators[1]))
      }
      return made(.zipType) { (interp) throws(PyException) in
        guard !iterators.isEmpty else { return nil }
        guard strict else { return try nextOfEach(iterators, interp).map { .tuple($0) } }
        return try strictNext(iterators, interp)
      }
    }
    PyClass.mapType.constructor = { (a, interp) throws(PyException) in
      guard a.count >= 2 else { throw .typeError("map() must have at least two arguments.") }
      let function = try a[0]
      let iterators = try a.positional.dropFirst().map { (v) throws(PyException) in
        try interp.iterate(v)
      }
      if iterators.count == 1 {
        let iterator = iterators[0]
        return made(.mapType) { (interp) throws(PyException) in
          guard let item = try iterator.next(interp) else { return nil }
          return try interp.call(function, with: item)
        }
      }
      return made(.mapType) { (interp) throws(PyException) in
        guard let items = try nextOfEach(iterators, interp) else { return nil }
        return try interp.call(function, Arguments(items))
      }
    }
    PyClass.filterType.constructor = { (a, interp) throws(PyException) in
      try a.expect("filter", min: 2, max: 2)
      let function = try a[0]
      let iterator = try interp.iterate(a[1])
      return made(.filterType) { (interp) throws(PyException) in
        while let v = try iterator.next(interp) {
          let keep = function.isNone ? v : try interp.call(function, with: v)
          if try interp.isTruthy(keep) { return v }
        }
        return nil
      }
    }
  }

  /// The next item of every iterator, or nil when any is exhausted (zip's and map's step).
  private static func nextOfEach(_ iterators: [PyIterator], _ interp: Interpreter)
    throws(PyException) -> [Value]?
  {
    var items: [Value] = []
    items.reserveCapacity(iterators.count)
    for it in iterators {
      guard let v = try it.next(interp) else { return nil }
      items.append(v)
    }
    return items
  }

  /// `zip(..., strict=True)`'s next tuple: when one iterator ends, all must have ended,
  /// else CPython's ValueError naming the first that is shorter or longer.
  private static func strictNext(_ iterators: [PyIterator], _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    func others(_ i: Int) -> String { i == 1 ? "argument 1" : "arguments 1-\(i)" }
    var items: [Value] = []
    items.reserveCapacity(iterators.count)
    for (i, it) in iterators.enumerated() {
      guard let v = try it.next(interp) else {
        if i > 0 {
          throw .valueError("zip() argument \(i + 1) is shorter than \(others(i))")
        }
        for (k, rest) in iterators.enumerated().dropFirst() where try rest.next(interp) != nil {
          throw .valueError("zip() argument \(k + 1) is longer than \(others(k))")
        }
        return nil
      }
      items.append(v)
    }
    return .tuple(items)
  }

  /// A lazy iterator of class `type` producing until `produce` gives nil.
  private static func made(
    _ type: PyClass, _ produce: @escaping (Interpreter) throws(PyException) -> Value?
  ) -> Value {
    let iterator = PyGeneratorIterator(produce)
    iterator.iteratorClass = type
    return .object(iterator)
  }
}
