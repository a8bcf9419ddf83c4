/// The keywords a builtin function, type or method takes (generated from CPython by
/// `scripts/gen-builtin-keywords.py`), and CPython's words refusing another (`{keyword}` stands
/// for it): `sorted(xs, reversed=True)` fails as in CPython instead of the keyword being
/// ignored. numpy's array methods use the same rules (`NumpyMethodKeywords`).
public final class BuiltinKeywords {
  let keywords: [String]
  let refusal: String
  /// The most positional arguments CPython's takes, and its words for more (`{given}`
  /// stands for the count), when they could be probed.
  let mostPositional: Int?
  let tooMany: String?
  /// The count in `tooMany` includes the receiver (numpy's methods written in Python count
  /// the array as `self`).
  let countsReceiver: Bool

  public init(
    keywords: [String], refusal: String, mostPositional: Int? = nil, tooMany: String? = nil,
    countsReceiver: Bool = false
  ) {
    self.keywords = keywords
    self.refusal = refusal
    self.mostPositional = mostPositional
    self.tooMany = tooMany
    self.countsReceiver = countsReceiver
  }

  /// `skipping` leading positionals are not the caller's (a method's receiver).
  public func check(_ a: Arguments, skipping: Int = 0) throws(PyException) {
    for (keyword, _) in a.keywords where !keywords.contains(keyword) {
      throw .typeError(BuiltinKeywords.fill(refusal, "{keyword}", keyword))
    }
    let given = a.count - skipping
    if let mostPositional, let tooMany, given > mostPositional {
      let counted = given + (countsReceiver ? 1 : 0)
      throw .typeError(BuiltinKeywords.fill(tooMany, "{given}", String(counted)))
    }
  }

  private static func fill(_ text: String, _ slot: String, _ value: String) -> String {
    text.split(separator: slot, omittingEmptySubsequences: false).joined(separator: value)
  }

  /// Whether a call needs checking at all (the common call passes neither).
  @inline(__always) public func applies(to a: Arguments, skipping: Int = 0) -> Bool {
    !a.keywords.isEmpty || a.count - skipping > (mostPositional ?? .max)
  }

  /// `body` with the check in front, when CPython's `name` has a rule.
  static func checked(
    _ name: String, receiver: Bool = false, _ body: @escaping PyBuiltinFunction.Body
  ) -> PyBuiltinFunction.Body {
    guard let rule = table[name] else { return body }
    let skipping = receiver ? 1 : 0
    return { (a, interp) throws(PyException) in
      if rule.applies(to: a, skipping: skipping) { try rule.check(a, skipping: skipping) }
      return try body(a, interp)
    }
  }
}
