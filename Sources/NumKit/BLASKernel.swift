import CBLAS
import COpenBLASCore

/// The kernels the linked OpenBLAS picked for this processor. They decide the order in which
/// a matrix product's terms are summed, hence its last digits: numpy's own OpenBLAS, on the
/// same processor, picks kernels of the same family and prints the same digits.
public enum BLASKernel {
  /// OpenBLAS's name for its kernels here (`Haswell`, `SkylakeX`, `Cooperlake`, ...).
  public static let coreName: String = openblas_get_corename().map { String(cString: $0) } ?? ""

  /// OpenBLAS's own summary of its build and kernels (`OpenBLAS 0.3.21 DYNAMIC_ARCH
  /// NO_AFFINITY SkylakeX MAX_THREADS=64`).
  public static var configuration: String {
    openblas_get_config().map { String(cString: $0) } ?? ""
  }

  /// True when OpenBLAS had fallen back to kernels below what this processor supports (a
  /// processor newer than the linked OpenBLAS knows) and NumBook asked it for these
  /// (COpenBLASCore, before the program's first line).
  public static var chosenByNumBook: Bool { nb_openblas_core_request().pointee != 0 }

  /// Kernels that sum a product's terms alike.
  public enum Family: String {
    /// SkylakeX, Cooperlake, SapphireRapids.
    case avx512
    case haswell
  }

  /// The family of the kernels here, or nil for any other.
  public static var family: Family? {
    switch coreName {
    case "SkylakeX", "Cooperlake", "SapphireRapids": return .avx512
    case "Haswell": return .haswell
    default: return nil
    }
  }
}
