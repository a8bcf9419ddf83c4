import Interpreter
import NumKit

/// `np.array2string`, `np.array_repr` and `np.array_str`: the printed forms of an array with
/// print options given for this call only (the session's options fill in the rest).
enum NumpyArrayText {
  static func install(in m: PyModule) {
    m.define("array2string") { (a, interp) throws(PyException) in
      let names = [
        "a", "max_line_width", "precision", "suppress_small", "separator", "prefix", "style",
        "formatter", "threshold", "edgeitems", "sign", "floatmode", "suffix",
      ]
      var given: [String: Value] = [:]
      for (i, v) in a.positional.enumerated() where i < names.count { given[names[i]] = v }
      for (name, v) in a.keywords { given[name] = v }
      guard let value = given["a"] else {
        throw .typeError("array2string() missing 1 required positional argument: 'a'")
      }
      for name in ["formatter", "sign", "floatmode", "legacy"]
      where given[name].map({ !$0.isNone }) ?? false {
        throw .notImplemented("np.array2string(\(name)=...) is not supported yet")
      }
      if let suffix = given["suffix"]?.as(PyStr.self), !suffix.value.isEmpty {
        throw .notImplemented("np.array2string(suffix=...) is not supported yet")
      }
      var options = try options(given, interp)
      if let v = given["threshold"], !v.isNone { options.threshold = try NumpyFunctions.int(v) }
      if let v = given["edgeitems"], !v.isNone { options.edgeItems = try NumpyFunctions.int(v) }
      let separator = given["separator"]?.as(PyStr.self)?.value ?? " "
      let prefix = given["prefix"]?.as(PyStr.self)?.value ?? ""
      let array = try NumpyFunctions.array(value, interp)
      return .str(ArrayPrinter.text(array, options, separator: separator, prefix: prefix))
    }
    for (name, isRepr) in [("array_repr", true), ("array_str", false)] {
      m.define(name) { (a, interp) throws(PyException) in
        let names = ["a", "max_line_width", "precision", "suppress_small"]
        var given: [String: Value] = [:]
        for (i, v) in a.positional.enumerated() where i < names.count { given[names[i]] = v }
        for (name, v) in a.keywords { given[name] = v }
        guard let value = given["a"] else {
          throw .typeError("\(name)() missing 1 required positional argument: 'arr'")
        }
        let options = try options(given, interp)
        let array = try NumpyFunctions.array(value, interp)
        if array.ndim == 0 && !isRepr { return .str(try interp.str(NumpyBridge.wrap(array))) }
        return .str(isRepr ? ArrayPrinter.repr(array, options) : ArrayPrinter.str(array, options))
      }
    }
  }

  /// The session's print options with this call's `max_line_width`, `precision` and
  /// `suppress_small`.
  private static func options(_ given: [String: Value], _ interp: Interpreter) throws(PyException)
    -> PrintOptions
  {
    var options = NumpyPrintOptions.current(interp)
    if let v = given["max_line_width"], !v.isNone { options.lineWidth = try NumpyFunctions.int(v) }
    if let v = given["precision"], !v.isNone { options.precision = try NumpyFunctions.int(v) }
    if let v = given["suppress_small"], !v.isNone { options.suppress = try interp.isTruthy(v) }
    return options
  }
}
