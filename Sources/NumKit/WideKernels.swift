import CVectorMath

/// The AVX-512 kernels of `CVectorMath`, for processors that have them (chosen at run time:
/// the build assumes at most AVX2). Each gives exactly what the Swift form beside it gives.
enum WideKernels {
  static let available = nk_has_avx512f() != 0
  /// AVX-512 with byte operations on short vectors (BW, VL): the comparison kernel stores
  /// each 8-lane mask as eight bytes.
  static let byteMasks = available && nk_has_avx512bw_vl() != 0
  /// Processors on which numpy's float64 exp is Intel's SVML (AVX-512 F, CD, BW, DQ, VL):
  /// `nk_exp_f64_skx` computes its bits there; elsewhere numpy (and NumBook) compute their
  /// own way.
  static let numpyExp = nk_has_avx512_skx() != 0
}

/// Whether float64 `exp` gives numpy's own bits on this processor (numpy's SVML exp, which
/// `nk_exp_f64_skx` computes on processors with AVX-512 F, CD, BW, DQ and VL).
public enum ExpParity {
  public static var float64: Bool { WideKernels.numpyExp }
}
