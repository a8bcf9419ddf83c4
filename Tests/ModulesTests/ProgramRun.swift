import Interpreter
import Modules

/// Runs a program in a fresh interpreter with the standard modules: what it printed, the last
/// line of the exception that ended it (if one did), and what it wrote to stderr.
enum ProgramRun {
  static func run(_ source: String, file: String = "<test>") -> (out: String, err: String) {
    let interp = Interpreter()
    StandardModules.install(in: interp, plots: PyplotState())
    var out = ""
    var err = ""
    interp.writeOut = { out += $0 }
    interp.writeErr = { err += $0 }
    do throws(PyException) {
      try interp.run(source, file: file)
    } catch {
      out += PyException.finalLine(error, interp)
    }
    return (out, err)
  }
}
