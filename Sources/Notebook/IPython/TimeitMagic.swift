import Interpreter
import Syntax

/// `%timeit [-n N] [-r R] [-p P] [-q] [-o] STATEMENT` and `%%timeit [options] SETUP` + body,
/// as IPython times them: the statement runs in a function's loop (`_it`, `_timer`), so its
/// names are that function's locals; without `-n` the loop count grows by tens until a run
/// takes 0.2 s; `-r` runs (7) give the mean and standard deviation per loop.
extension IPythonShell {
  struct TimeitOptions {
    var loops = 0
    var repeats = 7
    var precision = 3
    var quiet = false
    var returnResult = false
    var statement = ""
  }

  func timeit(_ line: String, cell: String?) throws(PyException) -> Value {
    let options = try IPythonShell.timeitOptions(line)
    if options.statement.isEmpty && cell == nil { return .none }
    let setup = cell == nil ? "pass" : MagicTransformer.transform(options.statement)
    let statement = MagicTransformer.transform(cell ?? options.statement)
    try checkSyntax(setup, file: "<magic-timeit-setup>")
    try checkSyntax(statement, file: "<magic-timeit-stmt>")
    // Inside a function its locals are made globals while it is timed, as IPython does.
    var shadowed: [(String, Value?)] = []
    if cell == nil, let locals = interp.functionLocals {
      for (key, value) in zip(locals.keys, locals.values) {
        guard let name = key.as(PyStr.self)?.value else { continue }
        shadowed.append((name, interp.main.globals.value(of: name)))
        interp.main.globals.set(name, value)
      }
    }
    defer { for (name, value) in shadowed { interp.main.globals.set(name, value) } }
    let inner = try timingFunction(setup: setup, statement: statement)
    let timer = Value.object(
      PyBuiltinFunction("perf_counter") { (_, _) throws(PyException) in .float(IPythonTime.now()) }
    )
    func run(_ loops: Int) throws(PyException) -> Double {
      guard let range = interp.builtins["range"] else { return 0 }
      let elapsed = try interp.call(
        inner, Arguments([try interp.call(range, with: .int(loops)), timer]))
      if case .float(let seconds) = elapsed { return seconds }
      return 0
    }
    var loops = options.loops
    if loops == 0 {
      loops = 1
      while try run(loops) < 0.2, loops < 1_000_000_000 { loops *= 10 }
    }
    var runs: [Double] = []
    for _ in 0..<max(options.repeats, 1) { runs.append(try run(loops)) }
    let best = runs.min()! / Double(loops)
    let worst = runs.max()! / Double(loops)
    let summary = IPythonTime.timeitSummary(
      perLoop: runs.map { $0 / Double(loops) }, loops: loops, precision: options.precision)
    if !options.quiet {
      if worst > 4 * best && best > 0 && worst > 1e-6 {
        session.writeOut(
          "The slowest run took \(String(format: "%0.2f", worst / best)) times longer than the fastest. This could mean that an intermediate result is being cached.\n"
        )
      }
      session.writeOut(summary + "\n")
    }
    guard options.returnResult else { return .none }
    return .object(TimeitResult(loops: loops, runs: runs, summary: summary))
  }

  /// Options come first, each a letter after `-` (with its value attached or next); the
  /// statement is the rest of the line.
  static func timeitOptions(_ line: String) throws(PyException) -> TimeitOptions {
    var options = TimeitOptions()
    var rest = Substring(line)
    while true {
      rest = rest.drop { $0 == " " }
      guard rest.hasPrefix("-"), rest.count > 1, let flag = rest.dropFirst().first,
        "nrpqotc".contains(flag)
      else { break }
      rest = rest.dropFirst(2)
      guard "nrp".contains(flag) else {
        if flag == "q" { options.quiet = true }
        if flag == "o" { options.returnResult = true }
        continue
      }
      rest = rest.drop { $0 == " " }
      let digits = rest.prefix { $0.isNumber }
      guard let value = Int(digits) else {
        throw usage("option -\(flag) requires an integer argument")
      }
      rest = rest.dropFirst(digits.count)
      switch flag {
      case "n": options.loops = value
      case "r": options.repeats = value
      default: options.precision = value
      }
    }
    options.statement = String(rest)
    return options
  }

  private func checkSyntax(_ source: String, file: String) throws(PyException) {
    do {
      _ = try Parser.parse(source)
    } catch {
      throw PyException.syntax(error, file: file, source: source, firstLine: 1)
    }
  }

  /// IPython's template: `def inner(_it, _timer)` with the setup, then the statement in a
  /// loop between two readings of the timer; gives the seconds the loop took.
  private func timingFunction(setup: String, statement: String) throws(PyException) -> Value {
    func indented(_ code: String, _ spaces: Int) -> String {
      let pad = String(repeating: " ", count: spaces)
      return code.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
    let name = "__nb_timeit_inner__"
    let source = """
      def \(name)(_it, _timer):
      \(indented(setup, 4))
          _t0 = _timer()
          for _i in _it:
      \(indented(statement, 8))
          _t1 = _timer()
          return _t1 - _t0
      """
    try interp.run(source, file: "<magic-timeit>")
    defer { interp.main.globals.set(name, nil) }
    return interp.main.globals.value(of: name) ?? .none
  }
}

/// What `%timeit -o` gives: the loop count, the runs' times and the summary line.
final class TimeitResult: PyObject {
  static let type: PyClass = {
    let c = PyClass("TimeitResult", bases: [.object])
    c.moduleName = "IPython.core.magics.execution"
    return c
  }()

  let loops: Int
  let runs: [Double]
  let summary: String

  init(loops: Int, runs: [Double], summary: String) {
    self.loops = loops
    self.runs = runs
    self.summary = summary
  }

  override var pyClass: PyClass { TimeitResult.type }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<TimeitResult : \(summary)>"
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String { summary }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let timings = runs.map { $0 / Double(loops) }
    let average = timings.reduce(0, +) / Double(timings.count)
    switch name {
    case "loops": return .int(loops)
    case "repeat": return .int(runs.count)
    case "best": return .float(timings.min()!)
    case "worst": return .float(timings.max()!)
    case "all_runs": return .object(PyList(runs.map { .float($0) }))
    case "timings": return .object(PyList(timings.map { .float($0) }))
    case "average": return .float(average)
    case "stdev":
      let variance = timings.map { ($0 - average) * ($0 - average) }.reduce(0, +)
      return .float((variance / Double(timings.count)).squareRoot())
    case "compile_time": return .float(0)
    default: return try super.getAttribute(name, interp)
    }
  }
}
