import Syntax

/// Builds the `IntKernel` of a function all of whose values are ints, or finds that the
/// function does something else. A kernel function takes up to three positional
/// parameters, has at most seven locals (none captured), and its body only:
/// - returns an int expression, assigns to locals (`x = e`, `a, b = b, a % b`,
///   `x += e`), runs `if`/`elif`/`else`, `while` on conditions and `for` over a `range`
///   (with `break`, `continue`; no loop `else`), and `pass`;
/// - computes with int literals, locals already assigned on every path, globals (that must
///   hold ints when read), `+ - * // % & | ^`,
///   unary minus, `a if c else b`, `abs`/`min`/`max` of ints (while those names mean the
///   builtins), and calls of global functions by name with up to three positional int
///   arguments (that must themselves have kernels when called);
/// - tests comparisons (chained too), `not`, `and`, `or`, an int's truth, `True`/`False`.
struct IntKernelBuilder {
  private let scope: Scope
  private let interp: Interpreter
  private let interrupts: InterruptHandle
  /// Locals assigned on every path to the code being built (a parameter always is).
  private var assigned: Set<Int>
  private let everySlot: Set<Int>
  private var loopDepth = 0
  /// For a method kernel: the receiver's slot, and the attributes the method writes (which
  /// its expressions may not read).
  private var receiver: (slot: Int, written: Set<String>)?

  static let maxArity = 3
  /// The builtins kernel code computes itself, by name.
  static let builtins: [String: IntBuiltinCall.Function] = ["abs": .abs, "min": .min, "max": .max]

  /// The kernel of a function, or nil when its body is not all ints.
  static func kernel(
    parameters: Parameters, body: [Stmt], scope: Scope, interp: Interpreter
  ) -> IntKernel? {
    guard admits(parameters, scope, arities: 0...maxArity) else { return nil }
    var builder = IntKernelBuilder(
      scope: scope, interp: interp, parameters: parameters.positional[...])
    let statements = withoutDocstring(body)
    let root: IntExpression?
    if statements.count == 1, case .return(let value?) = statements[0].kind {
      root = builder.expression(value)
    } else {
      root = builder.block(statements).map { IntBody($0) }
    }
    return root.map { IntKernel(arity: parameters.positional.count, root: $0) }
  }

  /// The method kernel of a function whose first parameter is the receiver (see
  /// `MethodKernel`), or nil.
  static func methodKernel(
    parameters: Parameters, body: [Stmt], scope: Scope, interp: Interpreter
  ) -> MethodKernel? {
    guard admits(parameters, scope, arities: 1...maxArity + 1),
      let receiverSlot = scope.slots[parameters.positional[0].name]
    else { return nil }
    // (The receiver is not an int: it is no local the expressions may read.)
    var builder = IntKernelBuilder(
      scope: scope, interp: interp, parameters: parameters.positional.dropFirst())
    var statements = withoutDocstring(body)
    var returned: Expr?
    if case .return(let value)? = statements.last?.kind {
      returned = value
      statements.removeLast()
    }
    guard statements.count <= MethodLocals.maxUpdates, !statements.isEmpty || returned != nil
    else { return nil }
    // The updates' attributes, operators and values, each attribute written once.
    var updates: [(name: String, operation: IntOperation?, value: Expr)] = []
    for s in statements {
      let target: Expr
      let operation: IntOperation?
      let value: Expr
      switch s.kind {
      case .assign(let targets, let v) where targets.count == 1:
        (target, operation, value) = (targets[0], nil, v)
      case .augmentedAssign(let t, let op, let v):
        guard let o = IntOperation(op) else { return nil }
        (target, operation, value) = (t, o, v)
      default:
        return nil
      }
      guard case .attribute(let object, let name) = target.kind,
        builder.local(object) == receiverSlot, AttributeSite.isPlain(name),
        !updates.contains(where: { $0.name == name })
      else { return nil }
      updates.append((name, operation, value))
    }
    builder.receiver = (receiverSlot, Set(updates.map(\.name)))
    var chain: IntAttributeUpdate?
    for (i, u) in updates.enumerated().reversed() {
      guard let v = builder.expression(u.value) else { return nil }
      chain = IntAttributeUpdate(
        u.name, u.operation, v, index: MethodLocals.updateBase + 2 * i, next: chain)
    }
    var result: IntExpression?
    if let returned {
      guard let r = builder.expression(returned) else { return nil }
      result = r
    }
    return MethodKernel(arity: parameters.positional.count, updates: chain, result: result)
  }

