import CBLAS

/// The float matrix product `out = a · b` (a: m×k, b: k×n), by the BLAS routine numpy picks
/// for those shapes, so that each element is summed in numpy's order and prints numpy's
/// digits:
///
/// - k = 1: each element is one product (every routine gives the same);
/// - 1×k · k×1: `dot`; 1×k · k×n and m×k · k×1: `gemv` (numpy's `vector @ matrix` and
///   `matrix @ vector`, with its choice of row- or column-major call, hence of gemv kernel);
/// - a · aᵀ of one buffer: `syrk` on the upper triangle, mirrored;
/// - otherwise `gemm`. Small products (m·n·k ≤ 2048) are computed here, one fused
///   multiply-add per term in order, up to the depth to which the library's kernel sums that
///   way: 15 for OpenBLAS's AVX-512 kernels (SkylakeX, Cooperlake, SapphireRapids), 7 for its
///   Haswell kernels (deeper, some edge kernels split the sum). `FloatProductTests` checks this
///   against the library; `scripts/check-small-products.py` sweeps numpy's own products for
///   the depth to which they sum so on a machine. A BLAS call costs more than such a product.
///   Other kernels: every product goes to the library, so the digits are the library's, as
///   numpy's are.
///
/// Operands BLAS cannot address (strided slices) are copied first, as numpy 2 copies them.
enum FloatProduct {
  static let smallVolume = 2048
  /// The deepest product the library's gemm kernel sums as `sequential` does (0: none).
  static let sequentialDepth: Int = {
    switch BLASKernel.family {
    case .avx512: return 15
    case .haswell: return 7
    case nil: return 0
    }
  }()

  /// Whether an m×k · k×n product is summed here (`sequential`) rather than by gemm.
  @inline(__always) private static func sumsHere(_ m: Int, _ k: Int, _ n: Int) -> Bool {
    // (Overflow-checked: an empty operand may have huge other dimensions.)
    let (mn, wide) = m.multipliedReportingOverflow(by: n)
    let (volume, wider) = mn.multipliedReportingOverflow(by: k)
    // (Depth 0 goes the general way, whose output size is checked: it may be huge.)
    return k > 0 && k <= sequentialDepth && !wide && !wider && volume <= smallVolume
  }

  /// Whether `multiply` writes every element of an m×k · k×n product, so its output need not
  /// start from zeros: gemm, syrk and the own loops do; a product with a vector goes to gemv,
  /// whose `beta` scaling of what the output held may keep a NaN, and depth 0 writes nothing.
  static func writesEveryElement(_ m: Int, _ k: Int, _ n: Int) -> Bool {
    m > 1 && n > 1 && k > 0
  }

  /// The product of two small float matrices of one dtype (see above), or nil.
  static func small(_ a: NDArray, _ b: NDArray) -> NDArray? {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    guard a.dtype == b.dtype, a.dtype == .float64 || a.dtype == .float32, m > 0, n > 0,
      isSmall(a, b, m, k, n)
    else { return nil }
    let out = NDArray(uninitialized: [m, n], dtype: a.dtype)
    if a.dtype == .float64 {
      sequential(a, b, out.storage.pointer(Double.self))
    } else {
      sequential(a, b, out.storage.pointer(Float.self))
    }
    return out
  }

  @inline(__always)
  private static func isSmall(_ a: NDArray, _ b: NDArray, _ m: Int, _ k: Int, _ n: Int) -> Bool {
    k == 1
      || (m > 1 && n > 1 && sumsHere(m, k, n) && !isTransposePair(a, b))
  }

  /// `matmul`: as `np.matmul`, which multiplies a vector and a matrix BLAS cannot address
  /// (or a vector with a non-positive stride) by a plain loop where `np.dot` copies them.
  static func multiply(_ a: NDArray, _ b: NDArray, into out: NDArray, matmul: Bool = false) {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    guard m > 0 && n > 0 && k > 0 else { return }
    if matmul && k > 1 && (m == 1) != (n == 1)
      && !(m == 1 ? a.strides[1] > 0 && isBlasable(b) : b.strides[0] > 0 && isBlasable(a))
    {
      let (x, y) = (converted(a, out.dtype), converted(b, out.dtype))
      if out.dtype == .float64 {
        plain(x, y, out, Double.self)
      } else {
        plain(x, y, out, Float.self)
      }
      return
    }
    // The small case first, without copying any array header (most of a 2×2 product's time).
    if a.dtype == out.dtype && b.dtype == out.dtype && isSmall(a, b, m, k, n) {
      if out.dtype == .float64 {
        sequential(a, b, out.storage.pointer(Double.self))
      } else {
        sequential(a, b, out.storage.pointer(Float.self))
      }
      return
    }
    if out.dtype == .float64 {
      multiply(a, b, out, m, k, n, Double.self, doubleRoutines)
    } else {
      multiply(a, b, out, m, k, n, Float.self, floatRoutines)
    }
  }

