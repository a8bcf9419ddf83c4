import Syntax

/// Binary arithmetic, comparisons and conditions whose operands are read in place.
///
/// Most operands in loops and small functions are a local variable or a number literal
/// (`n - 1`, `i < n`, `x * 0.5`). Reading those inside the operation's own closure saves a
/// closure call per operand; the readers are generic parameters, so each combination of
/// operand kinds is compiled as its own specialised closure.
protocol OperandReader {
  func read(_ f: Frame) throws(PyException) -> Value
  /// The operand as an int, when it is one and looking costs nothing (a local's slot, a
  /// literal), without copying the value out; nil otherwise, and then the operation reads it.
  func int(_ f: Frame) -> Int?
  /// The operand when it is an object of exactly class `T` and looking costs nothing (a
  /// local's or a global's slot, a str literal), without copying a value out; nil otherwise.
  func object<T: PyObject>(_ f: Frame, as: T.Type) -> T?
  /// The operand when it is an object of any class and looking costs nothing; nil otherwise.
  func anyObject(_ f: Frame) -> PyObject?
  /// Whether `object` and `anyObject` look at the operand itself (a variable's slot), so that
  /// nil from them means it is not such an object.
  static var readsInPlace: Bool { get }
  /// The operand when it names a builtin of exactly class `T` (`len`, `str`) and looking
  /// costs nothing.
  func builtinObject<T: PyObject>(_ f: Frame, as: T.Type) -> T?
  /// The object a variable operand holds, not retained (see `VariableAddress`); nil for
  /// other operands.
  func unretainedObject(_ f: Frame) -> Unmanaged<PyObject>?
}

extension OperandReader {
  @inline(__always) func unretainedObject(_ f: Frame) -> Unmanaged<PyObject>? { nil }

  @inline(__always) func builtinObject<T: PyObject>(_ f: Frame, as: T.Type) -> T? {
    object(f, as: T.self)
  }

  /// The operand when it names a built-in function (`len`).
  @inline(__always) func builtinFunction(_ f: Frame) -> PyBuiltinFunction? {
    builtinObject(f, as: PyBuiltinFunction.self)
  }
}

/// A local variable as one place in the source reads it: its name, and the span an
/// UnboundLocalError there underlines (Python 3.11 points at the name itself).
struct LocalName {
  let name: String
  let span: SourceSpan?

  /// The UnboundLocalError of reading it here before it has a value.
  var unbound: PyException { Compiler.marked(Compiler.unboundLocal(name), span) }

  /// `unbound` out of line, for a closure that does nothing else: inlined, its text building
  /// made a local read's closure large enough to be split in two (four calls a read). (The
  /// operand readers keep it inline: out of line there, their closures grew.)
  @inline(never) func unboundError() -> PyException { unbound }
}

/// A local variable's slot.
struct LocalOperand: OperandReader {
  let slot: Int
  let name: LocalName
  static var readsInPlace: Bool { true }

  @inline(__always) func read(_ f: Frame) throws(PyException) -> Value {
    guard let v = f.slots[slot] else { throw name.unbound }
    return v
  }

  @inline(__always) func int(_ f: Frame) -> Int? {
    if case .int(let i)? = f.slots[slot] { return i }
    return nil
  }

  @inline(__always) func object<T: PyObject>(_ f: Frame, as: T.Type) -> T? {
    guard case .object(let o)? = f.slots[slot], o.isExactly(T.self) else { return nil }
    return unsafeDowncast(o, to: T.self)
  }

  @inline(__always) func anyObject(_ f: Frame) -> PyObject? {
    guard case .object(let o)? = f.slots[slot] else { return nil }
    return o
  }

  @inline(__always) func unretainedObject(_ f: Frame) -> Unmanaged<PyObject>? {
    f.unretainedObject(slot)
  }
}

/// A literal (a number, a str).
struct ConstantOperand: OperandReader {
  let value: Value
  private let intValue: Int?
  private let objectValue: PyObject?
  static var readsInPlace: Bool { false }

  init(value: Value) {
    self.value = value
    if case .int(let i) = value { intValue = i } else { intValue = nil }
    if case .object(let o) = value { objectValue = o } else { objectValue = nil }
  }

