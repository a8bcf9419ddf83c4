import Interpreter
import NumKit

/// numpy's signal helpers: `convolve`, `correlate`, the window functions and `i0` (the book's
/// `smooth_curve` is `np.convolve` with a `np.kaiser` window).
extension NumpyFunctions {
  static let signal: [String: Body] = [
    "convolve": { (a, interp) throws(PyException) in try correlation(a, interp, convolve: true) },
    "correlate": { (a, interp) throws(PyException) in try correlation(a, interp, convolve: false) },
    "kaiser": { (a, interp) throws(PyException) in try kaiser(a, interp) },
    "i0": { (a, interp) throws(PyException) in
      try a.expect("i0", min: 1, max: 1)
      return .object(PyNDArray(try array(a[0], interp).besselI0()))
    },
    "hanning": { (a, interp) throws(PyException) in try window(.hanning, a, interp) },
    "hamming": { (a, interp) throws(PyException) in try window(.hamming, a, interp) },
    "bartlett": { (a, interp) throws(PyException) in try window(.bartlett, a, interp) },
    "blackman": { (a, interp) throws(PyException) in try window(.blackman, a, interp) },
  ]

  private static func correlation(_ a: Arguments, _ interp: Interpreter, convolve: Bool)
    throws(PyException) -> Value
  {
    try a.expect(convolve ? "convolve" : "correlate", min: 2, max: 3)
    let (x, v) = (try array(a[0], interp), try array(a[1], interp))
    let mode = try correlationMode(argument(a, 2, "mode"), default: convolve ? .full : .valid)
    do {
      return wrap(
        convolve
          ? try NDArray.convolve(x, v, mode: mode) : try NDArray.correlate(x, v, mode: mode))
    } catch {
      throw NumpyBridge.exception(error)
    }
  }

  private static func kaiser(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    try a.expect("kaiser", min: 2, max: 2)
    let m = try windowLength(a[0], interp)
    let beta = try float(a[1], interp)
    // Points outside the window are nan, with numpy's warning from its square root.
    NumpyBridge.prepareFlags()
    let result = NDArray.kaiser(length: m, beta: beta)
    try NumpyBridge.reportFlags("sqrt", interp)
    return wrap(result)
  }

  private static func window(_ kind: NDArray.WindowKind, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect(kind.rawValue, min: 1, max: 1)
    return wrap(NDArray.window(kind, length: try windowLength(a[0], interp)))
  }

  /// A window's number of points (numpy takes it as a float), within the memory budget.
  private static func windowLength(_ v: Value, _ interp: Interpreter) throws(PyException) -> Double
  {
    let m = try float(v, interp)
    if m > 1 { try NumpyBridge.budget([Int(min(m, 1e18).rounded(.up))], .float64) }
    return m
  }

  private static func float(_ v: Value, _ interp: Interpreter) throws(PyException) -> Double {
    guard let x = interp.numeric(v.scalarValue) else {
      throw .typeError("must be real number, not \(v.typeName)")
    }
    return x
  }

  /// `mode=`: 'valid', 'same' or 'full', or 0, 1, 2. numpy 2 refuses the abbreviations numpy 1
  /// took, with its own message.
  private static func correlationMode(_ v: Value?, default fallback: NDArray.CorrelationMode)
    throws(PyException) -> NDArray.CorrelationMode
  {
    guard let v else { return fallback }
    if case .int(let i) = v.asIndexLike {
      guard let mode = NDArray.CorrelationMode(rawValue: i) else {
        throw .valueError("integer convolve/correlate mode must be 0, 1, or 2")
      }
      return mode
    }
    guard let text = v.as(PyStr.self)?.value else {
      throw .typeError("convolve/correlate mode must be a str or an int, not \(v.typeName)")
    }
    switch text {
    case "valid": return .valid
    case "same": return .same
    case "full": return .full
    default:
      if let first = text.lowercased().first, "vsf".contains(first) {
        throw .valueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode")
      }
      throw .valueError(
        "mode must be one of 'valid', 'same', or 'full' (got \(PyStr.repr(text)))")
    }
  }
}
