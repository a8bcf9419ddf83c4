/// The compiled form of a `def` or `lambda`: its parameters, frame layout and body.
public final class FunctionCode {
  public let name: String
  public let file: String
  let parameters: ParameterLayout
  /// Number of local slots in a frame of this function.
  let slotCount: Int
  /// Number of cells this function creates for its own captured locals.
  let cellCount: Int
  /// Parameters captured by inner functions: (parameter slot, cell index).
  let cellParameters: [(slot: Int, cell: Int)]
  /// The statements before a final `return value` (all of them when there is none), and
  /// whether there are any. (Closures in plain fields: an optional closure or a struct of
  /// one is copied, its context retained and released, on every call.)
  let body: StatementCode
  let hasBody: Bool
  /// The line `body` starts on when it is a single statement, which the call records (a
  /// sequence records its statements' lines itself: 0).
  let bodyLine: Int
  /// A final `return value`: its expression and line (`hasResult` false: none).
  let result: ExpressionCode
  /// The slot the final `return` reads when it returns a plain local (-1 otherwise).
  let resultSlot: Int
  let resultLine: Int
  let hasResult: Bool
  /// The argument count a call may bind straight into slots: set when the function takes
  /// only positional parameters (no `*args`, keyword-only or `**kwargs`).
  let directArity: Int?
  /// The names of the positional parameters, in order.
  public var positionalParameters: [String] { parameters.positional }
  /// The docstring: the body's first statement when it is a string literal.
  public var doc: String?
  /// The body yields: a call returns a generator over it.
  var isGenerator = false
  /// The function's code over plain ints, when all its values are ints (see `IntKernel`).
  var intKernel: IntKernel?
  /// The method's code over plain ints, when it only updates int attributes of its instance
  /// (see `MethodKernel`).
  var methodKernel: MethodKernel?
  /// Local variable names by slot, and captured locals with their cells (for `locals()`).
  var localNames: [String] = []
  var localCells: [(name: String, cell: Int)] = []
  /// Finished frames kept for the next calls of functions made from this code (code without
  /// cells of its own: its frames hold nothing a closure could have captured). Kept here and
  /// not in each function, so a lambda made anew in every iteration reuses them; a spare frame
  /// refers to no live function, so it forms no cycle with one.
  private let spareFrames = UnsafeMutablePointer<Frame>.allocate(capacity: FunctionCode.spareLimit)
  private var spareCount = 0
  /// (Enough for a recursion's frames to be reused as it goes down and up again: with 8,
  /// fib(25) allocated and freed a frame every few calls.)
  private static let spareLimit = 32

  deinit {
    spareFrames.deinitialize(count: spareCount)
    spareFrames.deallocate()
  }

  init(
    name: String, file: String, parameters: ParameterLayout, slotCount: Int, cellCount: Int,
    cellParameters: [(slot: Int, cell: Int)], body: CompiledStatement?, result: Result?
  ) {
    if let body {
      self.body = body.run
    } else {
      self.body = FunctionCode.emptyBody
    }
    hasBody = body != nil
    bodyLine = body?.line ?? 0
    resultSlot = result?.code.localSlot ?? -1
    if let result {
      self.result = result.code.run
    } else {
      self.result = FunctionCode.noResult
    }
    resultLine = result?.line ?? 0
    hasResult = result != nil
    self.name = name
    self.file = file
    self.parameters = parameters
    self.slotCount = slotCount
    self.cellCount = cellCount
    self.cellParameters = cellParameters
    let simple =
      parameters.varArgs == nil && parameters.keywordOnly.isEmpty && parameters.varKeywords == nil
    directArity = simple ? parameters.positional.count : nil
  }
}

extension FunctionCode {
  /// A fresh frame for a call of `function` (made from this code): a recycled one when there
  /// is one. The caller keeps `function` alive while the frame runs.
  @inline(__always) func takeFrame(for function: PyFunction) -> Frame {
    guard spareCount > 0 else { return Frame(function: function) }
    spareCount -= 1
    let frame = (spareFrames + spareCount).move()
    frame.function = function
    if !function.closure.isEmpty { frame.cells = function.closure }
    return frame
  }