  private static func multiply<T: BinaryFloatingPoint>(
    _ a: NDArray, _ b: NDArray, _ out: NDArray, _ m: Int, _ k: Int, _ n: Int, _: T.Type,
    _ blas: Routines<T>
  ) {
    let type = out.dtype
    let r = out.storage.pointer(T.self)
    if k == 1 {
      sequential(converted(a, type), converted(b, type), r)
      return
    }
    if m == 1 && n == 1 {
      let (x, incx) = vector(a, axis: 1, type)
      let (y, incy) = vector(b, axis: 0, type)
      r[0] = blas.dot(Int32(k), pointer(x, T.self), incx, pointer(y, T.self), incy)
      return
    }
    if m == 1 {
      // vector @ matrix
      let (x, incx) = vector(a, axis: 1, type)
      let (matrix, transposed, ld) = blasOperand(b, type)
      let (order, rows, cols) = transposed ? (CblasNoTrans, n, k) : (CblasTrans, k, n)
      blas.gemv(
        CblasRowMajor, order, Int32(rows), Int32(cols), 1, pointer(matrix, T.self), Int32(ld),
        pointer(x, T.self), incx, 0, r, 1)
      return
    }
    if n == 1 {
      // matrix @ vector
      let (x, incx) = vector(b, axis: 0, type)
      let (matrix, transposed, ld) = blasOperand(a, type)
      let (order, rows, cols) = transposed ? (CblasTrans, k, m) : (CblasNoTrans, m, k)
      blas.gemv(
        CblasRowMajor, order, Int32(rows), Int32(cols), 1, pointer(matrix, T.self), Int32(ld),
        pointer(x, T.self), incx, 0, r, 1)
      return
    }
    let (x, transposeA, lda) = blasOperand(a, type)
    let (y, transposeB, ldb) = blasOperand(b, type)
    let pair = isTransposePair(a, b) && transposeA != transposeB && a.dtype == type
    if !pair && sumsHere(m, k, n) {
      sequential(converted(a, type), converted(b, type), r)
      return
    }
    if pair {
      // numpy's `a @ a.T`: the upper triangle by syrk, copied to the lower.
      blas.syrk(
        CblasRowMajor, CblasUpper, transposeA ? CblasTrans : CblasNoTrans, Int32(m), Int32(k), 1,
        pointer(x, T.self), Int32(lda), 0, r, Int32(n))
      for i in 0..<m {
        for j in (i + 1)..<m { r[j * n + i] = r[i * n + j] }
      }
      return
    }
    blas.gemm(
      CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
      transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
      pointer(x, T.self), Int32(lda), pointer(y, T.self), Int32(ldb), 0, r, Int32(n))
  }

  /// Unit stride along one axis and a leading dimension along the other.
  private static func isBlasable(_ x: NDArray) -> Bool {
    (x.strides[1] == 1 && x.strides[0] >= x.shape[1])
      || (x.strides[0] == 1 && x.strides[1] >= x.shape[0])
  }

  /// numpy's loop for what BLAS cannot take: out[i, j] += a[i, p] * b[p, j] in order.
  private static func plain<T: BinaryFloatingPoint>(
    _ a: NDArray, _ b: NDArray, _ out: NDArray, _: T.Type
  ) {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let (p, q) = (a.storage.pointer(T.self) + a.offset, b.storage.pointer(T.self) + b.offset)
    let r = out.storage.pointer(T.self)
    let (ai, ap) = (a.strides[0], a.strides[1])
    let (bp, bj) = (b.strides[0], b.strides[1])
    for i in 0..<m {
      for j in 0..<n {
        var sum: T = 0
        for t in 0..<k { sum = sum + p[i * ai + t * ap] * q[t * bp + j * bj] }
        r[i * n + j] = sum
      }
    }
  }

