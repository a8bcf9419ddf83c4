import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A generator: the frame of a function whose body yields, run on a thread of its own that
/// takes turns with the code using it (only one of the two runs at any time). `next` hands
/// control to the body until its next `yield`; the yielded value comes back. The body's
/// exceptions come out of `next`, its end is StopIteration, and a generator dropped before
/// its end is closed (GeneratorExit inside it, so its `finally` blocks run).
public final class PyGenerator: PyIterator {
  let run: GeneratorRun
  let name: String

  /// A generator over a function's body, its arguments bound in `frame`.
  convenience init(frame: Frame, function: PyFunction, _ interp: Interpreter) {
    let code = function.code
    // The body holds the function: its frame refers to it without counting.
    self.init(name: function.qualifiedName, interp, runsOwnFrame: true) {
      [unowned interp] () throws(PyException) -> Value in
      try withExtendedLifetime(function) { () throws(PyException) -> Value in
        try interp.execute(frame, code)
      }
    }
  }

  /// A generator over `body`, which yields through `Interpreter.yieldValue`.
  init(
    name: String, _ interp: Interpreter, runsOwnFrame: Bool = false,
    body: @escaping () throws(PyException) -> Value
  ) {
    run = GeneratorRun(body: body, interp, runsOwnFrame: runsOwnFrame)
    self.name = name
  }

  deinit { run.close() }

  public static let generatorClass = PyClass("generator", bases: [.object])
  override public var pyClass: PyClass { PyGenerator.generatorClass }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<generator object \(name) at \(Interpreter.address(of: self))>"
  }

  override public func next(_ interp: Interpreter) throws(PyException) -> Value? {
    try run.resume(sending: .none)
  }

  override public func getAttribute(_ attribute: String, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    switch attribute {
    case "send":
      return .object(
        PyBuiltinFunction("send") { [run] (a, _) throws(PyException) in
          let value = try a[0]
          if !run.started && !value.isNone {
            throw .typeError("can't send non-None value to a just-started generator")
          }
          guard let v = try run.resume(sending: value) else { throw run.stopIteration() }
          return v
        })
    case "throw":
      return .object(
        PyBuiltinFunction("throw") { [run] (a, interp) throws(PyException) in
          try a.expect("throw", min: 1, max: 3)
          let error = try GeneratorRun.exception(a, interp)
          guard let v = try run.resume(throwing: error) else { throw run.stopIteration() }
          return v
        })
    case "close":
      return .object(
        PyBuiltinFunction("close") { [run] (_, _) throws(PyException) in
          run.close()
          return .none
        })
    case "__next__":
      return .object(
        PyBuiltinFunction("__next__") { [run] (_, _) throws(PyException) in
          guard let v = try run.resume(sending: .none) else { throw run.stopIteration() }
          return v
        })
    case "__iter__":
      return .object(
        PyBuiltinFunction("__iter__") { [self] (_, _) throws(PyException) in .object(self) })
    default: return try super.getAttribute(attribute, interp)
    }
  }
}

/// A generator expression over a container, computed at once: it iterates over the values
/// and presents itself as a generator.
final class PyComputedGenerator: PyIterator {
  private let values: [Value]
  private var index = 0

  init(_ values: [Value]) { self.values = values }

  override var pyClass: PyClass { PyGenerator.generatorClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<generator object <genexpr> at \(Interpreter.address(of: self))>"
  }

  override func next(_ interp: Interpreter) throws(PyException) -> Value? {
    guard index < values.count else { return nil }
    index += 1
    return values[index - 1]
  }
}

/// The hand-over between a generator's thread and the code resuming it.
final class GeneratorRun: @unchecked Sendable {
  private static let consumerTurn = 0
  private static let generatorTurn = 1
  private enum Message {
    case resume(Value)
    /// `throw()`: the exception is raised at the paused `yield`.
    case throwIn(PyException)
    case close
    case yielded(Value)
    case returned(Value)
    case raised(PyException)
  }

