/// The docstrings and help() pages of CPython's builtin functions and of its types' methods
/// (the table is generated from CPython by `scripts/gen-builtin-docs.py`).
enum BuiltinDocs {
  struct Entry {
    /// The line pydoc prints first: `len(obj, /)`, `split(self, /, sep=None, maxsplit=-1)`.
    let signature: String
    /// A method's line when bound: `split(sep=None, maxsplit=-1) method of builtins.str
    /// instance`.
    var bound: String? = nil
    /// The cleaned docstring pydoc indents under the signature.
    let doc: String?
    /// `__doc__` when it differs from `doc`.
    var raw: String?? = nil

    var docstring: String? { raw ?? doc }
  }

  /// The page for `signature`, as pydoc lays it out: the docstring indented by four.
  static func page(_ signature: String, _ doc: String?) -> String {
    guard let doc, !doc.isEmpty else { return signature + "\n" }
    var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard !lines.isEmpty else { return signature + "\n" }
    lines[lines.count - 1] = String(
      lines[lines.count - 1].reversed().drop(while: \.isWhitespace).reversed())
    return signature + "\n" + lines.joined(separator: "\n") + "\n"
  }

  /// help() of a built-in function or an unbound method (`len`, `str.split`), nil for one
  /// the table lacks.
  static func help(of name: String) -> String? {
    guard let entry = entries[name] else { return nil }
    let title =
      name.contains(".")
      ? "Help on method_descriptor:" : "Help on built-in function \(name) in module builtins:"
    return title + "\n\n" + page(entry.signature, entry.doc) + "\n"
  }

  /// help() of a method bound to a built-in value (`'a'.split`).
  static func boundHelp(of name: String) -> String? {
    guard let entry = entries[name], let bound = entry.bound else { return nil }
    let method = name.split(separator: ".").last.map(String.init) ?? name
    return "Help on built-in function \(method):\n\n" + page(bound, entry.doc) + "\n"
  }
}