  /// out[i, j] = sum over p of a[i, p] b[p, j], one fused multiply-add per term in order.
  private static func sequential<T: BinaryFloatingPoint>(
    _ a: NDArray, _ b: NDArray, _ r: UnsafeMutablePointer<T>
  ) {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let (p, q) = (a.storage.pointer(T.self) + a.offset, b.storage.pointer(T.self) + b.offset)
    let (ai, ap) = (a.strides[0], a.strides[1])
    let (bp, bj) = (b.strides[0], b.strides[1])
    for i in 0..<m {
      for j in 0..<n {
        var sum: T = 0
        for t in 0..<k { sum = sum.addingProduct(p[i * ai + t * ap], q[t * bp + j * bj]) }
        r[i * n + j] = sum
      }
    }
  }

  /// The operand in `type` (itself, a view, when it already is).
  private static func converted(_ x: NDArray, _ type: DType) -> NDArray {
    x.dtype == type ? x : x.copy(as: type)
  }

  /// `b` is `a`'s transpose in the same memory (numpy's test for syrk).
  private static func isTransposePair(_ a: NDArray, _ b: NDArray) -> Bool {
    a.storage === b.storage && a.offset == b.offset && a.shape[0] == b.shape[1]
      && a.shape[1] == b.shape[0] && a.strides[0] == b.strides[1] && a.strides[1] == b.strides[0]
  }

  /// A row (axis 1) or column (axis 0) of a matrix as a BLAS vector: its array and positive
  /// increment (copied when the stride is not positive or the dtype differs).
  private static func vector(_ x: NDArray, axis: Int, _ type: DType) -> (NDArray, Int32) {
    let stride = x.strides[axis]
    if x.dtype == type && stride > 0 { return (x, Int32(stride)) }
    return (x.copy(as: type), Int32(axis == 1 ? 1 : max(x.shape[1], 1)))
  }

  /// How BLAS sees a matrix operand: its buffer, whether to transpose, its leading dimension.
  private static func blasOperand(_ x: NDArray, _ type: DType) -> (NDArray, Bool, Int) {
    let (rows, cols) = (x.shape[0], x.shape[1])
    if x.dtype == type {
      if x.strides[1] == 1 && x.strides[0] >= max(cols, 1) { return (x, false, x.strides[0]) }
      if x.strides[0] == 1 && x.strides[1] >= max(rows, 1) { return (x, true, x.strides[1]) }
    }
    return (x.copy(as: type), false, max(cols, 1))
  }

  @inline(__always)
  private static func pointer<T>(_ x: NDArray, _: T.Type) -> UnsafeMutablePointer<T> {
    x.storage.pointer(T.self) + x.offset
  }

  /// The four BLAS routines for one float type.
  struct Routines<T> {
    let dot: (Int32, UnsafeMutablePointer<T>, Int32, UnsafeMutablePointer<T>, Int32) -> T
    let gemv:
      (
        CBLAS_ORDER, CBLAS_TRANSPOSE, Int32, Int32, T, UnsafeMutablePointer<T>, Int32,
        UnsafeMutablePointer<T>, Int32, T, UnsafeMutablePointer<T>, Int32
      ) -> Void
    let syrk:
      (
        CBLAS_ORDER, CBLAS_UPLO, CBLAS_TRANSPOSE, Int32, Int32, T, UnsafeMutablePointer<T>,
        Int32, T, UnsafeMutablePointer<T>, Int32
      ) -> Void
    let gemm:
      (
        CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, Int32, Int32, Int32, T,
        UnsafeMutablePointer<T>, Int32, UnsafeMutablePointer<T>, Int32, T,
        UnsafeMutablePointer<T>, Int32
      ) -> Void

  }

  static let doubleRoutines = Routines<Double>(
    dot: { cblas_ddot($0, $1, $2, $3, $4) },
    gemv: { cblas_dgemv($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) },
    syrk: { cblas_dsyrk($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) },
    gemm: { cblas_dgemm($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) })

  static let floatRoutines = Routines<Float>(
    dot: { cblas_sdot($0, $1, $2, $3, $4) },
    gemv: { cblas_sgemv($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) },
    syrk: { cblas_ssyrk($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) },
    gemm: { cblas_sgemm($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) })
}
