import CBLAS

/// `np.linalg.eigh`/`eigvalsh` (LAPACK `dsyevd` on the lower triangle, as numpy) and
/// `np.linalg.eig` (`dgeev`) for matrices whose eigenvalues are real; complex eigenvalues
/// need complex dtypes, which NumKit does not have.
extension LinearAlgebra {
  /// Eigenvalues in ascending order and (with `vectors`) the eigenvectors as columns.
  public static func symmetricEigen(_ a: NDArray, vectors: Bool) throws(NumKitError) -> (
    NDArray, NDArray?
  ) {
    let n = try squareSize(a)
    // Aᵀ row-major = A column-major; only the lower triangle is read.
    let matrix = a.transposed.copy(as: .float64)
    var w = [Double](repeating: 0, count: Swift.max(n, 1))
    var job = CChar(UInt8(ascii: vectors ? "V" : "N"))
    var uplo = CChar(UInt8(ascii: "L"))
    var (nn, lda, info) = (Int32(n), Int32(Swift.max(n, 1)), Int32(0))
    if n > 0 {
      var query = 0.0
      var iquery: Int32 = 0
      var (lwork, liwork): (Int32, Int32) = (-1, -1)
      dsyevd_(
        &job, &uplo, &nn, matrix.storage.pointer(Double.self), &lda, &w, &query, &lwork, &iquery,
        &liwork, &info, 1, 1)
      lwork = Int32(query)
      liwork = iquery
      var work = [Double](repeating: 0, count: Swift.max(Int(lwork), 1))
      var iwork = [Int32](repeating: 0, count: Swift.max(Int(liwork), 1))
      dsyevd_(
        &job, &uplo, &nn, matrix.storage.pointer(Double.self), &lda, &w, &work, &lwork, &iwork,
        &liwork, &info, 1, 1)
      if info > 0 { throw .linalg("Eigenvalues did not converge") }
    }
    let values = NDArray(Array(w.prefix(n)), shape: [n])
    // The column-major eigenvector matrix read row-major is its transpose.
    return (values, vectors ? matrix.reshapedView([n, n]).transposed.copy() : nil)
  }

  /// `np.linalg.eig` for real eigenvalues: (values, vectors as columns), LAPACK's order.
  public static func eigen(_ a: NDArray) throws(NumKitError) -> (NDArray, NDArray) {
    let n = try squareSize(a)
    let matrix = a.transposed.copy(as: .float64)
    var (wr, wi) = (
      [Double](repeating: 0, count: Swift.max(n, 1)), [Double](repeating: 0, count: Swift.max(n, 1))
    )
    var vr = [Double](repeating: 0, count: Swift.max(n * n, 1))
    var vl = 0.0
    var (jobvl, jobvr) = (CChar(UInt8(ascii: "N")), CChar(UInt8(ascii: "V")))
    var (nn, lda, ldvl, ldvr, info) = (
      Int32(n), Int32(Swift.max(n, 1)), Int32(1), Int32(Swift.max(n, 1)), Int32(0)
    )
    if n > 0 {
      var query = 0.0
      var lwork: Int32 = -1
      dgeev_(
        &jobvl, &jobvr, &nn, matrix.storage.pointer(Double.self), &lda, &wr, &wi, &vl, &ldvl, &vr,
        &ldvr, &query, &lwork, &info, 1, 1)
      lwork = Int32(query)
      var work = [Double](repeating: 0, count: Swift.max(Int(lwork), 1))
      dgeev_(
        &jobvl, &jobvr, &nn, matrix.storage.pointer(Double.self), &lda, &wr, &wi, &vl, &ldvl, &vr,
        &ldvr, &work, &lwork, &info, 1, 1)
      if info > 0 { throw .linalg("Eigenvalues did not converge") }
    }
    guard wi.prefix(n).allSatisfy({ $0 == 0 }) else {
      throw .unsupported(
        "np.linalg.eig: this matrix has complex eigenvalues, and NumBook has no complex dtype")
    }
    let vectors = NDArray(Array(vr.prefix(n * n)), shape: [n, n]).transposed.copy()
    return (NDArray(Array(wr.prefix(n)), shape: [n]), vectors)
  }
}
