import FloatText

/// Python's format-spec mini-language: `[[fill]align][sign][#][0][width][,_][.precision][type]`.
public struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  var alternate = false
  var zeroPad = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?

  public static func parse(_ spec: String) throws(PyException) -> FormatSpec {
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
      s.align = Character(c[1])
      i = 2
    } else if c.count >= 1 && isAlign(c[0]) {
      s.align = Character(c[0])
      i = 1
    }
    if i < c.count && (c[i] == "+" || c[i] == "-" || c[i] == " ") {
      s.sign = Character(c[i])
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
    if i < c.count {
      s.type = Character(c[i])
      i += 1
    }
    guard i == c.count else { throw .valueError("Invalid format specifier '\(spec)'") }
    return s
  }

  // MARK: - Applying

  func apply(toString value: String) throws(PyException) -> String {
    try checkGrouping()
    if let type, type != "s" {
      throw .valueError("Unknown format code '\(type)' for object of type 'str'")
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
    try checkGrouping()
    switch type {
    case nil, "d", "n":
      return number(signText(negative), digits: magnitude(10), rest: "", every: 3)
    case "b", "o", "x", "X":
      let radix = type == "b" ? 2 : type == "o" ? 8 : 16
      var digits = magnitude(radix)
      if type == "X" { digits = digits.uppercased() }
      let prefix = alternate ? "0" + String(type!) : ""
      return number(signText(negative) + prefix, digits: digits, rest: "", every: 4)
    case "c":
      guard let scalar, let character = UnicodeScalar(scalar) else {
        throw .overflow("%c arg not in range(0x110000)")
      }
      return pad(String(Character(character)), numeric: false)
    case "e", "E", "f", "F", "g", "G", "%":
      return try apply(toFloat: asDouble())
    default:
      throw .valueError("Unknown format code '\(type!)' for object of type '\(typeName)'")
    }
  }

  func apply(toFloat value: Double) throws(PyException) -> String {
    try checkGrouping()
    let negative = value.sign == .minus && !value.isNaN
    let x = abs(value)
    var body: String
    switch type {
    case nil, "f", "F", "e", "E", "g", "G", "%", "n": break
    default: throw .valueError("Unknown format code '\(type!)' for object of type 'float'")
    }
    if !x.isFinite {
      body = x.isNaN ? "nan" : "inf"
      if type == "E" || type == "F" || type == "G" { body = body.uppercased() }
      if type == "%" { body += "%" }
      return pad(signed(body, negative: negative), numeric: true)
    }
    switch type {
    case "f", "F":
      body = CFormat.fixed(x, digits: precision ?? 6)
    case "e", "E":
      body = CFormat.scientific(x, digits: precision ?? 6)
    case "%":
      body = CFormat.fixed(x * 100, digits: precision ?? 6) + "%"
    case "g", "G":
      body = FormatSpec.general(x, precision: precision ?? 6, alternate: alternate)
    case nil:
      if let p = precision {
        // Like 'g', but fixed-point output keeps at least one digit after the point.
        body = FormatSpec.general(x, precision: max(p, 1), alternate: alternate)
        if !body.utf8.contains(UInt8(ascii: ".")) && !body.utf8.contains(UInt8(ascii: "e")) {
          body += ".0"
        }
      } else {
        body = PythonFloat.repr(x)
      }
    default:
      throw .valueError("Unknown format code '\(type!)' for object of type 'float'")
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

  static func general(_ x: Double, precision: Int, alternate: Bool) -> String {
    let p = max(precision, 1)
    if x == 0 { return alternate ? "0." + String(repeating: "0", count: p - 1) : "0" }
    let sci = CFormat.scientific(x, digits: p - 1)
    let exp = Int(sci.split(separator: "e")[1])!
    var out: String
    if exp >= -4 && exp < p {
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

  /// Python's refusals of a grouping option with a presentation type that has no groups.
  func checkGrouping() throws(PyException) {
    guard let grouping else { return }
    let refused: Bool
    switch type {
    case "n", "c", "s": refused = true
    case "b", "o", "x", "X": refused = grouping == ","
    default: refused = false
    }
    if refused { throw .valueError("Cannot specify '\(grouping)' with '\(type!)'.") }
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
    if zeroPad && self.align == nil && numeric {
      align = "="
      fill = "0"
    }
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
