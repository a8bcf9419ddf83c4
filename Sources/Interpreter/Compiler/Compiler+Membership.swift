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
    let slot = code.localSlot
    @inline(__always) func answer(_ b: UInt8) -> Value {
      let found = b < 64 ? table.low >> b & 1 != 0 : table.high >> (b - 64) & 1 != 0
      return .bool(found != negated)
    }
    return { (f: Frame) throws(PyException) -> Value in
      // `ch in 'aeiou'` of a local: the str looked at in its slot, not retained.
      if slot >= 0, let o = f.unretainedObject(slot),
        let b = o._withUnsafeGuaranteedRef({ Compiler.singleASCIIByte(of: $0) })
      {
        return answer(b)
      }
      let x = try code.value(in: f)
      if case .object(let o) = x, let b = Compiler.singleASCIIByte(of: o) { return answer(b) }
      do throws(PyException) {
        return .bool(try interp.contains(container, x) != negated)
      } catch {
        throw Compiler.marked(error, span)
      }
    }
  }

  /// The character of `o` when it is an exact str of one ASCII character.
  @inline(__always) private static func singleASCIIByte(of o: PyObject) -> UInt8? {
    guard o.isExactly(PyStr.self) else { return nil }
    return unsafeDowncast(o, to: PyStr.self).singleASCIIByte
  }

  /// `x in c` for an int or a str in a plain set (or frozenset), or an int or str key in a
  /// plain dict: answered from the table where it lies, no key made; nil for anything else
  /// (asked as `in` always asks).
  @inline(__always) static func quickContains(_ c: Value, _ x: Value) -> Bool? {
    guard case .object(let o) = c, let key = LocalKey(x) else { return nil }
    return quickContains(Unmanaged.passUnretained(o), key)
  }

  /// `x in c` (or `not in`) with both plain variables: an int or str in a plain set, or an
  /// int or str key of a plain dict, looked up with both read where their slots hold them,
  /// neither retained nor released; anything else runs `general`. Nil when either operand is
  /// not a plain variable.
  func inPlaceMembership(
    _ item: Expr, _ container: Expr, negated: Bool, otherwise general: @escaping ExpressionCode
  ) -> ExpressionCode? {
    guard let x = variableAddress(item), let c = variableAddress(container) else { return nil }
    switch (x, c) {
    case (.local(let x), .local(let c)):
      // (Written out for locals, as `localDictGet` is.)
      let (itemSlot, containerSlot) = (x.slot, c.slot)
      return { (f: Frame) throws(PyException) -> Value in
        if let o = f.unretainedObject(containerSlot), let key = LocalKey(f, itemSlot),
          let found = Compiler.quickContains(o, key)
        {
          return .bool(found != negated)
        }
        return try general(f)
      }
    case (.local(let x), .global(let c)): return Compiler.membership(x, c, negated, general)
    case (.global(let x), .local(let c)): return Compiler.membership(x, c, negated, general)
    case (.global(let x), .global(let c)): return Compiler.membership(x, c, negated, general)
    }
  }

  @inline(__always)
  private static func membership<X: VariableAddress, C: VariableAddress>(
    _ item: X, _ container: C, _ negated: Bool, _ general: @escaping ExpressionCode
  ) -> ExpressionCode {
    { (f: Frame) throws(PyException) -> Value in
      if let o = container.unretainedObject(in: f), let key = item.key(in: f),
        let found = Compiler.quickContains(o, key)
      {
        return .bool(found != negated)
      }
      return try general(f)
    }
  }

  /// `quickContains` of a container and a key looked at where they lie (held alive by their
  /// variables or by the caller).
  @inline(__always)
  static func quickContains(_ container: Unmanaged<PyObject>, _ key: LocalKey) -> Bool? {
    container._withUnsafeGuaranteedRef { (o: PyObject) -> Bool? in
      if o.isExactly(PySet.self) {
        let set = unsafeDowncast(o, to: PySet.self)
        switch key {
        case .int(let i): return set.storage.contains(int: i)
        case .text(let text, _):
          if text._withUnsafeGuaranteedRef({ set.storage.contains(text: $0) }) { return true }
          // (An element that is an object with its own `__hash__` may equal it: `in` asks.)
          return set.storage.hasCustomKeys ? nil : false
        }
      }
      if o.isExactly(PyDict.self) {
        let table = unsafeDowncast(o, to: PyDict.self)
        // (A key that is an object with its own `__hash__` may equal the key: `in` asks.)
        guard !table.storage.hasCustomKeys else { return nil }
        return table.storage.position(of: key) != nil
      }
      return nil
    }
  }
}
