import Interpreter

/// `warnings`: `warn`, `filterwarnings`, `simplefilter`, `resetwarnings` and
/// `catch_warnings()` over the interpreter's filters (numpy's RuntimeWarnings go through them
/// too, so `warnings.filterwarnings('ignore')` silences them as in Python).
enum WarningsModule {
  static let actions: Set<String> = ["ignore", "error", "always", "default", "once", "module"]

  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "warnings")
    m.define("warn") { (a, interp) throws(PyException) in
      let message: Value = a.count > 0 ? a.positional[0] : (a.keyword("message") ?? Value.str(""))
      let category: Value =
        a.count > 1 ? a.positional[1] : (a.keyword("category") ?? Value.object(PyClass.userWarning))
      let cls = category.as(PyClass.self) ?? .userWarning
      guard cls.isSubclass(of: .warning) else {
        throw .typeError("category must be a Warning subclass, not '\(cls.name)'")
      }
      let level = a.count > 2 ? a.positional[2] : (a.keyword("stacklevel") ?? .int(1))
      guard case .int(let stackLevel) = level.asIndexLike else {
        throw .typeError("'\(level.typeName)' object cannot be interpreted as an integer")
      }
      if case .object(let o) = message, let e = o as? PyException {
        try interp.raiseOrWarn(e.exceptionName, e.message(interp), stackLevel: stackLevel)
      } else {
        try interp.raiseOrWarn(cls.name, try interp.str(message), stackLevel: stackLevel)
      }
      return .none
    }
    m.define("filterwarnings") { (a, interp) throws(PyException) in
      let filter = try makeFilter(a, interp, messagePosition: 1, categoryPosition: 2)
      add(filter, append: try interp.isTruthy(a.keyword("append") ?? .bool(false)), interp)
      return .none
    }
    m.define("simplefilter") { (a, interp) throws(PyException) in
      let filter = try makeFilter(a, interp, messagePosition: nil, categoryPosition: 1)
      add(filter, append: try interp.isTruthy(a.keyword("append") ?? .bool(false)), interp)
      return .none
    }
    m.define("resetwarnings") { (_, interp) throws(PyException) in
      interp.warningFilters = []
      return .none
    }
    m.define("catch_warnings") { (a, interp) throws(PyException) in
      // A context manager that restores the filters on exit; with record=True, `as w` is the
      // list the warnings go into instead of stderr.
      let record = try interp.isTruthy(a.keyword("record") ?? .bool(false))
      let saved = interp.warningFilters
      let log = PyList([])
      return .object(
        PyContextManager(
          entering: { interp in
            interp.resetShownWarnings()
            if record { interp.warningLogs.append(log) }
            return record ? .object(log) : .none
          },
          exit: { interp in
            interp.warningFilters = saved
            interp.resetShownWarnings()
            if record { interp.warningLogs.removeLast() }
          }))
    }
    return m
  }

  private static func makeFilter(
    _ a: Arguments, _ interp: Interpreter, messagePosition: Int?, categoryPosition: Int
  ) throws(PyException) -> WarningFilter {
    let actionValue: Value = a.count > 0 ? a.positional[0] : (a.keyword("action") ?? Value.none)
    guard let action = actionValue.as(PyStr.self)?.value, actions.contains(action) else {
      throw .valueError("invalid action: \(try interp.repr(actionValue))")
    }
    var message = ""
    if let p = messagePosition {
      let v = a.count > p ? a.positional[p] : (a.keyword("message") ?? .str(""))
      message = v.as(PyStr.self)?.value ?? ""
    }
    let categoryValue: Value =
      a.count > categoryPosition
      ? a.positional[categoryPosition] : (a.keyword("category") ?? Value.object(PyClass.warning))
    guard let category = categoryValue.as(PyClass.self), category.isSubclass(of: PyClass.warning)
    else {
      throw .typeError("category must be a Warning subclass")
    }
    return WarningFilter(action: action, category: category, message: message)
  }

  private static func add(_ filter: WarningFilter, append: Bool, _ interp: Interpreter) {
    interp.resetShownWarnings()
    if append {
      interp.warningFilters.append(filter)
    } else {
      interp.warningFilters.insert(filter, at: 0)
    }
  }
}
