import FloatText

/// Python's format-spec mini-language: `[[fill]align][sign][#][0][width][,_][.precision][type]`.
public struct FormatSpec {
  var fill: Character = " "
  /// Whether the spec wrote a fill (else `0` before the width makes it `0`).
  var fillGiven = false
  var align: Character?
  var sign: Character = "-"
  /// Whether the spec wrote a sign (a str refuses even `-`).
  var signGiven = false
  /// `z`: a float that rounds to zero loses its minus sign (Python 3.11).
  var noNegativeZero = false
  var alternate = false
  var zeroPad = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?
  /// A printf-style conversion (`'%.3d' % n`): an int's precision is its least count of
  /// digits, and format()'s refusals (a precision on an int, a sign on a str) do not apply.
  var printf = false

  /// The spec of `format(value, spec)` for a value of type `typeName` (named in errors).
  public static func parse(_ spec: String, for typeName: String) throws(PyException)
    -> FormatSpec
  {
    try parse(spec, typeName: typeName)
  }

  /// The spec a printf-style conversion is written as (see `printf`).
  static func parse(printf spec: String) throws(PyException) -> FormatSpec {
    var s = try parse(spec, typeName: "")
    s.printf = true
    return s
  }

  private static func parse(_ spec: String, typeName: String) throws(PyException) -> FormatSpec {
    var s = FormatSpec()
    if spec.isEmpty { return s }
    // Code point by code point, as Python reads it (no Character properties: each asked the
    // runtime for Unicode data).
    let c = Array(spec.unicodeScalars)
    var i = 0
    func isAlign(_ ch: Unicode.Scalar) -> Bool { ch == "<" || ch == ">" || ch == "^" || ch == "=" }
    func isDigit(_ ch: Unicode.Scalar) -> Bool { ch >= "0" && ch <= "9" }
    if c.count >= 2 && isAlign(c[1]) {
      s.fill = Character(c[0])
      s.fillGiven = true
      s.align = Character(c[1])
      i = 2
    } else if c.count >= 1 && isAlign(c[0]) {
      s.align = Character(c[0])
      i = 1
    }
    if i < c.count && (c[i] == "+" || c[i] == "-" || c[i] == " ") {
      s.sign = Character(c[i])
      s.signGiven = true
      i += 1
    }
    if i < c.count && c[i] == "z" {
      s.noNegativeZero = true
      i += 1
    }
    if i < c.count && c[i] == "#" {
      s.alternate = true
      i += 1
    }
    if i < c.count && c[i] == "0" {
      s.zeroPad = true
      i += 1
    }
    var width = ""
    while i < c.count && isDigit(c[i]) {
      width.unicodeScalars.append(c[i])
      i += 1
    }
    s.width = try FormatSpec.size(width) ?? 0
    if i < c.count && (c[i] == "," || c[i] == "_") {
      s.grouping = Character(c[i])
      i += 1
      // CPython's order: ',' then '_', then a ',' after a '_'.
      if s.grouping == ",", i < c.count, c[i] == "_" {
        throw .valueError("Cannot specify both ',' and '_'.")
      }
      if s.grouping == "_", i < c.count, c[i] == "," {
        throw .valueError("Cannot specify both ',' and '_'.")
      }
    }
    if i < c.count && c[i] == "." {
      i += 1
      var p = ""
      while i < c.count && isDigit(c[i]) {
        p.unicodeScalars.append(c[i])
        i += 1
      }
      guard !p.isEmpty else { throw .valueError("Format specifier missing precision") }
      guard let v = Int(p) else { throw .valueError("Too many decimal digits in format string") }
      guard v <= Int(Int32.max) else { throw .valueError("precision too big") }
      try SequenceBudget.check(v, 1)
      s.precision = v
    }
    guard c.count - i <= 1 else {
      throw .valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
    if i < c.count { s.type = Character(c[i]) }
    try s.checkGrouping(typeName)
    return s
  }

  /// A presentation type as CPython's messages quote it: itself when printable ASCII, else
  /// its code in hex (`'\x1'`).
  static func quoted(_ type: Character) -> String {
    let code = type.unicodeScalars.first!.value
    return code > 32 && code < 128 ? String(type) : "\\x" + String(code, radix: 16)
  }

  /// `Unknown format code 'q' for object of type 'int'`.
  static func unknownType(_ type: Character, _ typeName: String) -> PyException {
    .valueError("Unknown format code '\(quoted(type))' for object of type '\(typeName)'")
  }

  // MARK: - Applying

  func apply(toString value: String) throws(PyException) -> String {
    if let type, type != "s" { throw FormatSpec.unknownType(type, "str") }
    if !printf {
      if signGiven {
        throw .valueError(
          sign == " "
            ? "Space not allowed in string format specifier"
            : "Sign not allowed in string format specifier")
      }
      if noNegativeZero {
        throw .valueError("Negative zero coercion (z) not allowed in string format specifier")
      }
      if alternate {
        throw .valueError("Alternate form (#) not allowed in string format specifier")
      }
      if align == "=" {
        throw .valueError("'=' alignment not allowed in string format specifier")
      }
    }
    var v = value
    if let p = precision { v = String(v.prefix(p)) }
    return pad(v, numeric: false)
  }

  func apply(toInt value: Int, typeName: String = "int") throws(PyException) -> String {
    try apply(
      toInteger: value < 0, digits: { String(value.magnitude, radix: $0) },
      asDouble: { Double(value) }, scalar: UInt32(clamping: value), typeName: typeName)
  }

  /// An int of any size, given as its sign and its magnitude's digits in a radix.
  func apply(
    toInteger negative: Bool, digits magnitude: (Int) -> String,
    asDouble: () throws(PyException) -> Double, scalar: UInt32?, typeName: String = "int"
  ) throws(PyException) -> String {
    switch type {
    case "e", "E", "f", "F", "g", "G", "%": return try apply(toFloat: asDouble())
    case nil, "d", "n", "b", "o", "x", "X", "c": break
    default: throw FormatSpec.unknownType(type!, typeName)
    }
    if !printf {
      if precision != nil {
        throw .valueError("Precision not allowed in integer format specifier")
      }
      if noNegativeZero {
        throw .valueError("Negative zero coercion (z) not allowed in integer format specifier")
      }
    }
    /// printf's precision is the least count of digits.
    func digits(_ radix: Int) -> String {
      let digits = magnitude(radix)
      guard printf, let precision, digits.count < precision else { return digits }
      return String(repeating: "0", count: precision - digits.count) + digits
    }
    switch type {
    case "b", "o", "x", "X":
      let radix = type == "b" ? 2 : type == "o" ? 8 : 16
      var digits = digits(radix)
      if type == "X" { digits = digits.uppercased() }
      let prefix = alternate ? "0" + String(type!) : ""
      return number(signText(negative) + prefix, digits: digits, rest: "", every: 4)
    case "c":
      if signGiven && !printf {
        throw .valueError("Sign not allowed with integer format specifier 'c'")
      }
      if alternate && !printf {
        throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'")
      }
      guard let scalar else { throw .overflow("Python int too large to convert to C long") }
      guard !negative, let character = UnicodeScalar(scalar) else {
        throw .overflow("%c arg not in range(0x110000)")
      }
      return pad(String(Character(character)), numeric: false)
    default:
      return number(signText(negative), digits: digits(10), rest: "", every: 3)
    }
  }

  func apply(toFloat value: Double) throws(PyException) -> String {
    var negative = value.sign == .minus && !value.isNaN
    let x = abs(value)
    var body: String
    // ('n' is 'g' in the C locale, the only one NumBook has.)
    let type = self.type == "n" ? "g" : self.type
    switch type {
    case nil, "f", "F", "e", "E", "g", "G", "%": break
    default: throw FormatSpec.unknownType(type!, "float")
    }
    if !x.isFinite {
      body = x.isNaN ? "nan" : "inf"
      if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
      if type == "%" { body += "%" }
      return pad(signed(body, negative: negative), numeric: true)
    }
    /// `#` keeps the point of a form with no digits after it (`'#.0f'` of 2.5 is `2.`).
    func point(_ digits: String) -> String {
      guard alternate, precision == 0 else { return digits }
      guard let e = digits.firstIndex(where: { $0 == "e" }) else { return digits + "." }
      return digits[..<e] + "." + digits[e...]
    }
    switch type {
    case "f", "F":
      body = point(CFormat.fixed(x, digits: precision ?? 6))
    case "e", "E":
      body = point(CFormat.scientific(x, digits: precision ?? 6))
    case "%":
      body = point(CFormat.fixed(x * 100, digits: precision ?? 6)) + "%"
    case "g", "G":
      body = FormatSpec.general(x, precision: precision ?? 6, alternate: alternate)
    default:
      if let p = precision {
        // Like 'g', but fixed-point output keeps at least one digit after the point (and so
        // takes the exponent form one digit sooner, as CPython does).
        body = FormatSpec.general(
          x, precision: max(p, 1), alternate: alternate, keepsPointDigit: true)
        if !body.utf8.contains(UInt8(ascii: ".")) && !body.utf8.contains(UInt8(ascii: "e")) {
          body += ".0"
        }
      } else {
        body = PythonFloat.repr(x)
      }
    }
    // `z`: a value that rounded to zero is written without its minus sign.
    if noNegativeZero && negative
      && !body.prefix(while: { $0 != "e" }).contains(where: { $0 >= "1" && $0 <= "9" })
    {
      negative = false
    }
    if type == "E" || type == "G" { body = body.uppercased() }
    // Exponent forms have a one-digit mantissa: nothing to group.
    if grouping != nil && !body.utf8.contains(UInt8(ascii: "e"))
      && !body.utf8.contains(UInt8(ascii: "E"))
    {
      let digits = body.prefix { $0 >= "0" && $0 <= "9" }
      return number(
        signText(negative), digits: String(digits), rest: String(body.dropFirst(digits.count)),
        every: 3)
    }
    return pad(signed(body, negative: negative), numeric: true)
  }

  /// `%g`: significant digits, trailing zeros removed unless `#`.
  /// A width or precision as CPython reads it: too many digits for an index is a ValueError;
  /// more characters than NumBook builds (SequenceBudget) is a MemoryError, not a trap.
  static func size(_ digits: String) throws(PyException) -> Int? {
    if digits.isEmpty { return nil }
    guard let n = Int(digits) else {
      throw .valueError("Too many decimal digits in format string")
    }
    try SequenceBudget.check(n, 1)
    return n
  }

  /// With `keepsPointDigit` (a float formatted with a precision and no type), the exponent
  /// form is taken from exponent `p - 1` on instead of `p`.
  static func general(
    _ x: Double, precision: Int, alternate: Bool, keepsPointDigit: Bool = false
  ) -> String {
    let p = max(precision, 1)
    let limit = keepsPointDigit ? p - 1 : p
    if x == 0 {
      if limit == 0 { return alternate ? "0.e+00" : "0e+00" }
      return alternate ? "0." + String(repeating: "0", count: p - 1) : "0"
    }
    let sci = CFormat.scientific(x, digits: p - 1)
    let exp = Int(sci.split(separator: "e")[1])!
    var out: String
    if exp >= -4 && exp < limit {
      out = CFormat.fixed(x, digits: p - 1 - exp)
    } else {
      out = sci
    }
    if !alternate {
      if out.utf8.contains(UInt8(ascii: "e")) {
        let parts = out.split(separator: "e")
        out = trimZeros(String(parts[0])) + "e" + parts[1]
      } else {
        out = trimZeros(out)
      }
    }
    return out
  }

  static func trimZeros(_ s: String) -> String {
    guard s.utf8.contains(UInt8(ascii: ".")) else { return s }
    var t = Substring(s)
    while t.last == "0" { t = t.dropLast() }
    if t.last == "." { t = t.dropLast() }
    return String(t)
  }

  /// The digits with the grouping character every `every` digits from the right.
  func group(_ digits: String, every: Int) -> String {
    guard let grouping else { return digits }
    var out: [Character] = []
    for (i, ch) in digits.reversed().enumerated() {
      if i > 0 && i % every == 0 { out.append(grouping) }
      out.append(ch)
    }
    return String(out.reversed())
  }

  /// A number from its sign and base prefix, integer digits and the rest (fraction, `%`),
  /// grouped and padded. Zero padding with grouping pads the digits themselves, grouped too,
  /// as Python does (`format(5, '06,d')` is `00,005`).
  func number(_ head: String, digits: String, rest: String, every: Int) -> String {
    guard grouping != nil else { return pad(head + digits + rest, numeric: true) }
    guard zeroPad && align == nil else {
      return pad(head + group(digits, every: every) + rest, numeric: true)
    }
    let minimum = width - head.unicodeScalars.count - rest.unicodeScalars.count
    var (padded, grouped) = (digits, group(digits, every: every))
    while grouped.unicodeScalars.count < minimum {
      padded = "0" + padded
      grouped = group(padded, every: every)
    }
    return head + grouped + rest
  }

  /// Python's refusals of a grouping option with a presentation type that has no groups
  /// (a str's spec without a type has type 's').
  func checkGrouping(_ typeName: String) throws(PyException) {
    guard let grouping else { return }
    guard let type = type ?? (typeName == "str" ? "s" : nil) else { return }
    switch type {
    case "d", "e", "f", "g", "E", "G", "%", "F": return
    // (Underscores every four digits; a `where` would bind to "X" alone.)
    case "b", "o", "x", "X": if grouping == "_" { return }
    default: break
    }
    throw .valueError("Cannot specify '\(grouping)' with '\(FormatSpec.quoted(type))'.")
  }

  /// The sign as the spec writes it: "-" for a negative number, "+" or " " when asked.
  func signText(_ negative: Bool) -> String {
    negative ? "-" : sign == "+" ? "+" : sign == " " ? " " : ""
  }

  func signed(_ body: String, negative: Bool) -> String { signText(negative) + body }

  /// Pads to `width` with `fill` and `align` (numbers right-aligned by default; `0` pads after
  /// the sign).
  func pad(_ text: String, numeric: Bool) -> String {
    guard width > 0 else { return text }
    let n = text.unicodeScalars.count
    guard width > n else { return text }
    var align = self.align ?? (numeric ? ">" : "<")
    var fill = self.fill
    // `0` before the width: zeros for the fill unless one is written, and, for a number
    // with no alignment written, after the sign.
    if zeroPad && !fillGiven { fill = "0" }
    if zeroPad && self.align == nil && numeric { align = "=" }
    let padding = width - n
    switch align {
    case "<": return text + String(filling: fill, count: padding)
    case "^":
      let left = padding / 2
      return String(filling: fill, count: left) + text
        + String(filling: fill, count: padding - left)
    case "=":
      // The padding goes after the sign and the base prefix ('0x', '0o', '0b').
      var head = ""
      var rest = Substring(text)
      if let f = rest.first, "+- ".contains(f) {
        head.append(f)
        rest = rest.dropFirst()
      }
      if alternate, rest.count >= 2, rest.first == "0", let b = rest.dropFirst().first,
        "xXobB".contains(b)
      {
        head += rest.prefix(2)
        rest = rest.dropFirst(2)
      }
      return head + String(filling: fill, count: padding) + rest
    default: return String(filling: fill, count: padding) + text
    }
  }
}
