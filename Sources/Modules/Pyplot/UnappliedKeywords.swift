import Interpreter

/// Keywords matplotlib takes that NumBook accepts but does not draw yet. A program using one
/// still runs; the first use of each in a session says so on stderr, so a figure that
/// differs from matplotlib's is never a silent surprise. (docs/plotting.md lists them.)
enum UnappliedKeywords {
  static let table: [String: Set<String>] = [
    "hist": ["stacked"],
    "bar": ["hatch"], "barh": ["hatch"],
    "semilogx": ["base"], "semilogy": ["base"], "loglog": ["base"],
  ]

  /// Notes each unapplied keyword of `method` in `a` once per pyplot state.
  static func note(_ method: String, _ a: Arguments, _ state: PyplotState?, _ interp: Interpreter) {
    guard let unapplied = table[method], let state else { return }
    for (name, value) in a.keywords where unapplied.contains(name) && !value.isNone {
      let key = method + "." + name
      guard !state.notedKeywords.contains(key) else { continue }
      state.notedKeywords.insert(key)
      interp.writeErr("NumBook: \(method)(\(name)=...) is accepted but not drawn yet\n")
    }
  }
}