  /// Takes back a frame after its call, when nothing else holds it (a generator does). Moves
  /// the reference in: no reference counting on the way out and back in.
  @inline(__always) func recycle(_ frame: consuming Frame) {
    guard cellCount == 0, spareCount < FunctionCode.spareLimit,
      isKnownUniquelyReferenced(&frame)
    else { return }
    frame.reset()
    (spareFrames + spareCount).initialize(to: consume frame)
    spareCount += 1
  }

  /// Stand-ins for an absent body or final `return value` (never run: see `hasBody`).
  static let emptyBody: StatementCode = { _ throws(PyException) in .normal }
  static let noResult: ExpressionCode = { _ throws(PyException) in .none }

  /// The expression of a function's final `return`, and its line.
  struct Result {
    let code: CompiledExpression
    let line: Int
  }
}

/// Names of a function's parameters in slot order: positional, `*args`, keyword-only, `**kw`.
struct ParameterLayout {
  var positional: [String]
  /// The first `positionalOnly` positional parameters cannot be passed by keyword.
  var positionalOnly = 0
  var varArgs: String?
  var keywordOnly: [String]
  var varKeywords: String?
}

/// A user-defined function: code plus the defaults and closure cells captured at `def` time.
public final class PyFunction: PyObject {
  public let code: FunctionCode
  let defaults: [Value]
  let keywordDefaults: [String: Value]
  let closure: [PyCell]
  public let globals: Globals
  public var qualifiedName: String
  /// Attributes set on the function object (its `__dict__`, and a `__name__` given to it).
  var attributes: [String: Value] = [:]
  /// The class whose body defined this function (for zero-argument `super()`).
  var definingClass: PyClass?
  init(
    code: FunctionCode, defaults: [Value], keywordDefaults: [String: Value], closure: [PyCell],
    globals: Globals, qualifiedName: String
  ) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
    self.globals = globals
    self.qualifiedName = qualifiedName
  }

  override public var isCallable: Bool { true }
  override public var pyClass: PyClass { .function }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<function \(qualifiedName) at \(Interpreter.address(of: self))>"
  }

  /// `name(a, b=1, *args, c, **kw)`, as help() shows it.
  public func signature(_ interp: Interpreter) -> String {
    let layout = code.parameters
    var parts: [String] = []
    let firstDefault = layout.positional.count - defaults.count
    for (i, name) in layout.positional.enumerated() {
      parts.append(
        i >= firstDefault
          ? "\(name)=\((try? interp.repr(defaults[i - firstDefault])) ?? "?")" : name)
    }
    if let v = layout.varArgs {
      parts.append("*" + v)
    } else if !layout.keywordOnly.isEmpty {
      parts.append("*")
    }
    for name in layout.keywordOnly {
      parts.append(keywordDefaults[name].map { "\(name)=\((try? interp.repr($0)) ?? "?")" } ?? name)
    }
    if let k = layout.varKeywords { parts.append("**" + k) }
    return "\(code.name)(\(parts.joined(separator: ", ")))"
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    if let v = attributes[name] { return v }
    switch name {
    case "__name__": return .str(code.name)
    case "__qualname__": return .str(qualifiedName)
    case "__doc__": return code.doc.map { Value.str($0) } ?? Value.none
    case "__defaults__": return defaults.isEmpty ? Value.none : .tuple(defaults)
    case "__kwdefaults__":
      guard !keywordDefaults.isEmpty else { return Value.none }
      let d = PyDict()
      for name in code.parameters.keywordOnly {
        if let v = keywordDefaults[name] { d.set(name, v) }
      }
      return .object(d)
    case "__annotations__":
      // An empty dict, made when first asked for and kept (as CPython's).
      let table = Value.object(PyDict())
      attributes[name] = table
      return table
    case "__dict__":
      let d = PyDict()
      // (What CPython keeps in the function's own fields is not in its dict.)
      let fields: Set = ["__name__", "__qualname__", "__doc__", "__annotations__", "__module__"]
      for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where !fields.contains(key) {
        d.set(key, value)
      }
      return .object(d)
    default: return try super.getAttribute(name, interp)
    }
  }

  /// Functions take attributes (`wrapper.__name__ = f.__name__`, `f.calls = 0`).
  override public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    if name == "__qualname__", let s = value.as(PyStr.self)?.value { qualifiedName = s }
    attributes[name] = value
  }

  override public func deleteAttribute(_ name: String, _ interp: Interpreter) throws(PyException) {
    guard attributes.removeValue(forKey: name) != nil else {
      throw .attributeError("'function' object has no attribute '\(name)'")
    }
  }

  override public func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let code = self.code
    let frame = code.takeFrame(for: self)
    do throws(PyException) {
      try bind(args, into: frame)
    } catch {
      code.recycle(frame)
      throw error
    }
    if code.isGenerator { return .object(PyGenerator(frame: frame, function: self, interp)) }
    return try interp.run(consume frame, code)
  }

  /// Binds call arguments to parameter slots with Python's rules and messages.
  func bind(_ args: Arguments, into frame: Frame) throws(PyException) {
    let layout = code.parameters
    let positionalCount = layout.positional.count
    let given = args.positional
    if given.count > positionalCount && layout.varArgs == nil {
      let expected =
        defaults.isEmpty
        ? "\(positionalCount)" : "from \(positionalCount - defaults.count) to \(positionalCount)"
      let plural = positionalCount == 1 && defaults.isEmpty ? "" : "s"
      throw .typeError(
        "\(qualifiedName)() takes \(expected) positional argument\(plural) but \(given.count) \(given.count == 1 ? "was" : "were") given"
      )
    }
    for i in 0..<min(given.count, positionalCount) { frame.slots[i] = given[i] }
    var slot = positionalCount
    if layout.varArgs != nil {
      frame.slots[slot] = .tuple(
        given.count > positionalCount ? Array(given[positionalCount...]) : [])
      slot += 1
    }
    let keywordOnlyBase = slot
    var extraKeywords: PyDict?
    var positionalOnlyByKeyword: [String] = []
    for (name, value) in args.keywords {
      if let i = layout.positional.firstIndex(of: name), i < layout.positionalOnly {
        // A positional-only name given by keyword belongs to **kwargs, if there is one.
        guard layout.varKeywords != nil else {
          positionalOnlyByKeyword.append(name)
          continue
        }
        if extraKeywords == nil { extraKeywords = PyDict() }
        extraKeywords!.set(name, value)
      } else if let i = layout.positional.firstIndex(of: name) {
        guard frame.slots[i] == nil else {
          throw .typeError("\(qualifiedName)() got multiple values for argument '\(name)'")
        }
        frame.slots[i] = value
      } else if let i = layout.keywordOnly.firstIndex(of: name) {
        frame.slots[keywordOnlyBase + i] = value
      } else if layout.varKeywords != nil {
        if extraKeywords == nil { extraKeywords = PyDict() }
        extraKeywords!.set(name, value)
      } else {
        throw .typeError("\(qualifiedName)() got an unexpected keyword argument '\(name)'")
      }
    }
    if !positionalOnlyByKeyword.isEmpty {
      throw .typeError(
        "\(qualifiedName)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyByKeyword.joined(separator: ", "))'"
      )
    }
    // Defaults for the trailing positional parameters, then report what is still missing.
    let firstDefault = positionalCount - defaults.count
    var missing: [String] = []
    for i in 0..<positionalCount where frame.slots[i] == nil {
      if i >= firstDefault {
        frame.slots[i] = defaults[i - firstDefault]
      } else {
        missing.append(layout.positional[i])
      }
    }
    if !missing.isEmpty {
      throw .typeError(
        "\(qualifiedName)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(PyFunction.listNames(missing))"
      )
    }
    var missingKeywords: [String] = []
    for (i, name) in layout.keywordOnly.enumerated() where frame.slots[keywordOnlyBase + i] == nil {
      if let d = keywordDefaults[name] {
        frame.slots[keywordOnlyBase + i] = d
      } else {
        missingKeywords.append(name)
      }
    }
    if !missingKeywords.isEmpty {
      throw .typeError(
        "\(qualifiedName)() missing \(missingKeywords.count) required keyword-only argument\(missingKeywords.count == 1 ? "" : "s"): \(PyFunction.listNames(missingKeywords))"
      )
    }
    if layout.varKeywords != nil {
      frame.slots[keywordOnlyBase + layout.keywordOnly.count] = .object(extraKeywords ?? PyDict())
    }
    for (slot, cell) in code.cellParameters {
      frame.cells[cell].value = frame.slots[slot]
    }
  }

  /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
  static func listNames(_ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    switch quoted.count {
    case 1: return quoted[0]
    case 2: return quoted[0] + " and " + quoted[1]
    default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }
  }
}

