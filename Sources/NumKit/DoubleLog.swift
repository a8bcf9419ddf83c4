import CVectorKernels

#if canImport(Glibc)
  import Glibc
#endif

/// float64 log. On processors with AVX-512 F, CD, BW, DQ and VL numpy calls Intel's SVML log,
/// whose bits `nk_log_f64_skx` computes (it differs from the C library's in about 0.3% of
/// inputs, by one ulp); elsewhere numpy's float64 log is the C library's, and so is NumBook's.
enum DoubleLog {
  /// One value, as an array of any length computes it.
  static func scalar(_ x: Double) -> Double {
    guard WideKernels.numpySVML else { return Glibc.log(x) }
    var (input, output) = (x, 0.0)
    nk_log_f64_skx(&input, &output, 1)
    return output
  }

  /// `dst[i] = log(src[i])`.
  static func apply(_ src: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>, _ n: Int) {
    if WideKernels.numpySVML {
      nk_log_f64_skx(src, dst, n)
    } else {
      for i in 0..<n { dst[i] = Glibc.log(src[i]) }
    }
  }
}
