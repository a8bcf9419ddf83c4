/// A module object: its namespace is a `Globals` table.
public final class PyModule: PyObject {
  public let name: String
  public let globals: Globals

  public init(name: String, globals: Globals = Globals()) {
    self.name = name
    self.globals = globals
  }

  override public var pyClass: PyClass { .module }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<module '\(name)'>"
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    if name == "__name__" { return .str(self.name) }
    return globals.value(of: name)
  }

  override public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    globals.set(name, value)
  }

  override public func deleteAttribute(_ name: String, _ interp: Interpreter) throws(PyException) {
    guard globals.value(of: name) != nil else {
      throw .attributeError("'module' object has no attribute '\(name)'")
    }
    globals.set(name, nil)
  }

  /// `dir(module)`: its names, sorted as CPython's are.
  override public func attributeNames() -> [String] {
    Array(Set(globals.definedNames + ["__name__"])).sorted()
  }

  public func define(_ name: String, _ value: Value) { globals.set(name, value) }

  public func define(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
    globals.set(name, .object(PyBuiltinFunction(name, body)))
  }

  /// A function with bodies for its common argument counts (a call site passes those as
  /// values) and `general` for any other call.
  public func define(
    _ name: String, fixed: FixedArityEntries, general: @escaping PyBuiltinFunction.Body
  ) {
    globals.set(name, .object(PyBuiltinFunction(name, general, fixed: fixed)))
  }
}

/// A module's global variables: names resolved to slots at compile time.
public final class Globals {
  var slotOf: [String: Int] = [:]
  var names: [String] = []
  /// Values by slot in a buffer of their own: compiled code reads and writes a slot without
  /// an array's uniqueness and bounds checks (slots only ever come from `slot(for:)`).
  private var storage: UnsafeMutablePointer<Value?>
  private var capacity = 16

  public init() {
    storage = .allocate(capacity: capacity)
  }

  deinit {
    storage.deinitialize(count: names.count)
    storage.deallocate()
  }

  /// The value in a slot (nil: unbound).
  @inline(__always) subscript(slot: Int) -> Value? {
    get { storage[slot] }
    set { storage[slot] = newValue }
  }

  /// The slot's value when it is an object of exactly class `T`, read in place.
  @inline(__always) func object<T: PyObject>(at slot: Int, as: T.Type) -> T? {
    guard case .object(let o)? = storage[slot], o.isExactly(T.self) else { return nil }
    return unsafeDowncast(o, to: T.self)
  }

  /// Where the slot's value lies, for code that looks at it in place and adds no global
  /// meanwhile (a new global may move the buffer).
  @inline(__always) func address(of slot: Int) -> UnsafeMutablePointer<Value?> { storage + slot }

  /// Whether the slot holds a value.
  @inline(__always) func isBound(_ slot: Int) -> Bool {
    if case .some = storage[slot] { return true }
    return false
  }

  /// Whether the slot holds the very object `value` is.
  @inline(__always) func holds(_ value: Value, at slot: Int) -> Bool {
    guard case .object(let held)? = storage[slot], case .object(let o) = value else {
      return false
    }
    return held === o
  }

  /// `s += tail` of the str in the slot, in place when nothing else refers to it (see
  /// `PyStr.appendInPlace`).
  func appendInPlace(_ tail: PyStr, at slot: Int) -> Bool {
    PyStr.appendInPlace(tail, toStrIn: storage + slot)
  }

  func slot(for name: String) -> Int {
    if let i = slotOf[name] { return i }
    let i = names.count
    if i == capacity {
      let grown = UnsafeMutablePointer<Value?>.allocate(capacity: capacity * 2)
      grown.moveInitialize(from: storage, count: i)
      storage.deallocate()
      storage = grown
      capacity *= 2
    }
    (storage + i).initialize(to: nil)
    slotOf[name] = i
    names.append(name)
    return i
  }

  public func value(of name: String) -> Value? {
    guard let i = slotOf[name] else { return nil }
    return storage[i]
  }

  public func set(_ name: String, _ value: Value?) {
    let i = slot(for: name)  // first: it may move the buffer
    storage[i] = value
  }

  public var definedNames: [String] {
    names.indices.filter { storage[$0] != nil }.map { names[$0] }
  }
}

/// A call site's memory of where a module keeps a name: the slot of its globals (slots never
/// move, so only a different module needs a new lookup).
final class ModuleSlotCache {
  let name: String
  private var module: PyModule?
  private var slot = 0

  init(_ name: String) { self.name = name }

  /// The module's current value for the name, if it has one.
  @inline(__always) func value(in m: PyModule) -> Value? {
    if module !== m {
      guard let s = m.globals.slotOf[name] else { return nil }
      module = m
      slot = s
    }
    return m.globals[slot]
  }
}
