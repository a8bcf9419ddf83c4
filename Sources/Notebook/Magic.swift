import Foundation
import Interpreter

/// IPython's line magics in the REPL: `%time`, `%timeit`, `%who`, `%run`, `%reset`, and
/// `%matplotlib` (accepted, nothing to do). Output follows IPython's formats.
enum Magic {
  static func run(_ line: String, _ session: Session, _ renderer: TracebackRenderer, repl: REPL)
    -> Int32?
  {
    let body = line.drop { $0 == "%" }
    let name = String(body.prefix { !$0.isWhitespace })
    let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    let interp = session.interp
    switch name {
    case "matplotlib", "config", "load_ext", "autoreload":
      return nil
    case "who":
      let names = interp.main.globals.definedNames.filter { !$0.hasPrefix("_") }.sorted()
      session.writeOut(
        names.isEmpty ? "Interactive namespace is empty.\n" : names.joined(separator: "\t") + "\t\n"
      )
      return nil
    case "reset":
      if !argument.contains("-f") {
        guard
          let answer = repl.readLine(
            "Once deleted, variables cannot be recovered. Proceed (y/[n])? "),
          answer.lowercased().hasPrefix("y")
        else {
          session.writeOut("Nothing done.\n")
          return nil
        }
      }
      for name in interp.main.globals.definedNames where name != "__name__" {
        interp.main.globals.set(name, nil)
      }
      return nil
    case "run":
      return repl.run(file: argument, session, renderer)
    case "time":
      var cpuBefore = rusage()
      getrusage(RUSAGE_SELF.rawValue, &cpuBefore)
      let start = DispatchTime.now()
      let status = timed(argument, session, renderer, repl)
      let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
      var cpuAfter = rusage()
      getrusage(RUSAGE_SELF.rawValue, &cpuAfter)
      let user = seconds(cpuAfter.ru_utime) - seconds(cpuBefore.ru_utime)
      let sys = seconds(cpuAfter.ru_stime) - seconds(cpuBefore.ru_stime)
      session.writeOut(
        "CPU times: user \(format(user)), sys: \(format(sys)), total: \(format(user + sys))\nWall time: \(format(wall))\n"
      )
      return status
    case "timeit":
      return timeit(argument, session, renderer, repl)
    default:
      session.writeErr("UsageError: Line magic function `%\(name)` not found.\n")
      return nil
    }
  }

  private static func timed(
    _ code: String, _ session: Session, _ renderer: TracebackRenderer, _ repl: REPL
  )
    -> Int32?
  {
    repl.interruptible(session) { () throws(PyException) in
      try session.interp.run(code, file: "<timed exec>", displayLast: true)
    } onError: { error in
      session.writeErr(renderer.render(error, session.interp))
      return nil
    }
  }

  /// IPython's %timeit: loops grow by 10× until a run takes 0.2 s; 7 runs; mean ± std per loop.
  private static func timeit(
    _ code: String, _ session: Session, _ renderer: TracebackRenderer, _ repl: REPL
  )
    -> Int32?
  {
    let loop =
      "for _nb_timeit in range(_nb_loops):\n"
      + code.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
    var failed = false
    func measure(_ loops: Int) -> Double? {
      session.interp.main.define("_nb_loops", .int(loops))
      let start = DispatchTime.now()
      _ = repl.interruptible(session) { () throws(PyException) in
        try session.interp.run(loop, file: "<magic-timeit>")
      } onError: { error in
        session.writeErr(renderer.render(error, session.interp))
        failed = true
        return nil
      }
      return failed
        ? nil : Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
    var loops = 1
    while let t = measure(loops), t < 0.2, loops < 1_000_000_000 { loops *= 10 }
    guard !failed else { return nil }
    var runs: [Double] = []
    for _ in 0..<7 {
      guard let t = measure(loops) else { return nil }
      runs.append(t / Double(loops))
    }
    for name in ["_nb_loops", "_nb_timeit"] { session.interp.main.globals.set(name, nil) }
    let mean = runs.reduce(0, +) / 7
    let std = (runs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 7).squareRoot()
    let loopText = loops == 1 ? "1 loop" : "\(grouped(loops)) loops"
    session.writeOut(
      "\(format(mean)) ± \(format(std)) per loop (mean ± std. dev. of 7 runs, \(loopText) each)\n")
    return nil
  }

  /// IPython's `_format_time`: three significant digits in s, ms, µs or ns.
  static func format(_ seconds: Double) -> String {
    let (value, unit): (Double, String) =
      seconds >= 1
      ? (seconds, "s")
      : seconds >= 1e-3
        ? (seconds * 1e3, "ms")
        : seconds >= 1e-6 ? (seconds * 1e6, "µs") : (seconds * 1e9, "ns")
    var text = String(format: "%.3g", value)
    if text.contains("e") { text = String(format: "%.0f", value) }
    return text + " " + unit
  }

  static func grouped(_ n: Int) -> String {
    let digits = Array(String(n))
    var out = ""
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(d)
    }
    return out
  }

  static func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
}
