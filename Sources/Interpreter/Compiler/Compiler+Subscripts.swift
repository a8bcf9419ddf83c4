import Syntax

/// `container[key]` read where the container is a variable: a list, tuple or dict in a local
/// or global slot is looked at in place (no copy of the container out of its slot, no trip
/// through the interpreter's general item access); an int key of a local or a literal is
/// read without copying either.
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
    let maker = ItemReadCode(interp: interp, span: span)
    if let local = localOperand(base) { return try keyed(local, index, maker) }
    if let global = globalOperand(base, load) { return try keyed(global, index, maker) }
    return try keyed(CodeOperand(code: load), index, maker)
  }

  /// `params['W1']`: a str literal's dict key made once, the dict's entry read by it.
  @inline(__always)
  private func literalKeyed<C: OperandReader>(
    _ container: C, _ key: @escaping ExpressionCode, _ text: String, _ span: SourceSpan?
  ) -> ExpressionCode {
    let interp = self.interp
    let hashKey = HashKey.string(text)
    return { (f: Frame) throws(PyException) -> Value in
      if let dict = container.object(f, as: PyDict.self), let v = dict.value(forKey: hashKey) {
        return v
      }
      return try Compiler.getItem(container.read(f), key(f), span, interp)
    }
  }

  /// `maker`'s code for `container` and the key `index`, specialised to where the key comes
  /// from.
  private func keyed<C: OperandReader>(_ container: C, _ index: Expr, _ maker: ItemReadCode)
    throws(SyntaxError) -> ExpressionCode
  {
    switch try operandSource(index) {
    case .local(let slot, let name):
      return maker.make(container, LocalOperand(slot: slot, name: name)).run
    case .constant(let value): return maker.make(container, ConstantOperand(value: value)).run
    case .code(let code): return maker.make(container, CodeOperand(code: code)).run
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
      // (The container is read before the key, as Python evaluates them; looking in a slot
      // has no effects.)
      if let list = container.object(f, as: PyList.self) {
        return try ItemReadCode.item(of: list, key, f, span, interp)
      }
      if let tuple = container.object(f, as: PyTuple.self) {
        return try ItemReadCode.item(of: tuple, key, f, span, interp)
      }
      if let dict = container.object(f, as: PyDict.self) {
        let k = try key.read(f)
        do throws(PyException) {
          return try dict.getItem(k, interp)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      if let str = container.object(f, as: PyStr.self) {
        let k = try key.read(f)
        do throws(PyException) {
          return try str.getItem(k, interp)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      let (c, k) = (try container.read(f), try key.read(f))
      return try Compiler.getItem(c, k, span, interp)
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
