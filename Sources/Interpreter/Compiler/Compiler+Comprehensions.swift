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
    let file = self.file
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

    // `[e for x in xs if c]`, `{k: v for k, v in d.items() if c}`, the usual forms: one loop
    // binding a local name or a pair of them, its element and tests run inline (no closure
    // per clause, no sink), a list filled in a local array, a set or dict filled in place. (A
    // generator expression over a container takes the list's loop: see the end.)
    var listLoop: ((Frame, PyIterator) throws(PyException) -> [Value])?
    var dictLoop: ((Frame, PyIterator) throws(PyException) -> PyDict)?
    var setLoop: ((Frame, PyIterator) throws(PyException) -> PySet)?
    if case .for(let target, _) = clauses[0], let binding = try oneLoopBinding(target, child),
      clauses.dropFirst().allSatisfy({ if case .if = $0 { true } else { false } })
    {
      var conditions: [ConditionCode] = []
      for case .if(let test) in clauses.dropFirst() {
        conditions.append(try compileCondition(test, blame: span))
      }
      let loop = OneLoop(binding: binding, tests: conditions, interp: interp)
      switch kind {
      case .list(let e), .generator(let e):
        let element = try compileOperand(e)
        listLoop = { (frame: Frame, iterator: PyIterator) throws(PyException) -> [Value] in
          var items: [Value] = []
          // Room for every item, when there is no test and the iterator knows how many are
          // left (up to a million: a huge range fails by a timeout as the list grows, never
          // by one impossible allocation); the list otherwise grows five times to hold twenty.
          if conditions.isEmpty {
            let hint = iterator.lengthHint
            if hint > 0 { items.reserveCapacity(Swift.min(hint, 1 << 20)) }
          }
          try loop.run(frame, iterator) { () throws(PyException) in
            items.append(try element.value(in: frame))
          }
          return items
        }
      case .dict(let k, let v):
        let (key, value) = (try compileOperand(k), try compileOperand(v))
        dictLoop = { (frame: Frame, iterator: PyIterator) throws(PyException) -> PyDict in
          let dict = PyDict()
          // Room for a key per item, as the list's (up to 65536: keys may repeat).
          if conditions.isEmpty {
            let hint = iterator.lengthHint
            if hint > 0 { dict.storage.reserve(Swift.min(hint, 1 << 16)) }
          }
          try loop.run(frame, iterator) { () throws(PyException) in
            // (The key first, as Python evaluates them.)
            let k = try key.value(in: frame)
            try dict.set(k, try value.value(in: frame), interp)
          }
          return dict
        }
      case .set(let e):
        let element = try compileOperand(e)
        setLoop = { (frame: Frame, iterator: PyIterator) throws(PyException) -> PySet in
          let set = PySet()
          try loop.run(frame, iterator) { () throws(PyException) in
            try set.insert(try element.value(in: frame), interp)
          }
          return set
        }
      }
    }
    if let listLoop, case .list = kind {
      let start = comprehensionFrame(child, enclosing: saved)
      return { (f: Frame) throws(PyException) -> Value in
        let (frame, iterator, _) = try start(f, outerIterable)
        do throws(PyException) {
          return .list(try listLoop(frame, iterator))
        } catch {
          throw Compiler.blamed(error, frame, file: file, function: "<listcomp>", outerSpan: span)
        }
      }
    }

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
        let t = try compileCondition(test, blame: span)
        body = { (f: Frame, sink: Sink) throws(PyException) in
          if try t(f) { try inner(f, sink) }
        }
      case .for(let target, let iterable):
        let store = try compileStore(target)
        let source: ExpressionCode? = i == 0 ? nil : try compile(iterable)
        // `for a, b in ...` of plain names: pairs handed over without their tuples (see
        // `PyPairIterator`).
        var pairNames: [NameTarget]?
        if case .tuple(let items) = target.kind, let names = nameTargets(items), names.count == 2 {
          pairNames = names
        }
        body = { (f: Frame, sink: Sink) throws(PyException) in
          let iterator: PyIterator
          if let source {
            iterator = try interp.iterate(source(f))
          } else {
            iterator = f.slots[f.slotCount - 1]!.as(PyIterator.self)!
          }
          if let pairNames, let pairs = iterator as? PyPairIterator {
            while let (x, y) = try pairs.nextPair(interp) {
              pairNames[0].write(f, x)
              pairNames[1].write(f, y)
              try inner(f, sink)
            }
            return
          }
          while let item = try iterator.next(interp) {
            try store(f, item)
            try inner(f, sink)
          }
        }
      }
    }
    let unguardedLoops = body
    let start = comprehensionFrame(child, enclosing: saved)
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
        throw Compiler.blamed(
          error, frame, file: file, function: frameName, outerSpan: outerSpan)
      }
    }
    return { (f: Frame) throws(PyException) -> Value in
      let (frame, iterator, iterable) = try start(f, outerIterable)
      switch kind {
      case .generator
      where iterable.as(PyGenerator.self) == nil && iterable.as(PyInstance.self) == nil:
        // Over a container or a built-in iterator the values are computed at once (much
        // faster than a generator's hand-overs); over a generator or an iterator object of a
        // class, which may never end (`itertools.count()`), lazily.
        if let listLoop {
          do throws(PyException) {
            return .object(PyComputedGenerator(try listLoop(frame, iterator)))
          } catch {
            throw Compiler.blamed(error, frame, file: file, function: frameName, outerSpan: nil)
          }
        }
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
        if let setLoop {
          do throws(PyException) {
            return .object(try setLoop(frame, iterator))
          } catch {
            throw Compiler.blamed(error, frame, file: file, function: frameName, outerSpan: span)
          }
        }
        let set = PySet()
        try loops(frame) { (_: Frame, v: Value, _: Value?) throws(PyException) in
          try set.insert(v, interp)
        }
        return .object(set)
      case .dict:
        if let dictLoop {
          do throws(PyException) {
            return .object(try dictLoop(frame, iterator))
          } catch {
            throw Compiler.blamed(error, frame, file: file, function: frameName, outerSpan: span)
          }
        }
        let dict = PyDict()
        try loops(frame) { (_: Frame, k: Value, v: Value?) throws(PyException) in
          try dict.set(k, v!, interp)
        }
        return .object(dict)
      }
    }
  }

  /// How the one loop of a comprehension of the usual form binds its items: a local name of
  /// the comprehension, or a pair of them (`for k, v in d.items()`); nil for other targets.
  private func oneLoopBinding(_ target: Expr, _ child: Scope) throws(SyntaxError)
    -> OneLoop.Binding?
  {
    switch target.kind {
    case .name(let name):
      guard case .local(let slot) = child.locate(name) else { return nil }
      return .name(slot)
    case .tuple(let items):
      guard let names = nameTargets(items), names.count == 2, names[0].globals == nil,
        names[1].globals == nil
      else { return nil }
      return .pair(PairTarget(first: names[0], second: names[1], store: try compileStore(target)))
    default:
      return nil
    }
  }

  /// What a comprehension runs first, in the enclosing frame `f`: its outer iterable evaluated
  /// and iterated, and the comprehension's own frame (its cells, and the iterator in its last
  /// slot, where the outermost loop finds it).
  private func comprehensionFrame(_ child: Scope, enclosing: Scope)
    -> (Frame, ExpressionCode) throws(PyException) -> (Frame, PyIterator, Value)
  {
    let interp = self.interp
    let slotCount = child.slots.count + 1  // the last slot holds the outer iterator
    let ownCells = child.ownCellCount
    let captured = enclosing.cellIndices(for: child.freeNames)
    let globals = child.globalsTable
    let file = self.file
    return { (f: Frame, outerIterable: ExpressionCode) throws(PyException) in
      let iterable = try outerIterable(f)
      let iterator = try interp.iterate(iterable)
      var cells: [PyCell] = []
      for _ in 0..<ownCells { cells.append(PyCell()) }
      for c in captured { cells.append(f.cells[c]) }
      let frame = Frame(
        globals: globals, name: "<listcomp>", file: file, slotCount: slotCount, cells: cells)
      frame.line = f.line
      frame.slots[slotCount - 1] = .object(iterator)
      return (frame, iterator, iterable)
    }
  }

  /// An exception leaving a comprehension: its own traceback entry, and the whole
  /// comprehension (`outerSpan`) marked in the enclosing frame.
  static func blamed(
    _ error: PyException, _ frame: Frame, file: String, function: String,
    outerSpan: SourceSpan?
  ) -> PyException {
    error.traceback.append(
      TracebackEntry(
        file: file, line: error.pendingSpan?.line ?? frame.line, function: function,
        span: error.pendingSpan))
    error.pendingSpan = outerSpan
    return error
  }
}

