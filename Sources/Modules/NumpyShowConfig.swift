import Interpreter
import NumKit

/// `np.show_config()`: numpy's report of the libraries it runs on, in numpy's layout, for the
/// parts that mean something here (the BLAS and LAPACK library and the kernels it uses).
enum NumpyShowConfig {
  static func install(in m: PyModule) {
    m.define("show_config") { (_, interp) throws(PyException) in
      interp.writeOut(report())
      return .none
    }
  }

  static func report() -> String {
    let configuration = BLASKernel.configuration
    let version = configuration.split(separator: " ").dropFirst().first.map(String.init) ?? "?"
    var library = "    name: openblas\n"
    library += "    openblas configuration: \(configuration)\n"
    library += "    version: \(version)\n"
    library += "    kernels: \(BLASKernel.coreName)"
    library +=
      BLASKernel.chosenByNumBook
      ? " (chosen by NumBook: the processor is newer than this OpenBLAS)\n" : "\n"
    return "Build Dependencies:\n  blas:\n" + library + "  lapack:\n" + library
  }
}
