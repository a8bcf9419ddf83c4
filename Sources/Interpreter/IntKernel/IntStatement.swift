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

/// `x = e`, `a, b = b, a % b`: every value worked out before any local is set.
final class IntAssignment: IntStatement {
  let slots: [Int]
  let values: [IntExpression]
  init(_ slots: [Int], _ values: [IntExpression]) {
    self.slots = slots
    self.values = values
  }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    if slots.count == 1 {
      l[slots[0]] = try values[0].value(l, budget)
      return .normal
    }
    var worked = IntLocals()
    try withUnsafeMutablePointer(to: &worked) { (p) throws(IntKernelExit) in
      let w = UnsafeMutableRawPointer(p).assumingMemoryBound(to: Int.self)
      for i in values.indices { w[i] = try values[i].value(l, budget) }
      for i in slots.indices { l[slots[i]] = w[i] }
    }
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

final class IntSequence: IntStatement {
  let statements: [IntStatement]
  init(_ statements: [IntStatement]) { self.statements = statements }
  override func run(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Completion {
    for s in statements {
      let r = try s.run(l, budget)
      guard case .normal = r else { return r }
    }
    return .normal
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