  @inline(__always) func read(_ f: Frame) throws(PyException) -> Value { value }
  @inline(__always) func int(_ f: Frame) -> Int? { intValue }
  @inline(__always) func object<T: PyObject>(_ f: Frame, as: T.Type) -> T? {
    guard let o = objectValue, o.isExactly(T.self) else { return nil }
    return unsafeDowncast(o, to: T.self)
  }
  @inline(__always) func anyObject(_ f: Frame) -> PyObject? { nil }
  /// (The literal's object lives as long as the code that holds this operand.)
  @inline(__always) func unretainedObject(_ f: Frame) -> Unmanaged<PyObject>? {
    objectValue.map { Unmanaged.passUnretained($0) }
  }
}

/// A module-level name: its global slot, else the builtin of that name, else `fallback` (the
/// compiled name load, which raises the NameError).
struct GlobalOperand: OperandReader {
  static var readsInPlace: Bool { true }
  let globals: Globals
  let slot: Int
  let builtin: BuiltinNameCache
  let interp: Interpreter
  let fallback: ExpressionCode

  @inline(__always) func read(_ f: Frame) throws(PyException) -> Value {
    if let v = globals[slot] { return v }
    if let v = builtin.value(in: interp) { return v }
    return try fallback(f)
  }

  @inline(__always) func int(_ f: Frame) -> Int? {
    if case .int(let i)? = globals[slot] { return i }
    return nil
  }
  @inline(__always) func object<T: PyObject>(_ f: Frame, as: T.Type) -> T? {
    globals.object(at: slot, as: T.self)
  }

  /// (A global of the name first; when there is none, the builtin.)
  @inline(__always) func builtinObject<T: PyObject>(_ f: Frame, as: T.Type) -> T? {
    if let o = globals.object(at: slot, as: T.self) { return o }
    guard !globals.isBound(slot) else { return nil }
    return builtin.object(in: interp, as: T.self)
  }

  @inline(__always) func anyObject(_ f: Frame) -> PyObject? {
    guard case .object(let o)? = globals[slot] else { return nil }
    return o
  }

  @inline(__always) func unretainedObject(_ f: Frame) -> Unmanaged<PyObject>? {
    globals.address(of: slot).unretainedObject
  }
}

/// Any other expression: its compiled code.
struct CodeOperand: OperandReader {
  let code: ExpressionCode
  static var readsInPlace: Bool { false }

  @inline(__always) func read(_ f: Frame) throws(PyException) -> Value { try code(f) }
  @inline(__always) func int(_ f: Frame) -> Int? { nil }
  @inline(__always) func object<T: PyObject>(_ f: Frame, as: T.Type) -> T? { nil }
  @inline(__always) func anyObject(_ f: Frame) -> PyObject? { nil }
}

/// Builds an operation's code once the kinds of its two operands are known. The code comes
/// back in a struct (`CompiledExpression`, `CompiledCondition`): a bare closure returned as
/// an associated type would be called through two conversion thunks.
protocol OperandSpecializer {
  associatedtype Code
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> Code
}

typealias ConditionCode = (Frame) throws(PyException) -> Bool

struct CompiledCondition {
  let run: ConditionCode
}

extension Compiler {
  /// Where an operand comes from.
  enum OperandSource {
    case local(Int, LocalName)
    case global(GlobalOperand)
    case constant(Value)
    case code(ExpressionCode)
  }

  /// Where `e` comes from; `compiled` is `e` compiled already, if it is.
  func operandSource(_ e: Expr, compiled: ExpressionCode? = nil) throws(SyntaxError)
    -> OperandSource
  {
    switch e.kind {
    case .name(let name) where scope.kind == .function:
      if case .local(let i) = scope.locate(name) {
        return .local(i, LocalName(name: name, span: failureSpan(e)))
      }
    case .int(let v): return .constant(.int(v))
    case .float(let v): return .constant(.float(v))
    default: break
    }
    let code: ExpressionCode
    if let compiled { code = compiled } else { code = try compile(e) }
    // Module-level names: notebook cells and scripts compute with them outside functions.
    if let global = globalOperand(e, code) { return .global(global) }
    return .code(code)
  }

