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
    let interp = self.interp
    let low = try lower.map { (e) throws(SyntaxError) in try compile(e) }
    let high = try upper.map { (e) throws(SyntaxError) in try compile(e) }
    let fixedSlice = Compiler.constantSlice(lower, upper, nil)
    return { (f: Frame) throws(PyException) -> Value in
      let container = try load(f)
      let l = try low?(f) ?? .none
      let u = try high?(f) ?? .none
      if case .object(let o) = container, o.isExactly(PyList.self) || o.isExactly(PyTuple.self),
        case let sequence = unsafeDowncast(o, to: PySequence.self),
        let range = PySlice.unitRange(l, u, count: sequence.items.count)
      {
        return .object(sequence.make(Array(sequence.items[range])))
      }
      return try Compiler.getItem(
        container, fixedSlice ?? .object(PySlice(l, u, .none)), span, interp)
    }
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
  private static func constantIndex(_ e: Expr?) -> Value? {
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