  /// What the thread runs. Dropped by the thread before it hands back its last turn: what
  /// the body holds (its frame, the iterators it was reading) must be released while the
  /// thread still has the turn, since releasing a suspended generator closes it (runs code).
  private var body: (() throws(PyException) -> Value)?
  /// Weak: a generator still suspended when its interpreter goes away is left as it is.
  private weak var interpreter: Interpreter?
  private var interp: Interpreter { interpreter! }
  private var thread = pthread_t()
  private var mutex = pthread_mutex_t()
  private var condition = pthread_cond_t()
  /// Whose turn it is. Read by spinning first (a hand-over is usually answered within
  /// microseconds), then waited for on the condition.
  private let turn = Atomic<Int>(GeneratorRun.consumerTurn)
  private var message = Message.returned(.none)
  private(set) var started = false
  /// What the body returned (`return value`): StopIteration's value.
  private(set) var returnValue = Value.none
  private(set) var finished = false
  /// The generator's own share of the recursion depth and its innermost frame, kept while
  /// the consumer runs.
  private var ownDepth = 0
  private var ownFrame: Unmanaged<Frame>?
  /// The body runs a frame of its own (a generator function's; the body holds it). A
  /// generator expression has none: the frame current at its `yield` is its consumer's,
  /// which may be gone by the next resume, so it is not kept.
  private let runsOwnFrame: Bool

  /// Threads running generator bodies now, in all interpreters (each holds a large stack
  /// reservation).
  static let live = Atomic<Int>(0)
  static let limit = 1024

