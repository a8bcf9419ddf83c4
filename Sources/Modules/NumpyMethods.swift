import Interpreter
import NumKit

/// Methods of `ndarray` (`a.reshape(...)`, `a.sum()`, ...).
enum NumpyMethods {
  /// A method's code, given the array (the object and its contents) and the arguments after it.
  typealias Body = (PyNDArray, NDArray, Arguments, Interpreter) throws(PyException) -> Value

  /// `target.name`: the method bound to the array (nil: no such method).
  static func method(_ name: String, _ target: PyNDArray, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let body = try body(name, interp) else { return nil }
    let a = target.array
    return .object(
      PyBuiltinFunction(name) { (args, interp) throws(PyException) in
        try body(target, a, args, interp)
      })
  }

  /// The code of method `name` for any array (nil: no such method), keyword checks included.
  static func body(_ name: String, _ interp: Interpreter) throws(PyException) -> Body? {
    var body: Body
    switch name {
    case "reshape":
      body = { (target, a, args, interp) throws(PyException) in
        let dims =
          args.count == 1
            && (args.positional[0].as(PyTuple.self) != nil
              || args.positional[0].as(PyList.self) != nil)
          ? try interp.collect(args[0]) : args.positional
        let shape = try dims.map { (d) throws(PyException) -> Int in
          guard case .int(let n) = d.asIndexLike else {
            throw .typeError("'\(d.typeName)' object cannot be interpreted as an integer")
          }
          return n
        }
        return .object(
          PyNDArray(try NumpyBridge.check { () throws(NumKitError) in try a.reshaped(shape) }))
      }
    case "copy":
      body = { (target, a, args, interp) throws(PyException) in
        let order =
          try (args.count > 0 ? args[0] : args.keyword("order")).map {
            (v) throws(PyException) in try interp.str(v)
          } ?? "C"
        guard let copied = a.copy(order: order) else {
          throw .valueError("order must be one of 'C', 'F', 'A', or 'K' (got '\(order)')")
        }
        return .object(PyNDArray(copied))
      }
    case "tolist":
      body = { (target, a, _, _) throws(PyException) in toList(a) }
    case _ where reductions.contains(name):
      let kind = ReductionKind(name)
      body = { (target, a, args, interp) throws(PyException) in
        try NumpyMethods.reduction(name, kind, a, args, axisPosition: 0, interp)
      }
    case "astype":
      body = { (target, a, args, interp) throws(PyException) in
        if let width = StringArrays.requestedWidth(args.positional.first ?? args.keyword("dtype")) {
          return .object(try StringArrays.fromNumbers(a, width: width, interp))
        }
        guard
          let dtype = try NumpyModule.dtypeArgument(args.positional.first ?? args.keyword("dtype"))
        else { throw .typeError("astype() missing required argument 'dtype' (pos 1)") }
        // copy=False: the array itself when it already has the dtype.
        if dtype == a.dtype, let copy = args.count > 4 ? args.positional[4] : args.keyword("copy"),
          !(try interp.isTruthy(copy))
        {
          return .object(target)
        }
        return .object(PyNDArray(a.copyKeepingLayout(as: dtype)))
      }
    case "item":
      body = { (target, a, args, interp) throws(PyException) in
        if args.count == 1, case .int(var flat) = try args[0].asIndexLike {
          // One integer is a flat (C-order) index.
          if flat < 0 { flat += a.size }
          guard flat >= 0 && flat < a.size else {
            throw .indexError(
              "index \(try NumpyFunctions.int(args[0])) is out of bounds for \(a.ndim == 1 ? "axis 0 with " : "")size \(a.size)"
            )
          }
          return NumpyBridge.wrap(Indexing.flatElement(a, flat)).scalarValue
        }
        guard args.count == 0 else {
          let key: Value = args.count == 1 ? try args[0] : .tuple(args.positional)
          return try interp.getItem(.object(target), key).scalarValue
        }
        guard a.size == 1 else {
          throw .valueError("can only convert an array of size 1 to a Python scalar")
        }
        return NumpyBridge.wrap(Indexing.flatElement(a, 0)).scalarValue
      }
    case "ravel", "flatten":
      body = { (target, a, args, interp) throws(PyException) in
        // order='F' reads the elements column first: the reversed-axes view, flattened.
        let order = try (args.positional.first ?? args.keyword("order")).map {
          (v) throws(PyException) in try interp.str(v)
        }
        guard order == nil || ["C", "F", "A", "K"].contains(order!) else {
          throw .valueError("order must be one of 'C', 'F', 'A', or 'K' (got '\(order!)')")
        }
        let source = order == "F" ? a.transposed : a
        return .object(
          PyNDArray(
            name == "flatten" || order == "F"
              ? source.copy().reshapedView([a.size]) : source.raveled))
      }
    case "transpose":
      body = { (target, a, args, interp) throws(PyException) in
        let axes: [Int]? =
          args.count == 0 || args.positional[0].isNone
          ? nil
          : try NumpyFunctions.ints(args.count == 1 ? args[0] : .tuple(args.positional), interp)
        return .object(
          PyNDArray(try NumpyBridge.check { () throws(NumKitError) in try a.transposed(axes) }))
      }
    case "fill":
      body = { (target, a, args, interp) throws(PyException) in
        let value = try NumpyFunctions.array(args[0], interp)
        try NumpyBridge.check { () throws(NumKitError) in try a.assign([.ellipsis], value) }
        return .none
      }
    case "sort":
      // In place, as numpy's method does.
      body = { (target, a, args, interp) throws(PyException) in
        if NumpyFunctions.argument(args, 2, "order") != nil {
          throw .valueError("Cannot specify order when the array has no fields.")
        }
        let axis = try NumpyFunctions.int(
          args.count > 0 ? args[0] : args.keyword("axis") ?? .int(-1))
        try NumpyBridge.check { () throws(NumKitError) in
          try a.assign([.ellipsis], try a.sorted(axis: axis))
        }
        return .none
      }
    case "put", "compress", "partition":
      // Written in the language (NumpyLibrarySource): the array first.
      body = { (target, a, args, interp) throws(PyException) in
        try NumpyFunctions.library(
          "_ndarray_" + name, [.object(target)] + args.positional, keywords: args.keywords, interp)
      }
    case "conj", "conjugate":
      // Real arrays are their own conjugate (numpy returns the array itself).
      body = { (target, a, _, _) throws(PyException) in .object(target) }
    case "trace", "diagonal", "searchsorted", "swapaxes", "squeeze", "cumsum", "cumprod", "any",
      "all", "argsort", "argpartition", "clip", "round", "nonzero", "dot", "repeat", "take":
      // numpy's module function (with its handling of out= and dtype=) with the array first.
      guard let function = try interp.importModule("numpy").globals.value(of: name) else {
        return nil
      }
      body = { (target, a, args, interp) throws(PyException) in
        try interp.call(
          function, Arguments([.object(target)] + args.positional, keywords: args.keywords))
      }
      if name == "clip" {
        // The method's bounds (`min`, `max`, each None by default) as the function's
        // `a_min`, `a_max`, which it needs both of.
        let forward = body
        body = { (target, a, args, interp) throws(PyException) in
          let bounds = [args.parameter(0, "min") ?? .none, args.parameter(1, "max") ?? .none]
          let rest = Arguments(
            bounds + args.positional.dropFirst(2),
            keywords: args.keywords.filter { $0.name != "min" && $0.name != "max" })
          return try forward(target, a, rest, interp)
        }
      }
    default:
      return nil
    }
    if let accepted = NumpyMethodKeywords.table[name] {
      let unchecked = body
      body = { (target, a, args, interp) throws(PyException) in
        if accepted.applies(to: args) { try accepted.check(args) }
        return try unchecked(target, a, args, interp)
      }
    }
    return body
  }

