/// Why a mathtext string could not be laid out.
public enum MathTextError: Error, Equatable, Sendable {
  /// Bad TeX, worded as matplotlib's ValueError (the expression, a caret under the place,
  /// pyparsing's explanation).
  case syntax(String)
  /// TeX matplotlib draws that NumBook does not (a font or symbol it lacks).
  case unsupported(String)

  public var message: String {
    switch self {
    case .syntax(let m): return m
    case .unsupported(let what): return "mathtext: \(what) is not supported in NumBook"
    }
  }

  /// matplotlib's message: the expression, a caret at `loc`, the exception and where.
  static func parse(
    _ text: [Character], at loc: Int, kind: String = "ParseSyntaxException", _ message: String
  ) -> MathTextError {
    let found = loc < text.count ? "'\(text[loc])'" : "end of text"
    return .syntax(
      "\n\(String(text))\n\(String(repeating: " ", count: loc))^\n\(kind): \(message), found \(found)  (at char \(loc)), (line:1, col:\(loc + 1))"
    )
  }
}
