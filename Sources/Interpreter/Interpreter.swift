import Synchronization
import Syntax

/// One interpreter session: a `__main__` module, builtins, imported modules and output sinks.
///
/// Not thread-safe: a session runs on one thread. `interrupt()` may be called from any thread.
public final class Interpreter {
  /// One str object per ASCII character, made on first use (`s[i]`, as CPython caches its
  /// one-character strings).
  private var asciiCharacters: [Value?] = Array(repeating: nil, count: 128)

  /// The str of the ASCII character `byte`.
  func asciiCharacter(_ byte: UInt8) -> Value {
    if let v = asciiCharacters[Int(byte)] { return v }
    let v = Value.str(String(UnicodeScalar(byte)))
    asciiCharacters[Int(byte)] = v
    return v
  }

  /// Short ASCII strs made lately (`line.split()`'s words, `str(i)`), handed out again.
  let shortStrs = ShortStrCache()

  public let main: PyModule
  public var builtins: [String: Value] = [:] {
    didSet { builtinsVersion &+= 1 }
  }
  /// Advances whenever `builtins` changes: it invalidates the compiled name loads' caches.
  private(set) var builtinsVersion = 0
  /// Modules by dotted name; `moduleFactories` build the rest on first import.
  var modules: [String: PyModule] = [:]
  /// `sys.modules`: the imported modules by name, in the order they were imported. (Each
  /// import adds its module; a module removed from it or put in it is not imported again or
  /// found by `import`, as it would be in Python.)
  public let moduleTable = PyDict()
  /// The object `sys.stdout` starts as (print writes straight to the output while it is still
  /// that object).
  public weak var standardOutput: PyObject?
  /// `sys.path`: where `import` looks for the learner's own modules (the sys module shows
  /// this same list, so appending to it works as in Python).
  public let searchPath = PyList([.str("")])
  /// The directory of each package imported from files.
  var packageDirectories: [String: String] = [:]
  /// Modules from files whose code is running (a circular import finds them half made).
  var initializingModules: Set<String> = []
  /// The lines of each module file imported, for tracebacks.
  var fileModuleLines: [String: [Substring]] = [:]
  public var moduleFactories: [String: (Interpreter) -> PyModule] = [:]

  /// Where `print` writes (stdout) and where warnings go (stderr).
  public var writeOut: (String) -> Void = { s in fputsStdout(s) }
  public var writeErr: (String) -> Void = { s in fputsStderr(s) }
  /// The source text of a line of a file, for warnings (set by whoever knows the sources).
  public var sourceLine: (String, Int) -> String? = { _, _ in nil }
  /// The innermost running frame (unretained: the frames outlive their calls), for warnings.
  var currentFrame: Unmanaged<Frame>?
  /// Warnings already shown (the default filter shows each once per location).
  var shownWarnings = Set<String>()
  /// The lists of `warnings.catch_warnings(record=True)` blocks, innermost last: a warning
  /// goes into the innermost instead of to stderr.
  public var warningLogs: [PyList] = []
  /// The `warnings` module's filters, newest first.
  public var warningFilters: [WarningFilter] = []
  /// Receives the value of a notebook cell's or REPL input's trailing expression.
  public var displayHook: (Value) -> Void = { _ in }
  /// Reads a line for `input()`, given its prompt (which `input()` has already written
  /// through `writeOut`, in order with the program's other output); nil at end of input.
  public var readLine: (String) -> String? = { _ in Swift.readLine() }

  /// State that modules keep per session (numpy's print options, its random generator), by key.
  public var moduleState: [String: AnyObject] = [:]

  /// `a op b` written into `target`, an object its variable alone refers to, returning
  /// `target` (nil when the operation does not fit it): installed by the module whose objects
  /// can take results (numpy's arrays). See `binary(_:_:_:reusing:)`.
  public var resultInto: ((BinaryOp, Value, Value, PyObject) throws(PyException) -> Value?)?

  public var recursionLimit = 1000
  /// The message of the TimeoutError a timed-out cell raises.
  public var timeoutMessage = "cell execution timed out"
  var depth = 0
  /// Generators resumed and not yet back, and generators run in place by loops, innermost
  /// last: a `yield` belongs to the last. Uncounted: each is held by its generator object (or
  /// its loop) while it runs.
  var yieldTargets: [YieldTarget] = []
  /// Pairs made lately (`(a, b)`, `return x, y`), for the next pair to take over one the
  /// program has dropped.
  private var recentPairs = RecentResults<PyTuple>()

