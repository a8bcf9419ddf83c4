import CBLAS

/// `np.linalg.svd` and `np.linalg.lstsq` through the LAPACK routines numpy calls (`dgesdd`,
/// `dgelsd`), on the matrix in column-major order as numpy passes it.
extension LinearAlgebra {
  /// `svd(a, full_matrices)`: (u, s, vh) with `a = u @ diag(s) @ vh`.
  public static func svd(_ a: NDArray, fullMatrices: Bool) throws(NumKitError) -> (
    NDArray, NDArray, NDArray
  ) {
    guard a.ndim == 2 else {
      throw .linalg("\(a.ndim)-dimensional array given. Array must be two-dimensional")
    }
    let (m, n) = (a.shape[0], a.shape[1])
    let k = Swift.min(m, n)
    let (uColumns, vtRows) = fullMatrices ? (m, n) : (k, k)
    // Aᵀ in row-major order is A in column-major order.
    let columnMajor = a.transposed.copy(as: .float64)
    var job = CChar(UInt8(ascii: fullMatrices ? "A" : "S"))
    var (mm, nn, lda) = (Int32(m), Int32(n), Int32(Swift.max(m, 1)))
    var (ldu, ldvt) = (Int32(Swift.max(m, 1)), Int32(Swift.max(vtRows, 1)))
    var s = [Double](repeating: 0, count: Swift.max(k, 1))
    var u = [Double](repeating: 0, count: Swift.max(m * uColumns, 1))
    var vt = [Double](repeating: 0, count: Swift.max(vtRows * n, 1))
    var iwork = [Int32](repeating: 0, count: Swift.max(8 * k, 1))
    var info: Int32 = 0
    if k > 0 {
      var query = 0.0
      var lwork: Int32 = -1
      dgesdd_(
        &job, &mm, &nn, columnMajor.storage.pointer(Double.self), &lda, &s, &u, &ldu, &vt, &ldvt,
        &query, &lwork, &iwork, &info, 1)
      lwork = Int32(query)
      var work = [Double](repeating: 0, count: Swift.max(Int(lwork), 1))
      dgesdd_(
        &job, &mm, &nn, columnMajor.storage.pointer(Double.self), &lda, &s, &u, &ldu, &vt, &ldvt,
        &work, &lwork, &iwork, &info, 1)
      if info > 0 { throw .linalg("SVD did not converge") }
    }
    // Column-major results read row-major are their transposes: copy them back.
    let uArray = NDArray(u.prefix(m * uColumns).map { $0 }, shape: [uColumns, m]).transposed.copy()
    let vtArray = NDArray(vt.prefix(vtRows * n).map { $0 }, shape: [n, vtRows]).transposed.copy()
    return (uArray, NDArray(Array(s.prefix(k)), shape: [k]), vtArray)
  }

  /// `lstsq(a, b, rcond)`: the least-squares solution, the residual sums of squares (empty
  /// unless the rank is full and there are more rows than columns), the rank and the
  /// singular values.
  public static func leastSquares(_ a: NDArray, _ b: NDArray, rcond: Double?) throws(NumKitError)
    -> (NDArray, NDArray, Int, NDArray)
  {
    guard a.ndim == 2 else {
      throw .linalg("\(a.ndim)-dimensional array given. Array must be two-dimensional")
    }
    let (m, n) = (a.shape[0], a.shape[1])
    let vector = b.ndim == 1
    let rhs = vector ? b.reshapedView([b.shape[0], 1]) : b
    guard rhs.ndim == 2, rhs.shape[0] == m else {
      throw .linalg("Incompatible dimensions")
    }
    let nrhs = rhs.shape[1]
    let rows = Swift.max(m, n)
    // A and B in column-major order; B padded to max(m, n) rows for the solution.
    let columnMajor = a.transposed.copy(as: .float64)
    var bData = [Double](repeating: 0, count: Swift.max(rows * nrhs, 1))
    let bRows = rhs.copy(as: .float64)
    for j in 0..<nrhs {
      for i in 0..<m { bData[j * rows + i] = bRows.double(at: i * nrhs + j) }
    }
    let k = Swift.min(m, n)
    var s = [Double](repeating: 0, count: Swift.max(k, 1))
    var cond = rcond ?? Double.ulpOfOne * Double(Swift.max(m, n))
    var (mm, nn, nr, lda, ldb) = (
      Int32(m), Int32(n), Int32(nrhs), Int32(Swift.max(m, 1)), Int32(Swift.max(rows, 1))
    )
    var rank: Int32 = 0
    var info: Int32 = 0
    if k > 0 && nrhs > 0 {
      var query = 0.0
      var iquery: Int32 = 0
      var lwork: Int32 = -1
      dgelsd_(
        &mm, &nn, &nr, columnMajor.storage.pointer(Double.self), &lda, &bData, &ldb, &s, &cond,
        &rank, &query, &lwork, &iquery, &info)
      lwork = Int32(query)
      var work = [Double](repeating: 0, count: Swift.max(Int(lwork), 1))
      var iwork = [Int32](repeating: 0, count: Swift.max(Int(iquery), 1))
      dgelsd_(
        &mm, &nn, &nr, columnMajor.storage.pointer(Double.self), &lda, &bData, &ldb, &s, &cond,
        &rank, &work, &lwork, &iwork, &info)
      if info > 0 { throw .linalg("SVD did not converge in Linear Least Squares") }
    }
    var x = [Double](repeating: 0, count: n * nrhs)
    for i in 0..<n {
      for j in 0..<nrhs { x[i * nrhs + j] = bData[j * rows + i] }
    }
    var residuals: [Double] = []
    if Int(rank) == n && m > n {
      for j in 0..<nrhs {
        var sum = 0.0
        for i in n..<m { sum += bData[j * rows + i] * bData[j * rows + i] }
        residuals.append(sum)
      }
    }
    let solution = NDArray(x, shape: vector ? [n] : [n, nrhs])
    return (
      solution, NDArray(residuals, shape: [residuals.count]), Int(rank),
      NDArray(Array(s.prefix(k)), shape: [k])
    )
  }
}
