import Syntax

/// `container[key]`: a list, tuple, dict or str container goes straight to its items (no trip
/// through the interpreter's general item access), read in place when it is a variable; an
/// int key of a local or a literal is read without copying it.
extension Compiler {
  /// `base[index]`; `load` is `base` compiled.
  func compileItemRead(
    _ base: Expr, _ load: @escaping ExpressionCode, _ index: Expr, _ span: SourceSpan?
  ) throws(SyntaxError) -> ExpressionCode {
    if case .string(let text) = index.kind {
      let key = try compile(index)
      if let local = localOperand(base) { return literalKeyed(local, key, text, span) }
      if let global = globalOperand(base, load) { return literalKeyed(global, key, text, span) }
      return literalKeyed(CodeOperand(code: load), key, text, span)
    }
    return specialized(
      try operandSource(base, compiled: load), try operandSource(index),
      ItemReadCode(interp: interp, span: span)
    ).run
  }

  /// `params['W1']`: a str literal's dict key made once, the dict's entry read by it.
  @inline(__always)
  private func literalKeyed<C: OperandReader>(
    _ container: C, _ key: @escaping ExpressionCode, _ text: String, _ span: SourceSpan?
  ) -> ExpressionCode {
    let interp = self.interp
    let hashKey = HashKey.string(text)
    return { (f: Frame) throws(PyException) -> Value in
      if C.readsInPlace {
        // (The dict looked at where its variable keeps it: not retained for the lookup.)
        let found = container.unretainedObject(f)?._withUnsafeGuaranteedRef {
          (o: PyObject) -> Value? in
          guard o.isExactly(PyDict.self) else { return nil }
          return unsafeDowncast(o, to: PyDict.self).value(forKey: hashKey)
        }
        if let found { return found }
        return try Compiler.getItem(container.read(f), key(f), span, interp)
      }
      let c = try container.read(f)
      if case .object(let o) = c, o.isExactly(PyDict.self),
        let v = unsafeDowncast(o, to: PyDict.self).value(forKey: hashKey)
      {
        return v
      }
      return try Compiler.getItem(c, key(f), span, interp)
    }
  }
}

struct ItemReadCode: OperandSpecializer {
  let interp: Interpreter
  let span: SourceSpan?

  @inline(__always)
  func make<C: OperandReader, K: OperandReader>(_ container: C, _ key: K) -> CompiledExpression {
    let (interp, span) = (self.interp, self.span)
    return CompiledExpression { (f: Frame) throws(PyException) -> Value in
      // (The container is read before the key, as Python evaluates them; a variable is looked
      // at in its slot.)
      if C.readsInPlace {
        if let o = container.anyObject(f),
          let v = try ItemReadCode.fastItem(of: o, key, f, span, interp)
        {
          return v
        }
        return try Compiler.getItem(try container.read(f), try key.read(f), span, interp)
      }
      let c = try container.read(f)
      if case .object(let o) = c, let v = try ItemReadCode.fastItem(of: o, key, f, span, interp) {
        return v
      }
      return try Compiler.getItem(c, try key.read(f), span, interp)
    }
  }

  /// The item of a list, tuple, dict or str; nil (the key not read) for other containers.
  @inline(__always)
  static func fastItem<K: OperandReader>(
    of o: PyObject, _ key: K, _ f: Frame, _ span: SourceSpan?, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    if o.isExactly(PyList.self) {
      return try item(of: unsafeDowncast(o, to: PyList.self), key, f, span, interp)
    }
    if o.isExactly(PyTuple.self) {
      return try item(of: unsafeDowncast(o, to: PyTuple.self), key, f, span, interp)
    }
    guard o.isExactly(PyDict.self) || o.isExactly(PyStr.self) else { return nil }
    if let i = key.int(f), o.isExactly(PyStr.self),
      let character = unsafeDowncast(o, to: PyStr.self).shortASCIICharacter(at: i, interp)
    {
      return character
    }
    let k = try key.read(f)
    do throws(PyException) {
      return try o.getItem(k, interp)
    } catch {
      throw Compiler.marked(error, span)
    }
  }

