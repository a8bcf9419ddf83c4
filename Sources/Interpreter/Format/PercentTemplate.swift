import FloatText

/// `"%d items" % n`: printf-style formatting of `str % args`. A template is read once into
/// pieces (a str keeps its own, so a literal template is read the first time it is used):
/// reading `'%.2f'` and building its format spec were most of the time of `'%.2f' % x`.
final class PercentTemplate {
  /// A conversion: `%[(key)][flags][width][.precision]type` (a class: a piece is then one
  /// reference to copy).
  final class Field {
    var key: String?
    var left = false
    var plus = false
    var space = false
    var alternate = false
    var zero = false
    /// Digits.
    var width = ""
    /// Digits (none: zero), or nil when not given.
    var precision: String?
    var type: Unicode.Scalar = "s"
    /// Where the type stands in the template, in code points (for the error).
    var typeIndex = 0
    /// The spec read once, for the common conversions without `*` (nil: not read, or read
    /// with an error, which is then raised where it is used).
    var spec: FormatSpec?

    /// `*` as width or precision: the next argument gives it.
    var takesWidth = false
    var takesPrecision = false

    /// The bare forms written directly, without a format spec: `%d`, `%s`, `%.2f`.
    enum Bare {
      case decimal, text
      case fixed(digits: Int)
    }
    /// Set when the conversion has no key, flags, width or `*` (and a precision only for
    /// `%.Nf`).
    var bare: Bare?

    func findBare() {
      guard
        !left && !plus && !space && !alternate && !zero && width.isEmpty && !takesWidth
          && !takesPrecision
      else { return }
      switch type {
      case "d", "i", "u": if precision == nil { bare = .decimal }
      case "s": if precision == nil { bare = .text }
      case "f", "F": bare = .fixed(digits: precision.map { $0.isEmpty ? 0 : Int($0) ?? -1 } ?? 6)
      default: break
      }
      if case .fixed(let digits) = bare, !(0...100).contains(digits) { bare = nil }
    }

    /// The value in this bare form, when it is one of the plain values the form writes
    /// directly (nil: the general path).
    @inline(__always) func bareText(_ value: Value) -> String? {
      switch (bare, value) {
      case (.decimal?, .int(let i)), (.text?, .int(let i)): return DecimalText.string(i)
      case (.text?, .object(let o)) where o.isExactly(PyStr.self):
        return unsafeDowncast(o, to: PyStr.self).value
      case (.fixed(let digits)?, .float(let d)) where d.isFinite:
        let body = CFormat.fixed(Swift.abs(d), digits: digits)
        return d.sign == .minus ? "-" + body : body
      default: return nil
      }
    }

    /// The format-spec text of this conversion, with the width and precision given.
    func specText(width: String, precision: String?, left: Bool) -> String {
      let digits = precision.map { "." + ($0.isEmpty ? "0" : $0) } ?? ""
      switch type {
      case "s", "r", "a": return (left ? "<" : ">") + width + digits
      case "c": return (left ? "<" : ">") + width
      default:
        let sign = plus ? "+" : space ? " " : ""
        let kind: String
        switch type {
        case "d", "i", "u": kind = ""
        default: kind = String(type)
        }
        return (left ? "<" : "") + sign + (alternate ? "#" : "") + (zero && !left ? "0" : "")
          + width + digits + kind
      }
    }
  }

  enum Piece {
    case text(String)
    case field(Field)
    /// The template ends inside a conversion (raised when formatting reaches it: CPython
    /// reads as it formats, so the conversions before it run first).
    case incomplete(String)
  }

  let pieces: [Piece]

  init(_ template: String) {
    var pieces: [Piece] = []
    var text = ""
    // Code point by code point (Characters cost a grapheme break test each, and their
    // properties a Unicode data lookup).
    let c = Array(template.unicodeScalars)
    func isDigit(_ ch: Unicode.Scalar) -> Bool { ch >= "0" && ch <= "9" }
    func flush() {
      if !text.isEmpty { pieces.append(.text(text)) }
      text = ""
    }
    var i = 0
    while i < c.count {
      guard c[i] == "%" else {
        // The text up to the next '%' at once.
        let start = i
        while i < c.count && c[i] != "%" { i += 1 }
        text.unicodeScalars.append(contentsOf: c[start..<i])
        continue
      }
      i += 1
      if i < c.count && c[i] == "%" {
        text += "%"
        i += 1
        continue
      }
      flush()
      let field = Field()
      if i < c.count && c[i] == "(" {
        guard let end = c[i...].firstIndex(of: ")") else {
          pieces.append(.incomplete("incomplete format key"))
          break
        }
        field.key = String(String.UnicodeScalarView(c[(i + 1)..<end]))
        i = end + 1
      }
      flags: while i < c.count {
        switch c[i] {
        case "-": field.left = true
        case "+": field.plus = true
        case " ": field.space = true
        case "#": field.alternate = true
        case "0": field.zero = true
        default: break flags
        }
        i += 1
      }
      if i < c.count && c[i] == "*" {
        field.takesWidth = true
        i += 1
      } else {
        while i < c.count && isDigit(c[i]) {
          field.width.unicodeScalars.append(c[i])
          i += 1
        }
      }
      if i < c.count && c[i] == "." {
        i += 1
        if i < c.count && c[i] == "*" {
          field.takesPrecision = true
          i += 1
        } else {
          var digits = ""
          while i < c.count && isDigit(c[i]) {
            digits.unicodeScalars.append(c[i])
            i += 1
          }
          field.precision = digits
        }
      }
      guard i < c.count else {
        pieces.append(.incomplete("incomplete format"))
        break
      }
      (field.type, field.typeIndex) = (c[i], i)
      field.findBare()
      i += 1
      if !field.takesWidth && !field.takesPrecision {
        field.spec = try? FormatSpec.parse(
          printf:
            field.specText(width: field.width, precision: field.precision, left: field.left))
      }
      pieces.append(.field(field))
    }
    flush()
    self.pieces = pieces
  }

