import Syntax

extension Compiler {
  /// An expression's code. Operations that can fail (calls, attributes, subscripts,
  /// operators, global names) record their source range on an exception passing through,
  /// unless an inner one already did: the traceback underlines it as Python 3.11 does.
  func compile(_ e: Expr) throws(SyntaxError) -> ExpressionCode {
    if case .name(let name) = e.kind { return load(name, span: failureSpan(e)) }
    // (The node's own closure marks its failures: see `marked`.)
    return try compileNode(e)
  }

  /// Records `span` on an exception raised by an operation, unless an inner expression
  /// already recorded its own.
  @inline(__always) static func marked(_ error: PyException, _ span: SourceSpan?) -> PyException {
    if error.pendingSpan == nil { error.pendingSpan = span }
    return error
  }

  /// A method call's two places to blame: the lookup (`obj.name`) and the call itself.
  struct CallSpans {
    let call: SourceSpan
    let lookup: SourceSpan?
  }

  /// An AttributeError that no frame has seen came from looking the method up.
  @inline(__always) static func markedCall(_ error: PyException, _ spans: CallSpans?)
    -> PyException
  {
    guard let spans else { return error }
    let lookupFailed = error.traceback.isEmpty && error.isInstance(of: .attributeError)
    return marked(error, lookupFailed ? spans.lookup ?? spans.call : spans.call)
  }

  /// The whole of `e` in the source.
  func sourceSpan(_ e: Expr) -> SourceSpan {
    SourceSpan(
      line: e.location.line, column: e.location.column, endLine: e.end.line,
      endColumn: e.end.column)
  }

  /// `a and b` (`a or b`) for its value. A failing truth test is blamed on the whole chain
  /// (`a and b and c`, CPython's one node).
  private func compileShortCircuit(_ l: Expr, _ r: Expr, and: Bool, blame: SourceSpan)
    throws(SyntaxError) -> ExpressionCode
  {
    let interp = self.interp
    let a: ExpressionCode
    switch l.kind {
    case .and(let ll, let lr) where and: a = try compileShortCircuit(ll, lr, and: and, blame: blame)
    case .or(let ll, let lr) where !and: a = try compileShortCircuit(ll, lr, and: and, blame: blame)
    default: a = try compile(l)
    }
    let b = try compile(r)
    if and {
      return { (f: Frame) throws(PyException) -> Value in
        let x = try a(f)
        return try Compiler.truth(of: x, interp, blame) ? try b(f) : x
      }
    }
    return { (f: Frame) throws(PyException) -> Value in
      let x = try a(f)
      return try Compiler.truth(of: x, interp, blame) ? x : try b(f)
    }
  }

  func failureSpan(_ e: Expr) -> SourceSpan? {
    var span = sourceSpan(e)
    switch e.kind {
    case .call, .attribute, .unary, .compare: return span
    case .name:
      return span
    case .binary(_, let left, let right):
      // The operator lies between the operands; the renderer finds it in the line.
      guard left.end.line == right.location.line else { return span }
      span.anchorStart = left.end.column
      span.anchorEnd = -right.location.column
      return span
    case .subscript(let value, let index):
      guard value.end.line == index.end.line else { return span }
      span.anchorStart = value.end.column
      span.anchorEnd = index.end.column + 1
      return span
    default:
      return nil
    }
  }

