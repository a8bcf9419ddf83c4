/// The state of one running function, module or class body.
public final class Frame {
  /// Local variables by slot (unbound is nil). A raw buffer: the compiler resolved every index,
  /// and a call then costs one allocation without generic array metadata or access checks.
  let slots: UnsafeMutablePointer<Value?>
  let slotCount: Int
  var cells: [PyCell]
  let globals: Globals
  /// Line of the statement being executed (for tracebacks).
  var line = 0
  /// The frame that called this one, while this one runs (unretained: callers outlive their
  /// callees' runs). Warnings walk it for `stacklevel`.
  var back: Unmanaged<Frame>?
  var returnValue: Value = .none
  /// The function running in this frame (nil for a module or class body). Not counted: the
  /// caller holds the function for the call, a generator holds its own, and a spare frame
  /// waiting for its next call refers to no function.
  unowned(unsafe) var function: PyFunction?
  /// Module and class-body frames have no function: their name and file are kept here.
  private let ownName: String?
  private let ownFile: String?
  /// A class body stores its names here.
  var namespace: PyDict?

  /// The function's name (`<module>` for a module frame), for tracebacks.
  var name: String { function?.code.name ?? ownName ?? "" }
  var file: String { function?.code.file ?? ownFile ?? "" }

  init(function: PyFunction) {
    let code = function.code
    self.function = function
    slotCount = code.slotCount
    slots = .allocate(capacity: max(code.slotCount, 1))
    slots.initialize(repeating: nil, count: code.slotCount)
    if code.cellCount == 0 && function.closure.isEmpty {
      cells = []
    } else {
      var cells: [PyCell] = []
      cells.reserveCapacity(code.cellCount + function.closure.count)
      for _ in 0..<code.cellCount { cells.append(PyCell()) }
      cells += function.closure
      self.cells = cells
    }
    globals = function.globals
    ownName = nil
    ownFile = nil
  }

  init(globals: Globals, name: String, file: String, slotCount: Int = 0, cells: [PyCell] = []) {
    function = nil
    self.slotCount = slotCount
    slots = .allocate(capacity: max(slotCount, 1))
    slots.initialize(repeating: nil, count: slotCount)
    self.cells = cells
    self.globals = globals
    ownName = name
    ownFile = file
  }

  /// Back to the state of a new frame (for reuse by the next call of the same function).
  @inline(__always) func reset() {
    // Only object values need releasing: the others are overwritten as plain bits.
    for i in 0..<slotCount {
      if case .object = slots[i] { slots[i] = nil } else { (slots + i).initialize(to: nil) }
    }
    line = 0
    if case .object = returnValue { returnValue = .none }
    if !cells.isEmpty { cells = [] }
  }

  /// The value a `return` left, moved out (no copy retained and then released by `reset`).
  @inline(__always) func takeReturnValue() -> Value {
    withUnsafeMutablePointer(to: &returnValue) { p in
      let value = p.move()
      p.initialize(to: .none)
      return value
    }
  }

  /// The object in local slot `i`, not retained (see `VariableAddress`).
  @inline(__always) func unretainedObject(_ i: Int) -> Unmanaged<PyObject>? {
    guard case .object(let o)? = slots[i] else { return nil }
    return Unmanaged.passUnretained(o)
  }

  deinit {
    slots.deinitialize(count: slotCount)
    slots.deallocate()
  }
}

/// How a statement finished.
enum Completion {
  case normal, breakLoop, continueLoop, returned
}

typealias ExpressionCode = (Frame) throws(PyException) -> Value
typealias StatementCode = (Frame) throws(PyException) -> Completion

/// Compiled code held in a struct. An array (or optional, or tuple) of bare closures stores
/// each one in the most general calling convention and calls it through a conversion thunk;
/// a closure in a struct field keeps its own convention. Collections of compiled code hold
/// these.
struct CompiledExpression {
  let run: ExpressionCode
  /// The frame slot the expression reads when it is a plain local variable (-1 otherwise):
  /// an argument `xs` is then read in place. (Through its closure a local's read took about
  /// sixty instructions: two forwarding thunks, the closure and its specialised body.)
  var localSlot = -1
  /// For `local + k` or `local - k` of an int literal: the local's slot (-1 otherwise) and
  /// the int added, for an argument (`fib(n - 1)`) worked out in place when the local holds
  /// an int (through the closure: about fifty instructions).
  var offsetSlot = -1
  var offset = 0
  /// An int literal's value, and a module-level name's table and slot: for a kernel's
  /// argument read without a call (see `intArgument`).
  var intLiteral: Int?
  var globals: Unmanaged<Globals>?
  var globalSlot = -1

  /// `local + k` worked out in place when the local holds an int and the sum fits (nil
  /// otherwise, or for another expression).
  @inline(__always) func offsetInt(in f: Frame) -> Int? {
    guard offsetSlot >= 0, case .int(let i)? = f.slots[offsetSlot] else { return nil }
    let (sum, overflow) = i.addingReportingOverflow(offset)
    return overflow ? nil : sum
  }

