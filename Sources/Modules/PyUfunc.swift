import Interpreter
import NumKit

/// A numpy ufunc (`np.add`, `np.exp`, ...): called, it is the function it wraps; it also has
/// numpy's ufunc attributes (`__name__`, `nin`, `nout`, `nargs`, `identity`) and methods
/// (`reduce`, `accumulate`, `outer`, `at`), which are written in the language
/// (`NumpyLibrarySource`, as `_ufunc_reduce` and so on) and bound to the ufunc here.
final class PyUfunc: PyObject {
  let name: String
  let function: Value
  /// The wrapped function's body when it is built in (called without a second dispatch).
  private let body: PyBuiltinFunction.Body?
  let inputs: Int
  /// The numpy module, which holds this ufunc (a strong reference would be a cycle). Not
  /// weak: a weak reference moves the module's reference counts to a side table, which made
  /// every `np.` read slower.
  private unowned let module: PyModule

  static let ufuncClass: PyClass = {
    let c = PyClass("ufunc", bases: [.object])
    c.moduleName = "numpy"
    c.namesModuleInMessages = true
    return c
  }()

  /// The ufuncs of two operands; every other wrapped name takes one.
  static let binary: Set<String> = [
    "add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "power", "maximum",
    "minimum", "mod", "remainder", "logical_and", "logical_or", "logical_xor", "hypot",
    "arctan2", "heaviside", "equal", "not_equal", "greater", "greater_equal", "less",
    "less_equal", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "fmax",
    "fmin", "logaddexp",
    "logaddexp2", "fmod", "copysign", "nextafter", "ldexp", "float_power", "gcd", "lcm",
    "divmod",
  ]
  static let unary: Set<String> = [
    "exp", "log", "log2", "log10", "log1p", "sqrt", "square", "abs", "absolute", "negative",
    "positive", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "tanh", "floor", "ceil",
    "sign", "isnan", "isinf", "isfinite", "expm1", "sinh", "cosh", "arcsinh", "arccosh",
    "arctanh", "cbrt", "trunc", "rint", "deg2rad", "rad2deg", "radians", "degrees",
    "reciprocal", "logical_not", "invert", "exp2", "fabs", "signbit", "frexp", "modf",
    "conjugate",
  ]
  /// numpy's `identity` attribute (None for the rest).
  static let identities: [String: Value] = [
    "add": .int(0), "multiply": .int(1), "logical_and": .bool(true), "logical_or": .bool(false),
    "logical_xor": .bool(false), "bitwise_or": .int(0), "bitwise_xor": .int(0),
    "bitwise_and": .int(-1),
  ]

  init(name: String, function: Value, inputs: Int, module: PyModule) {
    self.name = name
    self.function = function
    self.body = function.as(PyBuiltinFunction.self)?.body
    self.inputs = inputs
    self.module = module
  }

  /// Replaces each ufunc name defined in numpy by its ufunc object, and defines `np.ufunc`.
  static func install(in m: PyModule) {
    m.define("ufunc", .object(ufuncClass))
    for name in binary.union(unary).sorted() {
      guard let f = m.globals.value(of: name) else { continue }
      let ufunc = PyUfunc(name: name, function: f, inputs: binary.contains(name) ? 2 : 1, module: m)
      m.define(name, .object(ufunc))
    }
    // `np.abs` is `np.absolute` in numpy: one object, named absolute.
    if let absolute = m.globals.value(of: "absolute")?.as(PyUfunc.self) {
      m.define("abs", .object(absolute))
    }
  }

  override var pyClass: PyClass { PyUfunc.ufuncClass }
  override var isCallable: Bool { true }

  override func repr(_ interp: Interpreter) throws(PyException) -> String { "<ufunc '\(name)'>" }

