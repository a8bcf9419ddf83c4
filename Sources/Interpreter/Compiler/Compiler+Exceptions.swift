import Syntax

extension Compiler {
  func compileRaise(_ value: Expr?, _ cause: Expr?) throws(SyntaxError) -> StatementCode {
    let interp = self.interp
    guard let value else {
      return { (_: Frame) throws(PyException) -> Completion in
        guard let current = interp.handling.last else {
          throw .runtimeError("No active exception to reraise")
        }
        throw current
      }
    }
    let v = try compile(value)
    let c = try cause.map { (c) throws(SyntaxError) in try compile(c) }
    return { (f: Frame) throws(PyException) -> Completion in
      let exception = try interp.makeException(v(f))
      if let c {
        let causeValue = try c(f)
        exception.cause = causeValue.isNone ? nil : try interp.makeException(causeValue)
        // `raise ... from` (even from None) hides the exception being handled.
        exception.suppressContext = true
      }
      if exception.context == nil, let current = interp.handling.last, current !== exception {
        exception.context = current
      }
      throw exception
    }
  }

  func compileTry(_ t: TryStatement) throws(SyntaxError) -> StatementCode {
    let interp = self.interp
    let body = try compileBlock(t.body)
    let orElse = try compileBlock(t.orElse)
    let finally = t.finally.isEmpty ? nil : try compileBlock(t.finally)
    typealias Handler = (
      type: ExpressionCode?, bind: StoreCode?, unbind: ((Frame) -> Void)?, body: StatementCode,
      line: Int
    )
    var handlers: [Handler] = []
    for h in t.handlers {
      handlers.append(
        (
          try h.type.map { (e) throws(SyntaxError) in try compile(e) }, h.name.map { store($0) },
          h.name.map { unbind($0) }, try compileBlock(h.body), h.location.line
        ))
    }

    let guarded: StatementCode = { (f: Frame) throws(PyException) -> Completion in
      let completion: Completion
      do throws(PyException) {
        completion = try body(f)
      } catch let error {
        // The traceback keeps the raising line if no handler takes the exception.
        let raisingLine = f.line
        for handler in handlers {
          if let type = handler.type {
            f.line = handler.line
            guard try interp.exceptionMatches(error, type(f)) else { continue }
          }
          try handler.bind?(f, .object(error))
          error.markHandled(
            at: TracebackEntry(
              file: f.file, line: raisingLine, function: f.name, span: error.pendingSpan))
          interp.handling.append(error)
          // As in Python, the `as` name is unbound when the handler ends.
          defer {
            interp.handling.removeLast()
            handler.unbind?(f)
          }
          return try handler.body(f)
        }
        f.line = raisingLine
        throw error
      }
      if case .normal = completion { return try orElse(f) }
      return completion
    }
    guard let finally else { return guarded }
    return { (f: Frame) throws(PyException) -> Completion in
      let completion: Completion
      do throws(PyException) {
        completion = try guarded(f)
      } catch let error {
        let after = try finally(f)
        if case .normal = after { throw error }
        return after
      }
      let savedReturn = f.returnValue
      let after = try finally(f)
      if case .normal = after {
        f.returnValue = savedReturn
        return completion
      }
      return after
    }
  }

  func compileWith(_ items: [WithItem], _ body: [Stmt]) throws(SyntaxError) -> StatementCode {
    let interp = self.interp
    guard let first = items.first else { return try compileBlock(body) }
    let context = try compile(first.context)
    let store = try first.target.map { (t) throws(SyntaxError) in try compileStore(t) }
    let inner =
      items.count > 1
      ? try compileWith(Array(items.dropFirst()), body) : try compileBlock(body)
    return { (f: Frame) throws(PyException) -> Completion in
      let manager = try context(f)
      let entered = try interp.callMethod(manager, "__enter__", Arguments())
      try store?(f, entered)
      let completion: Completion
      do throws(PyException) {
        completion = try inner(f)
      } catch let error {
        let suppress = try interp.callMethod(
          manager, "__exit__", Arguments([.object(error.instanceClass), .object(error), .none]))
        if try interp.isTruthy(suppress) { return .normal }
        throw error
      }
      _ = try interp.callMethod(manager, "__exit__", Arguments([.none, .none, .none]))
      return completion
    }
  }
}
