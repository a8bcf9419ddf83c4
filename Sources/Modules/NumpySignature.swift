import Interpreter

/// A numpy function's parameters, from numpy itself (`Generated/NumpySignatures.swift`): a call
/// with a keyword numpy does not take, or more positional arguments than it takes, fails as it
/// fails in numpy instead of the extra argument being ignored (`np.mean(x, axes=0)`).
struct NumpySignature {
  let positional: [String]
  let positionalOnly: Int
  let required: Int
  let keywordOnly: [String]
  let varArgs: Bool
  let varKeywords: Bool
  /// numpy.random's legacy functions are Cython: "takes at most N positional arguments".
  let cythonWording: Bool
  /// How a call without a required argument is worded.
  let missing: MissingWording

  enum MissingWording {
    /// CPython's: `mean() missing 1 required positional argument: 'a'`.
    case python
    /// Argument Clinic's: `zeros() missing required argument 'shape' (pos 0)`.
    case clinic
    /// Cython's: `choice() takes at least 1 positional argument (0 given)`.
    case cython
    case none
  }

  func check(_ name: String, _ a: Arguments) throws(PyException) {
    // CPython's order: an unknown keyword, then too many positionals, then a missing one
    // (Cython counts the positionals first).
    let given = a.count
    if cythonWording && !varArgs && given > positional.count { throw tooMany(name, given) }
    if !varKeywords {
      for (keyword, _) in a.keywords
      where !keywordOnly.contains(keyword) && !positional[positionalOnly...].contains(keyword) {
        throw .typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
      }
    }
    if !varArgs && given > positional.count { throw tooMany(name, given) }
    if given < required { try checkRequired(name, a) }
  }

  /// The required parameters neither given by position nor by keyword.
  private func checkRequired(_ name: String, _ a: Arguments) throws(PyException) {
    let absent = (a.count..<required).filter { i in
      i < positionalOnly || !a.keywords.contains { $0.name == positional[i] }
    }
    guard let first = absent.first else { return }
    switch missing {
    case .python:
      let names = absent.map { "'\(positional[$0])'" }
      let list =
        names.count == 1
        ? names[0]
        : names.dropLast().joined(separator: names.count > 2 ? ", " : " ")
          + (names.count > 2 ? ", and " : " and ") + names.last!
      let plural = names.count == 1 ? "" : "s"
      throw .typeError(
        "\(name)() missing \(names.count) required positional argument\(plural): \(list)")
    case .clinic:
      throw .typeError("\(name)() missing required argument '\(positional[first])' (pos \(first))")
    case .cython:
      let plural = required == 1 ? "" : "s"
      throw .typeError(
        "\(name)() takes at least \(required) positional argument\(plural) (\(a.count) given)")
    case .none: return
    }
  }

  private func tooMany(_ name: String, _ given: Int) -> PyException {
    let most = positional.count
    let plural = most == 1 ? "" : "s"
    if cythonWording {
      let bound = required == most ? "exactly" : "at most"
      return .typeError(
        "\(name)() takes \(bound) \(most) positional argument\(plural) (\(given) given)")
    }
    let was = given == 1 ? "was" : "were"
    if required == most {
      return .typeError(
        "\(name)() takes \(most) positional argument\(plural) but \(given) \(was) given")
    }
    return .typeError(
      "\(name)() takes from \(required) to \(most) positional arguments but \(given) \(was) given")
  }

  /// Puts the check in front of each built-in function of `module` that numpy has.
  static func enforce(on module: PyModule, qualifiedAs prefix: String) {
    for name in module.globals.definedNames {
      guard let signature = table["\(prefix).\(name)"], let value = module.globals.value(of: name)
      else { continue }
      let checked: PyBuiltinFunction
      let needsCheck = { (a: Arguments) in
        a.count > signature.positional.count || a.count < signature.required || !a.keywords.isEmpty
      }
      var body: PyBuiltinFunction.Body
      var takesOut = false
      if let function = value.as(PyBuiltinFunction.self) {
        body = function.body
      } else if let function = value.as(PyFunction.self) {
        // Written in the language (NumpyLibrarySource): numpy's name in the messages.
        body = { (a, interp) throws(PyException) in try interp.call(.object(function), a) }
        takesOut = function.code.positionalParameters.contains("out")
      } else {
        continue
      }
      // `out=` the function does not take itself: written into after the call.
      if prefix == "numpy", !takesOut, !NumpyOutput.handledByFunction.contains(name),
        signature.positional.contains("out") || signature.keywordOnly.contains("out")
      {
        body = NumpyOutput.wrap(
          name, position: signature.positional.firstIndex(of: "out"), body)
      }
      if prefix == "numpy", let rule = NumpyDTypeArgument.rules[name] {
        body = NumpyDTypeArgument.wrap(
          name, rule, position: signature.positional.firstIndex(of: "dtype"), body)
      }
      let run = body
      // `np.dot(a, b)`: two plain arguments need neither the check nor `out=`.
      let fixed = prefix == "numpy" ? NumpyFunctions.fixedProducts[name] ?? .none : .none
      // numpy.random's functions read their parameters by position: keywords naming them
      // (`np.random.seed(seed=0)`, `choice(a=5, size=3)`) are put in place.
      let binds = prefix == "numpy.random"
      checked = PyBuiltinFunction(
        name,
        { (a, interp) throws(PyException) in
          guard needsCheck(a) else { return try run(a, interp) }
          try signature.check(name, a)
          return try run(binds ? a.bindingKeywords(signature.positional) : a, interp)
        }, fixed: fixed)
      module.define(name, .object(checked))
    }
  }
}

/// The keywords each ndarray method takes (generated from numpy), and numpy's words refusing
/// another: `x.sum(axes=0)` fails as in numpy. The rules are the builtins' (`BuiltinKeywords`).
enum NumpyMethodKeywords {}
