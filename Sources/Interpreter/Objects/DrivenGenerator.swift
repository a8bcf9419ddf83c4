import CSwiftRuntime

/// A generator run in place by the `for` loop that made it (`for v in g(n):`, the generator
/// object held by nothing else): its body runs on the loop's own stack and calls the loop's
/// body at each `yield`, instead of the two taking turns on separate stacks (a switch there
/// and back per item cost more than the rest of a simple loop).
///
/// What Python does is kept: the loop body runs in its own frame (tracebacks, `locals()`, the
/// recursion depth are the loop's); `break`, `return` or an exception in the loop body closes
/// the generator as releasing it does in Python, with GeneratorExit raised at its paused
/// `yield` so that its `finally` blocks run, before the loop goes on leaving.
final class DrivenGenerator {
  /// The loop's body for one item: nil to go on, else how the loop ends.
  typealias Each = (Value) throws(PyException) -> Completion?

  private let each: Each
  private let loopFrame: Unmanaged<Frame>?
  private let loopDepth: Int
  /// How the loop body ended the loop (`break`, `return`), or what it raised: the generator
  /// is then being closed.
  private(set) var outcome: Completion?
  private(set) var loopError: PyException?
  var isClosing: Bool { outcome != nil || loopError != nil }

  init(each: @escaping Each, _ interp: Interpreter) {
    self.each = each
    loopFrame = interp.currentFrame
    loopDepth = interp.depth
  }

  /// At the generator's `yield value`: runs the loop body with the value as the loop's own
  /// code (its frame and depth current, this generator not the target of its `yield`s), then
  /// resumes the generator with None, or closes it.
  func yielded(_ value: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if isClosing {
      // A generator that yields while closing is closed again.
      throw PyException(.generatorExit, args: [])
    }
    let ownFrame = interp.currentFrame
    let ownDepth = interp.depth
    let target = interp.yieldTargets.removeLast()
    interp.currentFrame = loopFrame
    interp.depth = loopDepth
    do throws(PyException) {
      outcome = try each(value)
    } catch {
      loopError = error
    }
    interp.yieldTargets.append(target)
    interp.currentFrame = ownFrame
    interp.depth = ownDepth
    if isClosing { throw PyException(.generatorExit, args: []) }
    return .none
  }
}

/// What a `yield` hands its value to: a generator resumed on a stack of its own, or one a loop
/// runs in place.
enum YieldTarget {
  case run(Unmanaged<GeneratorRun>)
  case driven(Unmanaged<DrivenGenerator>)
}

extension PyGenerator {
  /// The generator `value` holds when nothing else refers to it and it can be run in place by
  /// a loop (not started, over a function's body); `value` is then emptied. Otherwise nil, and
  /// `value` is left as it was.
  static func takeDrivable(_ value: inout Value) -> PyGenerator? {
    if case .object(let o) = value, o.isExactly(PyGenerator.self) {} else { return nil }
    // Moved out of `value`, so that this code holds the one reference it counts (a pattern's
    // binding that stays in scope would be a second).
    var taken = Value.none
    swap(&taken, &value)
    guard case .object(let object) = consume taken else { return nil }
    let unique = swift_isUniquelyReferenced_nonNull_native(
      Unmanaged.passUnretained(object).toOpaque())
    let generator = unsafeDowncast(object, to: PyGenerator.self)
    guard unique, generator.run.canBeDriven else {
      value = .object(generator)
      return nil
    }
    return generator
  }
}
