import Syntax

/// Kernel code for a condition (see `IntKernel`): a comparison of ints, an int's truth, and
/// `not`, `and`, `or` of conditions.
class IntTest {
  func holds(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Bool {
    fatalError("abstract")
  }
}

final class IntComparison: IntTest {
  let order: ComparisonOp
  let lhs: IntExpression
  let rhs: IntExpression
  init(_ order: ComparisonOp, _ lhs: IntExpression, _ rhs: IntExpression) {
    self.order = order
    self.lhs = lhs
    self.rhs = rhs
  }
  override func holds(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Bool {
    let a = try lhs.value(l, budget)
    return Compiler.compareNumbers(a, order, try rhs.value(l, budget))
  }
}

/// `n < 2`, `i != k`: a local compared with a constant.
final class IntLocalComparison: IntTest {
  let order: ComparisonOp
  let slot: Int
  let constant: Int
  init(_ order: ComparisonOp, _ slot: Int, _ constant: Int) {
    self.order = order
    self.slot = slot
    self.constant = constant
  }
  override func holds(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Bool {
    Compiler.compareNumbers(l[slot], order, constant)
  }
}

/// `if n:`, `while b:`: an int is true when it is not zero.
final class IntTruth: IntTest {
  let operand: IntExpression
  init(_ operand: IntExpression) { self.operand = operand }
  override func holds(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Bool {
    try operand.value(l, budget) != 0
  }
}

final class IntNot: IntTest {
  let operand: IntTest
  init(_ operand: IntTest) { self.operand = operand }
  override func holds(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Bool {
    try !operand.holds(l, budget)
  }
}

/// `a and b` (`both`) or `a or b` as a condition.
final class IntJunction: IntTest {
  let both: Bool
  let lhs: IntTest
  let rhs: IntTest
  init(both: Bool, _ lhs: IntTest, _ rhs: IntTest) {
    self.both = both
    self.lhs = lhs
    self.rhs = rhs
  }
  override func holds(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Bool {
    if try lhs.holds(l, budget) != both { return !both }
    return try rhs.holds(l, budget)
  }
}
