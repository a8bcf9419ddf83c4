import Syntax

extension Compiler {
  /// A comprehension runs in its own scope (as in Python 3): its loop variables do not leak.
  /// The first iterable is evaluated in the enclosing scope.
  func compileComprehension(
    _ kind: ComprehensionKind, _ clauses: [ComprehensionClause], at location: SourceLocation,
    span: SourceSpan? = nil
  ) throws(SyntaxError) -> ExpressionCode {
    guard case .for(_, let firstIterable) = clauses.first else {
      throw SyntaxError("invalid syntax", at: location)
    }
    let interp = self.interp
    let outerIterable = try compile(firstIterable)

    let symbols = Symbols.ofComprehension(kind, clauses)
    var loopNames = Symbols()
    for case .for(let target, _) in clauses { loopNames.visitTarget(target) }
    if let name = loopNames.assigned.first(where: { symbols.namedTargets.contains($0) }) {
      throw SyntaxError(
        "assignment expression cannot rebind comprehension iteration variable '\(name)'",
        at: location)
    }
    let child = Scope.function(symbols: symbols, parameters: [], parent: scope, name: "<listcomp>")
    let saved = scope
    scope = child
    defer { scope = saved }

    // The element: appended to a list, added to a set or dict.
    typealias Sink = (Frame, Value, Value?) throws(PyException) -> Void
    let emitElement: (Frame) throws(PyException) -> (Value, Value?)
    switch kind {
    case .list(let e), .set(let e), .generator(let e):
      let code = try compile(e)
      emitElement = { (f: Frame) throws(PyException) in (try code(f), nil) }
    case .dict(let k, let v):
      let kc = try compile(k)
      let vc = try compile(v)
      emitElement = { (f: Frame) throws(PyException) in (try kc(f), try vc(f)) }
    }

    // Build the loops from the innermost outwards.
    var body: (Frame, Sink) throws(PyException) -> Void = {
      (f: Frame, sink: Sink) throws(PyException) in
      let (a, b) = try emitElement(f)
      try sink(f, a, b)
    }
    for (i, clause) in clauses.enumerated().reversed() {
      let inner = body
      switch clause {
      case .if(let test):
        let t = try compile(test)
        body = { (f: Frame, sink: Sink) throws(PyException) in
          if try interp.isTruthy(t(f)) { try inner(f, sink) }
        }
      case .for(let target, let iterable):
        let store = try compileStore(target)
        let source: ExpressionCode? = i == 0 ? nil : try compile(iterable)
        body = { (f: Frame, sink: Sink) throws(PyException) in
          let iterator: PyIterator
          if let source {
            iterator = try interp.iterate(source(f))
          } else {
            iterator = f.slots[f.slotCount - 1]!.as(PyIterator.self)!
          }
          while let item = try iterator.next(interp) {
            try store(f, item)
            try inner(f, sink)
          }
        }
      }
    }
    let unguardedLoops = body
    let slotCount = child.slots.count + 1  // the last slot holds the outer iterator
    let ownCells = child.ownCellCount
    let captured = saved.cellIndices(for: child.freeNames)
    let globals = child.globalsTable
    let file = self.file
    // Python 3.11 runs a comprehension as a function of its own: its traceback entry, and the
    // whole comprehension marked in the enclosing frame (a generator expression is blamed on
    // the call that consumes it, which evaluates it).
    let frameName: String
    switch kind {
    case .list: frameName = "<listcomp>"
    case .set: frameName = "<setcomp>"
    case .dict: frameName = "<dictcomp>"
    case .generator: frameName = "<genexpr>"
    }
    let outerSpan: SourceSpan?
    if case .generator = kind { outerSpan = nil } else { outerSpan = span }
    let loops = { (frame: Frame, sink: Sink) throws(PyException) in
      do throws(PyException) {
        try unguardedLoops(frame, sink)
      } catch {
        error.traceback.append(
          TracebackEntry(
            file: file, line: error.pendingSpan?.line ?? frame.line, function: frameName,
            span: error.pendingSpan))
        error.pendingSpan = outerSpan
        throw error
      }
    }
    return { (f: Frame) throws(PyException) -> Value in
      let iterable = try outerIterable(f)
      let iterator = try interp.iterate(iterable)
      var cells: [PyCell] = []
      for _ in 0..<ownCells { cells.append(PyCell()) }
      for c in captured { cells.append(f.cells[c]) }
      let frame = Frame(
        globals: globals, name: "<listcomp>", file: file, slotCount: slotCount, cells: cells)
      frame.line = f.line
      frame.slots[slotCount - 1] = .object(iterator)
      switch kind {
      case .generator
      where iterable.as(PyGenerator.self) == nil && iterable.as(PyInstance.self) == nil:
        // Over a container or a built-in iterator the values are computed at once (much
        // faster than a generator's hand-overs); over a generator or an iterator object of a
        // class, which may never end (`itertools.count()`), lazily.
        let list = PyList([])
        try loops(frame) { (_: Frame, v: Value, _: Value?) throws(PyException) in
          list.items.append(v)
        }
        return .object(PyComputedGenerator(list.items))
      case .generator:

        return .object(
          PyGenerator(name: "<genexpr>", interp) {
            [unowned interp] () throws(PyException) -> Value in
            try loops(frame) { (_: Frame, v: Value, _: Value?) throws(PyException) in
              _ = try interp.yieldValue(v)
            }
            return .none
          })
      case .list:
        let list = PyList([])
        try loops(frame) { (_: Frame, v: Value, _: Value?) throws(PyException) in
          list.items.append(v)
        }
        return .object(list)
      case .set:
        let set = PySet()
        try loops(frame) { (_: Frame, v: Value, _: Value?) throws(PyException) in
          try set.insert(v, interp)
        }
        return .object(set)
      case .dict:
        let dict = PyDict()
        try loops(frame) { (_: Frame, k: Value, v: Value?) throws(PyException) in
          try dict.set(k, v!, interp)
        }
        return .object(dict)
      }
    }
  }
}
