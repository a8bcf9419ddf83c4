import Interpreter
import NumKit

/// `np.array([1, 2, 3])`, `np.array([[1.0, 2.0], [3.0, 4.0]])`: a list or tuple of Python ints
/// and floats, or of equally long such lists or tuples, read straight into a new array (int64
/// when every value is an int, float64 otherwise), as numpy discovers it. Anything else (bools,
/// numpy scalars, strings, empty or ragged lists, deeper nesting, big ints) is left to the
/// general conversion, which walks the values into an array of them first.
enum NumericLists {
  static func array(_ v: Value) -> NDArray? {
    guard let outer = v.as(PySequence.self) else { return nil }
    let rows = outer.items
    guard let first = rows.first else { return nil }
    guard case .object = first else {
      guard let isFloat = kind(of: rows) else { return nil }
      let out = NDArray(uninitialized: [rows.count], dtype: isFloat ? .float64 : .int64)
      write(rows, into: out, at: 0, isFloat)
      return out
    }
    var width = -1
    var isFloat = false
    for row in rows {
      guard let items = row.as(PySequence.self)?.items, let rowFloat = kind(of: items),
        width < 0 || items.count == width
      else { return nil }
      width = items.count
      isFloat = isFloat || rowFloat
    }
    let out = NDArray(uninitialized: [rows.count, width], dtype: isFloat ? .float64 : .int64)
    for (r, row) in rows.enumerated() {
      write(row.as(PySequence.self)!.items, into: out, at: r * width, isFloat)
    }
    return out
  }

  /// Whether `values` (at least one, each a Python int or float) hold a float; nil when one
  /// is anything else.
  private static func kind(of values: [Value]) -> Bool? {
    guard !values.isEmpty else { return nil }
    var isFloat = false
    for value in values {
      switch value {
      case .int: continue
      case .float: isFloat = true
      default: return nil
      }
    }
    return isFloat
  }

  private static func write(_ values: [Value], into out: NDArray, at start: Int, _ isFloat: Bool) {
    if isFloat {
      let p = out.storage.pointer(Double.self) + start
      for (i, value) in values.enumerated() {
        switch value {
        case .int(let n): p[i] = Double(n)
        case .float(let d): p[i] = d
        default: break
        }
      }
    } else {
      let p = out.storage.pointer(Int64.self) + start
      for (i, value) in values.enumerated() {
        if case .int(let n) = value { p[i] = Int64(n) }
      }
    }
  }
}
