import Interpreter
import NumKit

/// A numpy array as a language value (`numpy.ndarray`).
public final class PyNDArray: PyObject {
  /// The view; replaced only by `a.shape = ...`, which numpy does in place.
  public private(set) var array: NDArray
  /// The array owning the memory this one views (numpy's `base`; nil for an owner).
  let base: PyNDArray?
  /// `a.shape`, made on first use and kept until `a.shape = ...` (the tuple is immutable, so
  /// handing out the same one is not observable but by `is`).
  private var shapeTuple: Value?

  /// Wraps `array`: the first wrapper of a buffer owns it, later ones (views) keep it alive
  /// as their `base`.
  public init(_ array: NDArray) {
    self.array = array
    base = array.storage.owner.map { Unmanaged<PyNDArray>.fromOpaque($0).takeUnretainedValue() }
    super.init()
    if base == nil { array.storage.owner = Unmanaged.passUnretained(self).toOpaque() }
  }

  deinit {
    if array.storage.owner == Unmanaged.passUnretained(self).toOpaque() {
      array.storage.owner = nil
    }
  }

  public static let ndarrayClass: PyClass = {
    let c = PyClass("ndarray", bases: [.object])
    c.moduleName = "numpy"
    c.namesModuleInMessages = true
    // `np.ndarray(shape, dtype)`: a new array, as `np.empty` (zeros here); over a buffer or
    // with strides, not supported.
    c.constructor = { (a, interp) throws(PyException) in
      for name in ["buffer", "offset", "strides", "order"] where a.keyword(name) != nil {
        throw .notImplemented(
          "np.ndarray(\(name)=...) is not supported: use np.empty(shape, dtype)")
      }
      guard a.count <= 2 else {
        throw .notImplemented(
          "np.ndarray over a buffer is not supported: use np.empty(shape, dtype)")
      }
      guard let shapeValue = NumpyFunctions.argument(a, 0, "shape") else {
        throw .typeError("ndarray() missing required argument 'shape' (pos 1)")
      }
      let dtype = try NumpyModule.dtypeArgument(NumpyFunctions.argument(a, 1, "dtype")) ?? .float64
      let shape = try NumpyModule.shapeArgument(shapeValue, interp)
      try NumpyBridge.budget(shape, dtype)
      return NumpyBridge.wrap(NDArray(zeros: shape, dtype: dtype))
    }
    return c
  }()

  override public var pyClass: PyClass { PyNDArray.ndarrayClass }

  /// A 0-d integer array can index (numpy's `__index__`).
  override public var indexValue: Int? {
    array.ndim == 0 && array.dtype.isInteger ? array.int(at: 0) : nil
  }

  override public func repr(_ interp: Interpreter) throws(PyException) -> String {
    ArrayPrinter.repr(array, NumpyPrintOptions.current(interp))
  }
  override public func str(_ interp: Interpreter) throws(PyException) -> String {
    // A 0-d array prints as its element does (numpy: `str(np.array(1/3))` is the scalar's).
    if array.ndim == 0 { return try interp.str(NumpyBridge.wrap(array.copy())) }
    return ArrayPrinter.str(array, NumpyPrintOptions.current(interp))
  }

  /// numpy's `ndarray.__format__`: a 0-d array formats as its element; other arrays take
  /// only the empty spec.
  override public func format(_ spec: String, _ interp: Interpreter) throws(PyException)
    -> String
  {
    if array.ndim == 0 { return try interp.format(NumpyBridge.wrap(array.copy()), spec) }
    guard spec.isEmpty else {
      throw .typeError("unsupported format string passed to numpy.ndarray.__format__")
    }
    return try str(interp)
  }

  override public var storedLength: Int? { array.shape.first }

  override public func length(_ interp: Interpreter) throws(PyException) -> Int {
    guard let n = array.shape.first else { throw .typeError("len() of unsized object") }
    return n
  }

  override public func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool {
    if array.size == 0 {
      throw .valueError(
        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty."
      )
    }
    guard array.size == 1 else {
      throw .valueError(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
      )
    }
    return array.bool(at: 0)
  }

