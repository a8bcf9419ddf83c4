/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[1]}`, `!r`/`!s`, `:spec`.
enum StrFormat {
  static func apply(_ template: String, _ args: Arguments, _ interp: Interpreter)
    throws(PyException) -> String
  {
    // Code point by code point (Characters cost a grapheme break test each).
    let c = Array(template.unicodeScalars)
    var out = ""
    var i = 0
    var auto = 0
    while i < c.count {
      let ch = c[i]
      if ch == "{" {
        if i + 1 < c.count && c[i + 1] == "{" {
          out.append("{")
          i += 2
          continue
        }
        var j = i + 1
        var depth = 1
        while j < c.count {
          if c[j] == "{" { depth += 1 }
          if c[j] == "}" {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        guard j < c.count else { throw .valueError("Single '{' encountered in format string") }
        if j == i + 1 {
          // `{}`: the next positional argument, formatted plainly.
          guard auto < args.count else {
            throw .indexError("Replacement index \(auto) out of range for positional args tuple")
          }
          out += try Compiler.fieldText(args[auto], interp)
          auto += 1
        } else {
          out += try field(
            String(String.UnicodeScalarView(c[(i + 1)..<j])), args, &auto, interp)
        }
        i = j + 1
      } else if ch == "}" {
        guard i + 1 < c.count && c[i + 1] == "}" else {
          throw .valueError("Single '}' encountered in format string")
        }
        out.append("}")
        i += 2
      } else {
        // The text up to the next brace at once.
        let start = i
        while i < c.count && c[i] != "{" && c[i] != "}" { i += 1 }
        out.unicodeScalars.append(contentsOf: c[start..<i])
      }
    }
    return out
  }

  private static func field(
    _ text: String, _ args: Arguments, _ auto: inout Int, _ interp: Interpreter
  ) throws(PyException) -> String {
    var name = text
    var spec = ""
    var conversion: Character?
    if let colon = text.firstIndex(of: ":") {
      name = String(text[..<colon])
      spec = String(text[text.index(after: colon)...])
    }
    if let bang = name.firstIndex(of: "!") {
      conversion = name[name.index(after: bang)...].first
      name = String(name[..<bang])
    }
    if spec.utf8.contains(UInt8(ascii: "{")) { spec = try apply(spec, args, interp) }
    // The first part names the argument; `.attr` and `[key]` follow.
    let head = name.prefix { $0 != "." && $0 != "[" }
    var rest = name.dropFirst(head.count)
    var value: Value
    if head.isEmpty {
      guard auto < args.count else {
        throw .indexError("Replacement index \(auto) out of range for positional args tuple")
      }
      value = try args[auto]
      auto += 1
    } else if let index = Int(head) {
      guard index < args.count else {
        throw .indexError("Replacement index \(index) out of range for positional args tuple")
      }
      value = try args[index]
    } else {
      guard let v = args.keyword(String(head)) else { throw .keyError(.str(String(head))) }
      value = v
    }
    while let first = rest.first {
      if first == "." {
        let attr = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
        value = try interp.getAttribute(value, String(attr))
        rest = rest.dropFirst(1 + attr.count)
      } else {
        let key = rest.dropFirst().prefix { $0 != "]" }
        value = try interp.getItem(value, Int(key).map { Value.int($0) } ?? .str(String(key)))
        rest = rest.dropFirst(key.count + 2)
      }
    }
    if conversion == "r" { value = .str(try interp.repr(value)) }
    if conversion == "s" { value = .str(try interp.str(value)) }
    return try interp.format(value, spec)
  }
}

/// `"%d items" % n`: printf-style formatting of `str % args`.
enum PercentFormat {
  static func apply(_ template: String, _ args: Value, _ interp: Interpreter) throws(PyException)
    -> String
  {
    let values = args.as(PyTuple.self)?.items ?? [args]
    let mapping = args.as(PyDict.self)
    var next = 0
    var out = ""
    // Code point by code point (Characters cost a grapheme break test each, and their
    // properties a Unicode data lookup).
    let c = Array(template.unicodeScalars)
    func isDigit(_ ch: Unicode.Scalar) -> Bool { ch >= "0" && ch <= "9" }
    var i = 0
    while i < c.count {
      guard c[i] == "%" else {
        // The text up to the next '%' at once.
        let start = i
        while i < c.count && c[i] != "%" { i += 1 }
        out.unicodeScalars.append(contentsOf: c[start..<i])
        continue
      }
      i += 1
      guard i < c.count else { throw .valueError("incomplete format") }
      var key: String?
      if c[i] == "(" {
        let end = c[i...].firstIndex(of: ")") ?? c.count
        key = String(String.UnicodeScalarView(c[(i + 1)..<end]))
        i = end + 1
      }
      var (left, plus, space, zero) = (false, false, false, false)
      while i < c.count && (c[i] == "-" || c[i] == "+" || c[i] == " " || c[i] == "#" || c[i] == "0")
      {
        switch c[i] {
        case "-": left = true
        case "+": plus = true
        case " ": space = true
        case "0": zero = true
        default: break
        }
        i += 1
      }
      var width = ""
      while i < c.count && (isDigit(c[i]) || c[i] == "*") {
        width.unicodeScalars.append(c[i])
        i += 1
      }
      var precision: String?
      if i < c.count && c[i] == "." {
        i += 1
        precision = ""
        while i < c.count && isDigit(c[i]) {
          precision!.unicodeScalars.append(c[i])
          i += 1
        }
      }
      guard i < c.count else { throw .valueError("incomplete format") }
      let type = c[i]
      i += 1
      if type == "%" {
        out.append("%")
        continue
      }
      let value: Value
      if let key, let mapping {
        value = try mapping.getItem(.str(key), interp)
      } else {
        guard next < values.count else {
          throw .typeError("not enough arguments for format string")
        }
        value = values[next]
        next += 1
      }
      var spec = ""
      if left { spec += "<" } else if zero { spec += "0" }
      if plus || space {
        spec = (left ? "<" : "") + (plus ? "+" : " ") + (zero && !left ? "0" : "")
      }
      spec += width
      if let precision { spec += "." + (precision.isEmpty ? "0" : precision) }
      // Strings right-align unless '-' is given ('0' and '+' do not apply to them).
      var textSpec = (left ? "<" : ">") + width
      if let precision { textSpec += "." + (precision.isEmpty ? "0" : precision) }
      switch type {
      case "s": out += try FormatSpec.parse(textSpec).apply(toString: try interp.str(value))
      case "r": out += try FormatSpec.parse(textSpec).apply(toString: try interp.repr(value))
      case _ where "diuxXo".unicodeScalars.contains(type) && value.as(PyBigInt.self) != nil:
        out += try interp.format(
          value, spec + ("xXo".unicodeScalars.contains(type) ? String(type) : ""))
      case "d", "i", "u":
        guard let d = try interp.floatValue(value) else {
          throw .typeError("%\(type) format: a real number is required, not \(value.typeName)")
        }
        if let i = value.asIndexLike.asInt {
          out += try interp.format(.int(i), spec)
        } else {
          guard !d.isNaN else { throw .valueError("cannot convert float NaN to integer") }
          guard d.isFinite else { throw .overflow("cannot convert float infinity to integer") }
          out += try interp.format(PyBigInt.truncating(d), spec)
        }
      case "f", "F", "e", "E", "g", "G", "x", "X", "o":
        guard let number = try interp.floatValue(value) else {
          throw .typeError("must be real number, not \(value.typeName)")
        }
        let integral = type == "x" || type == "X" || type == "o"
        if integral && value.asIndexLike.asInt == nil {
          throw .typeError("%\(type) format: an integer is required, not \(value.typeName)")
        }
        let v: Value =
          integral ? .int(value.asIndexLike.asInt ?? 0) : .float(number)
        out += try interp.format(v, spec + String(type))
      case "c":
        // An int is a code point; a one-character string itself.
        var text = try interp.str(value)
        if case .int(let code) = value, let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0)))
        {
          text = String(Character(scalar))
        }
        out += try FormatSpec.parse((left ? "<" : ">") + width).apply(toString: text)
      default:
        throw .valueError("unsupported format character '\(type)'")
      }
    }
    // A lone argument nothing used is an error too, unless it could be a mapping (CPython
    // lets any object with __getitem__ other than a str pass: `'x' % [1]` is 'x').
    let lone: Bool
    switch args {
    case .object(let o): lone = o is PyStr
    default: lone = true
    }
    if mapping == nil && next < values.count && (args.as(PyTuple.self) != nil || lone) {
      throw .typeError("not all arguments converted during string formatting")
    }
    return out
  }
}
