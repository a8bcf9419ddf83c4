import Interpreter
import NumKit

/// `np.exp(x, out=y)`, `np.add(a, b, out=c)`: the result computed straight into `out` when the
/// operands are float arrays of out's dtype and shape laid out in C order, and out shares no
/// elements with an operand other than by being it. (Computed apart and copied in, a
/// 10^6-element `np.exp(a, out=b)` took 1.6 times `np.exp(a)`'s time.) Other calls take the
/// general path, with numpy's casting and broadcasting rules.
enum UfuncDirectOutput {
  /// Whether ufunc `name` of `inputs` was computed into `out` (nothing is written otherwise).
  static func compute(
    _ name: String, _ inputs: [Value], into out: PyNDArray, _ interp: Interpreter
  ) throws(PyException) -> Bool {
    let target = out.array
    if inputs.count == 1 {
      guard let f = unary[name], let x = inputs[0].as(PyNDArray.self) else { return false }
      NumpyBridge.prepareFlags()
      guard x.array.apply(f, into: target) else { return false }
      try NumpyBridge.reportFlags(f == .abs ? "absolute" : f.rawValue, interp)
      return true
    }
    guard inputs.count == 2, let (op, report) = binary[name],
      let a = inputs[0].as(PyNDArray.self)?.array, let b = inputs[1].as(PyNDArray.self)?.array,
      a.isDenseFloat(like: b), target.isDenseFloat(like: a),
      target.storage !== a.storage || target.offset == a.offset,
      target.storage !== b.storage || target.offset == b.offset
    else { return false }
    NumpyBridge.prepareFlags()
    NDArray.denseFloat(op, a, b, into: target)
    try NumpyBridge.reportFlags(report, interp)
    return true
  }

  private static let unary: [String: UnaryFunction] = {
    var functions = Dictionary(
      uniqueKeysWithValues: UnaryFunction.allCases.map { ($0.rawValue, $0) })
    functions["absolute"] = .abs
    return functions
  }()

  /// The operators' ufuncs, with the name their warnings give.
  private static let binary: [String: (ArithmeticOp, String)] = [
    "add": (.add, "add"), "subtract": (.subtract, "subtract"), "multiply": (.multiply, "multiply"),
    "divide": (.divide, "divide"), "true_divide": (.divide, "divide"),
  ]
}
