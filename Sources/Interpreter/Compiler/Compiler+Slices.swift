import Syntax

/// Slices: `a:b:c` as a value, and `xs[a:b]` read without a slice object for lists and
/// tuples. A slice of constants (`s[::-1]`, `s[1:]`) is made once, when compiled (slices are
/// immutable).
extension Compiler {
  /// `lower:upper:step`.
  func compileSlice(_ lower: Expr?, _ upper: Expr?, _ step: Expr?) throws(SyntaxError)
    -> ExpressionCode
  {
    if let slice = Compiler.constantSlice(lower, upper, step) {
      return { (_: Frame) throws(PyException) -> Value in slice }
    }
    let parts = try [lower, upper, step].map { (x) throws(SyntaxError) -> ExpressionCode? in
      try x.map { (x) throws(SyntaxError) in try compile(x) }
    }
    return { (f: Frame) throws(PyException) -> Value in
      .object(
        PySlice(
          try parts[0]?(f) ?? .none, try parts[1]?(f) ?? .none, try parts[2]?(f) ?? .none))
    }
  }

  /// `base[lower:upper]`, `load` being `base` compiled: of a list or tuple with int (or
  /// absent) bounds, the items copied out with no slice object.
  func compileSliceRead(
    _ load: @escaping ExpressionCode, _ lower: Expr?, _ upper: Expr?, _ span: SourceSpan?
  ) throws(SyntaxError) -> ExpressionCode {
    let site = SliceReadSite(
      low: try sliceBound(lower), high: try sliceBound(upper),
      fixedSlice: Compiler.constantSlice(lower, upper, nil), span: span, interp: interp)
    return { (f: Frame) throws(PyException) -> Value in
      try site.read(try load(f), in: f)
    }
  }

  /// A bound of `xs[a:b]`: its value when it is a constant, else its code.
  private func sliceBound(_ e: Expr?) throws(SyntaxError) -> SliceBound {
    if let constant = Compiler.constantIndex(e) {
      return SliceBound(code: SliceBound.absent, constant: constant, isConstant: true)
    }
    return SliceBound(code: try compile(e!), constant: .none, isConstant: false)
  }

  /// The slice object of bounds that are all constants, or nil.
  static func constantSlice(_ lower: Expr?, _ upper: Expr?, _ step: Expr?) -> Value? {
    guard let l = constantIndex(lower), let u = constantIndex(upper),
      let s = constantIndex(step)
    else { return nil }
    return .object(PySlice(l, u, s))
  }

  /// The value of a slice bound written as a constant (an int, a negated int, `None`, or
  /// absent); nil for any other expression.
  static func constantIndex(_ e: Expr?) -> Value? {
    guard let e else { return Value.none }
    switch e.kind {
    case .int(let i): return .int(i)
    case .none: return Value.none
    case .unary(.negate, let inner):
      if case .int(let i) = inner.kind, i != Int.min { return .int(-i) }
      return nil
    default: return nil
    }
  }
}

/// What `xs[a:b]` needs besides the container, held in one object: a closure capturing it
/// all was called through a forwarder that copied some twenty words out of its context on
/// every read.
final class SliceReadSite {
  let low: SliceBound
  let high: SliceBound
  let fixedSlice: Value?
  let span: SourceSpan?
  unowned(unsafe) let interp: Interpreter

  init(
    low: SliceBound, high: SliceBound, fixedSlice: Value?, span: SourceSpan?,
    interp: Interpreter
  ) {
    (self.low, self.high, self.fixedSlice, self.span, self.interp) =
      (low, high, fixedSlice, span, interp)
  }

  /// `container[low:high]`: of a list or tuple with int (or absent) bounds, the items copied
  /// out with no slice object, and of an ASCII str its bytes; else as any subscript.
  @inline(__always) func read(_ container: Value, in f: Frame) throws(PyException) -> Value {
    let l = try low.value(in: f)
    let u = try high.value(in: f)
    if case .object(let o) = container, o.isExactly(PyList.self) || o.isExactly(PyTuple.self),
      case let sequence = unsafeDowncast(o, to: PySequence.self),
      let range = PySlice.unitRange(l, u, count: sequence.items.count)
    {
      return .object(sequence.make(PySequence.copy(sequence.items, range)))
    }
    if case .object(let o) = container, o.isExactly(PyStr.self),
      case let text = unsafeDowncast(o, to: PyStr.self), text.isASCII,
      let range = PySlice.unitRange(l, u, count: text.value.utf8.count)
    {
      return text.asciiSlice(range)
    }
    return try Compiler.getItem(
      container, fixedSlice ?? .object(PySlice(l, u, .none)), span, interp)
  }
}

/// A slice bound as `compileSliceRead` evaluates it: a constant read from the field (an
/// optional closure, unwrapped, is converted anew on every call), or code run.
struct SliceBound {
  let code: ExpressionCode
  let constant: Value
  let isConstant: Bool

  static let absent: ExpressionCode = { _ throws(PyException) in .none }

  @inline(__always) func value(in f: Frame) throws(PyException) -> Value {
    isConstant ? constant : try code(f)
  }
}
