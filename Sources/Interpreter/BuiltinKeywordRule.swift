/// The keywords a builtin function, type or method takes (generated from CPython by
/// `scripts/gen-builtin-keywords.py`), and CPython's words refusing another (`{keyword}` stands
/// for it): `sorted(xs, reversed=True)` fails as in CPython instead of the keyword being
/// ignored.
struct BuiltinKeywords {
  let keywords: [String]
  let refusal: String

  func check(_ a: Arguments) throws(PyException) {
    for (keyword, _) in a.keywords where !keywords.contains(keyword) {
      let parts = refusal.split(separator: "{keyword}", omittingEmptySubsequences: false)
      throw .typeError(parts.joined(separator: keyword))
    }
  }

  /// `body` with the check in front, when CPython's `name` has a rule.
  static func checked(_ name: String, _ body: @escaping PyBuiltinFunction.Body)
    -> PyBuiltinFunction.Body
  {
    guard let rule = table[name] else { return body }
    return { (a, interp) throws(PyException) in
      if !a.keywords.isEmpty { try rule.check(a) }
      return try body(a, interp)
    }
  }
}
