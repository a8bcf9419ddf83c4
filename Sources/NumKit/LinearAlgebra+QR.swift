import CBLAS

/// `np.linalg.qr` and `np.linalg.cholesky` through the LAPACK routines numpy calls (`dgeqrf`
/// and `dorgqr`, `dpotrf`), on the matrix in column-major order as numpy passes it.
extension LinearAlgebra {
  public enum QRMode: String, Sendable { case reduced, complete, r }

  /// `qr(a, mode)`: Q (nil for mode 'r') and R with `a = Q @ R`, R upper triangular.
  public static func qr(_ a: NDArray, mode: QRMode) throws(NumKitError) -> (NDArray?, NDArray) {
    guard a.ndim >= 2 else {
      throw .linalg(
        "\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
    }
    guard a.ndim == 2 else { throw .unsupported("np.linalg.qr of stacked matrices") }
    let (m, n) = (a.shape[0], a.shape[1])
    let k = Swift.min(m, n)
    // Aᵀ in row-major order is A in column-major order.
    let factors = a.transposed.copy(as: .float64)
    let f = factors.storage.pointer(Double.self)
    var tau = [Double](repeating: 0, count: Swift.max(k, 1))
    var (mm, nn, lda, info) = (Int32(m), Int32(n), Int32(Swift.max(m, 1)), Int32(0))
    if k > 0 {
      var query = 0.0
      var lwork: Int32 = -1
      dgeqrf_(&mm, &nn, f, &lda, &tau, &query, &lwork, &info)
      lwork = Int32(Swift.max(query, 1))
      var work = [Double](repeating: 0, count: Int(lwork))
      dgeqrf_(&mm, &nn, f, &lda, &tau, &work, &lwork, &info)
    }
    // R: the upper triangle of the first (k or m) rows; column-major element (i, j) is f[j*m+i].
    let rRows = mode == .complete ? m : k
    let r = NDArray(zeros: [rRows, n], dtype: .float64)
    let rp = r.storage.pointer(Double.self)
    for i in 0..<Swift.min(rRows, n) {
      for j in i..<n { rp[i * n + j] = f[j * m + i] }
    }
    if mode == .r { return (nil, r) }
    // Q: dorgqr turns the Householder vectors into the first `columns` columns of Q.
    let columns = mode == .complete ? m : k
    let q = NDArray(zeros: [columns, m], dtype: .float64)  // column-major m x columns
    let qp = q.storage.pointer(Double.self)
    for j in 0..<Swift.min(columns, n) {
      for i in 0..<m { qp[j * m + i] = f[j * m + i] }
    }
    if m > 0 && columns > 0 {
      var (qm, qn, qk, ldq) = (Int32(m), Int32(columns), Int32(k), Int32(Swift.max(m, 1)))
      var query = 0.0
      var lwork: Int32 = -1
      dorgqr_(&qm, &qn, &qk, qp, &ldq, &tau, &query, &lwork, &info)
      lwork = Int32(Swift.max(query, 1))
      var work = [Double](repeating: 0, count: Int(lwork))
      dorgqr_(&qm, &qn, &qk, qp, &ldq, &tau, &work, &lwork, &info)
    }
    return (q.transposed.copy(), r)
  }

  /// `cholesky(a)`: the lower-triangular L with `a = L @ L.T` (only a's lower triangle is read).
  public static func cholesky(_ a: NDArray) throws(NumKitError) -> NDArray {
    let n = try squareSize(a)
    // Row-major Aᵀ is column-major A; the factor comes back in the same layout.
    let factor = a.transposed.copy(as: .float64)
    let p = factor.storage.pointer(Double.self)
    var uplo = CChar(UInt8(ascii: "L"))
    var (nn, lda, info) = (Int32(n), Int32(Swift.max(n, 1)), Int32(0))
    if n > 0 { dpotrf_(&uplo, &nn, p, &lda, &info, 1) }
    if info > 0 { throw .linalg("Matrix is not positive definite") }
    let l = NDArray(zeros: [n, n], dtype: .float64)
    let lp = l.storage.pointer(Double.self)
    for i in 0..<n {
      for j in 0...i { lp[i * n + j] = p[j * n + i] }
    }
    return l
  }
}
