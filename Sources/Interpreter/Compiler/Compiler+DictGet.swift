import Syntax

/// `d.get(k)` and `d.get(k, default)` on a plain dict, the counting idiom of learner code
/// (`counts[ch] = counts.get(ch, 0) + 1`): answered from the dict's table without a method
/// call. (A built-in type's methods cannot be replaced, so `get` of an exact dict is always
/// this.)
extension Compiler {
  /// `counts.get(key, 0)` on a plain dict in a variable (a built-in type's methods cannot be
  /// replaced): the key looked up in place, the default evaluated first as Python does;
  /// anything else calls `general`.
  @inline(__always)
  func dictGet<R: OperandReader>(
    _ receiver: R, _ arguments: DirectArguments, _ span: CallSpans?,
    otherwise general: @escaping ExpressionCode
  ) -> ExpressionCode {
    let interp = self.interp
    let count = arguments.count
    return { (f: Frame) throws(PyException) -> Value in
      guard let d = receiver.object(f, as: PyDict.self) else { return try general(f) }
      do throws(PyException) {
        let key = try arguments.value(0, from: f)
        let fallback = count == 2 ? try arguments.value(1, from: f) : .none
        guard let i = try d.position(of: key, interp) else { return fallback }
        return d.storage[entryAt: i].value
      } catch {
        throw Compiler.markedCall(error, span)
      }
    }
  }

  /// `d.get(...)`, `s.add(x)` or `s.discard(x)` on the dict or set in `receiver`, when the
  /// call is one of these; nil otherwise.
  func inPlaceMethodCall(
    _ receiver: VariableAddressKind, _ name: String, _ args: [Argument],
    _ direct: [CompiledExpression], _ span: CallSpans?, otherwise general: @escaping ExpressionCode
  ) -> ExpressionCode? {
    if name == "get" { return inPlaceDictGet(receiver, args, otherwise: general) }
    return inPlaceSetMethodCall(receiver, name, direct, span, otherwise: general)
  }

  /// `counts.get(ch, 0)`, the dict and the key plain variables (locals in a function, or
  /// globals) and the default a literal or absent: the dict and the key are looked at where
  /// their slots hold them, neither retained nor released (nothing in a lookup by an int or a
  /// str runs Python code); any other case calls `general`.
  func inPlaceDictGet(
    _ dict: VariableAddressKind, _ args: [Argument], otherwise general: @escaping ExpressionCode
  ) -> ExpressionCode? {
    guard args.count == 1 || args.count == 2,
      args.allSatisfy({ if case .positional = $0.kind { true } else { false } }),
      let key = variableAddress(args[0].value)
    else { return nil }
    let fallback: Value
    if args.count == 1 {
      fallback = .none
    } else {
      switch args[1].value.kind {
      case .int(let i): fallback = .int(i)
      case .float(let x): fallback = .float(x)
      case .bool(let b): fallback = .bool(b)
      case .none: fallback = .none
      default: return nil
      }
    }
    switch (dict, key) {
    case (.local(let d), .local(let k)): return localDictGet(d.slot, k.slot, fallback, general)
    case (.local(let d), .global(let k)): return Compiler.dictGet(d, k, fallback, general)
    case (.global(let d), .local(let k)): return Compiler.dictGet(d, k, fallback, general)
    case (.global(let d), .global(let k)): return Compiler.dictGet(d, k, fallback, general)
    }
  }

  /// `dictGet` of a local dict and key. (Written out: made from the generic version, the
  /// same code left the table's two arrays retained during the lookup, 240 instructions more.)
  private func localDictGet(
    _ dictSlot: Int, _ keySlot: Int, _ fallback: Value, _ general: @escaping ExpressionCode
  ) -> ExpressionCode {
    { (f: Frame) throws(PyException) -> Value in
      if let d = f.unretainedObject(dictSlot), let key = LocalKey(f, keySlot),
        let found = Compiler.value(in: d, at: key, fallback)
      {
        return found
      }
      return try general(f)
    }
  }

  @inline(__always)
  private static func dictGet<D: VariableAddress, K: VariableAddress>(
    _ dict: D, _ key: K, _ fallback: Value, _ general: @escaping ExpressionCode
  ) -> ExpressionCode {
    { (f: Frame) throws(PyException) -> Value in
      if let d = dict.unretainedObject(in: f), let key = key.key(in: f),
        let found = Compiler.value(in: d, at: key, fallback)
      {
        return found
      }
      return try general(f)
    }
  }

  /// The value under `key` in `object` when it is a plain dict (`fallback` when the key is not
  /// there); nil when it is not a plain dict.
  @inline(__always)
  static func value(in object: Unmanaged<PyObject>, at key: LocalKey, _ fallback: Value) -> Value? {
    object._withUnsafeGuaranteedRef { (o: PyObject) -> Value? in
      guard o.isExactly(PyDict.self) else { return nil }
      let table = unsafeDowncast(o, to: PyDict.self)
      // (A key that is an object with its own `__hash__` may equal the key: `PyDict.get` asks.)
      guard !table.storage.hasCustomKeys else { return nil }
      guard let position = table.storage.position(of: key) else { return fallback }
      return table.storage[entryAt: position].value
    }
  }

  /// Stores `v` under `key` in `object` when it is a plain dict (a new entry, or the value of
  /// the one there) or a plain list the int key indexes; false otherwise.
  @inline(__always)
  static func storeValue(in object: Unmanaged<PyObject>, at key: LocalKey, _ v: Value) -> Bool {
    object._withUnsafeGuaranteedRef { (o: PyObject) -> Bool in
      if o.isExactly(PyDict.self) {
        let table = unsafeDowncast(o, to: PyDict.self)
        // (A key that is an object with its own `__hash__` may equal the key: `PyDict.set`
        // asks.)
        guard !table.storage.hasCustomKeys else { return false }
        table.storage.store(v, at: key)
        return true
      }
      // `xs[i] = v` on a plain list with an int index in range.
      guard o.isExactly(PyList.self), case .int(let n) = key else { return false }
      let list = unsafeDowncast(o, to: PyList.self)
      let position = n < 0 ? n &+ list.items.count : n
      guard position >= 0 && position < list.items.count else { return false }
      list.items[position] = v
      return true
    }
  }
}
