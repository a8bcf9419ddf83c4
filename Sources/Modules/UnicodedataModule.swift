import Foundation
import Interpreter
import Syntax

/// `unicodedata`: character names (`name`, `lookup`), `category`, the numeric values
/// (`numeric`, `decimal`, `digit`), `combining`, `mirrored` and `normalize` /
/// `is_normalized` (NFC, NFD, NFKC, NFKD), with CPython's errors. The data is the standard
/// library's and Foundation's, whose Unicode is newer than CPython 3.11's 14.0 (characters
/// added since have names and categories here); name aliases (`LINE FEED`),
/// `east_asian_width`, `bidirectional` and `decomposition` are not there.
enum UnicodedataModule {
  static func make() -> PyModule {
    let m = PyModule(name: "unicodedata")
    m.define("unidata_version", .str("14.0.0"))
    m.define("lookup") { (a, interp) throws(PyException) in
      try a.expect("lookup", min: 1, max: 1)
      let name = try interp.str(try a[0])
      guard let scalar = UnicodeNames.scalar(named: name) else {
        throw PyException(.keyError, args: [.str("undefined character name '\(name)'")])
      }
      return .str(String(Character(scalar)))
    }
    m.define("name") { (a, interp) throws(PyException) in
      try a.expect("name", min: 1, max: 2)
      let scalar = try character(try a[0], "name() argument 1")
      if let name = scalar.properties.name { return .str(name) }
      if a.count > 1 { return try a[1] }
      throw .valueError("no such name")
    }
    m.define("category") { (a, interp) throws(PyException) in
      try a.expect("category", min: 1, max: 1)
      return .str(
        code(of: try character(try a[0], "category() argument").properties.generalCategory))
    }
    m.define("combining") { (a, interp) throws(PyException) in
      try a.expect("combining", min: 1, max: 1)
      let scalar = try character(try a[0], "combining() argument")
      return .int(Int(scalar.properties.canonicalCombiningClass.rawValue))
    }
    m.define("mirrored") { (a, interp) throws(PyException) in
      try a.expect("mirrored", min: 1, max: 1)
      return .int(try character(try a[0], "mirrored() argument").properties.isBidiMirrored ? 1 : 0)
    }
    let numbers: [(String, String, (Unicode.Scalar.Properties) -> Value?)] = [
      ("numeric", "not a numeric character", { p in p.numericValue.map { .float($0) } }),
      (
        "decimal", "not a decimal",
        { p in p.numericType == .decimal ? p.numericValue.map { .int(Int($0)) } : nil }
      ),
      (
        "digit", "not a digit",
        { p in
          p.numericType == .decimal || p.numericType == .digit
            ? p.numericValue.map { .int(Int($0)) } : nil
        }
      ),
    ]
    for (name, refusal, value) in numbers {
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 1, max: 2)
        if let v = value(try character(try a[0], "\(name)() argument 1").properties) { return v }
        if a.count > 1 { return try a[1] }
        throw .valueError(refusal)
      }
    }
    m.define("normalize") { (a, interp) throws(PyException) in
      try a.expect("normalize", min: 2, max: 2)
      return .str(try normalized(try a[0], try a[1], interp))
    }
    m.define("is_normalized") { (a, interp) throws(PyException) in
      try a.expect("is_normalized", min: 2, max: 2)
      let text = try a[1]
      return .bool(
        try normalized(try a[0], text, interp).unicodeScalars.elementsEqual(
          try interp.str(text).unicodeScalars))
    }
    return m
  }

  /// The one character a function takes, or CPython's TypeError (`what` names the argument).
  private static func character(_ v: Value, _ what: String) throws(PyException) -> Unicode.Scalar {
    guard let s = v.as(PyStr.self)?.value, s.unicodeScalars.count == 1,
      let scalar = s.unicodeScalars.first
    else {
      throw .typeError("\(what) must be a unicode character, not \(v.typeName)")
    }
    return scalar
  }

  private static func normalized(_ form: Value, _ text: Value, _ interp: Interpreter)
    throws(PyException) -> String
  {
    let s = try interp.str(text)
    switch try interp.str(form) {
    case "NFC": return s.precomposedStringWithCanonicalMapping
    case "NFD": return s.decomposedStringWithCanonicalMapping
    case "NFKC": return s.precomposedStringWithCompatibilityMapping
    case "NFKD": return s.decomposedStringWithCompatibilityMapping
    default: throw .valueError("invalid normalization form")
    }
  }

  /// The two-letter code of a general category (`Lu`, `Mn`, `Cn`, ...).
  private static func code(of category: Unicode.GeneralCategory) -> String {
    switch category {
    case .uppercaseLetter: "Lu"
    case .lowercaseLetter: "Ll"
    case .titlecaseLetter: "Lt"
    case .modifierLetter: "Lm"
    case .otherLetter: "Lo"
    case .nonspacingMark: "Mn"
    case .spacingMark: "Mc"
    case .enclosingMark: "Me"
    case .decimalNumber: "Nd"
    case .letterNumber: "Nl"
    case .otherNumber: "No"
    case .connectorPunctuation: "Pc"
    case .dashPunctuation: "Pd"
    case .openPunctuation: "Ps"
    case .closePunctuation: "Pe"
    case .initialPunctuation: "Pi"
    case .finalPunctuation: "Pf"
    case .otherPunctuation: "Po"
    case .mathSymbol: "Sm"
    case .currencySymbol: "Sc"
    case .modifierSymbol: "Sk"
    case .otherSymbol: "So"
    case .spaceSeparator: "Zs"
    case .lineSeparator: "Zl"
    case .paragraphSeparator: "Zp"
    case .control: "Cc"
    case .format: "Cf"
    case .surrogate: "Cs"
    case .privateUse: "Co"
    case .unassigned: "Cn"
    @unknown default: "Cn"
    }
  }
}