  /// `parameters`: those holding ints, assigned from the start.
  private init(
    scope: Scope, interp: Interpreter, parameters: ArraySlice<Parameters.Parameter>
  ) {
    self.scope = scope
    self.interp = interp
    interrupts = interp.interruptHandle
    assigned = Set(parameters.compactMap { scope.slots[$0.name] })
    everySlot = Set(scope.slots.values)
  }

  /// Whether a function may have a kernel at all: positional parameters only, as many as
  /// `arities` allows, fewer locals than the kernel's buffer holds, none captured, and no
  /// `global` statement.
  private static func admits(_ parameters: Parameters, _ scope: Scope, arities: ClosedRange<Int>)
    -> Bool
  {
    parameters.varArgs == nil && parameters.keywordOnly.isEmpty
      && parameters.varKeywords == nil && arities.contains(parameters.positional.count)
      && scope.slots.count < IntLocals.count && scope.cells.isEmpty && scope.freeNames.isEmpty
      && scope.declaredGlobal.isEmpty
  }

  /// The body without its docstring.
  private static func withoutDocstring(_ body: [Stmt]) -> [Stmt] {
    guard case .expression(let first)? = body.first?.kind, case .string = first.kind else {
      return body
    }
    return Array(body.dropFirst())
  }

  // MARK: - Statements

  private mutating func block(_ body: [Stmt]) -> IntStatement? {
    var built: [IntStatement] = []
    for s in body {
      guard let b = statement(s) else { return nil }
      built.append(b)
    }
    guard let last = built.popLast() else { return IntJump(.normal) }
    return built.reversed().reduce(last) { IntSequence($1, $0) }
  }

  private mutating func statement(_ s: Stmt) -> IntStatement? {
    switch s.kind {
    case .return(let value?):
      guard let v = expression(value) else { return nil }
      assigned = everySlot  // nothing after it runs
      return IntReturn(v)
    case .assign(let targets, let value):
      guard targets.count == 1 else { return nil }
      return assignment(targets[0], value)
    case .augmentedAssign(let target, let op, let value):
      guard let slot = local(target), assigned.contains(slot), let operation = IntOperation(op),
        let v = expression(value)
      else { return nil }
      return IntUpdate(slot, operation, v)
    case .if(let test, let body, let orElse):
      guard let t = self.test(test) else { return nil }
      let before = assigned
      guard let b = block(body) else { return nil }
      let afterBody = assigned
      assigned = before
      guard let e = orElse.isEmpty ? IntJump(.normal) : block(orElse) else { return nil }
      assigned.formIntersection(afterBody)
      return IntIf(t, b, e)
    case .while(let test, let body, let orElse):
      guard orElse.isEmpty, let t = self.test(test) else { return nil }
      let before = assigned
      loopDepth += 1
      let b = block(body)
      loopDepth -= 1
      assigned = before
      return b.map { IntWhile(t, $0, interrupts: interrupts) }
    case .for(let target, let iterable, let body, let orElse):
      guard orElse.isEmpty, let slot = local(target), let bounds = rangeBounds(iterable) else {
        return nil
      }
      let before = assigned
      assigned.insert(slot)
      loopDepth += 1
      let b = block(body)
      loopDepth -= 1
      assigned = before
      return b.map {
        IntRangeLoop(
          slot, bounds.start, bounds.stop, bounds.step, $0,
          range: BuiltinName(
            "range", globals: scope.globalsTable, slot: bounds.rangeSlot, interp: interp),
          interrupts: interrupts)
      }
    case .break, .continue:
      guard loopDepth > 0 else { return nil }
      assigned = everySlot
      if case .break = s.kind { return IntJump(.breakLoop) }
      return IntJump(.continueLoop)
    case .pass:
      return IntJump(.normal)
    default:
      return nil
    }
  }

  /// `x = e` of a local, or `a, b = e1, e2` of locals.
  private mutating func assignment(_ target: Expr, _ value: Expr) -> IntStatement? {
    if let slot = local(target) {
      guard let v = expression(value) else { return nil }
      assigned.insert(slot)
      return IntStore(slot, v)
    }
    guard case .tuple(let names) = target.kind, case .tuple(let items) = value.kind,
      names.count == 2, items.count == 2, let a = local(names[0]), let b = local(names[1]),
      let x = expression(items[0]), let y = expression(items[1])
    else { return nil }
    assigned.formUnion([a, b])
    return IntPairStore(a, b, x, y)
  }

