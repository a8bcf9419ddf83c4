import Syntax

/// `for` loops: compiled once per kind of target (`TargetWriter`), over ranges, lists, tuples
/// and ASCII strs without an iterator, and over iterators of pairs without their tuples
/// (`PyPairIterator`).
extension Compiler {
  /// A `for` loop; the iterator's errors are reported at the loop's `line`, as in Python.
  func compileFor(
    _ target: Expr, _ iterable: Expr, _ body: [Stmt], _ orElse: [Stmt], line: Int
  ) throws(SyntaxError) -> StatementCode {
    let source = try compile(iterable)
    // (Compiled before the body even when a slot writer takes its place: a target that
    // cannot be assigned is the first error reported, as in Python.)
    let store = try compileStore(target)
    scope.loopDepth += 1
    let a = try compileBranch(body)
    scope.loopDepth -= 1
    let b = try compileBlock(orElse)
    if case .name(let name) = target.kind {
      switch scope.locate(name) {
      case .local(let slot):
        return loop(LocalTarget(slot: slot), source, a, b, line: line)
      case .global(let slot):
        return loop(GlobalTarget(globals: scope.globalsTable, slot: slot), source, a, b, line: line)
      default: break
      }
    }
    if case .tuple(let items) = target.kind, let names = nameTargets(items), names.count == 2 {
      return pairLoop(names[0], names[1], store, source, a, b, line: line)
    }
    return loop(StoreTarget(store: store), source, a, b, line: line)
  }

  /// `for a, b in ...` with plain names: an iterator of pairs (`enumerate`, `zip(x, y)`,
  /// `d.items()`) hands each pair over without its tuple; a list of pairs has each one's two
  /// items written in place (`PairTarget`); any other item is unpacked by `store`.
  private func pairLoop(
    _ first: NameTarget, _ second: NameTarget, _ store: @escaping StoreCode,
    _ source: @escaping ExpressionCode, _ a: CompiledStatement,
    _ b: @escaping StatementCode, line: Int
  ) -> StatementCode {
    let interp = self.interp
    let pair = PairTarget(first: first, second: second, store: store)
    return { (f: Frame) throws(PyException) -> Completion in
      var iterable = try source(f)
      if let done = try Compiler.loopInPlace(&iterable, pair, f, a, b, line, interp) {
        return done
      }
      let iterator = try interp.iterate(iterable)
      guard let pairs = iterator as? PyPairIterator else {
        return try Compiler.loop(over: iterator, pair, f, a, b, line, interp)
      }
      while let (x, y) = try pairs.nextPair(interp) {
        first.write(f, x)
        second.write(f, y)
        if let done = try Compiler.runBody(a, f, interp) { return done }
        f.line = line
      }
      return try b(f)
    }
  }

  /// The loop writing each item with `target`.
  @inline(__always)
  private func loop<W: TargetWriter>(
    _ target: W, _ source: @escaping ExpressionCode, _ a: CompiledStatement,
    _ b: @escaping StatementCode, line: Int
  ) -> StatementCode {
    let interp = self.interp
    return { (f: Frame) throws(PyException) -> Completion in
      var iterable = try source(f)
      if let done = try Compiler.loopInPlace(&iterable, target, f, a, b, line, interp) {
        return done
      }
      return try Compiler.loop(over: interp.iterate(iterable), target, f, a, b, line, interp)
    }
  }

  /// The loop over `iterable` without an iterator object, when it is a generator nothing
  /// else holds, a range, a list, a tuple or an ASCII str: how the loop ended, or nil for
  /// any other iterable (left as it was).
  @inline(__always)
  static func loopInPlace<W: TargetWriter>(
    _ iterable: inout Value, _ target: W, _ f: Frame, _ a: CompiledStatement,
    _ b: StatementCode, _ line: Int, _ interp: Interpreter
  ) throws(PyException) -> Completion? {
    if let generator = PyGenerator.takeDrivable(&iterable) {
      return try Compiler.loop(driving: generator, target, f, a, b, line, interp)
    }
    // Ranges loop on plain ints, with no iterator object.
    if let r = iterable.as(PyRange.self) {
      var i = r.start
      for _ in 0..<r.count {
        try target.write(f, .int(i))
        i &+= r.step
        if let done = try Compiler.runBody(a, f, interp) { return done }
      }
      return try b(f)
    }
    // Lists and tuples by position, with no iterator object (the list's length is read
    // each time: items appended by the body are reached, as in Python).
    if case .object(let o) = iterable, o.isExactly(PyList.self) || o.isExactly(PyTuple.self) {
      let s = unsafeDowncast(o, to: PySequence.self)
      var i = 0
      while i < s.items.count {
        try target.write(f, itemAt: i, of: s)
        i += 1
        if let done = try Compiler.runBody(a, f, interp) { return done }
        f.line = line
      }
      return try b(f)
    }
    // An ASCII str byte by byte, each character the interpreter's one str for it.
    if case .object(let o) = iterable, o.isExactly(PyStr.self) {
      let s = unsafeDowncast(o, to: PyStr.self)
      if s.isASCII {
        for byte in s.value.utf8 {
          try target.write(f, interp.asciiCharacter(byte))
          if let done = try Compiler.runBody(a, f, interp) { return done }
          f.line = line
        }
        return try b(f)
      }
    }
    return nil
  }

  /// Runs body `a` for each item of `iterator`, written with `target`, then `b` unless the
  /// body broke out.
  @inline(__always)
  static func loop<W: TargetWriter>(
    over iterator: PyIterator, _ target: W, _ f: Frame, _ a: CompiledStatement,
    _ b: StatementCode,
    _ line: Int, _ interp: Interpreter
  ) throws(PyException) -> Completion {
    while let item = try iterator.next(interp) {
      try target.write(f, item)
      if let done = try runBody(a, f, interp) { return done }
      f.line = line
    }
    return try b(f)
  }

  /// `for v in g(n)`: a generator nothing else holds runs in place, calling body `a` at each
  /// `yield` (see `DrivenGenerator`), then `b` unless the body broke out.
  static func loop<W: TargetWriter>(
    driving generator: PyGenerator, _ target: W, _ f: Frame, _ a: CompiledStatement,
    _ b: StatementCode, _ line: Int, _ interp: Interpreter
  ) throws(PyException) -> Completion {
    let done = try generator.run.drive(interp) { (item) throws(PyException) -> Completion? in
      try target.write(f, item)
      let done = try runBody(a, f, interp)
      f.line = line
      return done
    }
    if let done { return done }
    return try b(f)
  }

  /// One run of a loop's body `a`: nil to go on to the next item, else what the loop returns
  /// (`break` ends it normally, `return` passes on). A body of one statement is called
  /// directly, its line recorded here (see `compileBranch`).
  @inline(__always)
  static func runBody(_ a: CompiledStatement, _ f: Frame, _ interp: Interpreter)
    throws(PyException) -> Completion?
  {
    switch try a.execute(in: f) {
    case .breakLoop: return .normal
    case .returned: return .returned
    case .normal, .continueLoop:
      try interp.checkInterrupt()
      return nil
    }
  }
}
