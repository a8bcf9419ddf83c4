import Syntax

/// Assignments to several targets without the tuple between them: `a, b = b, a + b` puts
/// each value in its target, and `a, b = t` of a local tuple reads its items in place.
extension Compiler {
  /// `a, b = b, a + b`, `xs[i], xs[j] = xs[j], xs[i]`: a display of two or three values
  /// assigned to as many targets, none starred, puts each value in its target without the
  /// tuple Python builds and unpacks. As in Python, every value is evaluated first, left to
  /// right, then the targets are assigned, left to right. Nil for any other assignment.
  func parallelAssignment(_ target: Expr, _ value: Expr) throws(SyntaxError) -> StatementCode? {
    guard let targets = Compiler.displayItems(target), let values = Compiler.displayItems(value),
      targets.count == values.count, targets.count == 2 || targets.count == 3
    else { return nil }
    let codes = try values.map { (e) throws(SyntaxError) in try compileOperand(e) }
    // (The whole target compiled first: its errors are those of the usual path.)
    _ = try compileStore(target)
    if let names = nameTargets(targets) {
      return parallelAssignment(codes, names)
    }
    let stores = try targets.map { (t) throws(SyntaxError) in
      StoreTarget(store: try compileStore(t))
    }
    return parallelAssignment(codes, stores)
  }

  /// The items of a tuple or list display with no starred item.
  private static func displayItems(_ e: Expr) -> [Expr]? {
    let items: [Expr]
    switch e.kind {
    case .tuple(let i), .list(let i): items = i
    default: return nil
    }
    for item in items { if case .starred = item.kind { return nil } }
    return items
  }

  /// The values of `codes` (two or three) written by `writers`, every value first.
  private func parallelAssignment<W: TargetWriter>(_ codes: [CompiledExpression], _ writers: [W])
    -> StatementCode
  {
    // (Each code and writer its own constant: read out of an array in the closure, each
    // would be retained and released.)
    let (v0, v1, w0, w1) = (codes[0], codes[1], writers[0], writers[1])
    if codes.count == 2 {
      return { (f: Frame) throws(PyException) -> Completion in
        let a = try v0.value(in: f)
        let b = try v1.value(in: f)
        try w0.write(f, a)
        try w1.write(f, b)
        return .normal
      }
    }
    let (v2, w2) = (codes[2], writers[2])
    return { (f: Frame) throws(PyException) -> Completion in
      let a = try v0.value(in: f)
      let b = try v1.value(in: f)
      let c = try v2.value(in: f)
      try w0.write(f, a)
      try w1.write(f, b)
      try w2.write(f, c)
      return .normal
    }
  }

  /// `a, b = t` of a local `t` into plain names, none of them `t`: a tuple or list of the
  /// right length has its items written without being retained itself (`t` keeps it while
  /// the names are written); any other value (or length) goes to `store`, the target's
  /// compiled unpacking. Nil for any other assignment.
  func localUnpacking(_ target: Expr, _ value: Expr, _ store: @escaping StoreCode)
    -> StatementCode?
  {
    guard case .tuple(let items) = target.kind, let source = localOperand(value),
      let names = nameTargets(items),
      !names.contains(where: { $0.globals == nil && $0.slot == source.slot })
    else { return nil }
    let slot = source.slot
    let count = names.count
    if count == 2 {
      let (n0, n1) = (names[0], names[1])
      return { (f: Frame) throws(PyException) -> Completion in
        let done =
          f.unretainedObject(slot)?._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
            guard let s = Compiler.exactSequence(o, count: 2) else { return false }
            n0.write(f, s.items[0])
            n1.write(f, s.items[1])
            return true
          } ?? false
        if !done { try store(f, try source.read(f)) }
        return .normal
      }
    }
    return { (f: Frame) throws(PyException) -> Completion in
      let done =
        f.unretainedObject(slot)?._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
          guard let s = Compiler.exactSequence(o, count: count) else { return false }
          for i in 0..<count { names[i].write(f, s.items[i]) }
          return true
        } ?? false
      if !done { try store(f, try source.read(f)) }
      return .normal
    }
  }

  /// `o` as a list or tuple (not a subclass) of `count` items.
  @inline(__always)
  static func exactSequence(_ o: PyObject, count: Int) -> PySequence? {
    guard o.isExactly(PyTuple.self) || o.isExactly(PyList.self) else { return nil }
    let s = unsafeDowncast(o, to: PySequence.self)
    return s.items.count == count ? s : nil
  }
}
