import CBLAS

/// numpy's `correlate` and `convolve` of two 1-D arrays.
///
/// Output k of the full correlation is the dot product of the overlap of `a` with `v` slid k
/// steps. numpy sums each overlap with its dtype's dot function (BLAS `ddot`/`sdot` for
/// floats), except where a short kernel (at most 11 elements) overlaps completely: there it
/// adds `a[i] * v[0] + a[i + 1] * v[1] + ...` left to right. The same split here gives
/// numpy's bits.
extension NDArray {
  public enum CorrelationMode: Int, Sendable {
    case valid = 0, same = 1, full = 2
  }

  /// `np.correlate(a, v, mode)`: when `v` is the longer, the operands swap and the result
  /// comes out reversed, as numpy's does.
  public static func correlate(_ a: NDArray, _ v: NDArray, mode: CorrelationMode)
    throws(NumKitError) -> NDArray
  {
    guard a.size > 0 else { throw .value("first array argument cannot be empty") }
    guard v.size > 0 else { throw .value("second array argument cannot be empty") }
    let (a, v) = (a.atLeast1D, v.atLeast1D)
    if v.size > a.size {
      return try slide(v, a, mode).flipped([0])
    }
    return try slide(a, v, mode)
  }

  /// `np.convolve(a, v, mode)`: the correlation of the longer operand with the other reversed.
  public static func convolve(_ a: NDArray, _ v: NDArray, mode: CorrelationMode)
    throws(NumKitError) -> NDArray
  {
    guard a.size > 0 else { throw .value("a cannot be empty") }
    guard v.size > 0 else { throw .value("v cannot be empty") }
    let (a, v) = (a.atLeast1D, v.atLeast1D)
    let (long, short) = v.size > a.size ? (v, a) : (a, v)
    return try slide(long, short.flipped([0]), mode)
  }

  /// The correlation of `a` with the kernel `v` (`v` no longer than `a`).
  private static func slide(_ a: NDArray, _ v: NDArray, _ mode: CorrelationMode)
    throws(NumKitError) -> NDArray
  {
    guard a.ndim <= 1, v.ndim <= 1 else { throw .value("object too deep for desired array") }
    let type = DType.promote(a.dtype, v.dtype)
    let (length, n) = (a.size, v.size)
    let first: Int
    let count: Int
    switch mode {
    case .valid: (first, count) = (n - 1, length - n + 1)
    case .same: (first, count) = (n - 1 - n / 2, length)
    case .full: (first, count) = (0, length + n - 1)
    }
    let windows = Windows(length: length, kernel: n, first: first)
    switch type {
    case .float64:
      return windows.floats(a.copy(as: .float64), v.copy(as: .float64), count, Double.self) {
        n, x, y in cblas_ddot(Int32(n), x, 1, y, 1)
      }
    case .float32:
      return windows.floats(a.copy(as: .float32), v.copy(as: .float32), count, Float.self) {
        n, x, y in cblas_sdot(Int32(n), x, 1, y, 1)
      }
    default:
      return windows.integers(a.copy(as: .int64), v.copy(as: .int64), count, bool: type == .bool)
        .copy(as: type)
    }
  }

  /// A 0-d operand as one element (numpy reads both with `ndmin=1`).
  private var atLeast1D: NDArray { ndim == 0 ? reshapedView([1]) : self }

  /// Where output k's overlap starts in each operand and how long it is.
  private struct Windows {
    let length: Int
    let kernel: Int
    let first: Int

    @inline(__always) func overlap(_ output: Int) -> (start: Int, kernelStart: Int, count: Int) {
      let k = first + output
      let low = max(0, k - kernel + 1)
      let high = min(length, k + 1)
      return (low, low - k + kernel - 1, high - low)
    }

    func floats<T: BinaryFloatingPoint>(
      _ a: NDArray, _ v: NDArray, _ count: Int, _: T.Type,
      _ dot: (Int, UnsafePointer<T>, UnsafePointer<T>) -> T
    ) -> NDArray {
      let out = NDArray(uninitialized: [count], dtype: a.dtype)
      let (p, q, r) = (
        a.storage.pointer(T.self), v.storage.pointer(T.self), out.storage.pointer(T.self)
      )
      for i in 0..<count {
        let (start, kernelStart, n) = overlap(i)
        if n == kernel && kernel <= 11 {
          var sum = p[start] * q[0]
          for j in 1..<kernel { sum = sum + p[start + j] * q[j] }
          r[i] = sum
        } else {
          r[i] = dot(n, p + start, q + kernelStart)
        }
      }
      return out
    }

    /// Integer sums wrap as numpy's do; booleans are an OR of ANDs.
    func integers(_ a: NDArray, _ v: NDArray, _ count: Int, bool: Bool) -> NDArray {
      let out = NDArray(uninitialized: [count], dtype: .int64)
      let (p, q, r) = (
        a.storage.pointer(Int64.self), v.storage.pointer(Int64.self),
        out.storage.pointer(Int64.self)
      )
      for i in 0..<count {
        let (start, kernelStart, n) = overlap(i)
        var sum: Int64 = 0
        for j in 0..<n {
          let term = p[start + j] &* q[kernelStart + j]
          sum = bool ? (sum != 0 || term != 0 ? 1 : 0) : sum &+ term
        }
        r[i] = sum
      }
      return out
    }
  }
}