/// A built-in function implemented in Swift.
public final class PyBuiltinFunction: PyObject {
  public typealias Body = (Arguments, Interpreter) throws(PyException) -> Value
  public let name: String
  public let body: Body
  /// What a call site runs when it found this method through the receiver's own class: a
  /// built-in type's method without the check that its receiver is of the type (`body` for a
  /// plain function). A plain field, not an optional: unwrapping an optional closure converts
  /// it, which allocates a thunk on every call.
  let foundBody: Body
  /// Bodies for calls with a fixed argument count (`fixed.arities` 0: none).
  let fixed: FixedArityEntries

  public init(_ name: String, _ body: @escaping Body) {
    self.name = name
    self.body = body
    foundBody = body
    fixed = .none
  }

  /// A built-in function whose general entry is `body`, with bodies for the argument counts
  /// a call needs no check for (numpy's `dot(a, b)`).
  public init(_ name: String, _ body: @escaping Body, fixed: FixedArityEntries) {
    self.name = name
    self.body = body
    foundBody = body
    self.fixed = fixed
  }

  init(_ name: String, method: @escaping Body, fixed: FixedArityEntries, checked: @escaping Body) {
    self.name = name
    body = checked
    foundBody = method
    self.fixed = fixed
  }

  /// A built-in function with bodies for fixed argument counts only (`len`, `isinstance`).
  init(_ name: String, fixed: FixedArityEntries) {
    self.name = name
    body = BuiltinKeywords.checked(name, fixed.general(name, method: false))
    foundBody = body
    self.fixed = fixed
  }

