/// Python's `bytearray`: bytes that change in place. Items and slices are assigned and
/// deleted; `append`, `extend`, `insert`, `pop`, `remove`, `clear`, `reverse`, `copy`, `+=`
/// and `*=` change it; the bytes methods answer with bytearrays where they give bytes. It is
/// unhashable, and equal to the bytes it holds.
public final class PyByteArray: PyBytes {
  public static let byteArrayClass = PyClass("bytearray", bases: [.object])

  override public var pyClass: PyClass { PyByteArray.byteArrayClass }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "bytearray(\(PyBytes.literal(bytes, escapingEveryQuote: true)))"
  }

  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? { nil }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let slice = key.as(PySlice.self) {
      return .object(PyByteArray(try slice.indices(count: bytes.count, interp).map { bytes[$0] }))
    }
    return .int(
      Int(bytes[try interp.sequenceIndex(key, count: bytes.count, typeName: "bytearray")]))
  }

  override public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    guard let slice = key.as(PySlice.self) else {
      let i = try interp.sequenceIndex(key, count: bytes.count, typeName: "bytearray")
      bytes[i] = try PyByteArray.byte(value)
      return
    }
    let new: [UInt8]
    if let b = value.as(PyBytes.self) {
      new = b.bytes
    } else {
      if case .object(let o) = value, o is PyStr {
        throw .typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
      }
      let items: [Value]
      do throws(PyException) {
        items = try interp.collect(value)
      } catch {
        throw .typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
      }
      new = try items.map { (v) throws(PyException) in try PyByteArray.byte(v) }
    }
    let (start, stop, step) = try slice.resolve(count: bytes.count, interp)
    if step == 1 {
      bytes.replaceSubrange(start..<max(start, stop), with: new)
      return
    }
    let indices = try slice.indices(count: bytes.count, interp)
    guard indices.count == new.count else {
      throw .valueError(
        "attempt to assign bytes of size \(new.count) to extended slice of size \(indices.count)")
    }
    for (i, b) in zip(indices, new) { bytes[i] = b }
  }

  override public func deleteItem(_ key: Value, _ interp: Interpreter) throws(PyException) {
    if let slice = key.as(PySlice.self) {
      let doomed = Set(try slice.indices(count: bytes.count, interp))
      bytes = bytes.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
      return
    }
    bytes.remove(at: try interp.sequenceIndex(key, count: bytes.count, typeName: "bytearray"))
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    if op == .add, !reflected, let o = other.as(PyBytes.self) {
      return .object(PyByteArray(bytes + o.bytes))
    }
    if op == .add, other.as(PyBytes.self) == nil, other.as(PyInstance.self) == nil {
      throw .typeError("can't concat \(other.typeName) to bytearray")
    }
    return try super.binary(op, other, reflected: reflected, interp).map(PyByteArray.converted)
  }

  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    switch op {
    case .add:
      guard let o = other.as(PyBytes.self) else {
        throw .typeError("can't concat \(other.typeName) to bytearray")
      }
      bytes += o.bytes
    case .multiply:
      guard case .int(let n) = other.asIndexLike else { return nil }
      let copies = try SequenceBudget.copies(bytes.count, n)
      let once = bytes
      bytes = []
      for _ in 0..<copies { bytes += once }
    default: return nil
    }
    return .object(self)
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    // (The methods that change it are class attributes: `installMutators`.)
    if let method = PyByteArray.byteArrayClass.attributes[name] {
      if let s = method.as(PyStaticMethod.self) { return s.function }
      if let c = method.as(PyClassMethod.self) {
        return .object(PyBoundMethod(function: c.function, receiver: .object(pyClass)))
      }
      return interp.bindIfFunction(method, to: .object(self))
    }
    guard let found = try super.getAttribute(name, interp) else { return nil }
    // bytes' methods, their bytes results made bytearrays (`ba.upper()`, `ba.split()`).
    guard let method = found.as(PyBuiltinFunction.self) else { return found }
    return .object(
      PyBuiltinFunction(name) { (a, interp) throws(PyException) in
        PyByteArray.converted(try interp.call(.object(method), a))
      })
  }

  /// The methods that change the bytearray, as class methods with bodies for their argument
  /// counts (the receiver counted), so a call site calls them without a bound method.
  private static func installMutators() {
    let c = byteArrayClass
    func me(_ v: Value) throws(PyException) -> PyByteArray {
      // (An exact type test first: the cast walks the class chain.)
      if case .object(let o) = v, o.isExactly(PyByteArray.self) {
        return unsafeDowncast(o, to: PyByteArray.self)
      }
      return try v.receiver(PyByteArray.self, "bytearray")
    }
    c.method(
      "append",
      fixed: FixedArityEntries(two: { (r, x, _) throws(PyException) in
        try me(r).bytes.append(try byte(x))
        return .none
      }))
    c.method(
      "extend",
      fixed: FixedArityEntries(two: { (r, source, interp) throws(PyException) in
        let ba = try me(r)
        if let b = source.as(PyBytes.self) {
          ba.bytes += b.bytes
          return .none
        }
        let items: [Value]
        do throws(PyException) {
          items = try interp.collect(source)
        } catch {
          guard error.isInstance(of: .typeError) else { throw error }
          throw .typeError("can't extend bytearray with \(source.typeName)")
        }
        ba.bytes += try items.map { (v) throws(PyException) in try byte(v) }
        return .none
      }))
    c.method(
      "insert",
      fixed: FixedArityEntries(three: { (r, index, x, _) throws(PyException) in
        let ba = try me(r)
        var i = try Arguments.index(index)
        let b = try byte(x)
        if i < 0 { i += ba.bytes.count }
        ba.bytes.insert(b, at: min(max(i, 0), ba.bytes.count))
        return .none
      }))
    func pop(_ ba: PyByteArray, _ index: Int) throws(PyException) -> Value {
      guard !ba.bytes.isEmpty else { throw .indexError("pop from empty bytearray") }
      let i = index < 0 ? index + ba.bytes.count : index
      guard i >= 0 && i < ba.bytes.count else { throw .indexError("pop index out of range") }
      return .int(Int(ba.bytes.remove(at: i)))
    }
    c.method(
      "pop",
      fixed: FixedArityEntries(
        one: { (r, _) throws(PyException) in try pop(try me(r), -1) },
        two: { (r, i, _) throws(PyException) in try pop(try me(r), try Arguments.index(i)) }))
    c.method(
      "remove",
      fixed: FixedArityEntries(two: { (r, x, _) throws(PyException) in
        let ba = try me(r)
        let b = try byte(x)
        guard let i = ba.bytes.firstIndex(of: b) else {
          throw .valueError("value not found in bytearray")
        }
        ba.bytes.remove(at: i)
        return .none
      }))
    c.method(
      "clear",
      fixed: FixedArityEntries(one: { (r, _) throws(PyException) in
        try me(r).bytes = []
        return .none
      }))
    c.method(
      "reverse",
      fixed: FixedArityEntries(one: { (r, _) throws(PyException) in
        try me(r).bytes.reverse()
        return .none
      }))
    c.method(
      "copy",
      fixed: FixedArityEntries(one: { (r, _) throws(PyException) in
        .object(PyByteArray(try me(r).bytes))
      }))
  }

  /// One byte given as an int, with CPython's errors.
  static func byte(_ v: Value) throws(PyException) -> UInt8 {
    guard case .int(let n) = v.asIndexLike else {
      throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
    guard let b = UInt8(exactly: n) else { throw .valueError("byte must be in range(0, 256)") }
    return b
  }

  /// A bytes method's result with its bytes (alone, in a list or a tuple) made bytearrays.
  static func converted(_ v: Value) -> Value {
    if let b = v.as(PyBytes.self), b.isExactly(PyBytes.self) {
      return .object(PyByteArray(b.bytes))
    }
    if let list = v.as(PyList.self), list.isExactly(PyList.self) {
      return .list(list.items.map(converted))
    }
    if let tuple = v.as(PyTuple.self) { return .tuple(tuple.items.map(converted)) }
    return v
  }

  /// `bytearray(...)`: as `bytes(...)`, mutable; the class methods `fromhex` and `maketrans`
  /// as bytes' (a bytearray from `fromhex`).
  static func install() {
    let c = byteArrayClass
    installMutators()
    c.constructor = { (a, interp) throws(PyException) in
      let source = a.parameter(0, "source")
      if a.count > 1 || source?.as(PyStr.self) != nil || source == nil || !a.keywords.isEmpty {
        let made = try PyBytes.bytesClass.constructor!(a, interp)
        return .object(PyByteArray(made.as(PyBytes.self)?.bytes ?? []))
      }
      guard let source else { return .object(PyByteArray([])) }
      if let b = source.as(PyBytes.self) { return .object(PyByteArray(b.bytes)) }
      if case .int(let n) = source {
        guard n >= 0 else { throw .valueError("negative count") }
        try SequenceBudget.check(n, 1)
        return .object(PyByteArray([UInt8](repeating: 0, count: n)))
      }
      return .object(
        PyByteArray(try interp.collect(source).map { (v) throws(PyException) in try byte(v) }))
    }
    if let fromhex = PyBytes.bytesClass.attributes["fromhex"]?.as(PyClassMethod.self)?.function {
      c.classMethod("fromhex") { (a, interp) throws(PyException) in
        converted(try interp.call(fromhex, a))
      }
    }
    c.attributes["maketrans"] = PyBytes.bytesClass.attributes["maketrans"]
  }
}