  /// The tuple `(a, b)`: a recent pair the program has dropped, given these items, or a new
  /// one.
  @inline(__always) func pair(_ a: Value, _ b: Value) -> PyTuple {
    if let dropped = recentPairs.dropped() {
      dropped.items[0] = a
      dropped.items[1] = b
      return dropped
    }
    let made = PyTuple([a, b])
    recentPairs.keep(made)
    return made
  }
  /// Exceptions being handled by `except` blocks (innermost last), for bare `raise`.
  public internal(set) var handling: [PyException] = []
  var reprGuard = Set<ObjectIdentifier>()
  /// Raised from other threads (timers, Ctrl-C): see `InterruptHandle`.
  public let interruptHandle = InterruptHandle()
  /// Whether this interpreter has gone: generators dropped after it do not run their code.
  let lifetime = InterpreterLifetime()
  /// Generator bodies run on threads of their own even where stacks can be switched (the
  /// tests run the generator fixtures both ways).
  var generatorsOnThreads = false

  deinit { lifetime.ended = true }

  public init() {
    main = PyModule(name: "__main__")
    BuiltinTypes.installOnce()
    installBuiltins()
    main.define("__name__", .str("__main__"))
  }

  // MARK: - Running code

  /// Compiles and runs source in `__main__`. Lines are numbered from `firstLine` in `file`.
  /// With `displayLast`, a trailing expression's value goes to `displayHook`.
  public func run(
    _ source: String, file: String, firstLine: Int = 1, displayLast: Bool = false
  ) throws(PyException) {
    try runModule(source, in: main, file: file, firstLine: firstLine, displayLast: displayLast)
  }

  /// Runs `source` in `__main__` and gives the value of its trailing expression (None when it
  /// ends with a statement): IPython's `%time` returns it for display.
  public func runReturningLast(_ source: String, file: String, firstLine: Int = 1)
    throws(PyException) -> Value
  {
    var last = Value.none
    let display = displayHook
    displayHook = { last = $0 }
    defer { displayHook = display }
    try run(source, file: file, firstLine: firstLine, displayLast: true)
    return last
  }

  /// Compiles `source` as the body of `module` (its globals) and runs it in a module frame.
  public func runModule(
    _ source: String, in module: PyModule, file: String, firstLine: Int = 1,
    displayLast: Bool = false
  ) throws(PyException) {
    let parsed: Module
    do {
      parsed = try Parser.parse(source, firstLine: firstLine)
    } catch {
      throw PyException.syntax(error, file: file, source: source, firstLine: firstLine)
    }
    let code: StatementCode
    let scope = Scope(kind: .module, parent: nil, globals: module.globals, qualifiedPrefix: "")
    do {
      code = try Compiler(interp: self, file: file, scope: scope, moduleName: module.name)
        .compileModule(parsed, displayLast: displayLast)
    } catch {
      throw PyException.syntax(error, file: file, source: source, firstLine: firstLine)
    }
    let frame = Frame(globals: module.globals, name: "<module>", file: file)
    _ = try runModuleFrame(frame) { (f: Frame) throws(PyException) -> Value in
      _ = try code(f)
      return .none
    }
  }

  /// Runs module-level code in `frame` (a module, `exec` or `eval`): the frame counts toward
  /// the recursion limit, as in CPython, and an exception leaving it gets the frame's
  /// `<module>` traceback line.
  func runModuleFrame(_ frame: Frame, _ body: (Frame) throws(PyException) -> Value)
    throws(PyException) -> Value
  {
    depth += 1
    let caller = currentFrame
    frame.back = caller
    currentFrame = .passUnretained(frame)
    defer {
      depth -= 1
      currentFrame = caller
    }
    do throws(PyException) {
      return try body(frame)
    } catch {
      error.traceback.append(
        TracebackEntry(
          file: frame.file, line: frame.line, function: "<module>", span: error.pendingSpan))
      error.pendingSpan = nil
      throw error
    }
  }

  /// Runs a function frame (after its arguments are bound) and returns its result.
  func execute(_ frame: Frame) throws(PyException) -> Value {
    try execute(frame, frame.function!.code)
  }