  override public func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    guard array.ndim > 0 else { throw .typeError("iteration over a 0-d array") }
    if array.ndim == 1 {
      let a = array
      return PyClosureIterator(count: a.shape[0]) { i in NumpyBridge.wrap(Indexing.row(a, i)) }
    }
    return PyClosureIterator(count: array.shape[0]) { i in self.rowView(self.row(i)!) }
  }

  /// What `dir(a)` lists: the attributes and methods NumBook's arrays have.
  static let publicNames = [
    "T", "all", "any", "argmax", "argmin", "argpartition", "argsort", "astype", "clip", "compress",
    "conj",
    "conjugate", "copy", "cumprod", "cumsum", "diagonal", "dot", "dtype", "fill", "flat",
    "flatten", "imag", "item", "itemsize", "mT", "max", "mean", "min", "nbytes", "ndim",
    "nonzero", "partition", "prod", "put", "ravel", "real", "repeat", "reshape", "round",
    "searchsorted",
    "shape", "size", "sort", "squeeze", "std", "strides", "sum", "swapaxes", "take", "tolist",
    "trace", "transpose", "var",
  ]

  override public func attributeNames() -> [String] { PyNDArray.publicNames }

  /// Arrays are mutable and unhashable (`{a: 1}` is numpy's TypeError).
  override public func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? { nil }

  /// The names `getAttribute` answers itself; every other name is a method of
  /// `NumpyMethods`.
  static let ownAttributes: Set<String> = [
    "shape", "ndim", "size", "dtype", "T", "itemsize", "nbytes", "strides", "mT", "real", "imag",
    "flat", "base", "flags", "view", "tobytes", "__int__", "__float__", "__abs__", "__hash__",
    "__copy__", "__deepcopy__", "__array__",
  ]

  /// `a.sum()`, `a.reshape(...)` at a call site: the method's code, kept by the site.
  override public func siteMethod(_ name: String, _ interp: Interpreter) throws(PyException)
    -> PyBuiltinFunction?
  {
    guard !PyNDArray.ownAttributes.contains(name), let body = try NumpyMethods.body(name, interp)
    else { return nil }
    @inline(__always) func receiver(_ v: Value?) throws(PyException) -> PyNDArray {
      guard let target = v?.as(PyNDArray.self) else {
        throw .typeError("descriptor '\(name)' needs a 'numpy.ndarray' object")
      }
      return target
    }
    // `a.copy()`, `a.sum(0)`: the receiver and at most one argument as values, without an
    // argument array to fill and copy again without the receiver; `a.argmax(axis=1)`: the
    // receiver apart from the call's arguments.
    let fixed = FixedArityEntries(
      one: { (a, interp) throws(PyException) in
        let target = try receiver(a)
        return try body(target, target.array, Arguments(), interp)
      },
      two: { (a, x, interp) throws(PyException) in
        let target = try receiver(a)
        return try body(target, target.array, Arguments([x]), interp)
      },
      receiver: { (a, args, interp) throws(PyException) in
        let target = try receiver(a)
        return try body(target, target.array, args, interp)
      })
    return PyBuiltinFunction(
      name,
      { (args, interp) throws(PyException) in
        let target = try receiver(args.positional.first)
        let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        return try body(target, target.array, rest, interp)
      }, fixed: fixed)
  }

  /// `a.shape = (2, -1)`: numpy reshapes the array itself, when its elements can be
  /// viewed in the new shape without a copy.
  override public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    switch name {
    case "shape":
      let shape = try NumpyFunctions.ints(value, interp)
      let reshaped = try NumpyBridge.check { () throws(NumKitError) in try array.reshaped(shape) }
      guard reshaped.storage === array.storage else {
        throw .attributeError(
          "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape."
        )
      }
      array = reshaped
      shapeTuple = nil
    case "ndim", "size", "T", "itemsize", "nbytes", "base", "mT":
      throw .attributeError(
        "attribute '\(name)' of 'numpy.ndarray' objects is not writable")
    default:
      try super.setAttribute(name, value, interp)
    }
  }

  override public func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException)
    -> Value?
  {
    let a = array
    switch name {
    case "shape":
      if let shapeTuple { return shapeTuple }
      let made = Value.tuple(a.shape.map { .int($0) })
      shapeTuple = made
      return made
    case "ndim": return .int(a.ndim)
    case "size": return .int(a.size)
    case "dtype": return .object(PyDType(a.dtype))
    case "T": return .object(PyNDArray(transposed))
    case "itemsize": return .int(a.dtype.itemSize)
    case "nbytes": return .int(a.dtype.itemSize * a.size)
    case "strides": return .tuple(a.strides.map { .int($0 * a.dtype.itemSize) })
    case "mT":
      guard a.ndim >= 2 else {
        throw .valueError("matrix transpose with ndim < 2 is undefined")
      }
      var order = Array(0..<a.ndim)
      order.swapAt(a.ndim - 2, a.ndim - 1)
      return .object(
        PyNDArray(try NumpyBridge.check { () throws(NumKitError) in try a.transposed(order) }))
    case "real": return .object(self)
    case "imag":
      // Real arrays only (NumBook has no complex dtype): zeros of the same shape.
      return .object(PyNDArray(NDArray(zeros: a.shape, dtype: a.dtype)))
    case "flat":
      return try NumpyFunctions.library("_flatiter", [.object(self)], interp)
    case "base", "flags", "view", "tobytes":
      return try NumpyArrayMemory.attribute(name, self, interp)
    case "__int__", "__float__":
      // int(a) and float(a): numpy 2 accepts 0-d arrays only (the method exists on any array;
      // calling it refuses the others).
      return .object(
        PyBuiltinFunction(name) { (_, interp) throws(PyException) in
          guard a.ndim == 0 else {
            throw .typeError("only 0-dimensional arrays can be converted to Python scalars")
          }
          let element = NumpyBridge.wrap(Indexing.flatElement(a, 0)).scalarValue
          return try interp.call(
            .object(name == "__int__" ? PyClass.int : PyClass.float), Arguments([element]))
        })
    case "__hash__":
      // Arrays are unhashable: numpy's class sets `__hash__` to None.
      return Value.none
    case "__copy__", "__deepcopy__", "__array__":
      // `copy.copy(a)`, `copy.deepcopy(a, memo)`: a copy; `a.__array__()`: the array itself
      // (with a dtype, a cast copy).
      return .object(
        PyBuiltinFunction(name) { (args, interp) throws(PyException) in
          if name == "__array__", args.count > 0, !(try args[0]).isNone {
            let astype = try interp.getAttribute(.object(self), "astype")
            return try interp.call(astype, Arguments([try args[0]]))
          }
          return name == "__array__" ? .object(self) : .object(PyNDArray(a.copy()))
        })
    case "__abs__":
      // abs(a) is np.absolute(a): a 0-d array gives a numpy scalar.
      return .object(
        PyBuiltinFunction(name) { (_, _) throws(PyException) in
          NumpyBridge.wrap(a.apply(.abs))
        })
    default: break
    }
    return try NumpyMethods.method(name, self, interp)
  }

  override public func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    try arithmetic(op, other, reflected: reflected, interp, scalar: false)
  }

  /// `self op other`; `scalar`: numpy scalar math (its warnings say "scalar add").
  func arithmetic(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter, scalar: Bool
  ) throws(PyException) -> Value? {
    // Two arrays, the common case: both headers are read in place (copying one costs three
    // reference counts each way).
    if let kind = NumpyBridge.arithmetic(op), let o = other.as(PyNDArray.self) {
      NumpyBridge.prepareFlags()
      if let result = reflected ? PyNDArray.dense(kind, o, self) : PyNDArray.dense(kind, self, o) {
        try NumpyBridge.reportFlags(NumpyBridge.ufuncName[op] ?? op.symbol, interp)
        return .object(result)
      }
      let result: NDArray
      do {
        result =
          reflected
          ? try NDArray.binary(kind, o.array, array) : try NDArray.binary(kind, array, o.array)
      } catch {
        throw NumpyBridge.exception(error)
      }
      try NumpyBridge.reportFlags(NumpyBridge.ufuncName[op] ?? op.symbol, interp)
      return NumpyBridge.wrap(result)
    }
    guard let o = try NumpyBridge.operand(other, like: array, interp) else { return nil }
    if let kind = NumpyBridge.arithmetic(op) {
      // The common case, without closures or tuples: each copy of an array retains its parts.
      NumpyBridge.prepareFlags()
      let result: NDArray
      do {
        result =
          reflected
          ? try NDArray.binary(kind, o, array, scalarMath: scalar)
          : try NDArray.binary(kind, array, o, scalarMath: scalar)
      } catch {
        throw NumpyBridge.exception(error)
      }
      if scalar && result.dtype.isInteger && o.size == 1 && array.size == 1 {
        let (x, y) = reflected ? (o.int(at: 0), array.int(at: 0)) : (array.int(at: 0), o.int(at: 0))
        if NumpyScalarOverflow.overflows(kind, x, y, result.dtype) { FloatStatus.raiseOverflow() }
      }
      try NumpyBridge.reportFlags(
        scalar
          ? "scalar " + (NumpyBridge.ufuncName[op] ?? op.symbol)
          : PyNDArray.ufuncName(op, other, reflected: reflected, array.dtype), interp)
      return NumpyBridge.wrap(result)
    }
    let (x, y) = reflected ? (o, array) : (array, o)
    if let bitwise = NumpyBridge.bitwise(op) {
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in try NDArray.bitwise(bitwise, x, y) })
    }
    if op == .matrixMultiply {
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in try NDArray.matmul(x, y) })
    }
    return nil
  }

  /// The ufunc an operator with a Python number runs, for its warnings: numpy computes a float
  /// array's `** 2`, `** -1` and `** 0.5` (a Python int, int, float) as `np.square`,
  /// `np.reciprocal` and `np.sqrt` (`invalid value encountered in sqrt`).
  private static func ufuncName(_ op: BinaryOp, _ other: Value, reflected: Bool, _ dtype: DType)
    -> String
  {
    if op == .power && !reflected && dtype.isFloat {
      switch other {
      case .int(2): return "square"
      case .int(-1): return "reciprocal"
      case .float(0.5): return "sqrt"
      default: break
      }
    }
    return NumpyBridge.ufuncName[op] ?? op.symbol
  }

  override public func unary(_ op: UnaryOp, _ interp: Interpreter) throws(PyException) -> Value {
    switch op {
    case .negate:
      try NumpyBridge.refuseBool("negative", array)
      return NumpyBridge.wrap(array.apply(.negative))
    case .plus:
      try NumpyBridge.refuseBool("positive", array)
      return NumpyBridge.wrap(array.copy())
    case .invert:
      return NumpyBridge.wrap(
        try NumpyBridge.check { () throws(NumKitError) in try array.inverted() })
    }
  }

  /// The storage position of `a[i]` / `a[i, j, ...]` naming one element in range, if `key`
  /// is that (the common case in loops, which then skips the general indexing machinery).
  @inline(__always) private func elementPosition(_ key: Value) -> Int? {
    let a = array
    if case .int(var i) = key {
      guard a.ndim == 1 else { return nil }
      if i < 0 { i += a.shape[0] }
      guard i >= 0 && i < a.shape[0] else { return nil }
      return a.offset + i * a.strides[0]
    }
    guard let t = key.as(PyTuple.self), t.items.count == a.ndim else { return nil }
    var position = a.offset
    for (axis, item) in t.items.enumerated() {
      guard case .int(var i) = item else { return nil }
      if i < 0 { i += a.shape[axis] }
      guard i >= 0 && i < a.shape[axis] else { return nil }
      position += i * a.strides[axis]
    }
    return position
  }

  /// The shape and strides of a row (`a[i]` of an array of two or more dimensions), made at
  /// the first: every row shares them, so a row view allocates no arrays of its own.
  private lazy var rowLayout = (Array(array.shape.dropFirst()), Array(array.strides.dropFirst()))

  /// The shape and strides of `a.T`, made at the first use (`W.T` in every step of a
  /// training loop then allocates no arrays for them).
  private lazy var transposedLayout = (
    Array(array.shape.reversed()), Array(array.strides.reversed())
  )

  /// `a.T`: the view with the axes reversed.
  private var transposed: NDArray {
    let (shape, strides) = transposedLayout
    return NDArray(storage: array.storage, shape: shape, strides: strides, offset: array.offset)
  }

  /// `a[i]` of an array of two or more dimensions, if `i` is in range: a view of the row.
  private func row(_ i: Int) -> NDArray? {
    let a = array
    guard a.ndim >= 2 else { return nil }
    let n = a.shape[0]
    let r = i < 0 ? i + n : i
    guard r >= 0 && r < n else { return nil }
    let (shape, strides) = rowLayout
    return NDArray(
      storage: a.storage, shape: shape, strides: strides, offset: a.offset + r * a.strides[0])
  }

  /// `row` (a row of this array) as a value: a view of a row like it that the program has
  /// dropped, moved to this one, or a new view kept for that (`a[i]` in a loop then allocates
  /// nothing). A kept view holds its base, and so the base's buffer, until newer results push
  /// it out: four at most.
  private func rowView(_ row: NDArray) -> Value {
    guard ResultRecycling.onOwnerThread else { return .object(PyNDArray(row)) }
    if let dropped = ResultRecycling.arrays.dropped(), dropped.base != nil {
      let held = dropped.array
      if held.storage === row.storage, held.shape == row.shape, held.strides == row.strides {
        dropped.moveView(to: row.offset)
        return .object(dropped)
      }
    }
    let view = PyNDArray(row)
    ResultRecycling.arrays.keep(view)
    return .object(view)
  }

  /// Points this view at another place in its buffer (for `rowView`: a view nothing refers to).
  private func moveView(to offset: Int) { array.offset = offset }

  /// The storage position of `a[i, j]` in a 2-d array, if in range.
  @inline(__always) private func elementPosition(_ i: Int, _ j: Int) -> Int? {
    let a = array
    guard a.ndim == 2 else { return nil }
    let (rows, columns) = (a.shape[0], a.shape[1])
    let r = i < 0 ? i + rows : i
    let c = j < 0 ? j + columns : j
    guard r >= 0 && r < rows && c >= 0 && c < columns else { return nil }
    return a.offset + r * a.strides[0] + c * a.strides[1]
  }

  override public func getItem(_ i: Int, _ j: Int) -> Value? {
    guard let position = elementPosition(i, j) else { return nil }
    return .object(PyNumpyScalar.make(array, position: position))
  }

  override public func setItem(_ i: Int, _ j: Int, _ value: Value) -> Bool {
    guard let position = elementPosition(i, j) else { return false }
    return storeElement(at: position, value)
  }

  /// One element set from a Python number of a kind the dtype holds exactly.
  @inline(__always) private func storeElement(at position: Int, _ value: Value) -> Bool {
    let raw = array.storage.raw
    switch (array.dtype, value) {
    case (.float64, .float(let d)): raw.assumingMemoryBound(to: Double.self)[position] = d
    case (.float64, .int(let i)): raw.assumingMemoryBound(to: Double.self)[position] = Double(i)
    case (.int64, .int(let i)): raw.assumingMemoryBound(to: Int64.self)[position] = Int64(i)
    case (.float32, .float(let d)): raw.assumingMemoryBound(to: Float.self)[position] = Float(d)
    case (.float64, .object(let o)):
      guard let s = o as? PyNumpyScalar, s.dtype == .float64 else { return false }
      raw.assumingMemoryBound(to: UInt64.self)[position] = s.bits
    default: return false
    }
    return true
  }

  override public func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let position = elementPosition(key) {
      return .object(PyNumpyScalar.make(array, position: position))
    }
    if case .int(let i) = key, let row = row(i) { return rowView(row) }
    let items = try NumpyIndexing.items(key, interp)
    let result = try NumpyBridge.check { () throws(NumKitError) in try array.index(items) }
    // An index with `...` is a view even when it selects one element (`z[...]`, `a[0, ...]`).
    if result.ndim == 0, items.contains(where: { if case .ellipsis = $0 { true } else { false } }) {
      return .object(PyNDArray(result))
    }
    return NumpyBridge.wrap(result)
  }

  override public func setItem(_ key: Value, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    if let position = elementPosition(key), storeElement(at: position, value) { return }
    let items = try NumpyIndexing.items(key, interp)
    guard let source = try NumpyBridge.operand(value, like: array, interp) else {
      throw .typeError(
        "float() argument must be a string or a real number, not '\(value.typeName)'")
    }
    if try checkSequenceAssignment(items, value, source) {
      // One bool element set from a sequence: its truth value, as `bool([...])` gives.
      let truth = try NumpyBridge.operand(.bool(interp.isTruthy(value)), like: array, interp)!
      try NumpyBridge.check { () throws(NumKitError) in try array.assign(items, truth) }
      return
    }
    try NumpyBridge.check { () throws(NumKitError) in try array.assign(items, source) }
  }

  /// numpy's refusals of a value with more dimensions than its target: one element (every
  /// index an int) takes no sequence, and a list nested deeper than a basic-index target is
  /// refused before broadcasting.
  /// True when the target is one bool element and the value a sequence (set from its truth).
  private func checkSequenceAssignment(_ items: [IndexItem], _ value: Value, _ source: NDArray)
    throws(PyException) -> Bool
  {
    let fromSequence = value.as(PyList.self) != nil || value.as(PyTuple.self) != nil
    let element =
      items.count == array.ndim
      && items.allSatisfy { if case .integer = $0 { true } else { false } }
    if element && (fromSequence || source.ndim > 0) {
      // The index's bounds are checked before the value.
      _ = try NumpyBridge.check { () throws(NumKitError) in try array.index(items) }
      if fromSequence && array.dtype == .bool { return true }
      if fromSequence && !array.dtype.isFloat {
        throw .typeError(
          "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'"
        )
      }
      throw .valueError("setting an array element with a sequence.")
    }
    guard fromSequence, !element, !items.contains(where: \.isAdvanced) else { return false }
    let target = try NumpyBridge.check { () throws(NumKitError) in try array.index(items) }
    if source.ndim > target.ndim {
      throw .valueError(
        "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of \(target.ndim)."
      )
    }
    return false
  }

  override public func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = try NumpyBridge.operand(other, like: array, interp) else {
      return try super.compare(op, other, interp)
    }
    let kind = NumpyIndexing.elementComparison(op)
    return NumpyBridge.wrap(
      try NumpyBridge.check { () throws(NumKitError) in try NDArray.compare(kind, array, o) })
  }

  override public func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    // `w -= lr * g`, `x *= 2` of a dense float array: computed in its own elements.
    if let kind = NumpyBridge.arithmetic(op), array.dtype.isFloat,
      let o = try NumpyBridge.operand(other, like: array, interp)
    {
      NumpyBridge.prepareFlags()
      if array.formInPlace(kind, o) {
        try NumpyBridge.reportFlags(NumpyBridge.ufuncName[op] ?? op.symbol, interp)
        return .object(self)
      }
    }
    // `a += b` writes into a's own buffer (views included), keeping a's dtype as numpy does.
    guard let result = try binary(op, other, reflected: false, interp)?.as(PyObject.self) else {
      return nil
    }
    let computed = (result as? PyNDArray)?.array ?? (result as? PyNumpyScalar)?.array
    guard let computed else { return nil }
    let narrowing =
      (computed.dtype.isFloat && !array.dtype.isFloat)
      || (array.dtype == .bool && computed.dtype != .bool)
    if narrowing {
      throw NumpyBridge.outputCasting(
        NumpyBridge.ufuncName[op] ?? op.symbol, from: computed.dtype, to: array.dtype)
    }
    try NumpyBridge.check { () throws(NumKitError) in
      try array.assign([.ellipsis], computed)
    }
    return .object(self)
  }
}