  /// `e` as a local variable's slot, when it is one.
  func localOperand(_ e: Expr) -> LocalOperand? {
    guard case .name(let name) = e.kind, scope.kind == .function,
      case .local(let slot) = scope.locate(name)
    else { return nil }
    return LocalOperand(slot: slot, name: LocalName(name: name, span: failureSpan(e)))
  }

  /// `e` compiled as an argument or item, read in place when it is a plain local variable.
  func compileOperand(_ e: Expr) throws(SyntaxError) -> CompiledExpression {
    var code = CompiledExpression(run: try compile(e))
    if let local = localOperand(e) { code.localSlot = local.slot }
    code.intLiteral = Compiler.literalInt(e)
    if case .name(let name) = e.kind, scope.kind != .classBody,
      case .global(let slot) = scope.locate(name)
    {
      // (Not retained: the table outlives the code compiled for its module.)
      (code.globals, code.globalSlot) = (.passUnretained(scope.globalsTable), slot)
    }
    if case .binary(let op, let left, let right) = e.kind, op == .add || op == .subtract,
      let local = localOperand(left), let k = Compiler.literalInt(right), k != .min
    {
      (code.offsetSlot, code.offset) = (local.slot, op == .add ? k : -k)
    }
    return code
  }

  /// `e` as a module-level name (global slot, then builtin), when it is one; `load` is its
  /// compiled load.
  func globalOperand(_ e: Expr, _ load: @escaping ExpressionCode) -> GlobalOperand? {
    guard case .name(let name) = e.kind, scope.kind != .classBody,
      case .global(let slot) = scope.locate(name)
    else { return nil }
    return GlobalOperand(
      globals: scope.globalsTable, slot: slot, builtin: BuiltinNameCache(name), interp: interp,
      fallback: load)
  }

  /// `maker`'s code for the operands `left` and `right`, specialised to where they come from.
  @inline(__always)
  func specialized<M: OperandSpecializer>(_ left: Expr, _ right: Expr, _ maker: M)
    throws(SyntaxError) -> M.Code
  {
    specialized(try operandSource(left), try operandSource(right), maker)
  }

  /// `maker`'s code for operands from `l` and `r`.
  @inline(__always)
  func specialized<M: OperandSpecializer>(_ l: OperandSource, _ r: OperandSource, _ maker: M)
    -> M.Code
  {
    switch (l, r) {
    case (.local(let i, let a), .local(let j, let b)):
      return maker.make(LocalOperand(slot: i, name: a), LocalOperand(slot: j, name: b))
    case (.local(let i, let a), .constant(let v)):
      return maker.make(LocalOperand(slot: i, name: a), ConstantOperand(value: v))
    case (.local(let i, let a), .code(let c)):
      return maker.make(LocalOperand(slot: i, name: a), CodeOperand(code: c))
    case (.code(let c), .local(let j, let b)):
      return maker.make(CodeOperand(code: c), LocalOperand(slot: j, name: b))
    case (.code(let c), .constant(let v)):
      return maker.make(CodeOperand(code: c), ConstantOperand(value: v))
    case (.constant(let v), .local(let j, let b)):
      return maker.make(ConstantOperand(value: v), LocalOperand(slot: j, name: b))
    case (.constant(let v), .code(let c)):
      return maker.make(ConstantOperand(value: v), CodeOperand(code: c))
    case (.global(let g), .constant(let v)):
      return maker.make(g, ConstantOperand(value: v))
    case (.global(let g), .global(let h)):
      return maker.make(g, h)
    case (.local(let i, let a), .global(let h)):
      return maker.make(LocalOperand(slot: i, name: a), h)
    case (.global(let g), .local(let j, let b)):
      return maker.make(g, LocalOperand(slot: j, name: b))
    case (.constant(let v), .global(let h)):
      return maker.make(ConstantOperand(value: v), h)
    case (.global(let g), .code(let c)):
      return maker.make(g, CodeOperand(code: c))
    case (.code(let c), .global(let h)):
      return maker.make(CodeOperand(code: c), h)
    default:
      return maker.make(codeOperand(l), codeOperand(r))
    }
  }