  /// `execute` with the function's code at hand (saves reaching it through the frame).
  @inline(__always)
  func execute(_ frame: Frame, _ code: FunctionCode) throws(PyException) -> Value {
    depth += 1
    let caller = currentFrame
    frame.back = caller
    currentFrame = .passUnretained(frame)
    defer {
      depth -= 1
      currentFrame = caller
    }
    try checkInterrupt()
    if depth > recursionLimit {
      throw PyException(.recursionError, "maximum recursion depth exceeded")
    }
    do throws(PyException) {
      if code.hasBody {
        if code.bodyLine != 0 { frame.line = code.bodyLine }
        if case .returned = try code.body(frame) { return frame.takeReturnValue() }
      }
      if !code.hasResult { return .none }
      frame.line = code.resultLine
      if code.resultSlot >= 0, let v = frame.slots[code.resultSlot] { return v }
      return try code.result(frame)
    } catch {
      error.traceback.append(
        TracebackEntry(
          file: frame.file, line: frame.line, function: frame.name, span: error.pendingSpan))
      error.pendingSpan = nil
      throw error
    }
  }

  /// Runs a frame whose arguments are bound, and takes it back after (also when it raises).
  /// The frame is handed over (`consuming`): a frame the caller still held would never be
  /// the only reference, and so never taken back (each call then made a new one).
  @inline(__always)
  func run(_ frame: consuming Frame, _ code: FunctionCode) throws(PyException) -> Value {
    let result: Value
    do throws(PyException) {
      result = try execute(frame, code)
    } catch {
      code.recycle(consume frame)
      throw error
    }
    code.recycle(consume frame)
    return result
  }

  /// Calls a user function whose `directArity` matches, evaluating the arguments straight into
  /// the new frame's slots (no argument array, no general binding).
  @inline(__always)
  func callDirect(
    _ function: PyFunction, receiver: Value?, _ args: DirectArguments, in caller: Frame
  ) throws(PyException) -> Value {
    let code = function.code
    let frame = code.takeFrame(for: function)
    let result: Value
    do throws(PyException) {
      if let receiver {
        frame.slots.initialize(to: receiver)
        try args.bind(into: frame, at: 1, from: caller)
      } else {
        try args.bind(into: frame, at: 0, from: caller)
      }
      if code.cellCount != 0 {
        for (slot, cell) in code.cellParameters { frame.cells[cell].value = frame.slots[slot] }
      }
      if code.isGenerator {
        return .object(PyGenerator(frame: frame, function: function, self))
      }
      result = try execute(frame, code)
    } catch {
      code.recycle(frame)
      throw error
    }
    code.recycle(frame)
    return result
  }

  /// `yield value` in the running generator: hands the value out, returns the value sent in.
  @inline(__always)
  func yieldValue(_ value: Value) throws(PyException) -> Value {
    guard let target = yieldTargets.last else {
      throw PyException(.runtimeError, "yield outside a running generator")
    }
    // Borrowed, not retained: the running list holds the run until it ends. (A strong
    // reference taken from an Unmanaged costs an atomic retain and release per yield.)
    do {
      switch target {
      case .run(let run):
        return try run._withUnsafeGuaranteedRef { (r) throws(PyException) in
          try r.yieldValue(value, self)
        }
      case .driven(let driven):
        return try driven._withUnsafeGuaranteedRef { (d) throws(PyException) in
          try d.yielded(value, self)
        }
      }
    } catch {
      throw error as! PyException
    }
  }

  // MARK: - Interrupts (Ctrl-C, timeouts)

  /// Asks the running code to stop at its next loop iteration or call (KeyboardInterrupt, or
  /// TimeoutError). From another thread, use `interruptHandle` instead.
  public func interrupt(timeout: Bool = false) {
    interruptHandle.interrupt(timeout: timeout)
  }

  /// Raises a pending KeyboardInterrupt or TimeoutError now: for built-ins that wait (a
  /// sleep, a shell command) and for the end of a notebook cell, where no loop or call of the
  /// running code would notice it.
  public func raisePendingInterrupt() throws(PyException) { try checkInterrupt() }

  @inline(__always) func checkInterrupt() throws(PyException) {
    let pending = interruptHandle.take()
    if pending == 0 { return }
    if pending == 2 { throw PyException(.timeoutError, timeoutMessage) }
    throw PyException(.keyboardInterrupt, args: [])
  }