  /// The expression's value when it is an int, read in place where it can be; otherwise 0,
  /// with the value in `other` (a kernel's argument: see `Interpreter.callKernel`).
  @inline(__always) func intArgument(in f: Frame, otherwise other: inout Value?)
    throws(PyException) -> Int
  {
    if localSlot >= 0, case .int(let i)? = f.slots[localSlot] { return i }
    if let k = intLiteral { return k }
    if let table = globals,
      case .int(let i)? = table._withUnsafeGuaranteedRef({ $0.address(of: globalSlot) }).pointee
    {
      return i
    }
    if let sum = offsetInt(in: f) { return sum }
    let v = try run(f)
    if case .int(let i) = v { return i }
    other = v
    return 0
  }

  /// Puts the expression's value in frame `f` into `place`, which holds nothing. (A local is
  /// copied slot to slot: read out as a value first, it was copied three times and the
  /// copies destroyed.)
  @inline(__always) func put(into place: UnsafeMutablePointer<Value?>, from f: Frame)
    throws(PyException)
  {
    if localSlot >= 0, case .some = f.slots[localSlot] {
      place.initialize(to: f.slots[localSlot])
      return
    }
    if let sum = offsetInt(in: f) {
      place.initialize(to: .int(sum))
      return
    }
    place.initialize(to: try run(f))
  }

  /// The expression's value in frame `f`.
  @inline(__always) func value(in f: Frame) throws(PyException) -> Value {
    // An unbound local goes through `run`, which raises the UnboundLocalError.
    if localSlot >= 0, let v = f.slots[localSlot] { return v }
    return try run(f)
  }
}

struct CompiledStatement {
  let run: StatementCode
  /// The statement's first line, which the code running it records in the frame first (0:
  /// none to record, for `pass`, `break`, `continue` and a sequence, which records its own).
  var line = 0

  /// Runs the statement in `f`, its line recorded first.
  @inline(__always) func execute(in f: Frame) throws(PyException) -> Completion {
    if line != 0 { f.line = line }
    return try run(f)
  }
}

/// A call's positional argument code. The first three are fields of their own: reading
/// closures out of an array copies (retains) each one, and that was most of the cost of
/// passing an argument.
struct DirectArguments {
  let count: Int
  private let first: CompiledExpression
  private let second: CompiledExpression
  private let third: CompiledExpression
  private let rest: [CompiledExpression]

  /// Every argument is a variable or an int literal: evaluating them runs no code of the
  /// user's (see `Interpreter.callKernel(borrowing:)`).
  let arePlain: Bool

  init(_ codes: [CompiledExpression]) {
    let unused = CompiledExpression { _ throws(PyException) in .none }
    count = codes.count
    arePlain = codes.allSatisfy { $0.localSlot >= 0 || $0.intLiteral != nil || $0.globalSlot >= 0 }
    first = codes.count > 0 ? codes[0] : unused
    second = codes.count > 1 ? codes[1] : unused
    third = codes.count > 2 ? codes[2] : unused
    rest = Array(codes.dropFirst(3))
  }

  /// Evaluates argument `i`, one of the first three.
  @inline(__always) func value(_ i: Int, from caller: Frame) throws(PyException) -> Value {
    switch i {
    case 0: return try first.value(in: caller)
    case 1: return try second.value(in: caller)
    default: return try third.value(in: caller)
    }
  }

  /// The first three arguments as ints, each in turn (see `CompiledExpression.intArgument`),
  /// up to the first that is not one: returns how many were (`count`: all), that one's value
  /// left in `other`.
  func intArguments(
    from caller: Frame, into ints: inout (Int, Int, Int), otherwise other: inout Value?
  ) throws(PyException) -> Int {
    guard count > 0 else { return 0 }
    ints.0 = try first.intArgument(in: caller, otherwise: &other)
    if case .some = other { return 0 }
    guard count > 1 else { return 1 }
    ints.1 = try second.intArgument(in: caller, otherwise: &other)
    if case .some = other { return 1 }
    guard count > 2 else { return 2 }
    ints.2 = try third.intArgument(in: caller, otherwise: &other)
    if case .some = other { return 2 }
    return 3
  }

  /// Evaluates the arguments into a new array: one allocation of the right size.
  @inline(__always) func values(from caller: Frame) throws(PyException) -> [Value] {
    // One to three values (pairs, triples, short argument lists): an array literal, whose
    // buffer is allocated at its size directly (`reserveCapacity` on an empty array takes
    // the general path that copies the old contents, and allocates even for none).
    if count == 0 { return [] }
    if count == 1 { return [try first.value(in: caller)] }
    if count == 2 {
      let a = try first.value(in: caller)
      return [a, try second.value(in: caller)]
    }
    if count == 3 {
      let a = try first.value(in: caller)
      let b = try second.value(in: caller)
      return [a, b, try third.value(in: caller)]
    }
    var values: [Value] = []
    values.reserveCapacity(count)
    try append(to: &values, from: caller)
    return values
  }