  init(
    body: @escaping () throws(PyException) -> Value, _ interp: Interpreter, runsOwnFrame: Bool
  ) {
    self.body = body
    self.runsOwnFrame = runsOwnFrame
    self.interpreter = interp
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&condition, nil)
  }

  deinit {
    pthread_cond_destroy(&condition)
    pthread_mutex_destroy(&mutex)
  }

  /// The StopIteration that ends iteration: carrying the body's return value, if any.
  func stopIteration() -> PyException {
    PyException(.stopIteration, args: returnValue.isNone ? [] : [returnValue])
  }

  /// `throw(type[, value])` or `throw(instance)`: the exception to raise in the generator.
  static func exception(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> PyException {
    let first = try a[0]
    if case .object(let o) = first, let e = o as? PyException { return e }
    if let cls = first.as(PyClass.self), cls.isSubclass(of: .baseException) {
      let args = a.count > 1 && !a.positional[1].isNone ? [a.positional[1]] : []
      let made = try interp.call(first, Arguments(args))
      if case .object(let o) = made, let e = o as? PyException { return e }
    }
    throw .typeError(
      "exceptions must be classes or instances deriving from BaseException, not \(first.typeName)")
  }

  /// Raises `error` at the generator's paused `yield` (at its start, if it has not run):
  /// the next value it yields, or nil when it returns.
  func resume(throwing error: PyException) throws(PyException) -> Value? {
    if finished || !started {
      // Python: a generator that has not started (or has ended) raises it straight away.
      if started { finish() }
      started = true
      finished = true
      throw error
    }
    return try resume(.throwIn(error))
  }

  /// Runs the body to its next yield: the yielded value, or nil at its end.
  func resume(sending value: Value) throws(PyException) -> Value? {
    if finished { return nil }
    if !started {
      guard GeneratorRun.live.load(ordering: .relaxed) < GeneratorRun.limit else {
        throw PyException(
          .runtimeError, "more than \(GeneratorRun.limit) generators are running at once")
      }
      started = true
      GeneratorRun.live.add(1, ordering: .relaxed)
      try start()
    }
    return try resume(.resume(value))
  }

  private func resume(_ order: Message) throws(PyException) -> Value? {
    if interp.runningGenerators.contains(where: { $0 === self }) {
      throw .valueError("generator already executing")
    }
    switch handOver(order) {
    case .yielded(let v): return v
    case .raised(let error):
      finish()
      if error.isInstance(of: .stopIteration) {
        throw PyException(.runtimeError, "generator raised StopIteration")
      }
      throw error
    case .returned(let value):
      returnValue = value
      finish()
      return nil
    default:
      finish()
      return nil
    }
  }

  /// Ends a suspended generator: GeneratorExit at its yield, so its `finally` blocks run.
  func close() {
    guard started, !finished else {
      finished = true
      return
    }
    // A generator that yields again instead of stopping is just left (Python reports it).
    if interpreter != nil { _ = handOver(.close) }
    finish()
  }

  private func finish() {
    if !finished {
      finished = true
      GeneratorRun.live.subtract(1, ordering: .relaxed)
    }
  }

  /// Gives the turn to the generator thread with `message`, waits for the turn back, and
  /// returns the generator's answer. The interpreter's depth and current frame are the
  /// consumer's again afterwards.
  private func handOver(_ out: Message) -> Message {
    let depth = interp.depth
    let current = interp.currentFrame
    interp.runningGenerators.append(self)
    message = out
    give(GeneratorRun.generatorTurn)
    wait(for: GeneratorRun.consumerTurn)
    let answer = message
    switch answer {
    case .yielded: break
    default: endThread()  // The body has ended: its thread's last act was this hand-over.
    }
    interp.runningGenerators.removeLast()
    interp.depth = depth
    interp.currentFrame = current
    return answer
  }

  /// Called on the generator's thread at `yield`: hands `value` out and waits to be resumed;
  /// returns the value sent in, or throws GeneratorExit when closed.
  func yieldValue(_ value: Value) throws(PyException) -> Value {
    ownDepth = interp.depth - baseDepth
    ownFrame = runsOwnFrame ? interp.currentFrame : nil
    message = .yielded(value)
    give(GeneratorRun.consumerTurn)
    wait(for: GeneratorRun.generatorTurn)
    let order = message
    enterGeneratorTurn()
    switch order {
    case .resume(let sent): return sent
    case .throwIn(let error): throw error
    default: throw PyException(.generatorExit, args: [])
    }
  }

  /// The consumer's depth when it resumed this generator: the generator's frames count on
  /// top of it, as a call's would.
  private var baseDepth = 0

  private func enterGeneratorTurn() {
    baseDepth = interp.depth
    interp.depth = baseDepth + ownDepth
    if let ownFrame {
      // Resumed by whoever runs now: its frame is the generator frame's caller this time.
      ownFrame.takeUnretainedValue().back = interp.currentFrame
      interp.currentFrame = ownFrame
    }
  }

  private func start() throws(PyException) {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 256 << 20)
    // The thread's reference to this run, taken here and given up by `endThread` on the
    // consumer's side once the thread has ended. The thread itself counts no references to
    // it: release builds count the interpreter's references without atomic instructions, so
    // only the side holding the turn may touch them, and the thread's end comes after its
    // last hand-over. (A generator abandoned while suspended keeps its thread waiting, and
    // this reference, for the life of the process.)
    let context = Unmanaged.passRetained(self).toOpaque()
    let status = pthread_create(
      &thread, &attributes,
      { raw in
        Unmanaged<GeneratorRun>.fromOpaque(raw!)._withUnsafeGuaranteedRef { $0.runBody() }
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<GeneratorRun>.fromOpaque(context).release()
      finished = true
      GeneratorRun.live.subtract(1, ordering: .relaxed)
      throw PyException(.runtimeError, "cannot start a generator (error \(status))")
    }
  }

  /// The generator thread: waits for the first resume, runs the body, reports how it ended.
  private func runBody() {
    runToEnd()
    // Nothing of the body's is held past this point (see `start`).
    give(GeneratorRun.consumerTurn)
  }

  /// Waits for the first resume, runs the body and leaves how it ended in `message`; what
  /// it held is released on return, while this thread still has the turn.
  @inline(never) private func runToEnd() {
    wait(for: GeneratorRun.generatorTurn)
    let first = message
    var outcome = Message.returned(.none)
    if case .resume = first, let body {
      enterGeneratorTurn()
      do throws(PyException) {
        outcome = .returned(try body())
      } catch {
        if !error.isInstance(of: .generatorExit) { outcome = .raised(error) }
      }
    }
    body = nil
    message = outcome
  }

  /// Waits for the generator's thread to end after its last hand-over, then gives up the
  /// thread's reference to this run (see `start`).
  private func endThread() {
    pthread_join(thread, nil)
    Unmanaged.passUnretained(self).release()
  }

  /// Passes the turn (and `message`, written before) to the other side.
  private func give(_ next: Int) {
    pthread_mutex_lock(&mutex)
    turn.store(next, ordering: .releasing)
    pthread_cond_broadcast(&condition)
    pthread_mutex_unlock(&mutex)
  }

  /// Returns when it is `mine`'s turn: spins a while, then sleeps on the condition.
  private func wait(for mine: Int) {
    for _ in 0..<20_000 where turn.load(ordering: .acquiring) == mine { return }
    pthread_mutex_lock(&mutex)
    while turn.load(ordering: .acquiring) != mine { pthread_cond_wait(&condition, &mutex) }
    pthread_mutex_unlock(&mutex)
  }
}
