import Syntax

extension Compiler {
  /// A statement's code and line, for a sequence to run (it records the line).
  func compileLined(_ s: Stmt) throws(SyntaxError) -> CompiledStatement {
    // `pass`, `break` and `continue` raise nothing: no line to record for a traceback (a
    // block of just `pass` is then its statement alone).
    switch s.kind {
    case .pass, .break, .continue:
      return CompiledStatement(run: try compileBody(s), line: 0)
    default:
      return CompiledStatement(run: try compileBody(s), line: s.location.line)
    }
  }

  /// A block to run as one statement: a single statement's own code and line (for the
  /// runner to record), or the sequence of several (which records each line itself; line 0).
  func compileBranch(_ body: [Stmt]) throws(SyntaxError) -> CompiledStatement {
    if body.count == 1 { return try compileLined(body[0]) }
    return CompiledStatement(run: try compileBlock(body), line: 0)
  }

  private func compileBody(_ s: Stmt) throws(SyntaxError) -> StatementCode {
    let interp = self.interp
    switch s.kind {
    case .expression(let e):
      let code = try compile(e)
      return { (f: Frame) throws(PyException) -> Completion in
        _ = try code(f)
        return .normal
      }
    case .assign(let targets, let value):
      if targets.count == 1, let parallel = try parallelAssignment(targets[0], value) {
        return parallel
      }
      if targets.count == 1, let assignment = try resultReusingAssignment(targets[0], value) {
        return assignment
      }
      if targets.count == 1, let counting = try countingAssignment(targets[0], value) {
        return counting
      }
      let operand = try compileOperand(value)
      let v = operand.run
      if targets.count == 1 {
        // One target: no array of stores (an array would call each through a thunk), and a
        // local name is written in place (`y = x` of locals: slot to slot).
        if case .name(let name) = targets[0].kind {
          switch scope.locate(name) {
          case .local(let i):
            return { (f: Frame) throws(PyException) -> Completion in
              f.slots[i] = try operand.value(in: f)
              return .normal
            }
          case .global(let i):
            let globals = scope.globalsTable
            return { (f: Frame) throws(PyException) -> Completion in
              globals[i] = try operand.value(in: f)
              return .normal
            }
          default: break
          }
        }
        let store = try compileStore(targets[0])
        if let unpacking = localUnpacking(targets[0], value, store) { return unpacking }
        return { (f: Frame) throws(PyException) -> Completion in
          try store(f, operand.value(in: f))
          return .normal
        }
      }
      let stores = try targets.map { (t) throws(SyntaxError) in try compileStore(t) }
      return { (f: Frame) throws(PyException) -> Completion in
        let value = try v(f)
        for store in stores { try store(f, value) }
        return .normal
      }
    case .annotatedAssign(let target, let annotation, let value):
      // In a class body `name: T` records T in the class's `__annotations__` (what
      // dataclasses read); elsewhere annotations are not kept.
      var record: ((Frame) throws(PyException) -> Void)?
      if scope.kind == .classBody, case .name(let name) = target.kind {
        let hint = try compile(annotation)
        let interp = self.interp
        record = { (f: Frame) throws(PyException) in
          guard let namespace = f.namespace else { return }
          let annotations: PyDict
          if let existing = namespace.storage[.string("__annotations__")]?.value.as(PyDict.self) {
            annotations = existing
          } else {
            annotations = PyDict()
            namespace.set("__annotations__", .object(annotations))
          }
          try annotations.set(.str(name), hint(f), interp)
        }
      }
      let v = try value.map { (e) throws(SyntaxError) in try compile(e) }
      let store = value == nil ? nil : try compileStore(target)
      return { (f: Frame) throws(PyException) -> Completion in
        try record?(f)
        if let v, let store { try store(f, v(f)) }
        return .normal
      }
    case .augmentedAssign(let target, let op, let value):
      return try compileAugmented(target, BinaryOp(rawValue: op.rawValue)!, value)
    case .if(let test, let body, let orElse):
      let t = try compileCondition(test, blame: nil)
      // `if n < 2: return n`: the return done here (no block, no return statement to call).
      if orElse.isEmpty, body.count == 1, case .return(let value?) = body[0].kind,
        scope.kind == .function
      {
        let v = try compileOperand(value)
        let line = body[0].location.line
        return { (f: Frame) throws(PyException) -> Completion in
          guard try t(f) else { return .normal }
          f.line = line
          f.returnValue = try v.value(in: f)
          return .returned
        }
      }
      // A branch of one statement is called directly, its line recorded here.
      let a = try compileBranch(body)
      if orElse.isEmpty {
        return { (f: Frame) throws(PyException) -> Completion in
          guard try t(f) else { return .normal }
          return try a.execute(in: f)
        }
      }
      let b = try compileBranch(orElse)
      return { (f: Frame) throws(PyException) -> Completion in
        if try t(f) {
          return try a.execute(in: f)
        }
        return try b.execute(in: f)
      }
    case .while(let test, let body, let orElse):
      let t = try compileCondition(test, blame: nil)
      scope.loopDepth += 1
      let a = try compileBranch(body)
      scope.loopDepth -= 1
      let b = try compileBlock(orElse)
      let line = s.location.line
      return { (f: Frame) throws(PyException) -> Completion in
        while try t(f) {
          try interp.checkInterrupt()
          switch try a.execute(in: f) {
          case .breakLoop: return .normal
          case .returned: return .returned
          case .normal, .continueLoop: f.line = line  // the test's errors are the loop's
          }
        }
        return try b(f)
      }
    case .for(let target, let iterable, let body, let orElse):
      return try compileFor(target, iterable, body, orElse, line: s.location.line)
    case .break, .continue:
      guard scope.loopDepth > 0 else {
        throw SyntaxError.afterParsing(
          {
            if case .break = s.kind {
              "'break' outside loop"
            } else {
              "'continue' not properly in loop"
            }
          }(), from: s.location, to: s.end)
      }
      let result: Completion = { if case .break = s.kind { .breakLoop } else { .continueLoop } }()
      return { _ throws(PyException) in result }
    case .nonlocal where scope.kind == .module:
      throw SyntaxError.afterParsing(
        "nonlocal declaration not allowed at module level", from: s.location, to: s.end)
    case .pass, .global, .nonlocal:
      return { _ throws(PyException) in .normal }
    case .return(let value):
      guard scope.kind == .function else {
        throw SyntaxError.afterParsing("'return' outside function", from: s.location, to: s.end)
      }
      guard let value else {
        return { (f: Frame) throws(PyException) -> Completion in
          f.returnValue = .none
          return .returned
        }
      }
      let v = try compileOperand(value)
      return { (f: Frame) throws(PyException) -> Completion in
        f.returnValue = try v.value(in: f)
        return .returned
      }
    case .functionDef(let def):
      let make = try makeFunction(
        name: def.name, parameters: def.parameters, body: def.body, location: s.location,
        returns: def.returns)
      return try bindDecorated(def.decorators, def.name, make)
    case .classDef(let def):
      return try compileClass(def, at: s.location)
    case .import(let names):
      return compileImport(names)
    case .importFrom(let module, let names):
      return try compileImportFrom(module, names, at: s.location)
    case .delete(let targets):
      let deletes = try targets.map { (t) throws(SyntaxError) in try compileDelete(t) }
      return { (f: Frame) throws(PyException) -> Completion in
        for d in deletes { try d(f) }
        return .normal
      }
    case .assert(let test, let message):
      warnAssertOfTuple(test, at: s.location)
      // The AssertionError is blamed where CPython blames it: the last comparison tested.
      let (t, blame) = try compileCondition(blamed: test, nil)
      let m = try message.map { (m) throws(SyntaxError) in try compile(m) }
      return { (f: Frame) throws(PyException) -> Completion in
        if !(try t(f)) {
          let error = PyException(
            .assertionError, args: try m.map { (m) throws(PyException) in [try m(f)] } ?? [])
          throw Compiler.marked(error, blame)
        }
        return .normal
      }
    case .raise(let value, let cause):
      return try compileRaise(value, cause)
    case .try(let t):
      return try compileTry(t)
    case .with(let items, let body):
      return try compileWith(items, body)
    case .match(let subject, let cases):
      return try compileMatch(subject, cases)
    }
  }

