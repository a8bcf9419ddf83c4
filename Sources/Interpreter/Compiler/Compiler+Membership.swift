import Syntax

/// `ch in 'aeiou'`: membership of a one-character str in a str literal of ASCII characters,
/// answered from a table of the literal's characters made once (character loops over text do
/// this for every character); any other operand asks the literal as `in` always does.
extension Compiler {
  func literalMembership(
    _ item: Expr, _ literal: String, negated: Bool, _ span: SourceSpan?
  ) throws(SyntaxError) -> ExpressionCode? {
    guard !literal.isEmpty, literal.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    var table: (low: UInt64, high: UInt64) = (0, 0)
    for b in literal.utf8 {
      if b < 64 { table.low |= 1 << b } else { table.high |= 1 << (b - 64) }
    }
    let interp = self.interp
    let code = try compileOperand(item)
    let container = Value.str(literal)
    return { (f: Frame) throws(PyException) -> Value in
      let x = try code.value(in: f)
      if case .object(let o) = x, o.isExactly(PyStr.self),
        let b = unsafeDowncast(o, to: PyStr.self).singleASCIIByte
      {
        let found = b < 64 ? table.low >> b & 1 != 0 : table.high >> (b - 64) & 1 != 0
        return .bool(found != negated)
      }
      do throws(PyException) {
        return .bool(try interp.contains(container, x) != negated)
      } catch {
        throw Compiler.marked(error, span)
      }
    }
  }

  /// `x in c` for an int or a str in a plain set (or frozenset), or an int or str key in a
  /// plain dict: answered from the table where it lies, no key made; nil for anything else
  /// (asked as `in` always asks).
  @inline(__always) static func quickContains(_ c: Value, _ x: Value) -> Bool? {
    guard case .object(let o) = c else { return nil }
    if o.isExactly(PySet.self) {
      if case .int(let i) = x { return unsafeDowncast(o, to: PySet.self).storage.contains(int: i) }
      if case .object(let t) = x, t.isExactly(PyStr.self) {
        return unsafeDowncast(o, to: PySet.self).storage.contains(
          text: unsafeDowncast(t, to: PyStr.self))
      }
    }
    if o.isExactly(PyDict.self),
      let i = unsafeDowncast(o, to: PyDict.self).storage.fastPosition(of: x)
    {
      return i >= 0
    }
    return nil
  }
}
