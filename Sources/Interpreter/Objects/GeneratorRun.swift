import CCoroutine
import Synchronization

/// A generator's run: what its body and the code resuming it hand each other at each turn
/// (`GeneratorTurns` does the switching).
final class GeneratorRun: @unchecked Sendable {
  fileprivate enum Message {
    case resume(Value)
    /// `throw()`: the exception is raised at the paused `yield`.
    case throwIn(PyException)
    case close
    case yielded(Value)
    case returned(Value)
    case raised(PyException)
  }

  /// What the body's side runs. Dropped before it hands back its last turn: what the body
  /// holds (its frame, the iterators it was reading) must be released while it still has the
  /// turn, since releasing a suspended generator closes it (runs code).
  private var body: (() throws(PyException) -> Value)?
  /// Not counted (the interpreter outlives every run of its code); `lifetime` says whether it
  /// is still there when a suspended generator is dropped. (A weak reference cost two thirds
  /// of a `yield`: each use loaded it and counted the load on a side table.)
  private unowned(unsafe) let owner: Interpreter
  /// A generator still suspended when its interpreter goes away is left as it is.
  private let lifetime: InterpreterLifetime
  private let turns: GeneratorTurns
  /// `turns` when they are switched stacks (nearly always), for direct calls: after a switch
  /// the processor predicts returns from the other side's calls, so every frame between a
  /// loop and the switch costs a mispredicted return on each turn.
  private let stackTurns: StackTurns?
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

  /// Generator bodies running now, in all interpreters (each holds a large stack
  /// reservation).
  static let live = Atomic<Int>(0)
  /// On switched stacks, each holds two memory mappings (Linux allows 65530 a process by
  /// default) and a stack reservation; on threads, a thread.
  static let limit = nb_coroutines_supported() != 0 ? 10_000 : 1024

