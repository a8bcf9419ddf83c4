/// Unicode character names, for Python's `\N{...}` escapes and `unicodedata.lookup`: a name
/// matches without regard to case, as CPython's do. The names are the standard library's
/// (`Unicode.Scalar.Properties.name`, CJK ideographs and Hangul syllables included), read into
/// a table on first use (about a tenth of a second). Name aliases (`\N{LINE FEED}`) are not
/// known.
public enum UnicodeNames {
  /// Every named scalar by its name. The planes that hold named characters: the basic and
  /// supplementary multilingual planes, the ideographic planes 2 and 3, and plane 14.
  private static let scalars: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [:]
    table.reserveCapacity(160_000)
    for plane: UInt32 in [0, 1, 2, 3, 14] {
      for value in plane << 16...(plane << 16 | 0xFFFF) {
        guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else {
          continue
        }
        table[name] = scalar
      }
    }
    return table
  }()

  /// The scalar named `name` (`"BULLET"`, `"degree sign"`), nil for no such name.
  public static func scalar(named name: String) -> Unicode.Scalar? {
    scalars[name.uppercased()]
  }
}

/// A backslash escape a string literal cannot decode: CPython's "(unicode error)" words.
public struct EscapeError: Error {
  public let message: String

  /// `first...last` index the literal's characters, counted as CPython's codec counts them:
  /// a character beyond ASCII is ten (it reaches the codec as `\UXXXXXXXX`).
  init(_ reason: String, _ scalars: [Unicode.Scalar], _ first: Int, _ last: Int) {
    func place(_ i: Int) -> Int { scalars[..<i].reduce(0) { $0 + ($1.isASCII ? 1 : 10) } }
    message =
      "(unicode error) 'unicodeescape' codec can't decode bytes in position \(place(first))-\(place(last)): \(reason)"
  }
}
