import Syntax

extension Compiler {
  typealias StoreCode = (Frame, Value) throws(PyException) -> Void

  /// Code that binds a value to an assignment target.
  func compileStore(_ target: Expr) throws(SyntaxError) -> StoreCode {
    let interp = self.interp
    switch target.kind {
    case .name(let name):
      return store(name)
    case .attribute(let base, let rawName):
      let name = scope.mangle(rawName)
      let b = try compile(base)
      if let local = localOperand(base) { return attributeStore(local, name) }
      if let global = globalOperand(base, b) { return attributeStore(global, name) }
      return attributeStore(CodeOperand(code: b), name)
    case .subscript(let base, let index):
      // (A local container is read in place: `counts[ch] = n` in a function.)
      let container = try compileOperand(base)
      let span = failureSpan(target)
      if let (first, second) = try compilePairKey(index) {
        return { (f: Frame, v: Value) throws(PyException) in
          let container = try container.value(in: f)
          let (x, y) = (try first.value(in: f), try second.value(in: f))
          if case .object(let o) = container, case .int(let i) = x, case .int(let j) = y,
            o.setItem(i, j, v)
          {
            return
          }
          do throws(PyException) {
            try interp.setItem(container, .tuple([x, y]), v)
          } catch {
            throw Compiler.marked(error, span)
          }
        }
      }
      let i = try compileOperand(index)
      if let c = variableAddress(base), let k = variableAddress(index) {
        switch (c, k) {
        case (.local(let c), .local(let k)):
          return localDictStore(c.slot, k.slot, container, i, span)
        case (.local(let c), .global(let k)): return dictStore(c, k, container, i, span)
        case (.global(let c), .local(let k)): return dictStore(c, k, container, i, span)
        case (.global(let c), .global(let k)): return dictStore(c, k, container, i, span)
        }
      }
      if let c = variableAddress(base), let n = Compiler.literalInt(index) {
        switch c {
        case .local(let c): return literalIndexStore(c, n, container, i, span)
        case .global(let c): return literalIndexStore(c, n, container, i, span)
        }
      }
      return { (f: Frame, v: Value) throws(PyException) in
        let container = try container.value(in: f)
        let key = try i.value(in: f)
        // `counts[ch] = n` on a plain dict with an int or str key, `row[j] = x` on a plain
        // list with an int index in range: straight into its table or items (`key` keeps a
        // str key alive meanwhile).
        if case .object(let o) = container, let k = LocalKey(key),
          Compiler.storeValue(in: Unmanaged.passUnretained(o), at: k, v)
        {
          return
        }
        do throws(PyException) {
          try interp.setItem(container, key, v)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
    case .tuple(let items), .list(let items):
      return try compileUnpack(items, of: target)
    case .starred:
      throw SyntaxError("starred assignment target must be in a list or tuple", at: target.location)
    default:
      throw SyntaxError("cannot assign to \(target.kind.targetName)", at: target.location)
    }
  }

  /// `dictStore` of a local dict and key. (Written out: made from the generic version, the
  /// same code left the table's two arrays retained during the lookup.)
  private func localDictStore(
    _ dictSlot: Int, _ keySlot: Int, _ container: CompiledExpression, _ key: CompiledExpression,
    _ span: SourceSpan?
  ) -> StoreCode {
    let interp = self.interp
    return { (f: Frame, v: Value) throws(PyException) in
      if let d = f.unretainedObject(dictSlot), let k = LocalKey(f, keySlot),
        Compiler.storeValue(in: d, at: k, v)
      {
        return
      }
      try Compiler.storeOtherwise(v, container, key, f, span, interp)
    }
  }

  /// `counts[ch] = n`, the container and the key plain variables (locals in a function, or
  /// globals): on a plain dict with an int or str key, the value goes into its table with the
  /// dict and the key looked at in their slots, neither retained nor released (nothing there
  /// runs Python code); anything else as any subscript store.
  @inline(__always)
  private func dictStore<C: VariableAddress, K: VariableAddress>(
    _ c: C, _ k: K, _ container: CompiledExpression, _ key: CompiledExpression,
    _ span: SourceSpan?
  ) -> StoreCode {
    let interp = self.interp
    return { (f: Frame, v: Value) throws(PyException) in
      if let d = c.unretainedObject(in: f), let k = k.key(in: f),
        Compiler.storeValue(in: d, at: k, v)
      {
        return
      }
      try Compiler.storeOtherwise(v, container, key, f, span, interp)
    }
  }

  /// `xs[3] = v`, `d[-1] = v`: the container a plain variable, the index an int literal. As
  /// `dictStore`, with the key known when compiled.
  @inline(__always)
  private func literalIndexStore<C: VariableAddress>(
    _ c: C, _ n: Int, _ container: CompiledExpression, _ key: CompiledExpression,
    _ span: SourceSpan?
  ) -> StoreCode {
    let interp = self.interp
    return { (f: Frame, v: Value) throws(PyException) in
      if let o = c.unretainedObject(in: f), Compiler.storeValue(in: o, at: .int(n), v) { return }
      try Compiler.storeOtherwise(v, container, key, f, span, interp)
    }
  }

  /// The rest of `d[k] = v` when the value did not go into a plain dict's table in place (the
  /// container not a plain dict, the key not an int or str, or a variable unbound, whose read
  /// raises): as any subscript store.
  private static func storeOtherwise(
    _ v: Value, _ container: CompiledExpression, _ key: CompiledExpression, _ f: Frame,
    _ span: SourceSpan?, _ interp: Interpreter
  ) throws(PyException) {
    let (c, k) = (try container.value(in: f), try key.value(in: f))
    do throws(PyException) {
      try interp.setItem(c, k, v)
    } catch {
      throw Compiler.marked(error, span)
    }
  }

  func store(_ rawName: String) -> StoreCode {
    // In a class body every `__private` name is mangled: `def __f` binds `_C__f`.
    let name = scope.kind == .classBody ? scope.mangle(rawName) : rawName
    switch scope.locate(name) {
    case .local(let i):
      return { (f: Frame, v: Value) throws(PyException) in f.slots[i] = v }
    case .cell(let i):
      return { (f: Frame, v: Value) throws(PyException) in f.cells[i].value = v }
    case .global(let i):
      let globals = scope.globalsTable
      return { (_: Frame, v: Value) throws(PyException) in globals[i] = v }
    case .classNamespace(let name, _):
      return { (f: Frame, v: Value) throws(PyException) in f.namespace?.set(name, v) }
    }
  }

  /// Code that removes a binding, whatever its state (the `as` name after an except block).
  func unbind(_ name: String) -> (Frame) -> Void {
    switch scope.locate(name) {
    case .local(let i): return { f in f.slots[i] = nil }
    case .cell(let i): return { f in f.cells[i].value = nil }
    case .global(let i):
      let globals = scope.globalsTable
      return { _ in globals[i] = nil }
    case .classNamespace(let name, _):
      return { f in f.namespace?.storage.removeValue(forKey: .string(name)) }
    }
  }

  /// `a, *b, c = value`, with CPython's messages for the wrong number of values (underlining
  /// the whole target, as Python 3.11 does).
  private func compileUnpack(_ items: [Expr], of target: Expr) throws(SyntaxError)
    -> StoreCode
  {
    let interp = self.interp
    let location = target.location
    let span = sourceSpan(target)
    let starIndex = items.firstIndex { if case .starred = $0.kind { true } else { false } }
    if items.filter({ if case .starred = $0.kind { true } else { false } }).count > 1 {
      throw SyntaxError.afterParsing("multiple starred expressions in assignment", from: location)
    }
    let stores = try items.map { (item) throws(SyntaxError) -> StoreCode in
      if case .starred(let inner) = item.kind { return try compileStore(inner) }
      return try compileStore(item)
    }
    let count = items.count
    let general = { (f: Frame, v: Value) throws(PyException) in
      let values: [Value]
      if let s = v.as(PySequence.self) {
        values = s.items
      } else {
        do throws(PyException) {
          values = try Compiler.unpackedItems(v, count: starIndex == nil ? count : nil, interp)
        } catch {
          throw Compiler.marked(error, span)
        }
      }
      guard let star = starIndex else {
        if values.count < count {
          throw Compiler.marked(
            .valueError("not enough values to unpack (expected \(count), got \(values.count))"),
            span)
        }
        if values.count > count {
          throw Compiler.marked(
            .valueError("too many values to unpack (expected \(count))"), span)
        }
        for i in 0..<count { try stores[i](f, values[i]) }
        return
      }
      let after = count - star - 1
      guard values.count >= count - 1 else {
        throw Compiler.marked(
          .valueError(
            "not enough values to unpack (expected at least \(count - 1), got \(values.count))"),
          span)
      }
      for i in 0..<star { try stores[i](f, values[i]) }
      try stores[star](f, .list(Array(values[star..<(values.count - after)])))
      for j in 0..<after { try stores[star + 1 + j](f, values[values.count - after + j]) }
    }
    // `a, b = f(x)` into plain names: a tuple or list of the right length is written
    // straight into their slots.
    guard starIndex == nil, let names = nameTargets(items) else { return general }
    return { (f: Frame, v: Value) throws(PyException) in
      if case .object(let o) = v, o.isExactly(PyTuple.self) || o.isExactly(PyList.self) {
        let sequence = unsafeDowncast(o, to: PySequence.self)
        if sequence.items.count == count {
          for i in 0..<count { names[i].write(f, sequence.items[i]) }
          return
        }
      }
      try general(f, v)
    }
  }
}

extension Compiler {
  /// The items `a, b = v` unpacks from an iterable that is not a list or tuple, read as
  /// CPython reads them: its iterator got once, then `count` items and a test for one more
  /// (an endless iterator is not read to its end), or every item for a starred target
  /// (`count` nil). The count errors are the caller's but for "too many".
  static func unpackedItems(_ v: Value, count: Int?, _ interp: Interpreter)
    throws(PyException) -> [Value]
  {
    let iterator = try interp.iterate(
      v, notIterable: "cannot unpack non-iterable \(v.typeName) object")
    var items: [Value] = []
    guard let count else {
      while let item = try iterator.next(interp) { items.append(item) }
      return items
    }
    while items.count < count, let item = try iterator.next(interp) { items.append(item) }
    if items.count == count, try iterator.next(interp) != nil {
      throw .valueError("too many values to unpack (expected \(count))")
    }
    return items
  }
}