  override func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    if args.keywords.isEmpty && args.count <= inputs { return try compute(args, interp) }
    // numpy's ufunc keywords; `out=` (or the argument after the inputs) receives the result.
    for (keyword, _) in args.keywords where !PyUfunc.keywords.contains(keyword) {
      throw .typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
    }
    guard args.count <= inputs + 1 else {
      throw .typeError(
        "\(name)() takes from \(inputs) to \(inputs + 1) positional arguments but \(args.count) were given"
      )
    }
    var out = args.count > inputs ? args.positional[inputs] : args.keyword("out")
    // A one-array tuple is accepted by keyword only.
    if args.count <= inputs, let tuple = out?.as(PyTuple.self), tuple.items.count == 1 {
      out = tuple.items[0]
    }
    let mask = args.keyword("where")
    if let target = out?.as(PyNDArray.self),
      args.keywords.allSatisfy({ $0.name == "out" }),
      try UfuncDirectOutput.compute(
        name, Array(args.positional.prefix(inputs)), into: target, interp)
    {
      return out!
    }
    // order=, subok= and signature= change nothing NumBook computes (no memory layouts, no
    // subclasses, no loop choice beyond dtype=); casting= is taken (and numpy's rule kept).
    var inner = Arguments(
      Array(args.positional.prefix(inputs)),
      keywords: args.keywords.filter {
        !["out", "where", "order", "subok", "signature", "casting"].contains($0.name)
      })
    if let i = inner.keywords.firstIndex(where: { $0.name == "dtype" }) {
      let dtype = try NumpyModule.dtypeArgument(inner.keywords[i].value)
      inner.keywords.remove(at: i)
      if let dtype, PyUfunc.booleanResults.contains(name) {
        // The loop's dtype is its output's: bool only.
        guard dtype == .bool else {
          throw .typeError(
            "No loop matching the specified signature and casting was found for ufunc \(name)")
        }
      } else if let dtype {
        inner.positional = try castInputs(inner.positional, to: dtype, interp)
      }
    }
    let masked = mask.map { !$0.isNone && !$0.isIdentical(to: .bool(true)) } ?? false
    let result = masked ? try computeSelected(inner, mask!, interp) : try compute(inner, interp)
    if out == nil, masked {
      // numpy leaves the unselected elements uninitialised (they hold the full result here).
      try interp.raiseOrWarn(
        "UserWarning",
        "'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None."
      )
    }
    guard let out, !out.isNone else { return result }
    guard let target = out.as(PyNDArray.self) else {
      throw .typeError("return arrays must be of ArrayType")
    }
    try store(result, into: target, where: mask, interp)
    return out
  }

  /// The result for `where=`: computed in full with floating-point warnings off, then their
  /// conditions reported for the selected elements only (numpy computes only those:
  /// `np.sqrt(x, out=y, where=x > 0)` does not warn about the negative ones).
  private func computeSelected(_ args: Arguments, _ mask: Value, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let state = NumpyErrorState.box(interp)
    let modes = state.modes
    state.modes = modes.mapValues { _ in "ignore" }
    let result: Value
    do {
      result = try compute(args, interp)
    } catch {
      state.modes = modes
      throw error
    }
    state.modes = modes
    let shape = try NumpyFunctions.array(result, interp).shape
    let condition = try NumpyFunctions.array(mask, interp).copy(as: .bool)
    guard let selector = try? NumpyFunctions.broadcastView(condition, to: shape) else {
      return result
    }
    let selected = try args.positional.map { (v) throws(PyException) -> Value in
      let x = try NumpyFunctions.broadcastView(NumpyFunctions.array(v, interp), to: shape)
      return .object(
        PyNDArray(
          try NumpyBridge.check { () throws(NumKitError) in try x.index([.mask(selector)]) }))
    }
    _ = try compute(Arguments(selected, keywords: args.keywords), interp)
    return result
  }

  /// `dtype=`: the inputs converted to the loop's dtype first, with numpy's same-kind rule.
  private func castInputs(_ values: [Value], to dtype: DType, _ interp: Interpreter)
    throws(PyException) -> [Value]
  {
    try values.enumerated().map { (i, v) throws(PyException) -> Value in
      let x = try NumpyFunctions.array(v, interp)
      guard NumpyDTypeArgument.canCast(x.dtype, to: dtype, sameKind: true) else {
        throw PyException(
          NumpyBridge.inputCastingError,
          "Cannot cast ufunc '\(name)' input \(i) from dtype('\(x.dtype.rawValue)') to dtype('\(dtype.rawValue)') with casting rule 'same_kind'"
        )
      }
      return .object(PyNDArray(x.copy(as: dtype)))
    }
  }

  /// The ufuncs whose result is boolean (their `dtype=` names the output's).
  static let booleanResults: Set<String> = [
    "isnan", "isinf", "isfinite", "signbit", "logical_not", "logical_and", "logical_or",
    "logical_xor", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
  ]

  static let keywords: Set<String> = [
    "out", "where", "casting", "order", "dtype", "subok", "signature",
  ]

  private func compute(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    if let body { return try body(args, interp) }
    return try interp.call(function, args)
  }

  /// Writes a result into `out=` as numpy does: same-kind casting, broadcast to out's shape,
  /// only where `where=` is true.
  private func store(
    _ result: Value, into target: PyNDArray, where mask: Value?, _ interp: Interpreter
  ) throws(PyException) {
    let computed = try NumpyFunctions.array(result, interp)
    let out = target.array
    if !NumpyDTypeArgument.canCast(computed.dtype, to: out.dtype, sameKind: true) {
      throw NumpyBridge.outputCasting(name, from: computed.dtype, to: out.dtype)
    }
    guard (try? Broadcast.shape(computed.shape, out.shape)) == out.shape else {
      throw .valueError(
        "non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(try NumpyBridge.check { () throws(NumKitError) in try Broadcast.shape(computed.shape, out.shape) }))"
      )
    }
    var value = computed
    if let mask, !mask.isNone {
      let condition = try NumpyFunctions.array(mask, interp)
      value = try NumpyBridge.check { () throws(NumKitError) in
        try NDArray.select(condition, computed.copy(as: out.dtype), out.copy())
      }
    }
    try NumpyBridge.check { () throws(NumKitError) in try out.assign([.ellipsis], value) }
  }

  override func getAttribute(_ attribute: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    switch attribute {
    case "__name__", "__qualname__": return .str(name)
    case "nin": return .int(inputs)
    case "nout": return .int(1)
    case "nargs": return .int(inputs + 1)
    case "identity": return PyUfunc.identities[name] ?? Value.none
    case "reduce", "accumulate", "outer", "at":
      guard let method = module.globals.value(of: "_ufunc_" + attribute) else { return nil }
      return .object(PyBoundMethod(function: method, receiver: .object(self)))
    default: return try super.getAttribute(attribute, interp)
    }
  }
}
