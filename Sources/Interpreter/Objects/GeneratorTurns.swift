import CCoroutine
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// How a generator's body and the code resuming it take turns: exactly one of the two runs
/// at any time, and each hand-over returns on the other side where that side last gave up
/// its turn. (A class, not a protocol: an existential was counted with atomic instructions.)
class GeneratorTurns {
  /// Readies the body's side: `GeneratorRun.entry(context)` runs at the first `resumeBody`.
  /// 0, or an errno.
  func start(_ context: UnsafeMutableRawPointer) -> Int32 { preconditionFailure("abstract") }
  /// The consumer's side: the body runs until it hands the turn back.
  func resumeBody() { preconditionFailure("abstract") }
  /// The body's side: hands the turn back; returns when resumed.
  func suspendBody() { preconditionFailure("abstract") }
  /// The body's side, its last act: hands the turn back for good.
  func endBody() { preconditionFailure("abstract") }
  /// The consumer's side, after `endBody`: gives back what the body ran on.
  func reclaim() { preconditionFailure("abstract") }
}

/// Switched stacks where the processor's switch is written (`CCoroutine`), else threads (or
/// when `onThread` asks for them).
func makeGeneratorTurns(onThread: Bool) -> GeneratorTurns {
  nb_coroutines_supported() != 0 && !onThread ? StackTurns() : ThreadTurns()
}

/// The body runs on a stack of its own on the resuming thread: a hand-over is a switch of
/// stack pointers (tens of nanoseconds; a thread's was microseconds, and starting one a
/// tenth of a millisecond).
final class StackTurns: GeneratorTurns {
  /// Each stack's reservation, as large as a thread's was: deep recursion inside a generator
  /// reaches RecursionError, not the end of the stack. Pages are committed as touched.
  static let stackSize = 256 << 20
  private var stack: UnsafeMutableRawPointer?
  /// The two sides' saved contexts, at fixed addresses: each switch writes one while the
  /// other side, running next, may read it.
  private let contexts = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 2)
  private var consumer: UnsafeMutablePointer<UnsafeMutableRawPointer?> { contexts }
  private var body: UnsafeMutablePointer<UnsafeMutableRawPointer?> { contexts + 1 }

  override init() {
    super.init()
    contexts.initialize(repeating: nil, count: 2)
  }

  deinit {
    if let stack { StackPool.give(stack) }
    contexts.deallocate()
  }

  override func start(_ context: UnsafeMutableRawPointer) -> Int32 {
    guard let stack = StackPool.take() else { return ENOMEM }
    self.stack = stack
    body.pointee = nb_context_make(stack, StackTurns.stackSize, GeneratorRun.entry, context)
    return 0
  }

  override func resumeBody() { nb_context_switch(consumer, body.pointee) }
  override func suspendBody() { nb_context_switch(body, consumer.pointee) }
  override func endBody() { nb_context_switch(body, consumer.pointee) }

  override func reclaim() {
    if let stack { StackPool.give(stack) }
    stack = nil
  }
}

/// Stacks of finished generators, kept for the next ones: reserving one and touching its
/// first pages costs more than the generator's whole run.
enum StackPool {
  private static let kept = Mutex<[UInt]>([])
  private static let most = 16

  static func take() -> UnsafeMutableRawPointer? {
    if let address = kept.withLock({ $0.popLast() }) {
      return UnsafeMutableRawPointer(bitPattern: address)
    }
    return nb_stack_reserve(StackTurns.stackSize)
  }

  static func give(_ stack: UnsafeMutableRawPointer) {
    let address = UInt(bitPattern: stack)
    let pooled = kept.withLock { (list: inout [UInt]) -> Bool in
      guard list.count < most else { return false }
      list.append(address)
      return true
    }
    if !pooled { nb_stack_release(stack, StackTurns.stackSize) }
  }
}

/// The body runs on a thread of its own, the two threads handing the turn over (where
/// stacks cannot be switched).
final class ThreadTurns: GeneratorTurns {
  private static let consumerTurn = 0
  private static let generatorTurn = 1
  private var thread = pthread_t()
  private var mutex = pthread_mutex_t()
  private var condition = pthread_cond_t()
  /// Whose turn it is. Read by spinning first (a hand-over is usually answered within
  /// microseconds), then waited for on the condition.
  private let turn = Atomic<Int>(ThreadTurns.consumerTurn)
  private var context: UnsafeMutableRawPointer?

  override init() {
    super.init()
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&condition, nil)
  }

  deinit {
    pthread_cond_destroy(&condition)
    pthread_mutex_destroy(&mutex)
  }

  override func start(_ context: UnsafeMutableRawPointer) -> Int32 {
    self.context = context
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, StackTurns.stackSize)
    // The thread reaches these turns through the run it is given (which holds them).
    return pthread_create(
      &thread, &attributes,
      { raw in
        let turns = Unmanaged<ThreadTurns>.fromOpaque(raw!).takeUnretainedValue()
        turns.wait(for: ThreadTurns.generatorTurn)
        GeneratorRun.entry(turns.context)
        return nil
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  override func resumeBody() {
    give(ThreadTurns.generatorTurn)
    wait(for: ThreadTurns.consumerTurn)
  }

  override func suspendBody() {
    give(ThreadTurns.consumerTurn)
    wait(for: ThreadTurns.generatorTurn)
  }

  override func endBody() { give(ThreadTurns.consumerTurn) }

  override func reclaim() { pthread_join(thread, nil) }

  /// Passes the turn (and the run's message, written before) to the other side.
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
