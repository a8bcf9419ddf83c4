/// Kernel code for a statement of an int function (see `IntKernel`).
class IntStatement {
  func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    fatalError("abstract")
  }
}

final class IntReturn: IntStatement {
  let result: IntExpression
  init(_ result: IntExpression) { self.result = result }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    l[IntLocals.resultIndex] = try result.value(l, budget)
    return .returned
  }
}

/// `x = e`.
final class IntStore: IntStatement {
  let slot: Int
  let value: IntExpression
  init(_ slot: Int, _ value: IntExpression) {
    self.slot = slot
    self.value = value
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    l[slot] = try value.value(l, budget)
    return .normal
  }
}

/// `a, b = b, a % b`: both values worked out before either local is set.
final class IntPairStore: IntStatement {
  let first: Int
  let second: Int
  let firstValue: IntExpression
  let secondValue: IntExpression
  init(_ first: Int, _ second: Int, _ firstValue: IntExpression, _ secondValue: IntExpression) {
    self.first = first
    self.second = second
    self.firstValue = firstValue
    self.secondValue = secondValue
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    let a = try firstValue.value(l, budget)
    let b = try secondValue.value(l, budget)
    l[first] = a
    l[second] = b
    return .normal
  }
}

/// `x += e` and the other augmented assignments of a local.
final class IntUpdate: IntStatement {
  let slot: Int
  let operation: IntOperation
  let operand: IntExpression
  init(_ slot: Int, _ operation: IntOperation, _ operand: IntExpression) {
    self.slot = slot
    self.operation = operation
    self.operand = operand
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    let v = try operand.value(l, budget)
    l[slot] = try operation.apply(l[slot], v)
    return .normal
  }
}

final class IntIf: IntStatement {
  let test: IntTest
  let body: IntStatement
  let orElse: IntStatement
  init(_ test: IntTest, _ body: IntStatement, _ orElse: IntStatement) {
    self.test = test
    self.body = body
    self.orElse = orElse
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    try test.holds(l, budget) ? body.run(l, budget) : orElse.run(l, budget)
  }
}

/// `while test: body`; each pass looks for a pending interrupt, as the generic loop does.
final class IntWhile: IntStatement {
  let test: IntTest
  let body: IntStatement
  let interrupts: InterruptHandle
  init(_ test: IntTest, _ body: IntStatement, interrupts: InterruptHandle) {
    self.test = test
    self.body = body
    self.interrupts = interrupts
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    while try test.holds(l, budget) {
      if interrupts.isPending { throw IntKernelExit(keepsKernel: true) }
      switch try body.run(l, budget) {
      case .normal, .continueLoop: continue
      case .breakLoop: return .normal
      case .returned: return .returned
      }
    }
    return .normal
  }
}

/// Two statements in turn (a longer block is a chain of these: a node holds no array, whose
/// items would be retained as they are run).
final class IntSequence: IntStatement {
  let first: IntStatement
  let rest: IntStatement
  init(_ first: IntStatement, _ rest: IntStatement) {
    self.first = first
    self.rest = rest
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    let r = try first.run(l, budget)
    guard case .normal = r else { return r }
    return try rest.run(l, budget)
  }
}

/// `break`, `continue` and `pass`.
final class IntJump: IntStatement {
  let completion: Completion
  init(_ completion: Completion) { self.completion = completion }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    completion
  }
}

/// `for i in range(start, stop, step): body` while `range` is the built-in one; each pass
/// looks for a pending interrupt. A zero step stops the kernel (Python's ValueError).
final class IntRangeLoop: IntStatement {
  let slot: Int
  let start: IntExpression
  let stop: IntExpression
  let step: IntExpression
  let body: IntStatement
  let range: BuiltinName
  let interrupts: InterruptHandle
  init(
    _ slot: Int, _ start: IntExpression, _ stop: IntExpression, _ step: IntExpression,
    _ body: IntStatement, range: BuiltinName, interrupts: InterruptHandle
  ) {
    self.slot = slot
    self.start = start
    self.stop = stop
    self.step = step
    self.body = body
    self.range = range
    self.interrupts = interrupts
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    guard range.isBuiltin else { throw IntKernelExit() }
    let first = try start.value(l, budget)
    let end = try stop.value(l, budget)
    let by = try step.value(l, budget)
    if by == 0 { throw IntKernelExit() }
    var i = first
    while by > 0 ? i < end : i > end {
      if interrupts.isPending { throw IntKernelExit(keepsKernel: true) }
      l[slot] = i
      switch try body.run(l, budget) {
      case .normal, .continueLoop: break
      case .breakLoop: return .normal
      case .returned: return .returned
      }
      let (next, overflow) = i.addingReportingOverflow(by)
      if overflow { return .normal }  // past `end` too
      i = next
    }
    return .normal
  }
}