  @inline(__always)
  static func item<K: OperandReader>(
    of sequence: PySequence, _ key: K, _ f: Frame, _ span: SourceSpan?, _ interp: Interpreter
  ) throws(PyException) -> Value {
    if let i = key.int(f), let v = sequence.item(i) { return v }
    let k = try key.read(f)
    if case .int(let i) = k, let v = sequence.item(i) { return v }
    return try Compiler.getItem(.object(sequence), k, span, interp)
  }
}

/// A key of `a[i, j]`: a local, an int literal, or any other expression. (Plain fields: an
/// enum with a closure payload is copied, with its reference counts, at every look.)
struct PairKeyPart {
  private enum Kind { case local, literal, code }
  private let kind: Kind
  private let slot: Int
  private let name: LocalName
  private let literal: Value
  private let code: ExpressionCode

  init(_ source: Compiler.OperandSource) {
    var (kind, slot, literal) = (Kind.code, 0, Value.none)
    var name = LocalName(name: "", span: nil)
    var code: ExpressionCode = { _ throws(PyException) in .none }
    switch source {
    case .local(let s, let n): (kind, slot, name) = (.local, s, n)
    case .constant(let value): (kind, literal) = (.literal, value)
    case .global(let global): code = { (f: Frame) throws(PyException) in try global.read(f) }
    case .code(let c): code = c
    }
    (self.kind, self.slot, self.name, self.literal, self.code) = (kind, slot, name, literal, code)
  }

  /// The key as an int when it is one and reading it has no effects (a local, a literal).
  @inline(__always) func int(_ f: Frame) -> Int? {
    switch kind {
    case .local: if case .int(let i)? = f.slots[slot] { return i }
    case .literal: if case .int(let i) = literal { return i }
    case .code: break
    }
    return nil
  }

  @inline(__always) func read(_ f: Frame) throws(PyException) -> Value {
    switch kind {
    case .local:
      guard let v = f.slots[slot] else { throw name.unbound }
      return v
    case .literal: return literal
    case .code: return try code(f)
    }
  }
}

extension Compiler {
  /// `a[i, j]` (no starred part): two ints reach the container without a key tuple when it
  /// allows (a 2-d array's element); the container read in place when it is a variable.
  func compilePairRead(
    _ base: Expr, _ load: @escaping ExpressionCode, _ index: Expr, _ span: SourceSpan?
  ) throws(SyntaxError) -> ExpressionCode? {
    guard case .tuple(let items) = index.kind, items.count == 2,
      !items.contains(where: { if case .starred = $0.kind { true } else { false } })
    else { return nil }
    let first = PairKeyPart(try operandSource(items[0]))
    let second = PairKeyPart(try operandSource(items[1]))
    if let local = localOperand(base) { return pairRead(local, first, second, span) }
    if let global = globalOperand(base, load) { return pairRead(global, first, second, span) }
    return pairRead(CodeOperand(code: load), first, second, span)
  }

  @inline(__always)
  private func pairRead<C: OperandReader>(
    _ container: C, _ first: PairKeyPart, _ second: PairKeyPart, _ span: SourceSpan?
  ) -> ExpressionCode {
    let interp = self.interp
    return { (f: Frame) throws(PyException) -> Value in
      if let i = first.int(f), let j = second.int(f), let o = container.anyObject(f),
        let v = o.getItem(i, j)
      {
        return v
      }
      let c = try container.read(f)
      let (x, y) = (try first.read(f), try second.read(f))
      if case .object(let o) = c, case .int(let i) = x, case .int(let j) = y,
        let v = o.getItem(i, j)
      {
        return v
      }
      return try Compiler.getItem(c, .tuple([x, y]), span, interp)
    }
  }
}
