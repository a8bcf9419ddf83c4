import Interpreter
import NumKit

/// `np.set_printoptions`, `np.get_printoptions`, and the `np.printoptions(...)` context manager.
/// The options belong to the interpreter session (numpy's are per process; a session is ours).
enum NumpyPrintOptions {
  final class Box {
    var options = PrintOptions()
  }

  static func box(_ interp: Interpreter) -> Box {
    if let b = interp.moduleState["numpy.printoptions"] as? Box { return b }
    let b = Box()
    interp.moduleState["numpy.printoptions"] = b
    return b
  }

  /// The options in force in this session.
  static func current(_ interp: Interpreter) -> PrintOptions { box(interp).options }

  static func install(in m: PyModule) {
    m.define("set_printoptions") { (a, interp) throws(PyException) in
      box(interp).options = try apply(a, to: current(interp), interp)
      return .none
    }
    m.define("get_printoptions") { (_, interp) throws(PyException) in
      let o = current(interp)
      let d = PyDict()
      d.set("edgeitems", .int(o.edgeItems))
      d.set("threshold", .int(o.threshold))
      d.set("precision", .int(o.precision))
      d.set("linewidth", .int(o.lineWidth))
      d.set("suppress", .bool(o.suppress))
      return .object(d)
    }
    // `with np.printoptions(precision=3): ...` restores the previous options on exit.
    m.define("printoptions") { (a, interp) throws(PyException) in
      let wanted = try apply(a, to: current(interp), interp)
      var saved = PrintOptions()
      return .object(
        PyContextManager(
          enter: { interp in
            saved = current(interp)
            box(interp).options = wanted
          },
          exit: { interp in box(interp).options = saved }))
    }
  }

  static func apply(_ a: Arguments, to options: PrintOptions, _ interp: Interpreter)
    throws(PyException) -> PrintOptions
  {
    var o = options
    guard a.positional.isEmpty else {
      throw .typeError("set_printoptions() takes only keyword arguments here")
    }
    for (name, value) in a.keywords where !value.isNone {
      switch name {
      case "precision": o.precision = try NumpyFunctions.int(value)
      case "threshold": o.threshold = try NumpyFunctions.int(value)
      case "edgeitems": o.edgeItems = try NumpyFunctions.int(value)
      case "linewidth": o.lineWidth = try NumpyFunctions.int(value)
      case "suppress": o.suppress = try interp.isTruthy(value)
      default:
        throw .notImplemented("np.set_printoptions(\(name)=...) is not supported yet")
      }
    }
    return o
  }
}
