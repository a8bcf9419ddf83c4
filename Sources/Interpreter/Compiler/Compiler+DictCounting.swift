import Syntax

/// `counts[k] = counts.get(k, 0) + 1`, the counting idiom of learner code, on a plain dict:
/// the key found once, the number there (or the default) and the step added, and the sum
/// written where the key was found or appended where it would go. (As written, the statement
/// looked the key up twice and ran a call, an addition and a store: about 400 instructions.)
extension Compiler {
  /// The code of `d[k] = d.get(k, start) + step` when the statement has that form, `d` and
  /// `k` plain variables, `start` a number literal and `step` a number literal or a local
  /// variable (nothing the statement evaluates can run Python code or change the dict); nil
  /// otherwise. Any case the fast path does not take (not a plain dict, a key neither an int
  /// nor a str, a value there that is not an int or a float, an int sum beyond 64 bits, an
  /// unbound variable) runs the statement as written.
  func countingAssignment(_ target: Expr, _ value: Expr) throws(SyntaxError) -> StatementCode? {
    guard case .subscript(let base, let index) = target.kind,
      case .binary(.add, let left, let right) = value.kind,
      case .call(let callee, let args) = left.kind,
      case .attribute(let receiver, "get") = callee.kind, args.count == 2,
      args.allSatisfy({ if case .positional = $0.kind { true } else { false } }),
      case .name(let dictName) = base.kind, case .name(dictName) = receiver.kind,
      case .name(let keyName) = index.kind, case .name(keyName) = args[0].value.kind,
      let start = CountNumber(literal: args[1].value),
      let dict = variableAddress(base), let key = variableAddress(index)
    else { return nil }
    let step: CountingStep
    if let n = CountNumber(literal: right) {
      step = .literal(n)
    } else if case .local(let local)? = variableAddress(right) {
      step = .local(local.slot)
    } else {
      return nil
    }
    let store = try compileStore(target)
    let operand = try compileOperand(value)
    let general = { (f: Frame) throws(PyException) -> Completion in
      try store(f, operand.value(in: f))
      return .normal
    }
    switch (dict, key) {
    case (.local(let d), .local(let k)): return Compiler.counting(d, k, start, step, general)
    case (.local(let d), .global(let k)): return Compiler.counting(d, k, start, step, general)
    case (.global(let d), .local(let k)): return Compiler.counting(d, k, start, step, general)
    case (.global(let d), .global(let k)): return Compiler.counting(d, k, start, step, general)
    }
  }

  @inline(__always)
  private static func counting<D: VariableAddress, K: VariableAddress>(
    _ dict: D, _ key: K, _ start: CountNumber, _ step: CountingStep,
    _ general: @escaping StatementCode
  ) -> StatementCode {
    { (f: Frame) throws(PyException) -> Completion in
      if let d = dict.unretainedObject(in: f), let k = key.key(in: f), let n = step.value(in: f),
        Compiler.add(n, in: d, at: k, startingFrom: start)
      {
        return .normal
      }
      return try general(f)
    }
  }

  /// Adds `step` to the number under `key` in `object` (or to `start` when the key is not
  /// there) when `object` is a plain dict; false, nothing changed, otherwise.
  @inline(__always)
  private static func add(
    _ step: CountNumber, in object: Unmanaged<PyObject>, at key: LocalKey,
    startingFrom start: CountNumber
  ) -> Bool {
    object._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
      guard o.isExactly(PyDict.self) else { return false }
      let table = unsafeDowncast(o, to: PyDict.self)
      // (A key that is an object with its own `__hash__` may equal the key: the statement as
      // written asks.)
      guard !table.storage.hasCustomKeys else { return false }
      return table.storage.add(step, at: key, startingFrom: start)
    }
  }

}

/// What a counting statement adds: a literal, or the number in a local slot.
enum CountingStep {
  case literal(CountNumber)
  case local(Int)

  /// The number to add, or nil when the local holds anything but an int or a float.
  @inline(__always) func value(in f: Frame) -> CountNumber? {
    switch self {
    case .literal(let n): return n
    case .local(let slot):
      switch f.slots[slot] {
      case .int(let i)?: return .int(i)
      case .float(let x)?: return .float(x)
      default: return nil
      }
    }
  }
}

/// An int or a float of a counting statement (no reference to count when copied, as a
/// `Value` has).
enum CountNumber {
  case int(Int)
  case float(Double)

  @inline(__always) init?(_ v: Value) {
    switch v {
    case .int(let i): self = .int(i)
    case .float(let x): self = .float(x)
    default: return nil
    }
  }

  /// The number an int or float literal writes (a negative one too); nil for any other
  /// expression.
  init?(literal e: Expr) {
    if let i = Compiler.literalInt(e) {
      self = .int(i)
      return
    }
    switch e.kind {
    case .float(let x): self = .float(x)
    case .unary(.negate, let inner):
      guard case .float(let x) = inner.kind else { return nil }
      self = .float(-x)
    default: return nil
    }
  }

  @inline(__always) var value: Value {
    switch self {
    case .int(let i): return .int(i)
    case .float(let x): return .float(x)
    }
  }

  /// `a + b` as Python adds an int or float to another; nil when an int sum needs more than
  /// 64 bits.
  @inline(__always) static func + (a: CountNumber, b: CountNumber) -> CountNumber? {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      let (sum, overflow) = x.addingReportingOverflow(y)
      return overflow ? nil : .int(sum)
    case (.int(let x), .float(let y)): return .float(Double(x) + y)
    case (.float(let x), .int(let y)): return .float(x + Double(y))
    case (.float(let x), .float(let y)): return .float(x + y)
    }
  }
}

extension DictTable {
  /// `table[key] = table.get(key, start) + step` for numbers: the sum written where the key
  /// is, or a new entry of `start + step`; false, nothing changed, when the value there is not
  /// an int or a float or an int sum overflows. Mutating as `position(of:)` is.
  @inline(__always) mutating func add(
    _ step: CountNumber, at key: LocalKey, startingFrom start: CountNumber
  ) -> Bool {
    let (slot, found, hash) = find(key)
    guard let found else {
      guard let sum = start + step else { return false }
      append(sum.value, under: key, hash: hash, at: slot)
      return true
    }
    guard let current = stored.withUnsafeBufferPointer({ CountNumber($0[found].entry.value) }),
      let sum = current + step
    else { return false }
    setValue(sum.value, at: found)
    return true
  }
}
