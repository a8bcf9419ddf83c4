import CVectorKernels
import CVectorMath

/// The AVX-512 kernels of `CVectorMath`, for processors that have them (chosen at run time:
/// the build assumes at most AVX2). Each gives exactly what the Swift form beside it gives.
enum WideKernels {
  static let available = nk_has_avx512f() != 0
  /// AVX-512 with byte operations on short vectors (BW, VL): the comparison kernel stores
  /// each 8-lane mask as eight bytes.
  static let byteMasks = available && nk_has_avx512bw_vl() != 0
  /// Processors on which numpy's float64 exp and log are Intel's SVML (AVX-512 F, CD, BW, DQ,
  /// VL): `nk_exp_f64_skx` and `nk_log_f64_skx` compute its bits there; elsewhere numpy (and
  /// NumBook) compute their own way.
  static let numpySVML = nk_has_avx512_skx() != 0

  /// `n` values by two kernels in turn: `wide(i)`, an AVX-512 kernel that goes on from value
  /// `i` while its lanes need no masks and returns how many it did (where the processor has
  /// one), then `narrow(i, end)` for the next eight (or the rest, or all without AVX-512).
  @inline(__always)
  static func alternate(_ n: Int, wide: (Int) -> Int, narrow: (Int, Int) -> Void) {
    var i = 0
    while i < n {
      if available { i += wide(i) }
      let end = available ? Swift.min(n, i + 8) : n
      narrow(i, end)
      i = end
    }
  }
}

/// The float64 functions that give numpy's own bits on this processor: exp and log where numpy
/// calls Intel's SVML (processors with AVX-512 F, CD, BW, DQ and VL), which `nk_exp_f64_skx` and
/// `nk_log_f64_skx` compute.
public enum UfuncParity {
  public static func float64(_ f: UnaryFunction) -> Bool {
    (f == .exp || f == .log) && WideKernels.numpySVML
  }
}
