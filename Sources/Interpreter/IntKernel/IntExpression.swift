import Syntax

/// Kernel code for an int-valued expression (see `IntKernel`). Each node is a final subclass;
/// a node calls its operands through the class's table, as closures would be called, but
/// without a closure context to retain when a node is read from another.
class IntExpression {
  /// The value in a call whose locals are `l`, which may still make `budget` nested calls.
  func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    fatalError("abstract")
  }
}

final class IntConstant: IntExpression {
  let constant: Int
  init(_ constant: Int) { self.constant = constant }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int { constant }
}

final class IntLocal: IntExpression {
  let slot: Int
  init(_ slot: Int) { self.slot = slot }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int { l[slot] }
}

/// `N`: a global holding an int (a function of the kernel's kind cannot change it); anything
/// else there stops the kernel.
final class IntGlobal: IntExpression {
  unowned(unsafe) let globals: Globals
  let slot: Int
  init(_ globals: Globals, _ slot: Int) {
    self.globals = globals
    self.slot = slot
  }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    guard case .int(let v)? = globals.address(of: slot).pointee else { throw IntKernelExit() }
    return v
  }
}

/// `n - 1`, `i + 2`: a local plus a constant.
final class IntLocalOffset: IntExpression {
  let slot: Int
  let offset: Int
  init(_ slot: Int, _ offset: Int) {
    self.slot = slot
    self.offset = offset
  }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    let (sum, overflow) = l[slot].addingReportingOverflow(offset)
    if overflow { throw IntKernelExit() }
    return sum
  }
}

final class IntArithmetic: IntExpression {
  let operation: IntOperation
  let lhs: IntExpression
  let rhs: IntExpression
  init(_ operation: IntOperation, _ lhs: IntExpression, _ rhs: IntExpression) {
    self.operation = operation
    self.lhs = lhs
    self.rhs = rhs
  }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    let a = try lhs.value(l, budget)
    return try operation.apply(a, try rhs.value(l, budget))
  }
}

/// `a + b`, `x % y`: an operation on two locals.
final class IntLocalArithmetic: IntExpression {
  let operation: IntOperation
  let lhs: Int
  let rhs: Int
  init(_ operation: IntOperation, _ lhs: Int, _ rhs: Int) {
    self.operation = operation
    self.lhs = lhs
    self.rhs = rhs
  }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    try operation.apply(l[lhs], l[rhs])
  }
}

final class IntNegation: IntExpression {
  let operand: IntExpression
  init(_ operand: IntExpression) { self.operand = operand }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    let v = try operand.value(l, budget)
    if v == .min { throw IntKernelExit() }
    return -v
  }
}

/// `a if test else b`.
final class IntChoice: IntExpression {
  let test: IntTest
  let then: IntExpression
  let orElse: IntExpression
  init(_ test: IntTest, _ then: IntExpression, _ orElse: IntExpression) {
    self.test = test
    self.then = then
    self.orElse = orElse
  }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    try test.holds(l, budget) ? then.value(l, budget) : orElse.value(l, budget)
  }
}

/// `f(a, b)` of a global function that has a kernel taking that many arguments: its kernel
/// runs on a new locals buffer. Anything else stops the kernel.
final class IntCall: IntExpression {
  unowned(unsafe) let globals: Globals
  let slot: Int
  let arity: Int
  let first: IntExpression
  let second: IntExpression
  let third: IntExpression
  let interrupts: InterruptHandle
  /// The function the global held when a kernel was last found there, its bits in the slot
  /// and its kernel: while the slot holds the same bits, the kernel is taken without reading
  /// (and counting references to) the function. The function is held so that its address
  /// cannot come back as another object's.
  private var seenBits = GlobalBits.unbound
  private var seenFunction: PyFunction?
  private var seenKernel = Unmanaged.passUnretained(IntKernel.none)

  init(globals: Globals, slot: Int, arguments: [IntExpression], interrupts: InterruptHandle) {
    self.globals = globals
    self.slot = slot
    arity = arguments.count
    let unused = IntConstant(0)
    first = arity > 0 ? arguments[0] : unused
    second = arity > 1 ? arguments[1] : unused
    third = arity > 2 ? arguments[2] : unused
    self.interrupts = interrupts
  }

  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    if interrupts.isPending { throw IntKernelExit(keepsKernel: true) }
    guard budget > 0 else { throw IntKernelExit() }
    let place = globals.address(of: slot)
    guard GlobalBits(place) == seenBits else { return try firstCall(l, budget, place) }
    // The arguments first, so that the kernel is borrowed (not retained) by a closure that
    // captures no node. The untyped rethrow only ever carries an IntKernelExit.
    let a = arity > 0 ? try first.value(l, budget) : 0
    let b = arity > 1 ? try second.value(l, budget) : 0
    let c = arity > 2 ? try third.value(l, budget) : 0
    do {
      return try seenKernel._withUnsafeGuaranteedRef { (kernel) throws(IntKernelExit) -> Int in
        guard kernel.isEnabled else { throw IntKernelExit() }
        return try kernel.run(a, b, c, budget: budget - 1)
      }
    } catch {
      throw error as! IntKernelExit
    }
  }

  /// A call where the global's kernel is not the one seen last: looked up and remembered.
  @inline(never)
  private func firstCall(_ l: IntSlots, _ budget: Int, _ place: UnsafeMutablePointer<Value?>)
    throws(IntKernelExit) -> Int
  {
    guard case .object(let o)? = place.pointee, o.isExactly(PyFunction.self) else {
      throw IntKernelExit()
    }
    let function = unsafeDowncast(o, to: PyFunction.self)
    guard let kernel = function.code.intKernel, kernel.isEnabled, kernel.arity == arity,
      GlobalBits.available
    else { throw IntKernelExit() }
    seenFunction = function
    seenKernel = .passUnretained(kernel)
    seenBits = GlobalBits(place)
    return try value(l, budget)
  }
}

