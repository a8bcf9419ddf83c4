import CBLAS

/// The kernels the linked OpenBLAS picked for this processor. They decide the order in which
/// a matrix product's terms are summed, hence its last digits: numpy's own OpenBLAS, on the
/// same processor, picks kernels of the same family and prints the same digits.
public enum BLASKernel {
  /// OpenBLAS's name for its kernels here (`Haswell`, `SkylakeX`, `Cooperlake`, ...).
  public static let coreName: String = openblas_get_corename().map { String(cString: $0) } ?? ""

  /// The family of kernels that sum alike: `avx512` (SkylakeX, Cooperlake, SapphireRapids),
  /// `haswell`, or nil for any other.
  public static var family: String? {
    switch coreName {
    case "SkylakeX", "Cooperlake", "SapphireRapids": return "avx512"
    case "Haswell": return "haswell"
    default: return nil
    }
  }
}