  override public var isCallable: Bool { true }
  override public var pyClass: PyClass { .builtinFunction }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    if let (type, method) = methodOfType {
      return "<method '\(method)' of '\(type)' objects>"
    }
    return "<built-in function \(name)>"
  }

  /// A built-in type's method (`str.split`), which CPython calls a method descriptor: the
  /// type's name and the method's.
  var methodOfType: (type: String, method: String)? {
    guard BuiltinDocs.entries[name]?.bound != nil, let dot = name.firstIndex(of: ".") else {
      return nil
    }
    return (String(name[..<dot]), String(name[name.index(after: dot)...]))
  }

  /// The name this function has in `BuiltinDocs`: a builtin's (`len`, the object the
  /// builtins hold under that name) or a type's method's (`str.split`).
  func documentedName(_ interp: Interpreter) -> String? {
    if name.contains(".") { return BuiltinDocs.entries[name] != nil ? name : nil }
    guard case .object(let o)? = interp.builtins[name], o === self else { return nil }
    return BuiltinDocs.entries[name] != nil ? name : nil
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "__name__": return .str(methodOfType?.method ?? self.name)
    case "__qualname__": return .str(self.name)
    case "__doc__":
      let doc = documentedName(interp).flatMap { BuiltinDocs.entries[$0]?.docstring }
      return doc.map { Value.str($0) } ?? Value.none
    default: return try super.getAttribute(name, interp)
    }
  }

  override public func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    try body(args, interp)
  }
}

/// A function bound to its receiver (`obj.method`).
public final class PyBoundMethod: PyObject {
  public let function: Value
  public let receiver: Value

  public init(function: Value, receiver: Value) {
    self.function = function
    self.receiver = receiver
  }

  override public var isCallable: Bool { true }
  override public var pyClass: PyClass { .method }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    let name =
      function.as(PyFunction.self)?.qualifiedName ?? function.as(PyBuiltinFunction.self)?.name
      ?? "?"
    if function.as(PyBuiltinFunction.self) != nil {
      return
        "<built-in method \(name.split(separator: ".").last ?? "") of \(receiver.typeName) object at \(receiver.as(PyObject.self).map { Interpreter.address(of: $0) } ?? "0x0")>"
    }
    return "<bound method \(name) of \(try interp.repr(receiver))>"
  }

  /// `__func__` and `__self__`; any other attribute is the function's, as in CPython.
  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch name {
    case "__func__": return function
    case "__self__": return receiver
    case "__class__": return .object(PyClass.method)
    default:
      guard case .object(let f) = function else { return nil }
      return try f.getAttribute(name, interp)
    }
  }

  override public func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    var all = args
    all.positional.insert(receiver, at: 0)
    return try interp.call(function, all)
  }
}

/// A variable captured by an inner function.
public final class PyCell {
  public var value: Value?
  public init(_ value: Value? = nil) { self.value = value }
}
