/// A generator: the frame of a function whose body yields, run on a stack of its own that
/// takes turns with the code using it (only one of the two runs at any time; see
/// `GeneratorTurns`). `next` hands control to the body until its next `yield`; the yielded
/// value comes back. The body's exceptions come out of `next`, its end is StopIteration, and
/// a generator dropped before its end is closed (GeneratorExit inside it, so its `finally`
/// blocks run).
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
    try run.resume(sending: .none, interp)
  }

  override public func getAttribute(_ attribute: String, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    switch attribute {
    case "send":
      return .object(
        PyBuiltinFunction("send") { [run] (a, interp) throws(PyException) in
          let value = try a[0]
          if !run.started && !value.isNone {
            throw .typeError("can't send non-None value to a just-started generator")
          }
          guard let v = try run.resume(sending: value, interp) else { throw run.stopIteration() }
          return v
        })
    case "throw":
      return .object(
        PyBuiltinFunction("throw") { [run] (a, interp) throws(PyException) in
          try a.expect("throw", min: 1, max: 3)
          let error = try GeneratorRun.exception(a, interp)
          guard let v = try run.resume(throwing: error, interp) else { throw run.stopIteration() }
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
        PyBuiltinFunction("__next__") { [run] (_, interp) throws(PyException) in
          guard let v = try run.resume(sending: .none, interp) else { throw run.stopIteration() }
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