  static let reductions: Set<String> = [
    "sum", "mean", "max", "min", "prod", "argmax", "argmin", "std", "var",
  ]

  /// A reduction with numpy's arguments, positional (in numpy's order, from `axisPosition`)
  /// or by keyword: `axis` (an int, a tuple or None), `keepdims` and `ddof` here; `dtype`,
  /// `out`, `initial` and `where` (and std/var's `mean` and `correction`) through the
  /// language library's `_reduction`, which defines them on these plain reductions.
  static func reduction(
    _ name: String, _ kind: ReductionKind, _ a: NDArray, _ args: Arguments, axisPosition: Int,
    _ interp: Interpreter
  ) throws(PyException) -> Value {
    // `a.argmax(axis=1)`, `a.argmax(1)`: the axis alone, read without the general parsing.
    if case .argExtreme(let max) = kind, let axis = loneIntAxis(args, axisPosition) {
      let spare = PyNDArray.droppedResult()
      let result = try NumpyBridge.check { () throws(NumKitError) -> NDArray in
        try a.argExtreme(max: max, axis: axis, reusing: spare?.array)
      }
      return PyNDArray.recycling(result, spare: spare)
    }
    let named = ReductionArguments(name, args, axisPosition: axisPosition)
    if named.needsLibrary { return try libraryReduction(name, a, named, interp) }
    let keepdims =
      try named.keepdims.map { (v) throws(PyException) in try interp.isTruthy(v) }
      ?? false
    // `a.argmax(axis=1)`, `a.sum(axis=0)`: one int axis, read without an array of axes.
    if case .int(let axis) = named.axis {
      switch kind {
      case .argExtreme(let max):
        return NumpyBridge.wrap(
          try NumpyBridge.check { () throws(NumKitError) -> NDArray in
            try a.argExtreme(max: max, axis: axis, keepdims: keepdims)
          })
      case .reduce(let reduction):
        let result = try NumpyBridge.check { () throws(NumKitError) -> NDArray in
          try a.reduce(reduction, along: axis, keepdims: keepdims)
        }
        try EmptySliceWarnings.check(kind, a, axes: [axis], ddof: 0, result: result, interp)
        return NumpyBridge.wrap(result)
      case .variance: break
      }
    }
    var axes: [Int]?
    if case .int(let axis) = named.axis {
      axes = [axis]
    } else if let axisValue = named.axis, !axisValue.isNone {
      let parts = axisValue.as(PyTuple.self)?.items ?? [axisValue]
      axes = try parts.map { (v) throws(PyException) -> Int in
        guard case .int(let i) = v.asIndexLike else {
          throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        return i
      }
    }
    // Every axis named is the whole array: numpy's order of summation is then the flat one.
    if let given = axes, a.ndim > 1, !kind.isArgExtreme, given.count == a.ndim,
      coversEveryAxis(given, a.ndim)
    {
      axes = nil
    }
    let ddof = named.ddof?.asInt ?? 0
    let result = try NumpyBridge.check { () throws(NumKitError) -> NDArray in
      switch kind {
      case .argExtreme(let max):
        guard (axes?.count ?? 1) == 1 else {
          throw .type("'tuple' object cannot be interpreted as an integer")
        }
        return try a.argExtreme(max: max, axis: axes?.first, keepdims: keepdims)
      case .variance(let root):
        let variance = try a.variance(axes: axes, ddof: ddof, keepdims: keepdims)
        return root ? variance.apply(.sqrt) : variance
      case .reduce(let reduction):
        return try a.reduce(reduction, axes: axes, keepdims: keepdims)
      }
    }
    try EmptySliceWarnings.check(kind, a, axes: axes, ddof: ddof, result: result, interp)
    return NumpyBridge.wrap(result)
  }

  /// The axis of a call given an int axis and nothing else, by keyword or in its place.
  @inline(__always) private static func loneIntAxis(_ args: Arguments, _ axisPosition: Int)
    -> Int?
  {
    if args.keywords.isEmpty {
      guard args.positional.count == axisPosition + 1,
        case .int(let axis) = args.positional[axisPosition]
      else { return nil }
      return axis
    }
    guard args.positional.count == axisPosition, args.keywords.count == 1,
      args.keywords[0].name == "axis", case .int(let axis) = args.keywords[0].value
    else { return nil }
    return axis
  }

  /// Whether `axes` (as given, negative from the end) name every one of `ndim` axes.
  private static func coversEveryAxis(_ axes: [Int], _ ndim: Int) -> Bool {
    guard ndim <= 64 else { return Set(axes.map { $0 < 0 ? $0 + ndim : $0 }) == Set(0..<ndim) }
    var seen: UInt64 = 0
    for axis in axes {
      let i = axis < 0 ? axis + ndim : axis
      guard i >= 0 && i < ndim else { return false }
      seen |= 1 << UInt64(i)
    }
    return seen == (ndim == 64 ? ~0 : (1 << UInt64(ndim)) - 1)
  }

  /// The library's `_reduction(name, a, params)` (NumpyLibrarySource).
  static func libraryReduction(
    _ name: String, _ a: NDArray, _ arguments: ReductionArguments, _ interp: Interpreter
  ) throws(PyException) -> Value {
    let parameters = PyDict()
    for (keyword, value) in arguments.named { parameters.set(keyword, value) }
    return try NumpyFunctions.library(
      "_reduction", [.str(name), NumpyBridge.wrap(a), .object(parameters)], interp)
  }

  /// `a.tolist()`: nested lists of Python values, from the elements copied once in C order
  /// (a view and a numpy scalar per element took nine times numpy's time).
  static func toList(_ a: NDArray) -> Value {
    if a.ndim == 0 { return NumpyBridge.wrap(a).scalarValue }
    let values = pythonValues(a)
    var position = 0
    func nested(_ axis: Int) -> Value {
      let count = a.shape[axis]
      if axis == a.ndim - 1 {
        defer { position += count }
        return .list(Array(values[position..<position + count]))
      }
      return .list((0..<count).map { _ in nested(axis + 1) })
    }
    return nested(0)
  }

  /// Every element of `a` in C order as the Python value `item()` gives.
  private static func pythonValues(_ a: NDArray) -> [Value] {
    switch a.dtype {
    case .float64, .float32:
      let c = a.copy(as: .float64)
      let p = c.storage.pointer(Double.self)
      return withExtendedLifetime(c) { (0..<c.size).map { .float(p[$0]) } }
    case .bool:
      let c = a.copy(as: .bool)
      let p = c.storage.pointer(UInt8.self)
      return withExtendedLifetime(c) { (0..<c.size).map { .bool(p[$0] != 0) } }
    case .int32, .int64, .uint8:
      let c = a.copy(as: .int64)
      let p = c.storage.pointer(Int64.self)
      return withExtendedLifetime(c) { (0..<c.size).map { .int(Int(p[$0])) } }
    }
  }
}
