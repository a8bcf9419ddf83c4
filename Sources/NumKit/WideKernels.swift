import CVectorMath

/// The AVX-512 kernels of `CVectorMath`, for processors that have them (chosen at run time:
/// the build assumes at most AVX2). Each gives exactly what the Swift form beside it gives.
enum WideKernels {
  static let available = nk_has_avx512f() != 0
  /// AVX-512 with byte operations on short vectors (BW, VL): the comparison kernel stores
  /// each 8-lane mask as eight bytes.
  static let byteMasks = available && nk_has_avx512bw_vl() != 0
}