  /// An operand read through code, whatever its source.
  private func codeOperand(_ source: OperandSource) -> CodeOperand {
    switch source {
    case .local(let slot, let name):
      let local = LocalOperand(slot: slot, name: name)
      return CodeOperand { (f: Frame) throws(PyException) in try local.read(f) }
    case .global(let global):
      return CodeOperand { (f: Frame) throws(PyException) in try global.read(f) }
    case .constant(let value):
      return CodeOperand { _ throws(PyException) in value }
    case .code(let code): return CodeOperand(code: code)
    }
  }

  /// A test's truth as a Bool: comparisons, `not`, `and`, `or` and `x if c else y` without
  /// building a bool value.
  ///
  /// A failing truth test (an array's ambiguous truth) is blamed as CPython 3.11 blames its
  /// jump: on the last comparison tested as a condition before it in the same test, else on
  /// `blame`, what holds the test (nil for a statement's own line; the `x if c else y`, or
  /// the comprehension). `if a > 0:` underlines `a > 0`, `if a > 0 and b:` too.
  func compileCondition(_ e: Expr, blame: SourceSpan?) throws(SyntaxError) -> ConditionCode {
    try compileCondition(blamed: e, blame).code
  }

  /// `compileCondition`, and where a failure after the test is blamed: `assert a > 0` raises
  /// its AssertionError underlining `a > 0`, as CPython does.
  func compileCondition(blamed e: Expr, _ blame: SourceSpan?) throws(SyntaxError) -> (
    code: ConditionCode, blame: SourceSpan?
  ) {
    let saved = conditionBlame
    conditionBlame = blame
    defer { conditionBlame = saved }
    let code = try compileTest(e)
    return (code, conditionBlame)
  }

  private func compileTest(_ e: Expr) throws(SyntaxError) -> ConditionCode {
    let interp = self.interp
    switch e.kind {
    case .compare(let first, let rest):
      defer { conditionBlame = failureSpan(e) }
      if rest.count == 1, let op = ComparisonOp(rawValue: rest[0].0.rawValue) {
        warnIdentityWithLiteral(first, rest)
        let general = try specialized(
          first, rest[0].1, ComparisonCondition(op: op, interp: interp, span: failureSpan(e))
        ).run
        if let quick = localIntCondition(first, op, rest[0].1, otherwise: general) {
          return quick
        }
        return general
      }
    case .not(let operand):
      let c = try compileTest(operand)
      return { (f: Frame) throws(PyException) -> Bool in !(try c(f)) }
    case .and(let l, let r):
      let (a, b) = (try compileTest(l), try compileTest(r))
      return { (f: Frame) throws(PyException) -> Bool in
        guard try a(f) else { return false }
        return try b(f)
      }
    case .or(let l, let r):
      let (a, b) = (try compileTest(l), try compileTest(r))
      return { (f: Frame) throws(PyException) -> Bool in
        if try a(f) { return true }
        return try b(f)
      }
    case .conditional(let test, let then, let orElse):
      let (t, a, b) = (try compileTest(test), try compileTest(then), try compileTest(orElse))
      return { (f: Frame) throws(PyException) -> Bool in try t(f) ? try a(f) : try b(f) }
    case .name(let name) where scope.kind != .classBody:
      let blame = conditionBlame
      if scope.kind != .function, case .global(let slot) = scope.locate(name) {
        // A module-level name (a notebook cell's `while queue:`): the same, in its global slot.
        let globals = scope.globalsTable
        let load = try compile(e)
        return { (f: Frame) throws(PyException) -> Bool in
          if let o = globals.address(of: slot).unretainedObject, let truth = Compiler.truth(of: o) {
            return truth
          }
          let v = try load(f)
          if case .bool(let b) = v { return b }
          return try Compiler.truth(of: v, interp, blame)
        }
      }
      if scope.kind == .function, case .local(let i) = scope.locate(name) {
        let local = LocalName(name: name, span: failureSpan(e))
        return { (f: Frame) throws(PyException) -> Bool in
          // (A plain list, tuple, dict or str is asked where the slot holds it.)
          if let o = f.unretainedObject(i), let truth = Compiler.truth(of: o) { return truth }
          guard let v = f.slots[i] else { throw local.unbound }
          if case .bool(let b) = v { return b }
          return try Compiler.truth(of: v, interp, blame)
        }
      }
    default: break
    }
    let code = try compile(e)
    let blame = conditionBlame
    return { (f: Frame) throws(PyException) -> Bool in
      let v = try code(f)
      if case .bool(let b) = v { return b }
      return try Compiler.truth(of: v, interp, blame)
    }
  }
}