  private func compileNode(_ e: Expr) throws(SyntaxError) -> ExpressionCode {
    let interp = self.interp
    let span = failureSpan(e)
    switch e.kind {
    case .name(let name):
      return load(name)
    case .int(let v):
      return { _ throws(PyException) in .int(v) }
    case .bigInt(let digits, let radix):
      let value = PyBigInt.parse(digits[...], radix: radix) ?? .int(0)
      return { _ throws(PyException) in value }
    case .float(let v):
      return { _ throws(PyException) in .float(v) }
    case .imaginary(let v):
      // One object, as CPython's constant: complex numbers are immutable.
      let value = Value.object(PyComplex(0, v))
      return { _ throws(PyException) in value }
    case .bool(let v):
      return { _ throws(PyException) in .bool(v) }
    case .none:
      return { _ throws(PyException) in .none }
    case .string(let s):
      let value = Value.str(s)
      return { _ throws(PyException) in value }
    case .ellipsis:
      let value = Value.object(PyEllipsis.shared)
      return { _ throws(PyException) in value }
    case .fstring(let parts):
      return try compileFString(parts, blame: sourceSpan(e))
    case .bytes(let b):
      // One object, as CPython's constant: bytes are immutable.
      let value = Value.object(PyBytes(b))
      return { _ throws(PyException) in value }
    case .binary(let op, let l, let r):
      let kind = BinaryOp(rawValue: op.rawValue)!
      switch kind {
      case .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .bitAnd, .bitOr,
        .bitXor, .leftShift, .rightShift:
        return try specialized(l, r, ArithmeticCode(op: kind, interp: interp, span: span)).run
      default:
        let a = try compile(l)
        let b = try compile(r)
        return { (f: Frame) throws(PyException) -> Value in
          let (x, y) = (try a(f), try b(f))
          do throws(PyException) {
            return try interp.binary(kind, x, y)
          } catch {
            throw Compiler.marked(error, span)
          }
        }
      }
    case .unary(let op, let operand):
      // (A plain local operand read in its slot; `-x` of an int or float worked out here.)
      let a = try compileOperand(operand)
      let kind = UnaryOp(rawValue: op.rawValue)!
      let span = failureSpan(e)
      return { (f: Frame) throws(PyException) -> Value in
        do throws(PyException) {
          let v = try a.value(in: f)
          if kind == .negate {
            if case .int(let i) = v, i != .min { return .int(-i) }
            if case .float(let x) = v { return .float(-x) }
          }
          return try interp.unary(kind, v)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
    case .not(let operand):
      let a = try compile(operand)
      let blame = sourceSpan(e)
      return { (f: Frame) throws(PyException) -> Value in
        .bool(!(try Compiler.truth(of: a(f), interp, blame)))
      }
    case .and(let l, let r):
      return try compileShortCircuit(l, r, and: true, blame: sourceSpan(e))
    case .or(let l, let r):
      return try compileShortCircuit(l, r, and: false, blame: sourceSpan(e))
    case .compare(let first, let rest):
      warnIdentityWithLiteral(first, rest)
      return try compileComparison(first, rest, span)
    case .conditional(let test, let then, let orElse):
      // (A branch that is a plain local is read in its slot.)
      let t = try compileCondition(test, blame: sourceSpan(e))
      let (a, b) = (try compileOperand(then), try compileOperand(orElse))
      return { (f: Frame) throws(PyException) -> Value in
        try t(f) ? try a.value(in: f) : try b.value(in: f)
      }
    case .call(let callee, let args):
      warnUncallable(callee, at: e.location)
      return try compileCall(callee, args, span)
    case .yield(let value):
      guard scope.kind == .function else {
        throw SyntaxError.afterParsing("'yield' outside function", from: e.location, to: e.end)
      }
      guard let value else {
        return { (_: Frame) throws(PyException) -> Value in try interp.yieldValue(.none) }
      }
      let v = try compile(value)
      return { (f: Frame) throws(PyException) -> Value in try interp.yieldValue(v(f)) }
    case .yieldFrom(let iterable):
      guard scope.kind == .function else {
        throw SyntaxError.afterParsing("'yield' outside function", from: e.location, to: e.end)
      }
      let source = try compile(iterable)
      return { (f: Frame) throws(PyException) -> Value in
        let iterator = try interp.iterate(source(f))
        guard let inner = iterator as? PyGenerator else {
          while let v = try iterator.next(interp) { _ = try interp.yieldValue(v) }
          return .none
        }
        // PEP 380: values sent in and exceptions thrown in go on to the inner generator;
        // its return value is the value of `yield from`.
        var next = try inner.run.resume(sending: .none, interp)
        while let v = next {
          do throws(PyException) {
            next = try inner.run.resume(sending: try interp.yieldValue(v), interp)
          } catch {
            if error.isInstance(of: .generatorExit) {
              inner.run.close()
              throw error
            }
            next = try inner.run.resume(throwing: error, interp)
          }
        }
        return inner.run.returnValue
      }
    case .namedExpr(let name, let value):
      let v = try compile(value)
      let bind = store(name)
      return { (f: Frame) throws(PyException) -> Value in
        let result = try v(f)
        try bind(f, result)
        return result
      }
    case .attribute(let base, let rawName):
      let b = try compile(base)
      let name = scope.mangle(rawName)
      // The object read in place when it is a local (`self.w`) or a module-level name
      // (`np.pi`).
      if let local = localOperand(base) { return attributeLoad(local, name, span) }
      if let global = globalOperand(base, b) { return attributeLoad(global, name, span) }
      return attributeLoad(CodeOperand(code: b), name, span)
    case .subscript(let base, let index):
      warnBadSubscript(base, index, at: e.location)
      let b = try compile(base)
      if let pair = try compilePairRead(base, b, index, span) { return pair }
      if case .slice(let lower, let upper, nil) = index.kind {
        return try compileSliceRead(b, lower, upper, span)
      }
      return try compileItemRead(base, b, index, span)
    case .slice(let lower, let upper, let step):
      return try compileSlice(lower, upper, step)
    case .tuple(let items):
      if items.count == 2,
        !items.contains(where: { if case .starred = $0.kind { true } else { false } })
      {
        // `(a, b)`, `return x, y`: a recent pair the program dropped takes the items (locals
        // read in place).
        let (first, second) = (try compileOperand(items[0]), try compileOperand(items[1]))
        let interp = self.interp
        return { (f: Frame) throws(PyException) -> Value in
          let a = try first.value(in: f)
          return .object(interp.pair(a, try second.value(in: f)))
        }
      }
      let build = try compileItems(items)
      return { (f: Frame) throws(PyException) -> Value in .tuple(try build(f)) }
    case .list(let items):
      // A display of literals (`['a', 'b', 'c']`): each new list shares one array of the
      // values, copied on the list's first change, as any array is.
      if !items.isEmpty, let values = Compiler.literalValues(items) {
        return { (_: Frame) throws(PyException) -> Value in .list(values) }
      }
      let build = try compileItems(items)
      return { (f: Frame) throws(PyException) -> Value in .list(try build(f)) }
    case .set(let items):
      let build = try compileItems(items)
      // CPython builds a display of three or more constants from a frozenset constant, which
      // its compiler makes twice (the second time from the first one's order), and merges
      // that into the new set: a layout of its own.
      let constant = items.count >= 3 && items.allSatisfy(Compiler.isFoldedConstant)
      return { (f: Frame) throws(PyException) -> Value in
        let s = PySet()
        guard constant else {
          for v in try build(f) { try s.insert(v, interp) }
          return .object(s)
        }
        let first = PySet()
        for v in try build(f) { try first.insert(v, interp) }
        var constant = SetTable()
        for e in first.storage.orderedEntries { constant.add(e) }
        s.storage.merge(constant)
        return .object(s)
      }
    case .dict(let items):
      return try compileDict(items)
    case .starred:
      throw SyntaxError.afterParsing("can't use starred expression here", from: e.location)
    case .lambda(let parameters, let body):
      return try makeFunction(
        name: "<lambda>", parameters: parameters, body: [Stmt(.return(body), at: e.location)],
        location: e.location)
    case .comprehension(let kind, let clauses):
      return try compileComprehension(
        kind, clauses, at: e.location,
        span: SourceSpan(
          line: e.location.line, column: e.location.column, endLine: e.end.line,
          endColumn: e.end.column))
    }
  }

  /// `container[key]` by the container's own subscript, an error marked with `span`.
  static func getItem(
    _ container: Value, _ key: Value, _ span: SourceSpan?, _ interp: Interpreter
  ) throws(PyException) -> Value {
    do throws(PyException) {
      return try interp.getItem(container, key)
    } catch {
      throw Compiler.marked(error, span)
    }
  }

  // MARK: - Names

  /// A name's value; an unbound global or builtin raises NameError marked with `span`.
  func load(_ rawName: String, span: SourceSpan? = nil) -> ExpressionCode {
    let interp = self.interp
    let name = scope.kind == .classBody ? scope.mangle(rawName) : rawName
    switch scope.locate(name) {
    case .local(let i):
      let local = LocalName(name: name, span: span)
      return { (f: Frame) throws(PyException) -> Value in
        guard let v = f.slots[i] else { throw local.unboundError() }
        return v
      }
    case .cell(let i):
      let isOwn = i < scope.ownCellCount
      return { (f: Frame) throws(PyException) -> Value in
        guard let v = f.cells[i].value else {
          if isOwn { throw Compiler.marked(Compiler.unboundLocal(name), span) }
          throw Compiler.marked(
            .nameError(
              "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"
            ), span)
        }
        return v
      }
    case .global(let i):
      let globals = scope.globalsTable
      let builtin = BuiltinNameCache(name)
      return { (f: Frame) throws(PyException) -> Value in
        if let v = globals[i] { return v }
        if let v = builtin.value(in: interp) { return v }
        throw Compiler.marked(Compiler.undefinedName(name, f, interp), span)
      }
    case .classNamespace(let name, let i):
      let globals = scope.globalsTable
      return { (f: Frame) throws(PyException) -> Value in
        if let v = f.namespace?.storage[.string(name)]?.value { return v }
        if let v = globals[i] { return v }
        if let v = interp.builtins[name] { return v }
        throw Compiler.marked(.nameError("name '\(name)' is not defined"), span)
      }
    }
  }

  /// `NameError: name 'x' is not defined`, suggesting from the frame's locals, the
  /// module's globals, then the builtins (CPython 3.11's order).
  static func undefinedName(_ name: String, _ frame: Frame, _ interp: Interpreter)
    -> PyException
  {
    let error = PyException.nameError("name '\(name)' is not defined")
    error.missingName = name
    // (The frame itself is not kept: it goes back to its function's spares.)
    let localNames = frame.function?.code.localNames ?? []
    let globals = frame.globals
    error.nameCandidates = { [unowned interp] in
      [localNames, globals.definedNames, interp.builtins.keys.sorted()]
    }
    return error
  }

  static func unboundLocal(_ name: String) -> PyException {
    PyException(
      .unboundLocalError,
      "cannot access local variable '\(name)' where it is not associated with a value")
  }

  // MARK: - Comparisons

  private func compileComparison(
    _ first: Expr, _ rest: [(CompareOperator, Expr)], _ span: SourceSpan?
  ) throws(SyntaxError) -> ExpressionCode {
    let interp = self.interp
    if rest.count == 1, let rich = ComparisonOp(rawValue: rest[0].0.rawValue) {
      return try specialized(first, rest[0].1, ComparisonCode(op: rich, interp: interp, span: span))
        .run
    }
    if rest.count == 1, rest[0].0 == .in || rest[0].0 == .notIn {
      let negated = rest[0].0 == .notIn
      if case .string(let text) = rest[0].1.kind,
        let code = try literalMembership(first, text, negated: negated, span)
      {
        return code
      }
      // `k in d`: the container asked directly.
      let (item, container) = (try compileOperand(first), try compileOperand(rest[0].1))
      let general = { (f: Frame) throws(PyException) -> Value in
        let x = try item.value(in: f)
        let c = try container.value(in: f)
        if let found = Compiler.quickContains(c, x) { return .bool(found != negated) }
        do throws(PyException) {
          return .bool(try interp.contains(c, x) != negated)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      // (`if let`, not `??`: see `compileCall`.)
      if let inPlace = inPlaceMembership(first, rest[0].1, negated: negated, otherwise: general) {
        return inPlace
      }
      return general
    }
    let head = try compile(first)
    let ops = try rest.map { (pair) throws(SyntaxError) in (pair.0, try compile(pair.1)) }
    return { (f: Frame) throws(PyException) -> Value in
      var left = try head(f)
      var result = Value.bool(true)
      for (op, code) in ops {
        let right = try code(f)
        do throws(PyException) {
          result = try interp.compareOperation(
            left, CompareOperatorKind(rawValue: op.rawValue)!, right)
        } catch {
          throw Compiler.marked(error, span)
        }
        if !(try interp.isTruthy(result)) { return result }
        left = right
      }
      return result
    }
  }

  /// A rich comparison of two ints or two floats (`<` etc. on NaN are false, as in Python).
  @inline(__always) static func compareNumbers<T: Comparable>(_ a: T, _ op: ComparisonOp, _ b: T)
    -> Bool
  {
    switch op {
    case .less: return a < b
    case .lessEqual: return a <= b
    case .greater: return a > b
    case .greaterEqual: return a >= b
    case .equal: return a == b
    case .notEqual: return a != b
    }
  }

  // MARK: - Displays

  /// The two parts of a subscript key written `i, j` (no starred part), compiled apart (for
  /// `a[i, j] = v`, locals read in place; reads use `compilePairRead`).
  func compilePairKey(_ index: Expr) throws(SyntaxError) -> (
    CompiledExpression, CompiledExpression
  )? {
    guard case .tuple(let items) = index.kind, items.count == 2 else { return nil }
    for item in items {
      if case .starred = item.kind { return nil }
    }
    return (try compileOperand(items[0]), try compileOperand(items[1]))
  }

  /// The values of items that are all plain literals (ints, floats, strs, bools, None), or
  /// nil.
  static func literalValues(_ items: [Expr]) -> [Value]? {
    var values: [Value] = []
    for item in items {
      switch item.kind {
      case .int(let i): values.append(.int(i))
      case .float(let x): values.append(.float(x))
      case .string(let s): values.append(.str(s))
      case .bool(let b): values.append(.bool(b))
      case .none: values.append(.none)
      default: return nil
      }
    }
    return values
  }

  /// Items of a tuple/list/set display, expanding `*iterable`.
  func compileItems(_ items: [Expr]) throws(SyntaxError) -> (Frame) throws(PyException) -> [Value] {
    let interp = self.interp
    if !items.contains(where: { if case .starred = $0.kind { true } else { false } }) {
      // `(a, b)`, `[x, y]`: the items evaluated straight into an array of the right size.
      // (Each compiled straight into its struct: a closure kept in a tuple first is called
      // through conversion thunks.)
      var codes: [CompiledExpression] = []
      for item in items { codes.append(try compileOperand(item)) }
      let values = DirectArguments(codes)
      return { (f: Frame) throws(PyException) -> [Value] in try values.values(from: f) }
    }
    let parts = try items.map { (item) throws(SyntaxError) -> (Bool, ExpressionCode) in
      if case .starred(let inner) = item.kind { return (true, try compile(inner)) }
      return (false, try compile(item))
    }
    return { (f: Frame) throws(PyException) -> [Value] in
      var out: [Value] = []
      out.reserveCapacity(parts.count)
      for (isStar, code) in parts {
        if isStar { out += try interp.collect(code(f)) } else { out.append(try code(f)) }
      }
      return out
    }
  }

  private func compileDict(_ items: [DictItem]) throws(SyntaxError) -> ExpressionCode {
    let interp = self.interp
    let parts = try items.map { (item) throws(SyntaxError) -> (ExpressionCode, ExpressionCode?) in
      switch item {
      case .pair(let k, let v): return (try compile(k), try compile(v))
      case .unpack(let d): return (try compile(d), nil)
      }
    }
    return { (f: Frame) throws(PyException) -> Value in
      let d = PyDict()
      for (a, b) in parts {
        if let b {
          let key = try a(f)
          try d.set(key, try b(f), interp)
        } else {
          let other = try a(f)
          guard let o = other.as(PyDict.self) else {
            throw .typeError("'\(other.typeName)' object is not a mapping")
          }
          for (h, pair) in o.storage { d.storage.set(h, key: pair.key, value: pair.value) }
        }
      }
      return .object(d)
    }
  }
}

/// The `...` singleton.
public final class PyEllipsis: PyObject {
  public static let shared = PyEllipsis()
  override public var pyClass: PyClass { .ellipsisType }
  override public func repr(_ interp: Interpreter) throws(PyException) -> String { "Ellipsis" }
}
