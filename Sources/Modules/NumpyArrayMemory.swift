import Interpreter
import NumKit

/// What an array says about its memory: `base` (the array it views), `flags`, `view()`,
/// `tobytes()`, and `np.shares_memory` / `np.may_share_memory`.
enum NumpyArrayMemory {
  static func attribute(_ name: String, _ x: PyNDArray, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let a = x.array
    switch name {
    case "base": return x.base.map { .object($0) } ?? .none
    case "flags": return .object(PyArrayFlags(a, ownsData: x.base == nil))
    case "view":
      return .object(
        PyBuiltinFunction("view") { (args, interp) throws(PyException) in
          if let t = try NumpyModule.dtypeArgument(
            args.count > 0 ? try args[0] : args.keyword("dtype")), t != a.dtype
          {
            throw .notImplemented(
              "ndarray.view(\(t.rawValue)): reinterpreting the bytes as another dtype is not supported yet"
            )
          }
          return .object(
            PyNDArray(
              NDArray(storage: a.storage, shape: a.shape, strides: a.strides, offset: a.offset)))
        })
    case "tobytes":
      return .object(
        PyBuiltinFunction("tobytes") { (args, interp) throws(PyException) in
          let order =
            try (args.count > 0 ? try args[0] : args.keyword("order")).map {
              (v) throws(PyException) in try interp.str(v)
            } ?? "C"
          let dense = order == "F" ? a.transposed.copy() : a.copy()
          let count = dense.size * dense.dtype.itemSize
          let bytes = [UInt8](UnsafeRawBufferPointer(start: dense.storage.raw, count: count))
          return .object(PyBytes(bytes))
        })
    default: return .none
    }
  }

  /// `np.lib.stride_tricks.as_strided(x, shape=None, strides=None)`: a view of x's memory
  /// with any shape and byte strides. numpy trusts the caller; NumBook refuses a view that
  /// would reach outside the array's buffer (numpy would read or write other memory).
  static func asStrided(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    guard let xValue = a.count > 0 ? try a[0] : a.keyword("x") else {
      throw .typeError("as_strided() missing 1 required positional argument: 'x'")
    }
    let x = try NumpyFunctions.array(xValue, interp)
    let itemSize = x.dtype.itemSize
    func ints(_ position: Int, _ name: String) throws(PyException) -> [Int]? {
      guard let v = a.count > position ? try a[position] : a.keyword(name), !v.isNone else {
        return nil
      }
      return try interp.collect(v).map { (d) throws(PyException) in try NumpyFunctions.int(d) }
    }
    let shape = try ints(1, "shape") ?? x.shape
    let byteStrides = try ints(2, "strides") ?? x.strides.map { $0 * itemSize }
    guard shape.count == byteStrides.count else {
      throw .valueError("mismatch in length of strides and shape")
    }
    guard shape.allSatisfy({ $0 >= 0 }) else {
      throw .valueError("negative dimensions are not allowed")
    }
    guard byteStrides.allSatisfy({ $0 % itemSize == 0 }) else {
      throw .notImplemented("as_strided: strides that are not a multiple of the item size")
    }
    let strides = byteStrides.map { $0 / itemSize }
    if !shape.contains(0) {
      var low = x.offset
      var high = x.offset
      for (n, s) in zip(shape, strides) {
        let (reach, overflow) = (n - 1).multipliedReportingOverflow(by: s)
        guard !overflow else {
          throw .valueError("as_strided: the view reaches outside the array's memory")
        }
        if reach < 0 { low += reach } else { high += reach }
      }
      guard low >= 0, high < x.storage.count else {
        throw .valueError("as_strided: the view reaches outside the array's memory")
      }
    }
    let view = NDArray(storage: x.storage, shape: shape, strides: strides, offset: x.offset)
    return .object(PyNDArray(view))
  }

  /// `np.lib` with `stride_tricks` (`as_strided`; `sliding_window_view` is in the library).
  static func strideTricks(_ m: PyModule) -> PyModule {
    let tricks = PyModule(name: "numpy.lib.stride_tricks")
    tricks.define("as_strided") { (a, interp) throws(PyException) in try asStrided(a, interp) }
    if let windows = m.globals.value(of: "_sliding_window_view") {
      tricks.define("sliding_window_view", windows)
    }
    let lib = PyModule(name: "numpy.lib")
    lib.define("stride_tricks", .object(tricks))
    return lib
  }

  static func install(in m: PyModule) {
    for (name, exact) in [("shares_memory", true), ("may_share_memory", false)] {
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 2, max: 3)
        guard let x = try a[0].as(PyNDArray.self)?.array,
          let y = try a[1].as(PyNDArray.self)?.array,
          x.storage === y.storage, x.size > 0, y.size > 0
        else { return .bool(false) }
        let (xs, ys) = (offsets(x), offsets(y))
        guard let xlo = xs.min(), let xhi = xs.max(), let ylo = ys.min(), let yhi = ys.max(),
          xlo <= yhi && ylo <= xhi
        else { return .bool(false) }
        guard exact else { return .bool(true) }
        return .bool(!Set(xs).isDisjoint(with: ys))
      }
    }
  }

  /// The storage positions of an array's elements.
  static func offsets(_ a: NDArray) -> [Int] { (0..<a.size).map { a.storageIndex(flat: $0) } }
}

/// `a.flags`: numpy's memory-layout flags, by key (`a.flags['C_CONTIGUOUS']`) or attribute
/// (`a.flags.c_contiguous`), printed as numpy prints them.
final class PyArrayFlags: PyObject {
  let values: [(String, Bool)]

  init(_ a: NDArray, ownsData: Bool) {
    let c = NDArray.contiguousStrides(a.shape)
    let f = Array(NDArray.contiguousStrides(a.shape.reversed()).reversed())
    func matches(_ strides: [Int]) -> Bool {
      zip(zip(a.shape, a.strides), strides).allSatisfy { pair, s in pair.0 <= 1 || pair.1 == s }
    }
    values = [
      ("C_CONTIGUOUS", matches(c)), ("F_CONTIGUOUS", matches(f)), ("OWNDATA", ownsData),
      ("WRITEABLE", true), ("ALIGNED", true), ("WRITEBACKIFCOPY", false),
    ]
  }

  static let flagsClass = PlotClasses.make("flagsobj", "numpy")
  override var pyClass: PyClass { PyArrayFlags.flagsClass }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    values.map { "  \($0.0) : \($0.1 ? "True" : "False")" }.joined(separator: "\n") + "\n"
  }

  private static let short: [String: String] = [
    "C": "C_CONTIGUOUS", "F": "F_CONTIGUOUS", "CONTIGUOUS": "C_CONTIGUOUS",
    "FORTRAN": "F_CONTIGUOUS", "W": "WRITEABLE", "A": "ALIGNED", "O": "OWNDATA",
  ]

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    guard let name = key.as(PyStr.self)?.value else { throw .keyError(.str("Unknown flag")) }
    let full = PyArrayFlags.short[name] ?? name
    guard let v = values.first(where: { $0.0 == full }) else {
      throw .keyError(.str("Unknown flag"))
    }
    return .bool(v.1)
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let v = values.first(where: { $0.0.lowercased() == name }) { return .bool(v.1) }
    return try super.getAttribute(name, interp)
  }
}