  // MARK: - Modules

  /// A module written in Python: its source runs once, in the module's own globals, when it
  /// is first imported.
  /// (`predefined`: names the module has before its source runs, such as a class the
  /// interpreter itself raises.)
  public func registerModule(_ name: String, source: String, predefined: [String: Value] = [:]) {
    moduleFactories[name] = { interp in
      let module = PyModule(name: name)
      for (key, value) in predefined { module.globals.set(key, value) }
      let file = "<\(name)>"
      do throws(PyException) {
        try interp.runModule(source, in: module, file: file)
      } catch {
        // The module's own source is part of NumBook: a failure here is a NumBook bug.
        module.globals.set("__import_error__", .str(PyException.finalLine(error, interp)))
      }
      // A submodule (`urllib.request`) becomes an attribute of its package, as importing it
      // makes it in Python.
      if let dot = name.lastIndex(of: "."),
        let parent = try? interp.importModule(String(name[..<dot]))
      {
        parent.globals.set(String(name[name.index(after: dot)...]), .object(module))
      }
      return module
    }
  }

  public func registerModule(_ name: String, factory: @escaping (Interpreter) -> PyModule) {
    moduleFactories[name] = factory
  }

  public func importModule(_ name: String) throws(PyException) -> PyModule {
    if let m = modules[name] { return m }
    guard let factory = moduleFactories[name] else { return try importFromFiles(name) }
    // (A built-in module whose making imports itself again would recurse without end.)
    guard !initializingModules.contains(name) else {
      throw PyException(.importError, "cannot import name '\(name)' (circular import)")
    }
    initializingModules.insert(name)
    defer { initializingModules.remove(name) }
    let m = factory(self)
    modules[name] = m
    moduleTable.set(name, .object(m))
    return m
  }

  /// Process-unique, stable-per-run object addresses for reprs (`0x7f...`).
  public static func address(of object: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(object)), radix: 16)
  }
}

/// What another thread holds to interrupt an interpreter (a timer, the Ctrl-C poller): a
/// plain pointer to the flag, which the running code polls. Release builds count the
/// interpreter's references without atomic instructions (see Package.swift), so no other
/// thread may retain or release the interpreter's objects while it runs; this handle is
/// not one of them. The flag is never freed: a timer may fire after its interpreter is gone.
public struct InterruptHandle: @unchecked Sendable {
  private let state: UnsafeMutablePointer<Atomic<Int>>

  init() {
    state = .allocate(capacity: 1)
    state.initialize(to: Atomic(0))
  }

  public func interrupt(timeout: Bool = false) {
    state.pointee.store(timeout ? 2 : 1, ordering: .relaxed)
  }

  /// Whether a stop was asked for and not yet raised (for work outside the interpreter, such
  /// as a shell command, to stop early; the running code raises it next).
  public var isPending: Bool { state.pointee.load(ordering: .relaxed) != 0 }

  @inline(__always) func take() -> Int {
    if state.pointee.load(ordering: .relaxed) == 0 { return 0 }
    return state.pointee.exchange(0, ordering: .relaxed)
  }
}

#if canImport(Glibc)
  import Glibc
#endif

func fputsStdout(_ s: String) { fputs(s, stdout) }
func fputsStderr(_ s: String) { fputs(s, stderr) }

extension PyException {
  /// A parse or compile error as a Python `SyntaxError` carrying its location.
  public static func syntax(
    _ e: SyntaxError, file: String, source: String, firstLine: Int
  ) -> PyException {
    let x = PyException(
      e.isTabError ? .tabError : e.isIndentationError ? .indentationError : .syntaxError, e.message)
    x.syntaxShowsCaret = e.showsCaret
    x.syntaxAtEndOfInput = e.atEndOfInput
    x.syntaxLocation = e.location
    x.syntaxEndColumn = e.endColumn
    x.syntaxFile = file
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let index = e.location.line - firstLine
    // (CPython shows no line for code given as a string when the error came after parsing.)
    let shown = !(e.foundAfterParsing && file == "<string>")
    if shown && index >= 0 && index < lines.count { x.syntaxLine = String(lines[index]) }
    x.isIncompleteInput = e.isIncomplete
    return x
  }
}