  /// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` of int expressions,
  /// with the global slot of the name `range`.
  private func rangeBounds(_ e: Expr) -> (
    start: IntExpression, stop: IntExpression, step: IntExpression, rangeSlot: Int
  )? {
    guard case .call(let callee, let arguments) = e.kind, case .name("range") = callee.kind,
      case .global(let slot) = scope.locate("range"), (1...3).contains(arguments.count)
    else { return nil }
    var bounds: [IntExpression] = []
    for a in arguments {
      guard case .positional = a.kind, let v = expression(a.value) else { return nil }
      bounds.append(v)
    }
    if bounds.count == 1 { return (IntConstant(0), bounds[0], IntConstant(1), slot) }
    return (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : IntConstant(1), slot)
  }

  private func local(_ target: Expr) -> Int? {
    guard case .name(let n) = target.kind, case .local(let slot) = scope.locate(n) else {
      return nil
    }
    return slot
  }

  // MARK: - Expressions

  private func expression(_ e: Expr) -> IntExpression? {
    switch e.kind {
    case .int(let v):
      return IntConstant(v)
    case .name(let n):
      if case .global(let slot) = scope.locate(n) {
        return IntGlobal(scope.globalsTable, slot)
      }
      guard let slot = local(e), assigned.contains(slot) else { return nil }
      return IntLocal(slot)
    case .binary(let op, let a, let b):
      guard let operation = IntOperation(op) else { return nil }
      if operation == .add || operation == .subtract, let slot = local(a),
        assigned.contains(slot), let k = Compiler.literalInt(b), k != .min
      {
        return IntLocalOffset(slot, operation == .add ? k : -k)
      }
      guard let x = expression(a), let y = expression(b) else { return nil }
      if let p = x as? IntLocal, let q = y as? IntLocal {
        return IntLocalArithmetic(operation, p.slot, q.slot)
      }
      return IntArithmetic(operation, x, y)
    case .unary(.negate, let a):
      if let k = Compiler.literalInt(e) { return IntConstant(k) }
      return expression(a).map { IntNegation($0) }
    case .unary(.plus, let a):
      return expression(a)
    case .attribute(let object, let name):
      guard let receiver, local(object) == receiver.slot, AttributeSite.isPlain(name),
        !receiver.written.contains(name)
      else { return nil }
      return IntSelfAttribute(name)
    case .conditional(let test, let then, let orElse):
      guard let t = self.test(test), let x = expression(then), let y = expression(orElse) else {
        return nil
      }
      return IntChoice(t, x, y)
    case .call(let callee, let arguments):
      guard case .name(let n) = callee.kind, case .global(let slot) = scope.locate(n),
        arguments.count <= IntKernelBuilder.maxArity
      else { return nil }
      var built: [IntExpression] = []
      for a in arguments {
        guard case .positional = a.kind, let v = expression(a.value) else { return nil }
        built.append(v)
      }
      if let function = IntKernelBuilder.builtins[n] {
        guard function == .abs ? built.count == 1 : built.count >= 2 else { return nil }
        return IntBuiltinCall(
          function, built, BuiltinName(n, globals: scope.globalsTable, slot: slot, interp: interp))
      }
      return IntCall(
        globals: scope.globalsTable, slot: slot, arguments: built, interrupts: interrupts)
    default:
      return nil
    }
  }

  // MARK: - Conditions

  private func test(_ e: Expr) -> IntTest? {
    switch e.kind {
    case .compare(let first, let rest):
      var parts: [IntTest] = []
      var lhs = first
      for (op, rhs) in rest {
        guard let order = ComparisonOp(rawValue: op.rawValue) else { return nil }
        if let slot = local(lhs), assigned.contains(slot), let k = Compiler.literalInt(rhs) {
          parts.append(IntLocalComparison(order, slot, k))
        } else {
          guard let x = expression(lhs), let y = expression(rhs) else { return nil }
          parts.append(IntComparison(order, x, y))
        }
        lhs = rhs
      }
      return parts.dropFirst().reduce(parts[0]) { IntJunction(both: true, $0, $1) }
    case .not(let a):
      return test(a).map { IntNot($0) }
    case .and(let a, let b), .or(let a, let b):
      guard let x = test(a), let y = test(b) else { return nil }
      if case .and = e.kind { return IntJunction(both: true, x, y) }
      return IntJunction(both: false, x, y)
    case .bool(let b):
      return IntTruth(IntConstant(b ? 1 : 0))
    default:
      return expression(e).map { IntTruth($0) }
    }
  }
}
