import CVectorKernels

/// `+ - * /` of dense float operands into a result too large to stay in the cache, written
/// with streaming stores (`nk_stream_f64`): the stores neither read the lines they write nor
/// push the operands out (10^6 float64 additions 0.51-0.76 -> 0.33 ms). Ordinary stores leave
/// a smaller result in the cache for what reads it next.
enum StreamingArithmetic {
  /// Streaming pays once the operands and the result together (the bytes the operation
  /// touches) outgrow half the last-level cache (32 MB on the machine measured): a loop's
  /// results, two alive at a time, then push its operands out. 10^6 float64 additions
  /// (24 MB) 0.51-0.76 -> 0.33 ms; float32 ones (12 MB) stay in the cache and took 150-157 µs
  /// with ordinary stores against 157-165 streamed.
  static let touchedBytes = 16 << 20
  static let available = nk_stream_available() != 0

  /// Computes `x op y` into `out` when streaming applies (a large result, one of the four
  /// operations, a buffer of its own), as `NDArray.dense` would: true if it did.
  @inline(__always)
  static func run<T: BinaryFloatingPoint>(
    _ op: ArithmeticOp, _ x: NDArray, _ y: NDArray, _ out: NDArray, _: T.Type
  ) -> Bool {
    let n = out.size
    let operands = (x.ndim == 0 ? 0 : n) + (y.ndim == 0 ? 0 : n)
    guard (n + operands) * MemoryLayout<T>.stride >= touchedBytes, available,
      out.storage !== x.storage, out.storage !== y.storage
    else { return false }
    let code: Int32
    switch op {
    case .add: code = Int32(NK_STREAM_ADD)
    case .subtract: code = Int32(NK_STREAM_SUBTRACT)
    case .multiply: code = Int32(NK_STREAM_MULTIPLY)
    case .divide: code = Int32(NK_STREAM_DIVIDE)
    default: return false
    }
    let (xStep, yStep) = (x.ndim == 0 ? 0 : 1, y.ndim == 0 ? 0 : 1)
    if T.self == Double.self {
      nk_stream_f64(
        code, x.storage.pointer(Double.self) + x.offset, xStep,
        y.storage.pointer(Double.self) + y.offset, yStep,
        out.storage.pointer(Double.self) + out.offset, n)
    } else {
      nk_stream_f32(
        code, x.storage.pointer(Float.self) + x.offset, xStep,
        y.storage.pointer(Float.self) + y.offset, yStep,
        out.storage.pointer(Float.self) + out.offset, n)
    }
    return true
  }
}
