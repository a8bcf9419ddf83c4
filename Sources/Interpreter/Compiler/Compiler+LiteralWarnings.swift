import Syntax

/// The SyntaxWarnings CPython 3.11's compiler gives for code that cannot mean what it says:
/// `x is 1`, `assert (x, "message")`, `(1, 2)(3)`, `[1, 2][0, 1]`. They go through the
/// warnings filters to stderr as the code is compiled, before it runs.
extension Compiler {
  /// `a is 1`, `a is not ()`: an identity test against a literal (None, True, False and
  /// `...` are single objects, and fine). The first such test of a chain is named.
  func warnIdentityWithLiteral(_ first: Expr, _ rest: [(CompareOperator, Expr)]) {
    var left = first
    for (op, right) in rest {
      if op == .is || op == .isNot, isValueLiteral(left) || isValueLiteral(right) {
        warnSyntax(
          op == .is
            ? "\"is\" with a literal. Did you mean \"==\"?"
            : "\"is not\" with a literal. Did you mean \"!=\"?", at: first.location)
        return
      }
      left = right
    }
  }

  /// `assert (test, "message")`: a non-empty tuple is always true.
  func warnAssertOfTuple(_ test: Expr, at location: SourceLocation) {
    guard case .tuple(let items) = test.kind, !items.isEmpty else { return }
    warnSyntax("assertion is always true, perhaps remove parentheses?", at: location)
  }

  /// `(1, 2)(3)`: a call of a literal, usually a comma left out between two items.
  func warnUncallable(_ callee: Expr, at location: SourceLocation) {
    if case .lambda = callee.kind { return }
    guard let type = literalType(callee) else { return }
    warnSyntax("'\(type)' object is not callable; perhaps you missed a comma?", at: location)
  }

  /// `5[0]`, `[1, 2][0, 1]`, `'ab'['a']`: subscripts that fail for any value.
  func warnBadSubscript(_ base: Expr, _ index: Expr, at location: SourceLocation) {
    let baseType = literalType(base)
    let unsubscriptable: Bool
    switch base.kind {
    case .set, .comprehension(.set, _), .comprehension(.generator, _), .lambda:
      unsubscriptable = true
    default:
      let scalars: Set = ["NoneType", "ellipsis", "int", "bool", "float", "complex"]
      unsubscriptable = baseType.map(scalars.contains) ?? false
    }
    if unsubscriptable, let baseType {
      warnSyntax(
        "'\(baseType)' object is not subscriptable; perhaps you missed a comma?", at: location)
      return
    }
    guard let indexType = literalType(index), !["int", "bool"].contains(indexType),
      let baseType, ["str", "bytes", "tuple", "list"].contains(baseType)
    else { return }
    warnSyntax(
      "\(baseType) indices must be integers or slices, not \(indexType); perhaps you missed a comma?",
      at: location)
  }

  private func warnSyntax(_ message: String, at location: SourceLocation) {
    guard givenWarnings.insert("\(location.line):\(location.column):\(message)").inserted else {
      return
    }
    interp.warnExplicit("SyntaxWarning", message, file: file, line: location.line)
  }

  /// A literal (after CPython's folding) other than None, True, False and `...`.
  private func isValueLiteral(_ e: Expr) -> Bool {
    switch e.kind {
    case .none, .bool, .ellipsis, .not: return false
    default: return Compiler.isFoldedConstant(e)
    }
  }

  /// The type of what `e` makes whatever runs, as CPython's compiler infers it: literals,
  /// displays, comprehensions, lambdas, and signs of number literals; nil for the rest.
  private func literalType(_ e: Expr) -> String? {
    switch e.kind {
    case .int, .bigInt: return "int"
    case .float: return "float"
    case .imaginary: return "complex"
    case .string, .fstring: return "str"
    case .bytes: return "bytes"
    case .bool: return "bool"
    case .none: return "NoneType"
    case .ellipsis: return "ellipsis"
    case .tuple: return "tuple"
    case .list, .comprehension(.list, _): return "list"
    case .dict, .comprehension(.dict, _): return "dict"
    case .set, .comprehension(.set, _): return "set"
    case .comprehension(.generator, _): return "generator"
    case .lambda: return "function"
    case .not(let inner): return Compiler.isFoldedConstant(inner) ? "bool" : nil
    case .unary(_, let inner):
      guard Compiler.isFoldedConstant(inner), let type = literalType(inner) else { return nil }
      return type == "bool" ? "int" : ["int", "float", "complex"].contains(type) ? type : nil
    default: return nil
    }
  }
}