/// The one loop of a comprehension of the usual form (`for x in xs` or `for k, v in pairs`,
/// local names of the comprehension, then `if` tests): each item bound to the names and, when
/// every test holds, handed to the element's code. Range, list and ASCII text iterators (final
/// classes) are called directly; pair iterators (`items()`, `enumerate`, `zip` of two) hand
/// their pairs over without tuples.
struct OneLoop {
  enum Binding {
    case name(Int)
    case pair(PairTarget)
  }

  let binding: Binding
  /// The tests, each in a struct: a bare closure in an array or an optional is stored in the
  /// most general calling convention and called through two conversion thunks (forty
  /// instructions a test).
  let tests: [CompiledCondition]
  /// One test, the usual case, called without walking the array (when `hasOneTest`).
  let onlyTest: CompiledCondition
  let hasOneTest: Bool
  let interp: Interpreter

  init(binding: Binding, tests: [ConditionCode], interp: Interpreter) {
    (self.binding, self.interp) = (binding, interp)
    self.tests = tests.map { CompiledCondition(run: $0) }
    hasOneTest = tests.count == 1
    if let first = tests.first {
      onlyTest = CompiledCondition(run: first)
    } else {
      onlyTest = CompiledCondition(run: OneLoop.noTest)
    }
  }

  /// A stand-in for the absent test (never run: see `hasOneTest`).
  static let noTest: ConditionCode = { _ throws(PyException) in true }

