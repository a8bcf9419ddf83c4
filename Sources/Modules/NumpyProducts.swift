import Interpreter
import NumKit

/// numpy's products (`dot`, `matmul`) and `numpy.linalg`.
extension NumpyFunctions {
  static let products: [String: Body] = [
    "dot": { (a, interp) throws(PyException) in try product(a, interp) },
    "matmul": { (a, interp) throws(PyException) in try product(a, interp, matmul: true) },
  ]

  /// `dot(a, b)` and `matmul(a, b)` called with two plain arguments: no check to run.
  static let fixedProducts: [String: FixedArityEntries] = [
    "dot": FixedArityEntries(two: { (a, b, interp) throws(PyException) in
      try product(a, b, interp)
    }),
    "matmul": FixedArityEntries(two: { (a, b, interp) throws(PyException) in
      try product(a, b, interp, matmul: true)
    }),
  ]

  static func product(_ a: Arguments, _ interp: Interpreter, matmul: Bool = false)
    throws(PyException) -> Value
  {
    try a.expect(matmul ? "matmul" : "dot", min: 2, max: 2)
    return try product(a[0], a[1], interp, matmul: matmul)
  }

  static func product(_ a: Value, _ b: Value, _ interp: Interpreter, matmul: Bool = false)
    throws(PyException) -> Value
  {
    let x = try array(a, interp)
    let y = try array(b, interp)
    do {
      return wrap(matmul ? try NDArray.matmul(x, y) : try NDArray.dot(x, y))
    } catch {
      throw NumpyBridge.exception(error)
    }
  }

  // MARK: - linalg

  static let linearAlgebra: [String: Body] = [
    "inv": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.inverse(x) })
    },
    "det": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.determinant(x) })
    },
    "slogdet": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (sign, logarithm) = try check { () throws(NumKitError) in
        try LinearAlgebra.signAndLogDeterminant(x)
      }
      return .tuple([wrap(NDArray([sign], shape: [])), wrap(NDArray([logarithm], shape: []))])
    },
    "cholesky": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.cholesky(x) })
    },
    "qr": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let modeName = try argument(a, 1, "mode").map { (v) throws(PyException) in try interp.str(v) }
      guard let mode = LinearAlgebra.QRMode(rawValue: modeName ?? "reduced") else {
        if modeName == "raw" {
          throw .notImplemented("np.linalg.qr mode 'raw' is not supported yet")
        }
        throw .valueError("Unrecognized mode '\(modeName ?? "")'")
      }
      let (q, r) = try check { () throws(NumKitError) in try LinearAlgebra.qr(x, mode: mode) }
      guard let q else { return wrap(r) }
      return .tuple([wrap(q), wrap(r)])
    },
    "svd": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let full = try interp.isTruthy(argument(a, 1, "full_matrices") ?? .bool(true))
      let computeUV = try interp.isTruthy(argument(a, 2, "compute_uv") ?? .bool(true))
      let (u, s, vt) = try check { () throws(NumKitError) in
        try LinearAlgebra.svd(x, fullMatrices: full)
      }
      if !computeUV { return wrap(s) }
      return .tuple([wrap(u), wrap(s), wrap(vt)])
    },
    "eigh": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (w, v) = try check { () throws(NumKitError) in
        try LinearAlgebra.symmetricEigen(x, vectors: true)
      }
      return .tuple([wrap(w), wrap(v!)])
    },
    "eigvalsh": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (w, _) = try check { () throws(NumKitError) in
        try LinearAlgebra.symmetricEigen(x, vectors: false)
      }
      return wrap(w)
    },
    "eig": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let (w, v) = try check { () throws(NumKitError) in try LinearAlgebra.eigen(x) }
      return .tuple([wrap(w), wrap(v)])
    },
    "eigvals": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.eigen(x).0 })
    },
    "lstsq": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      let rcond = try argument(a, 2, "rcond").map { (v) throws(PyException) -> Double in
        guard let d = interp.numeric(v.scalarValue) else {
          throw .typeError("rcond must be a number")
        }
        return d
      }
      let (solution, residuals, rank, s) = try check { () throws(NumKitError) in
        try LinearAlgebra.leastSquares(x, y, rcond: rcond)
      }
      // numpy reports the rank as LAPACK's integer, an int32.
      let rankScalar = PyNumpyScalar(NDArray([rank], shape: [], dtype: .int32))
      return .tuple([wrap(solution), wrap(residuals), .object(rankScalar), wrap(s)])
    },
    "solve": { (a, interp) throws(PyException) in
      let (x, y) = (try array(a[0], interp), try array(a[1], interp))
      return wrap(try check { () throws(NumKitError) in try LinearAlgebra.solve(x, y) })
    },
    "norm": { (a, interp) throws(PyException) in
      let x = try array(a[0], interp)
      let ordValue = a.count > 1 ? try a[1] : (a.keyword("ord") ?? .none)
      let order: NormOrder?
      switch ordValue {
      case .none: order = nil
      case .int(let n): order = .power(Double(n))
      case .float(let d): order = .power(d)
      case .bool(let b): order = .power(b ? 1 : 0)
      default:
        guard let text = ordValue.as(PyStr.self)?.value, text == "fro" || text == "nuc" else {
          throw .valueError("Invalid norm order '\(try interp.str(ordValue))' for vectors")
        }
        order = text == "fro" ? .frobenius : .nuclear
      }
      let axisValue = a.count > 2 ? try a[2] : (a.keyword("axis") ?? .none)
      var axes: [Int]?
      if case .int(let n) = axisValue.asIndexLike {
        axes = [n]
      } else if let t = axisValue.as(PyTuple.self) {
        axes = try t.items.map { (v) throws(PyException) in try int(v) }
      } else if !axisValue.isNone {
        throw .typeError("'\(axisValue.typeName)' object cannot be interpreted as an integer")
      }
      let keepdims = try interp.isTruthy(
        a.count > 3 ? a[3] : (a.keyword("keepdims") ?? .bool(false)))
      return wrap(
        try check { () throws(NumKitError) in
          try x.norm(order: order, axes: axes, keepdims: keepdims)
        })
    },
  ]
}

extension NDArray {
  var reshapedRow: NDArray { reshapedView([1, size]) }
  var reshapedColumn: NDArray { reshapedView([size, 1]) }
}