  // MARK: - Assignment forms

  private func compileAugmented(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws(SyntaxError)
    -> StatementCode
  {
    let interp = self.interp
    let operand = try compileOperand(value)
    let v = operand.run
    switch target.kind {
    case .name(let name):
      if scope.kind == .function, case .local(let slot) = scope.locate(name) {
        let local = LocalName(name: name, span: failureSpan(target))
        guard op == .add else {
          return { (f: Frame) throws(PyException) -> Completion in
            guard let current = f.slots[slot] else { throw local.unbound }
            f.slots[slot] = try interp.inPlace(op, current, v(f))
            return .normal
          }
        }
        // `s += t` of a str only this variable holds: appended in place (the right-hand side
        // cannot rebind a local, so the slot still holds what it held before).
        return { (f: Frame) throws(PyException) -> Completion in
          guard let current = f.slots[slot] else { throw local.unbound }
          let addend = try v(f)
          if let tail = PyStr.exactly(addend), case .object = current {
            _ = consume current
            if PyStr.appendInPlace(tail, toStrIn: f.slots + slot) { return .normal }
            f.slots[slot] = try interp.inPlace(op, f.slots[slot]!, addend)
            return .normal
          }
          f.slots[slot] = try interp.inPlace(op, current, addend)
          return .normal
        }
      }
      let load = self.load(name, span: failureSpan(target))
      let store = self.store(name)
      if case .global(let slot) = scope.locate(name) {
        // A module-level name: its slot read and written in place.
        let globals = scope.globalsTable
        return { (f: Frame) throws(PyException) -> Completion in
          let current: Value
          if let bound = globals[slot] { current = bound } else { current = try load(f) }
          let operand = try v(f)
          // `s += t`: when the global still holds the str read before the right-hand side ran
          // (which may have rebound it), appended in place if nothing else refers to it.
          if op == .add, let tail = PyStr.exactly(operand), globals.holds(current, at: slot) {
            _ = consume current
            if globals.appendInPlace(tail, at: slot) { return .normal }
            globals[slot] = try interp.inPlace(op, globals[slot]!, operand)
            return .normal
          }
          globals[slot] = try interp.inPlace(op, current, operand)
          return .normal
        }
      }
      return { (f: Frame) throws(PyException) -> Completion in
        let current = try load(f)
        try store(f, interp.inPlace(op, current, v(f)))
        return .normal
      }
    case .attribute(let base, let rawName):
      let name = scope.mangle(rawName)
      let b = try compile(base)
      if let local = localOperand(base) {
        let general = attributeAugment(local, name, op, operand)
        // (`if let`, not `??`: see `compileCall`.)
        if let quick = localAttributeAugment(local.slot, name, op, value, otherwise: general) {
          return quick
        }
        return general
      }
      if let global = globalOperand(base, b) {
        return attributeAugment(global, name, op, operand)
      }
      return attributeAugment(CodeOperand(code: b), name, op, operand)
    case .subscript(let base, let index):
      let b = try compile(base)
      let i = try compile(index)
      // A number or a variable on the right runs no code of the user's when it is read.
      let plainOperand: Bool
      switch value.kind {
      case .int, .float, .name: plainOperand = true
      default: plainOperand = false
      }
      return { (f: Frame) throws(PyException) -> Completion in
        let container = try b(f)
        let key = try i(f)
        if case .object(let o) = container, o.isExactly(PyDict.self) {
          // `counts[word] += 1` on a plain dict: the entry found (an int or str key without
          // making its hash key) and updated by its position, unless the right-hand side
          // moved it (it cannot when it is read plainly and the numbers are added as such).
          let d = unsafeDowncast(o, to: PyDict.self)
          guard let index = try d.position(of: key, interp) else { throw .keyError(key) }
          let current = d.storage[entryAt: index].value
          let operand = try v(f)
          let updated = try interp.inPlace(op, current, operand)
          var unmoved = plainOperand && current.isPlainNumber && operand.isPlainNumber
          if !unmoved { unmoved = try d.position(of: key, interp) == index }
          if unmoved {
            d.storage.setValue(updated, at: index)
          } else {
            try d.set(key, updated, interp)
          }
          return .normal
        }
        let current = try interp.getItem(container, key)
        try interp.setItem(container, key, interp.inPlace(op, current, v(f)))
        return .normal
      }
    default:
      throw SyntaxError(
        "'\(target.kind.targetName)' is an illegal expression for augmented assignment",
        at: target.location)
    }
  }

  private func compileDelete(_ target: Expr) throws(SyntaxError) -> (Frame) throws(PyException) ->
    Void
  {
    let interp = self.interp
    switch target.kind {
    case .name(let name):
      let span = sourceSpan(target)
      let load = self.load(name, span: span)
      switch scope.locate(name) {
      case .local(let i):
        return { (f: Frame) throws(PyException) in
          _ = try load(f)
          f.slots[i] = nil
        }
      case .cell(let i):
        return { (f: Frame) throws(PyException) in
          _ = try load(f)
          f.cells[i].value = nil
        }
      case .global(let i):
        let globals = scope.globalsTable
        return { (_: Frame) throws(PyException) in
          guard globals[i] != nil else {
            throw Compiler.marked(.nameError("name '\(name)' is not defined"), span)
          }
          globals[i] = nil
        }
      case .classNamespace(let name, _):
        return { (f: Frame) throws(PyException) in
          do throws(PyException) {
            try f.namespace?.deleteItem(.str(name), interp)
          } catch  where error.isInstance(of: .keyError) {
            // A class body deletes from its namespace; a missing name is a NameError there.
            throw Compiler.marked(.nameError("name '\(name)' is not defined"), span)
          }
        }
      }
    case .subscript(let base, let index):
      let b = try compile(base)
      let i = try compile(index)
      return { (f: Frame) throws(PyException) in
        let container = try b(f)
        try interp.deleteItem(container, i(f))
      }
    case .attribute(let base, let rawName):
      let name = scope.mangle(rawName)
      let b = try compile(base)
      return { (f: Frame) throws(PyException) in
        try interp.deleteAttribute(try b(f), name)
      }
    case .tuple(let items), .list(let items):
      let parts = try items.map { (t) throws(SyntaxError) in try compileDelete(t) }
      return { (f: Frame) throws(PyException) in for p in parts { try p(f) } }
    default:
      throw SyntaxError(
        "cannot delete \(target.kind.targetName)", from: target.location, to: target.end)
    }
  }

  /// Applies decorators (innermost first) and binds the result to `name`.
  private func bindDecorated(_ decorators: [Expr], _ name: String, _ make: @escaping ExpressionCode)
    throws(SyntaxError) -> StatementCode
  {
    let interp = self.interp
    let decoratorCodes = try decorators.map { (d) throws(SyntaxError) in try compile(d) }
    let store = self.store(name)
    return { (f: Frame) throws(PyException) -> Completion in
      let functions = try decoratorCodes.map { (d) throws(PyException) in try d(f) }
      var value = try make(f)
      for d in functions.reversed() { value = try interp.call(d, Arguments([value])) }
      try store(f, value)
      return .normal
    }
  }

  // MARK: - Classes

  private func compileClass(_ def: ClassDef, at location: SourceLocation) throws(SyntaxError)
    -> StatementCode
  {
    let bases = try def.bases.map { (b) throws(SyntaxError) in try compile(b) }
    let keywordNames = def.keywordNames
    let keywordValues = try def.keywordValues.map { (k) throws(SyntaxError) in try compile(k) }
    let inner = Symbols.ofFunction(parameters: [], body: def.body)
    try inner.checkDeclarations()
    let classScope = Scope(
      kind: .classBody, parent: scope, globals: scope.globalsTable,
      qualifiedPrefix: scope.childPrefix(def.name))
    classScope.classLocals = Set(inner.assigned)
    classScope.className = def.name
    let wanted = inner.used.subtracting(classScope.classLocals).union(inner.childFree)
    for name in wanted.sorted() where scope.resolvesAsEnclosed(name) {
      classScope.cells[name] = classScope.freeNames.count
      classScope.freeNames.append(name)
    }
    let saved = scope
    scope = classScope
    let body = try compileBlock(def.body)
    scope = saved
    let captured = scope.cellIndices(for: classScope.freeNames)
    let name = def.name
    var doc: String?
    if case .expression(let first)? = def.body.first?.kind, case .string(let text) = first.kind {
      doc = text
    }
    let file = self.file
    let moduleName = self.moduleName
    let globals = scope.globalsTable
    let interp = self.interp
    let make: ExpressionCode = { (f: Frame) throws(PyException) -> Value in
      var baseClasses: [PyClass] = []
      for b in bases {
        let v = try b(f)
        guard let c = v.as(PyClass.self) else {
          throw .typeError("bases must be types")
        }
        baseClasses.append(c)
      }
      let frame = Frame(
        globals: globals, name: name, file: file, cells: captured.map { f.cells[$0] })
      let namespace = PyDict()
      frame.namespace = namespace
      // The body is the running frame (`locals()` in a class body is its namespace).
      let caller = interp.currentFrame
      interp.currentFrame = .passUnretained(frame)
      defer { interp.currentFrame = caller }
      do throws(PyException) {
        _ = try body(frame)
      } catch {
        // The body is a frame of its own in tracebacks ("in A"), below the `class` line.
        error.traceback.append(
          TracebackEntry(file: file, line: frame.line, function: name, span: error.pendingSpan))
        error.pendingSpan = nil
        throw error
      }
      var keywords: [(name: String, value: Value)] = []
      for (keyword, code) in zip(keywordNames, keywordValues) {
        keywords.append((keyword, try code(f)))
      }
      let cls = PyClass(name, bases: baseClasses.isEmpty ? [.object] : baseClasses)
      cls.moduleName = moduleName
      if let doc { cls.attributes["__doc__"] = .str(doc) }
      try ClassCreation.fill(cls, from: namespace, keywords: keywords, interp)
      return .object(cls)
    }
    return try bindDecorated(def.decorators, def.name, make)
  }
}
