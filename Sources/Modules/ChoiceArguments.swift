import Interpreter
import NumKit

/// The arguments of `choice(a, size=None, replace=True, p=None)`, read the same way for the
/// legacy RandomState and the Generator. `check` validates an array `a` with the messages of
/// the caller's numpy API (they differ between the two).
struct ChoiceArguments {
  /// The array drawn from; nil when `a` is an int (draws are then the ints below it).
  let population: NDArray?
  /// How many values there are to draw from.
  let count: Int
  let shape: [Int]?
  let replace: Bool
  /// `p`, when given and not None.
  let p: Value?

  init(
    _ a: Arguments, _ interp: Interpreter, check: (NDArray) throws(PyException) -> Void
  ) throws(PyException) {
    guard a.count > 0 else { throw .typeError("choice() missing required argument 'a' (pos 1)") }
    if case .int(let n) = try a[0].asIndexLike {
      guard n > 0 else {
        throw .valueError("a must be a positive integer unless no samples are taken")
      }
      population = nil
      count = n
    } else {
      let arr = try NumpyBridge.array(from: a[0], dtype: nil, interp)
      try check(arr)
      population = arr
      count = arr.size
    }
    shape = try NumpyRandomModule.size(a, position: 1)
    replace = try interp.isTruthy(a.count > 2 ? a[2] : (a.keyword("replace") ?? .bool(true)))
    let given = a.count > 3 ? try a[3] : a.keyword("p")
    p = given.flatMap { $0.isNone ? nil : $0 }
  }
}