  init(
    body: @escaping () throws(PyException) -> Value, _ interp: Interpreter, runsOwnFrame: Bool
  ) {
    self.body = body
    self.runsOwnFrame = runsOwnFrame
    owner = interp
    lifetime = interp.lifetime
    turns = makeGeneratorTurns(onThread: interp.generatorsOnThreads)
    stackTurns = turns as? StackTurns
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
  func resume(throwing error: PyException, _ interp: Interpreter) throws(PyException) -> Value? {
    if finished || !started {
      // Python: a generator that has not started (or has ended) raises it straight away.
      if started { finish() }
      started = true
      finished = true
      throw error
    }
    return try resume(.throwIn(error), interp)
  }

  /// Runs the body to its next yield: the yielded value, or nil at its end.
  @inline(__always)
  func resume(sending value: Value, _ interp: Interpreter) throws(PyException) -> Value? {
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
    return try resume(.resume(value), interp)
  }

  @inline(__always)
  private func resume(_ order: Message, _ interp: Interpreter) throws(PyException) -> Value? {
    let me = Unmanaged.passUnretained(self).toOpaque()
    if interp.yieldTargets.contains(where: {
      if case .run(let r) = $0 { r.toOpaque() == me } else { false }
    }) {
      throw .valueError("generator already executing")
    }
    switch handOver(order, interp) {
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

  /// Whether a loop may run this generator's body in place (`drive`): not started, over a
  /// function's body (a generator expression's body runs in its consumer's frame).
  var canBeDriven: Bool { !started && !finished && runsOwnFrame && body != nil }

  /// Runs the whole body here, handing each yielded value to `each` (see `DrivenGenerator`):
  /// nil when the body ran to its end, else how `each` ended the loop. An exception `each`
  /// raised comes out after the generator has been closed.
  func drive(_ interp: Interpreter, _ each: @escaping DrivenGenerator.Each) throws(PyException)
    -> Completion?
  {
    guard let body else { return nil }
    // Nothing can resume it from now on: dropping the generator object closes nothing.
    started = true
    finished = true
    self.body = nil
    let driven = DrivenGenerator(each: each, interp)
    interp.yieldTargets.append(.driven(Unmanaged.passUnretained(driven)))
    var raised: PyException?
    do throws(PyException) {
      returnValue = try body()
    } catch {
      raised = error
    }
    // (Every target the body pushed is gone again: this entry is the last.)
    interp.yieldTargets.removeLast()
    // Closing: what the generator raised on its way out (GeneratorExit, usually) gives way to
    // how the loop left.
    if let error = driven.loopError { throw error }
    if driven.isClosing { return driven.outcome }
    if let raised {
      if raised.isInstance(of: .stopIteration) {
        throw PyException(.runtimeError, "generator raised StopIteration")
      }
      throw raised
    }
    return nil
  }

  /// Ends a suspended generator: GeneratorExit at its yield, so its `finally` blocks run.
  func close() {
    guard started, !finished else {
      finished = true
      return
    }
    // A generator that yields again instead of stopping is just left (Python reports it).
    if !lifetime.ended { _ = handOver(.close, owner) }
    finish()
  }

  private func finish() {
    if !finished {
      finished = true
      GeneratorRun.live.subtract(1, ordering: .relaxed)
    }
  }

  /// Gives the turn to the body with `message`, gets the turn back, and returns the body's
  /// answer. The interpreter's depth and current frame are the consumer's again afterwards.
  @inline(__always)
  private func handOver(_ out: Message, _ interp: Interpreter) -> Message {
    let depth = interp.depth
    let current = interp.currentFrame
    interp.yieldTargets.append(.run(Unmanaged.passUnretained(self)))
    message = out
    if let stackTurns { stackTurns.resumeBody() } else { turns.resumeBody() }
    let answer = message
    switch answer {
    case .yielded: break
    default: endBody()  // The body has ended: its last act was this hand-over.
    }
    interp.yieldTargets.removeLast()
    interp.depth = depth
    interp.currentFrame = current
    return answer
  }

  /// Called on the body's side at `yield`: hands `value` out and returns when resumed: the
  /// value sent in, or GeneratorExit thrown when closed.
  @inline(__always)
  func yieldValue(_ value: Value, _ interp: Interpreter) throws(PyException) -> Value {
    ownDepth = interp.depth - baseDepth
    ownFrame = runsOwnFrame ? interp.currentFrame : nil
    message = .yielded(value)
    if let stackTurns { stackTurns.suspendBody() } else { turns.suspendBody() }
    let order = message
    enterGeneratorTurn(interp)
    switch order {
    case .resume(let sent): return sent
    case .throwIn(let error): throw error
    default: throw PyException(.generatorExit, args: [])
    }
  }

  /// The consumer's depth when it resumed this generator: the generator's frames count on
  /// top of it, as a call's would.
  private var baseDepth = 0

  private func enterGeneratorTurn(_ interp: Interpreter) {
    baseDepth = interp.depth
    interp.depth = baseDepth + ownDepth
    if let ownFrame {
      // Resumed by whoever runs now: its frame is the generator frame's caller this time.
      let caller = interp.currentFrame
      ownFrame._withUnsafeGuaranteedRef { $0.back = caller }
      interp.currentFrame = ownFrame
    }
  }

  private func start() throws(PyException) {
    // The body's side's reference to this run, taken here and given up by `endBody` on the
    // consumer's side once the body has ended. The body's side itself counts no references
    // to it: release builds count the interpreter's references without atomic instructions,
    // and a body may run on a thread of its own (`ThreadTurns`). (A generator abandoned while
    // suspended keeps its stack, and this reference, for the life of the process.)
    let context = Unmanaged.passRetained(self).toOpaque()
    let status = turns.start(context)
    guard status == 0 else {
      Unmanaged<GeneratorRun>.fromOpaque(context).release()
      finished = true
      GeneratorRun.live.subtract(1, ordering: .relaxed)
      throw PyException(.runtimeError, "cannot start a generator (error \(status))")
    }
  }

  /// The body's side, from its first turn: runs the body, hands back the last turn.
  static let entry: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
    Unmanaged<GeneratorRun>.fromOpaque(raw!)._withUnsafeGuaranteedRef { run in
      run.runToEnd()
      // Nothing of the body's is held past this point (see `start`).
      run.turns.endBody()
    }
  }

  /// Runs the body and leaves how it ended in `message`; what it held is released on
  /// return, while this side still has the turn.
  @inline(never) private func runToEnd() {
    let first = message
    var outcome = Message.returned(.none)
    if case .resume = first, let body {
      enterGeneratorTurn(owner)
      do throws(PyException) {
        outcome = .returned(try body())
      } catch {
        if !error.isInstance(of: .generatorExit) { outcome = .raised(error) }
      }
    }
    body = nil
    message = outcome
  }

  /// After the body's last hand-over: frees its stack (or joins its thread), then gives up
  /// the body's side's reference to this run (see `start`).
  private func endBody() {
    turns.reclaim()
    Unmanaged.passUnretained(self).release()
  }
}

/// Set when an interpreter goes away, for what outlives it (a suspended generator).
final class InterpreterLifetime {
  var ended = false
}