extension Compiler {
  /// `bool(v)` for a test, a failure blamed on `blame`.
  static func truth(of v: Value, _ interp: Interpreter, _ blame: SourceSpan?) throws(PyException)
    -> Bool
  {
    do throws(PyException) {
      return try interp.isTruthy(v)
    } catch {
      throw Compiler.marked(error, blame)
    }
  }
}

extension Compiler {
  /// The truth of a plain list, tuple, dict or str (not empty), looked at in place; nil for any
  /// other object (which may define `__bool__` or `__len__`).
  @inline(__always)
  static func truth(of object: Unmanaged<PyObject>) -> Bool? {
    object._withUnsafeGuaranteedRef { (o: PyObject) -> Bool? in
      if o.isExactly(PyList.self) { return !unsafeDowncast(o, to: PyList.self).items.isEmpty }
      if o.isExactly(PyTuple.self) { return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty }
      if o.isExactly(PyDict.self) { return !unsafeDowncast(o, to: PyDict.self).storage.isEmpty }
      if o.isExactly(PyStr.self) { return !unsafeDowncast(o, to: PyStr.self).value.isEmpty }
      return nil
    }
  }
}

/// One rich comparison (`a < b`) as a bool value.
struct ComparisonCode: OperandSpecializer {
  let op: ComparisonOp
  let interp: Interpreter
  let span: SourceSpan?

  @inline(__always)
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledExpression {
    let (op, interp, span) = (self.op, self.interp, self.span)
    // (Two strs in variables or literals are compared where they lie.)
    let equality = op == .equal || op == .notEqual
    return CompiledExpression { (f: Frame) throws(PyException) -> Value in
      if let x = left.int(f), let y = right.int(f) {
        return .bool(Compiler.compareNumbers(x, op, y))
      }
      if equality, let x = left.unretainedObject(f), let y = right.unretainedObject(f),
        let same = PyStr.sameText(x, y)
      {
        return .bool(same == (op == .equal))
      }
      let (a, b) = (try left.read(f), try right.read(f))
      if case .int(let x) = a, case .int(let y) = b {
        return .bool(Compiler.compareNumbers(x, op, y))
      }
      return try ComparisonCode.general(interp, a, op, b, span)
    }
  }

  @inline(never)
  static func general(
    _ interp: Interpreter, _ a: Value, _ op: ComparisonOp, _ b: Value, _ span: SourceSpan?
  ) throws(PyException) -> Value {
    do throws(PyException) {
      return try interp.compare(a, op, b)
    } catch {
      throw Compiler.marked(error, span)
    }
  }
}

/// One rich comparison as a test (`if i < n:`): ints and floats compared in place.
struct ComparisonCondition: OperandSpecializer {
  let op: ComparisonOp
  let interp: Interpreter
  let span: SourceSpan?

  @inline(__always)
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledCondition {
    let (op, interp, span) = (self.op, self.interp, self.span)
    let equality = op == .equal || op == .notEqual
    return CompiledCondition { (f: Frame) throws(PyException) -> Bool in
      if let x = left.int(f), let y = right.int(f) { return Compiler.compareNumbers(x, op, y) }
      if equality, let x = left.unretainedObject(f), let y = right.unretainedObject(f),
        let same = PyStr.sameText(x, y)
      {
        return same == (op == .equal)
      }
      let (a, b) = (try left.read(f), try right.read(f))
      if case .int(let x) = a, case .int(let y) = b { return Compiler.compareNumbers(x, op, y) }
      if case .float(let x) = a, case .float(let y) = b { return Compiler.compareNumbers(x, op, y) }
      let result = try ComparisonCode.general(interp, a, op, b, span)
      if case .bool(let truth) = result { return truth }
      return try Compiler.truth(of: result, interp, span)
    }
  }
}