  /// Evaluates the arguments onto the end of `values`.
  @inline(__always) func append(to values: inout [Value], from caller: Frame)
    throws(PyException)
  {
    guard count > 0 else { return }
    values.append(try first.value(in: caller))
    guard count > 1 else { return }
    values.append(try second.value(in: caller))
    guard count > 2 else { return }
    values.append(try third.value(in: caller))
    for code in rest { values.append(try code.value(in: caller)) }
  }

  /// Evaluates the arguments in the caller's frame into `frame`'s slots from `base` on.
  @inline(__always) func bind(into frame: Frame, at base: Int, from caller: Frame)
    throws(PyException)
  {
    // A new or reset frame's slots are all nil: the values are put in, nothing destroyed
    // first (an assignment calls the value's outlined destroy on the old nil).
    guard count > 0 else { return }
    try first.put(into: frame.slots + base, from: caller)
    guard count > 1 else { return }
    try second.put(into: frame.slots + base + 1, from: caller)
    guard count > 2 else { return }
    try third.put(into: frame.slots + base + 2, from: caller)
    var slot = base + 3
    for code in rest {
      try code.put(into: frame.slots + slot, from: caller)
      slot += 1
    }
  }
}

/// A call site's spare keyword array (`a.sum(axis=0)`, `print(x, end='')`), lent to the call
/// and taken back emptied, as `ArgumentScratch` does for positional arguments.
final class KeywordScratch {
  typealias Keywords = [(name: String, value: Value)]
  private var spare: Keywords = []

  @inline(__always) func take(_ count: Int) -> Keywords {
    var keywords: Keywords = []
    swap(&keywords, &spare)
    keywords.reserveCapacity(count)
    return keywords
  }

  @inline(__always) func giveBack(_ keywords: inout Keywords) {
    for _ in 0..<keywords.count { keywords.removeLast() }
    swap(&keywords, &spare)
  }
}

/// A call site's spare argument array. Calls of built-in functions and methods take their
/// arguments as an array; the site lends its spare one and takes it back emptied after the
/// call, so a call allocates no array (a callee that kept the array keeps it: the site then
/// starts a new one).
final class ArgumentScratch {
  private var spare: [Value] = []

  /// The spare array, empty, with room for `count` values (a recursive call of the same site
  /// finds none and makes its own).
  @inline(__always) func take(_ count: Int) -> [Value] {
    var values: [Value] = []
    swap(&values, &spare)
    values.reserveCapacity(count)
    return values
  }

  @inline(__always) func giveBack(_ values: inout [Value]) {
    // (One `removeLast` per value: `removeAll(keepingCapacity:)` goes through the general
    // `replaceSubrange`, several times the cost for the few arguments of a call.)
    for _ in 0..<values.count { values.removeLast() }
    swap(&values, &spare)
  }

  /// Calls a built-in function with the site's `arguments`: its body for that many values in
  /// `fixed` when it has one, else `body` with the arguments in the spare array. (The
  /// function's fields are read one at a time: a copy of its `fixed` entries would retain all
  /// three bodies.)
  @inline(__always) func callFunction(
    _ function: PyBuiltinFunction, _ arguments: DirectArguments, from caller: Frame,
    _ interp: Interpreter
  ) throws(PyException) -> Value {
    if function.fixed.accepts(arguments.count) {
      return try arguments.callFunction(function, from: caller, interp)
    }
    return try call(function.body, receiver: nil, arguments, from: caller, interp)
  }

  /// `receiver.method(arguments)` of a built-in method found through the receiver's class:
  /// the receiver passed on as it is (wrapping it in an optional would copy it).
  @inline(__always) func callMethod(
    _ method: PyBuiltinFunction, receiver: Value, _ arguments: DirectArguments,
    from caller: Frame, _ interp: Interpreter
  ) throws(PyException) -> Value {
    if method.fixed.accepts(arguments.count + 1) {
      return try arguments.callMethod(method, receiver: receiver, from: caller, interp)
    }
    return try call(method.foundBody, receiver: receiver, arguments, from: caller, interp)
  }

  /// Calls a built-in's `body` with `receiver` (if any) and the evaluated `arguments`, in the
  /// spare array.
  @inline(__always) func call(
    _ body: PyBuiltinFunction.Body, receiver: Value?, _ arguments: DirectArguments,
    from caller: Frame, _ interp: Interpreter
  ) throws(PyException) -> Value {
    var values = take(arguments.count + 1)
    if let receiver { values.append(receiver) }
    try arguments.append(to: &values, from: caller)
    var call = Arguments(values)
    values = []
    let result = try body(call, interp)
    giveBack(&call.positional)
    return result
  }
}
