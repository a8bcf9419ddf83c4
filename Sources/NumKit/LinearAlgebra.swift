import CBLAS

#if canImport(Glibc)
  import Glibc
#endif

/// `np.linalg`: inverse, determinant and solve through LAPACK (`dgesv`, `dgetrf`), norms.
public enum LinearAlgebra {
  /// `np.linalg.solve(a, b)`.
  public static func solve(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    let n = try squareSize(a)
    guard b.shape.first == n else {
      // (numpy's own name for the one-dimensional right-hand side.)
      let signature = b.ndim == 1 ? "solve1" : "solve"
      let operands = b.ndim == 1 ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)"
      throw .value(
        "\(signature): Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(operands) (size \(b.shape.first ?? 0) is different from \(n))"
      )
    }
    let columns = b.ndim == 1 ? 1 : b.shape[1]
    // LAPACK is column-major: pass Aᵀ's rows as A's columns by copying the transpose.
    let lu = a.transposed.copy(as: .float64)
    let rhs = (b.ndim == 1 ? b.reshapedView([n, 1]) : b).transposed.copy(as: .float64)
    var (nn, nrhs, lda, ldb, info) = (
      Int32(n), Int32(columns), Int32(max(n, 1)), Int32(max(n, 1)), Int32(0)
    )
    var pivots = [Int32](repeating: 0, count: max(n, 1))
    dgesv_(
      &nn, &nrhs, lu.storage.pointer(Double.self), &lda, &pivots, rhs.storage.pointer(Double.self),
      &ldb, &info)
    if info > 0 { throw .linalg("Singular matrix") }
    let x = rhs.reshapedView([columns, n]).transposed.copy()
    return b.ndim == 1 ? x.reshapedView([n]) : x
  }

  /// `np.linalg.inv(a)`.
  public static func inverse(_ a: NDArray) throws(NumKitError) -> NDArray {
    let n = try squareSize(a)
    return try solve(a, NDArray.eye(n))
  }

  /// `np.linalg.det(a)` as numpy computes it: from the LU factors' diagonal as
  /// `sign * exp(sum(log|u_ii|))` (numpy goes through slogdet), with the pivots' sign.
  public static func determinant(_ a: NDArray) throws(NumKitError) -> NDArray {
    let (sign, logDeterminant) = try signAndLogDeterminant(a)
    if sign == 0 { return NDArray([0.0], shape: []) }
    return NDArray([sign * exp(logDeterminant)], shape: [])
  }

  /// `slogdet(a)`: the determinant's sign and the log of its absolute value, from LAPACK's LU
  /// factorization as numpy computes them (0 and -inf for a singular matrix).
  public static func signAndLogDeterminant(_ a: NDArray) throws(NumKitError) -> (Double, Double) {
    let n = try squareSize(a)
    let lu = a.transposed.copy(as: .float64)
    var (m, nn, lda, info) = (Int32(n), Int32(n), Int32(max(n, 1)), Int32(0))
    var pivots = [Int32](repeating: 0, count: max(n, 1))
    dgetrf_(&m, &nn, lu.storage.pointer(Double.self), &lda, &pivots, &info)
    if info > 0 { return (0, -.infinity) }
    let p = lu.storage.pointer(Double.self)
    var sign = 1.0
    var logDeterminant = 0.0
    for i in 0..<n {
      let u = p[i * n + i]
      if pivots[i] != Int32(i + 1) { sign = -sign }
      if u < 0 { sign = -sign }
      logDeterminant += log(abs(u))
    }
    return (sign, logDeterminant)
  }

  /// The singular values of a 2-D array, largest first (LAPACK `dgesdd` without vectors, as
  /// numpy's `svd(compute_uv=False)`); nil if LAPACK does not converge.
  public static func singularValues(_ a: NDArray) -> [Double]? {
    // Row-major data read as column-major is the transpose: the same singular values.
    let values = a.copy(as: .float64)
    var (m, n) = (Int32(a.shape[1]), Int32(a.shape[0]))
    var lda = Swift.max(m, 1)
    let count = Int(Swift.min(m, n))
    guard count > 0 else { return [] }
    var s = [Double](repeating: 0, count: count)
    var job = CChar(UInt8(ascii: "N"))
    var (ldu, ldvt) = (Int32(1), Int32(1))
    var (u, vt) = (0.0, 0.0)
    var iwork = [Int32](repeating: 0, count: 8 * count)
    var info: Int32 = 0
    var query = 0.0
    var lwork: Int32 = -1
    dgesdd_(
      &job, &m, &n, values.storage.pointer(Double.self), &lda, &s, &u, &ldu, &vt, &ldvt, &query,
      &lwork, &iwork, &info, 1)
    lwork = Int32(query)
    var work = [Double](repeating: 0, count: Swift.max(Int(lwork), 1))
    dgesdd_(
      &job, &m, &n, values.storage.pointer(Double.self), &lda, &s, &u, &ldu, &vt, &ldvt, &work,
      &lwork, &iwork, &info, 1)
    return info == 0 ? s : nil
  }

  static func squareSize(_ a: NDArray) throws(NumKitError) -> Int {
    guard a.ndim >= 2 else {
      throw .linalg("\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
    }
    guard a.ndim == 2, a.shape[0] == a.shape[1] else {
      throw .linalg("Last 2 dimensions of the array must be square")
    }
    return a.shape[0]
  }
}