  func apply(_ args: Value, _ interp: Interpreter) throws(PyException) -> String {
    let tuple = args.as(PyTuple.self)
    let values = tuple?.items ?? [args]
    let mapping = args.as(PyDict.self)
    var next = 0
    func nextValue() throws(PyException) -> Value {
      guard next < values.count else { throw .typeError("not enough arguments for format string") }
      next += 1
      return values[next - 1]
    }
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += text
      case .incomplete(let message): throw .valueError(message)
      case .field(let field):
        var (width, precision, left) = (field.width, field.precision, field.left)
        if field.takesWidth {
          guard case .int(let n) = try nextValue() else { throw .typeError("* wants int") }
          (width, left) = (String(n.magnitude), left || n < 0)
        }
        if field.takesPrecision {
          guard case .int(let n) = try nextValue() else { throw .typeError("* wants int") }
          precision = String(Swift.max(n, 0))
        }
        let value: Value
        if let key = field.key {
          guard let mapping else { throw .typeError("format requires a mapping") }
          value = try mapping.getItem(.str(key), interp)
        } else {
          value = try nextValue()
        }
        if let text = field.bareText(value) {
          out += text
          continue
        }
        func specText() -> String { field.specText(width: width, precision: precision, left: left) }
        func spec() throws(PyException) -> FormatSpec {
          if let once = field.spec { return once }
          return try FormatSpec.parse(printf: specText())
        }
        out += try PercentTemplate.format(value, field, spec, specText, interp)
      }
    }
    // A lone argument nothing used is an error too, unless it could be a mapping (CPython
    // lets any object with __getitem__ other than a str pass: `'x' % [1]` is 'x').
    let lone: Bool
    switch args {
    case .object(let o): lone = o is PyStr
    default: lone = true
    }
    if mapping == nil && next < values.count && (tuple != nil || lone) {
      throw .typeError("not all arguments converted during string formatting")
    }
    return out
  }

  /// One value by one conversion.
  private static func format(
    _ value: Value, _ field: Field, _ spec: () throws(PyException) -> FormatSpec,
    _ specText: () -> String, _ interp: Interpreter
  ) throws(PyException) -> String {
    let type = field.type
    switch type {
    case "s": return try spec().apply(toString: interp.str(value))
    case "r": return try spec().apply(toString: interp.repr(value))
    case "a": return try spec().apply(toString: PyStr.asciiEscaped(interp.repr(value)))
    case "d", "i", "u", "x", "X", "o":
      if value.as(PyBigInt.self) != nil { return try interp.format(value, specText()) }
      let integral = type == "x" || type == "X" || type == "o"
      guard let d = try interp.floatValue(value) else {
        throw .typeError(
          integral
            ? "%\(type) format: an integer is required, not \(value.typeName)"
            : "%\(type) format: a real number is required, not \(value.typeName)")
      }
      if let i = value.asIndexLike.asInt { return try spec().apply(toInt: i) }
      if integral {
        throw .typeError("%\(type) format: an integer is required, not \(value.typeName)")
      }
      guard !d.isNaN else { throw .valueError("cannot convert float NaN to integer") }
      guard d.isFinite else { throw .overflow("cannot convert float infinity to integer") }
      return try interp.format(PyBigInt.truncating(d), specText())
    case "f", "F", "e", "E", "g", "G":
      if case .float(let d) = value { return try spec().apply(toFloat: d) }
      guard let d = try interp.floatValue(value) else {
        throw .typeError("must be real number, not \(value.typeName)")
      }
      return try spec().apply(toFloat: d)
    case "c":
      // An int is a code point; a one-character string itself.
      if case .int(let code) = value.asIndexLike {
        guard code >= 0, code < 0x11_0000, let scalar = Unicode.Scalar(UInt32(code)) else {
          throw .overflow("%c arg not in range(0x110000)")
        }
        return try spec().apply(toString: String(Character(scalar)))
      }
      guard let s = value.as(PyStr.self), s.scalarCount == 1 else {
        throw .typeError("%c requires int or char")
      }
      return try spec().apply(toString: s.value)
    default:
      let code = String(type.value, radix: 16)
      throw .valueError(
        "unsupported format character '\(type)' (0x\(code)) at index \(field.typeIndex)")
    }
  }
}
