import Syntax

extension Compiler {
  /// Whether CPython's compiler folds an expression into a constant: literals, and unary,
  /// arithmetic and tuple expressions of them (`-3`, `10**30`, `(1, 2)`). A division or
  /// remainder by a literal zero stays an expression (it raises when run).
  static func isFoldedConstant(_ e: Expr) -> Bool {
    switch e.kind {
    case .int, .bigInt, .float, .imaginary, .string, .bytes, .bool, .none, .ellipsis: return true
    case .unary(_, let inner), .not(let inner): return isFoldedConstant(inner)
    case .tuple(let items): return items.allSatisfy(isFoldedConstant)
    case .binary(let op, let left, let right):
      guard isFoldedConstant(left), isFoldedConstant(right) else { return false }
      switch op {
      case .trueDivide, .floorDivide, .modulo:
        if case .int(0) = right.kind { return false }
        if case .float(0) = right.kind { return false }
        if case .imaginary(0) = right.kind { return false }
        return true
      case .matrixMultiply: return false
      case .power, .leftShift, .multiply:
        // Ints that would pass 128 bits are left to run time.
        guard let l = literalInt(left), let r = literalInt(right) else { return true }
        let lbits = Int.bitWidth - l.magnitude.leadingZeroBitCount
        let rbits = Int.bitWidth - r.magnitude.leadingZeroBitCount
        switch op {
        case .power: return l == 0 || r <= 0 || lbits <= 128 / r
        case .leftShift: return lbits + r <= 128
        default: return l == 0 || r == 0 || lbits + rbits <= 128
        }
      default: return true
      }
    default: return false
    }
  }

  /// An int literal, or a negated one (`3`, `-1`).
  static func literalInt(_ e: Expr) -> Int? {
    switch e.kind {
    case .int(let i): return i
    case .unary(.negate, let inner): return literalInt(inner).map { -$0 }
    default: return nil
    }
  }
}
