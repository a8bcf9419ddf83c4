import Foundation

/// papermill's parameters and NumBook's `--seed`, as code run in the notebook's session.
enum Parameters {
  /// Inserts a cell assigning the parameters after the cell tagged `parameters` (at the top
  /// when there is none), as papermill does.
  static func inject(_ parameters: [(name: String, value: String)], into document: Document)
    -> Document
  {
    guard !parameters.isEmpty else { return document }
    let source =
      "# Parameters\n"
      + parameters.map { "\($0.name) = \(literal($0.value))" }.joined(separator: "\n")
    var result = document
    let at = (document.cells.firstIndex { $0.tags.contains("parameters") }).map { $0 + 1 } ?? 0
    // Injected lines are numbered after the file's own so tracebacks never collide with them.
    let lastLine =
      document.cells.map { $0.firstLine + $0.source.split(separator: "\n").count }.max() ?? 0
    result.cells.insert(
      Document.Cell(
        type: .code, source: source, firstLine: lastLine + 2,
        header: "tags=[\"injected-parameters\"]"),
      at: at)
    return result
  }

  /// A value as Python source: kept when it is a Python literal, quoted as a string otherwise.
  static func literal(_ value: String) -> String {
    let v = value.trimmingCharacters(in: .whitespaces)
    if Int(v) != nil || (Double(v) != nil && !v.lowercased().contains("n")) { return v }
    if ["True", "False", "None"].contains(v) { return v }
    if let f = v.first, let l = v.last, v.count >= 2,
      (f == "'" && l == "'") || (f == "\"" && l == "\"") || (f == "[" && l == "]")
        || (f == "(" && l == ")") || (f == "{" && l == "}")
    {
      return v
    }
    return "'"
      + v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
      + "'"
  }

  /// Seeds numpy's global generator and Python's `random` without leaving names behind.
  static func seedingCode(_ seed: Int) -> String {
    """
    import numpy as _nb_np
    import random as _nb_random
    _nb_np.random.seed(\(seed))
    _nb_random.seed(\(seed))
    del _nb_np, _nb_random
    """
  }
}

/// Progress on stderr: `[3/12] cell 3 "Train model" ... 1.2s` updated in place on a
/// terminal; one plain line per cell otherwise (no timings, so logs are deterministic).
enum Progress {
  static func start(
    _ n: Int, of total: Int, cell: Int, title: String, terminal: Bool, _ err: (String) -> Void
  ) {
    let label = "[\(n)/\(total)] cell \(cell)" + (title.isEmpty ? "" : " \"\(title)\"")
    err(terminal ? "\r\u{1B}[2K" + label + " ..." : label + "\n")
  }

  static func finish(seconds: Double, failed: Bool, _ err: (String) -> Void) {
    err(String(format: " %.1fs%@\n", seconds, failed ? " (failed)" : ""))
  }
}