  @inline(__always)
  func run(
    _ frame: Frame, _ iterator: PyIterator, _ emit: () throws(PyException) -> Void
  ) throws(PyException) {
    @inline(__always) func tested() throws(PyException) {
      if hasOneTest {
        guard try onlyTest.run(frame) else { return }
      } else {
        for test in tests where !(try test.run(frame)) { return }
      }
      try emit()
    }
    guard case .name(let slot) = binding else {
      guard case .pair(let target) = binding else { return }
      if let pairs = iterator as? PyPairIterator {
        while let (x, y) = try pairs.nextPair(interp) {
          try interp.checkInterrupt()
          target.first.write(frame, x)
          target.second.write(frame, y)
          try tested()
        }
        return
      }
      while let item = try iterator.next(interp) {
        try interp.checkInterrupt()
        try target.write(frame, item)
        try tested()
      }
      return
    }
    @inline(__always) func visit(_ item: Value) throws(PyException) {
      frame.slots[slot] = item
      try tested()
    }
    // (Specialised for each final class below: its `next` called directly.)
    @inline(__always) func drain<I: PyIterator>(_ items: I) throws(PyException) {
      while let item = try items.next(interp) {
        try interp.checkInterrupt()
        try visit(item)
      }
    }
    if iterator.isExactly(PyRangeIterator.self) {
      try drain(unsafeDowncast(iterator, to: PyRangeIterator.self))
    } else if iterator.isExactly(PySequenceIterator.self) {
      try drain(unsafeDowncast(iterator, to: PySequenceIterator.self))
    } else if iterator.isExactly(ASCIITextIterator.self) {
      try drain(unsafeDowncast(iterator, to: ASCIITextIterator.self))
    } else {
      try drain(iterator)
    }
  }
}
