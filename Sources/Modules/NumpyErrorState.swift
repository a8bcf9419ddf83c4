import Interpreter
import NumKit

/// `np.seterr`, `np.geterr` and `with np.errstate(...)`: what a floating-point exception in a
/// ufunc does, per kind (divide, over, under, invalid): 'ignore', 'warn' (a RuntimeWarning),
/// 'raise' (FloatingPointError) or 'print' (a line on stderr). numpy's defaults: warn, except
/// underflow (ignored). The state belongs to the interpreter session.
enum NumpyErrorState {
  static let kinds = ["divide", "over", "under", "invalid"]
  static let modes: Set<String> = ["ignore", "warn", "raise", "print", "call", "log"]

  final class Box {
    var modes: [String: String] = [
      "divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn",
    ]
  }

  static func box(_ interp: Interpreter) -> Box {
    if let b = interp.moduleState["numpy.errstate"] as? Box { return b }
    let b = Box()
    interp.moduleState["numpy.errstate"] = b
    return b
  }

  /// Whether every kind's mode only reports ('ignore', 'warn', 'print'): no exception and no
  /// user code follows a flag.
  static func onlyReports(_ interp: Interpreter) -> Bool {
    box(interp).modes.values.allSatisfy { $0 == "ignore" || $0 == "warn" || $0 == "print" }
  }

  static func settings(_ modes: [String: String]) -> Value {
    let d = PyDict()
    for kind in kinds { d.set(kind, .str(modes[kind] ?? "ignore")) }
    return .object(d)
  }

  /// The modes after `all=`, then the kinds named, are applied to `modes`.
  static func applying(
    _ a: Arguments, to modes: [String: String], _ name: String, _ interp: Interpreter
  ) throws(PyException) -> [String: String] {
    guard a.positional.isEmpty else { throw .typeError("\(name)() takes only keyword arguments") }
    var out = modes
    func mode(_ v: Value) throws(PyException) -> String {
      guard let s = v.as(PyStr.self)?.value, NumpyErrorState.modes.contains(s) else {
        throw .valueError("invalid error mode \(try interp.repr(v))")
      }
      return s
    }
    if let all = a.keyword("all"), !all.isNone {
      let m = try mode(all)
      for kind in kinds { out[kind] = m }
    }
    for (key, value) in a.keywords where key != "all" && !value.isNone {
      guard kinds.contains(key) else {
        throw .typeError("\(name)() got an unexpected keyword argument '\(key)'")
      }
      out[key] = try mode(value)
    }
    return out
  }

  /// What the flags raised by ufunc `name` lead to, in numpy's order.
  static func report(_ raised: FloatStatus.Raised, _ name: String, _ interp: Interpreter)
    throws(PyException)
  {
    let modes = box(interp).modes
    let events: [(Bool, String, String)] = [
      (raised.divideByZero, "divide", "divide by zero"), (raised.overflow, "over", "overflow"),
      (raised.invalid, "invalid", "invalid value"),
    ]
    for (happened, kind, text) in events where happened {
      let message = "\(text) encountered in \(name)"
      switch modes[kind] ?? "warn" {
      case "ignore": continue
      case "raise": throw PyException(.floatingPointError, message)
      case "print": interp.writeErr("Warning: \(message)\n")
      default: try interp.raiseOrWarn("RuntimeWarning", message)
      }
    }
  }

  static func install(in m: PyModule) {
    m.define("seterr") { (a, interp) throws(PyException) in
      let b = box(interp)
      let old = b.modes
      b.modes = try applying(a, to: old, "seterr", interp)
      return settings(old)
    }
    m.define("geterr") { (_, interp) throws(PyException) in settings(box(interp).modes) }
    // `with np.errstate(divide='ignore'): ...` restores the previous modes on exit.
    m.define("errstate") { (a, interp) throws(PyException) in
      let wanted = try applying(a, to: box(interp).modes, "errstate", interp)
      var saved: [String: String] = [:]
      return .object(
        PyContextManager(
          enter: { interp in
            saved = box(interp).modes
            box(interp).modes = wanted
          },
          exit: { interp in box(interp).modes = saved }))
    }
  }
}