/// The bits of a global slot's value (an optional `Value`: an eight-byte payload and a tag
/// byte), compared to tell that the slot still holds the very object seen before.
struct GlobalBits: Equatable {
  let payload: UInt64
  let tag: UInt8

  /// The layout these bits assume (otherwise no call site remembers its kernel).
  static let available = MemoryLayout<Value?>.size == 9
  static let unbound = GlobalBits(payload: 0, tag: 0xFF)

  private init(payload: UInt64, tag: UInt8) {
    self.payload = payload
    self.tag = tag
  }

  @inline(__always) init(_ place: UnsafeMutablePointer<Value?>) {
    let raw = UnsafeRawPointer(place)
    payload = raw.load(as: UInt64.self)
    tag = raw.load(fromByteOffset: 8, as: UInt8.self)
  }
}

/// `abs(x)`, `min(a, b)`, `max(a, b, c)` of ints, while the name means the builtin.
final class IntBuiltinCall: IntExpression {
  enum Function { case abs, min, max }
  let function: Function
  let first: IntExpression
  let rest: [IntExpression]
  let name: BuiltinName
  init(_ function: Function, _ arguments: [IntExpression], _ name: BuiltinName) {
    self.function = function
    first = arguments[0]
    rest = Array(arguments.dropFirst())
    self.name = name
  }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    guard name.isBuiltin else { throw IntKernelExit() }
    var v = try first.value(l, budget)
    switch function {
    case .abs:
      if v == .min { throw IntKernelExit() }
      return Swift.abs(v)
    case .min:
      for e in rest { v = Swift.min(v, try e.value(l, budget)) }
    case .max:
      for e in rest { v = Swift.max(v, try e.value(l, budget)) }
    }
    return v
  }
}

/// A body of statements run for its `return`: falling off its end (a `None` result) stops
/// the kernel.
final class IntBody: IntExpression {
  let body: IntStatement
  init(_ body: IntStatement) { self.body = body }
  override func value(_ l: IntSlots, _ budget: Int) throws(IntKernelExit) -> Int {
    guard case .returned = try body.run(l, budget) else { throw IntKernelExit() }
    return l[IntLocals.resultIndex]
  }
}

/// The int operators a kernel computes, with Python's results (`Arithmetic.floored`,
/// `Arithmetic.bitwise`). A result beyond 64 bits, a zero divisor or a negative shift stops
/// the kernel (the generic code makes the big int or raises).
enum IntOperation: Equatable {
  case add, subtract, multiply, floorDivide, modulo
  /// `&`, `|`, `^`, `<<`, `>>`.
  case bitwise(BinaryOp)

  @inline(__always)
  func apply(_ a: Int, _ b: Int) throws(IntKernelExit) -> Int {
    let (r, overflow): (Int, Bool)
    switch self {
    case .add: (r, overflow) = a.addingReportingOverflow(b)
    case .subtract: (r, overflow) = a.subtractingReportingOverflow(b)
    case .multiply: (r, overflow) = a.multipliedReportingOverflow(by: b)
    case .floorDivide, .modulo:
      // (A divisor of -1 too goes the generic way: `min // -1` is a big int.)
      guard b != 0 && b != -1 else { throw IntKernelExit() }
      let (q, m) = Arithmetic.floored(a, b)
      return self == .floorDivide ? q : m
    case .bitwise(let op):
      guard let v = Arithmetic.bitwise(op, a, b) else { throw IntKernelExit() }
      return v
    }
    if overflow { throw IntKernelExit() }
    return r
  }

  init?(_ operator: BinaryOperator) {
    switch BinaryOp(rawValue: `operator`.rawValue)! {
    case .add: self = .add
    case .subtract: self = .subtract
    case .multiply: self = .multiply
    case .floorDivide: self = .floorDivide
    case .modulo: self = .modulo
    // (The operators `Arithmetic.bitwise` computes: it answers nil for any other.)
    case let op where Arithmetic.bitwise(op, 0, 0) != nil: self = .bitwise(op)
    default: return nil
    }
  }
}
