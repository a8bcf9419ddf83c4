import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `savefig('x.png')`: the SVG rasterised by rsvg-convert (librsvg, installed by the
/// bootstrap script) at the requested dpi.
enum PNGExport {
  static func write(svg: String, to path: String, dpi: Double) throws(PyException) {
    let temporary = path + ".nb-tmp.svg"
    guard FileAccess.write(svg, to: temporary) else { throw .fileNotFound(path) }
    defer { unlink(temporary) }
    // The SVG is sized in points: at `dpi` pixels per inch a figure 6.4 inches wide is
    // 6.4 * dpi pixels, as matplotlib's PNG (rsvg-convert's own default is 96).
    let resolution = String(dpi)
    let arguments = [
      "rsvg-convert", "--dpi-x", resolution, "--dpi-y", resolution, "-b", "white", "-o", path,
      temporary,
    ]
    guard let run = ChildProcess.run(arguments) else {
      throw .valueError(
        "Format 'png' needs rsvg-convert (Debian package librsvg2-bin), which was not found; save as '.svg' instead"
      )
    }
    guard run.status == 0 else {
      throw PyException(.osError, "rsvg-convert could not write \(path)")
    }
  }
}
