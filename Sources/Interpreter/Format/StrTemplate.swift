/// `str.format`'s template: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[1]}`, `!r`/`!s`/`!a`,
/// `:spec` (fields inside a spec too), read once into pieces as CPython's parser reads it (a
/// str keeps its own). A malformed template raises where CPython's reading reaches the error:
/// the fields before it are formatted first.
final class StrTemplate {
  /// One replacement field (a class: a piece is then one reference to copy).
  final class Field {
    enum Argument {
      case automatic
      case index(Int)
      case keyword(String)
    }
    enum Step {
      case attribute(String)
      case item(Value)
      /// A malformed name from here on, raised when the lookup gets here.
      case invalid(String)
    }
    var argument = Argument.automatic
    var steps: [Step] = []
    var conversion: Unicode.Scalar?
    var spec = ""
    /// The spec read once (nil: empty, holding fields, or refused when used).
    var parsedSpec: FormatSpec?
    /// A spec holding fields of its own, formatted with the same arguments first.
    var nestedSpec: StrTemplate?
  }

  enum Piece {
    case text(String)
    case field(Field)
    case failure(String)
  }

  let pieces: [Piece]

  init(_ template: String) {
    var pieces: [Piece] = []
    // Code point by code point (Characters cost a grapheme break test each).
    let c = Array(template.unicodeScalars)
    let n = c.count
    var text = ""
    func flush() {
      if !text.isEmpty { pieces.append(.text(text)) }
      text = ""
    }
    func fail(_ message: String) {
      flush()
      pieces.append(.failure(message))
    }
    var i = 0
    reading: while i < n {
      let ch = c[i]
      if ch == "}" {
        guard i + 1 < n && c[i + 1] == "}" else {
          fail("Single '}' encountered in format string")
          break
        }
        text += "}"
        i += 2
        continue
      }
      guard ch == "{" else {
        // The text up to the next brace at once.
        let start = i
        while i < n && c[i] != "{" && c[i] != "}" { i += 1 }
        text.unicodeScalars.append(contentsOf: c[start..<i])
        continue
      }
      guard i + 1 < n else {
        fail("Single '{' encountered in format string")
        break
      }
      if c[i + 1] == "{" {
        text += "{"
        i += 2
        continue
      }
      // A field: its name up to '!', ':' or '}' ('[' skips to its ']').
      var j = i + 1
      while j < n && c[j] != "!" && c[j] != ":" && c[j] != "}" {
        if c[j] == "[" {
          while j < n && c[j] != "]" { j += 1 }
          if j == n { break }
        }
        j += 1
      }
      guard j < n else {
        fail("expected '}' before end of string")
        break
      }
      let field = Field()
      StrTemplate.readName(c[(i + 1)..<j], into: field)
      if c[j] == "!" {
        guard j + 1 < n else {
          fail("end of string while looking for conversion specifier")
          break
        }
        field.conversion = c[j + 1]
        j += 2
        guard j < n else {
          fail("unmatched '{' in format spec")
          break
        }
        guard c[j] == ":" || c[j] == "}" else {
          fail("expected ':' after conversion specifier")
          break
        }
      }
      if c[j] == ":" {
        let start = j + 1
        var (depth, nested) = (1, false)
        j = start
        while j < n {
          if c[j] == "{" {
            depth += 1
            nested = true
          } else if c[j] == "}" {
            depth -= 1
            if depth == 0 { break }
          }
          j += 1
        }
        guard j < n else {
          fail("unmatched '{' in format spec")
          break reading
        }
        field.spec = String(String.UnicodeScalarView(c[start..<j]))
        if nested {
          field.nestedSpec = StrTemplate(field.spec)
        } else if !field.spec.isEmpty {
          field.parsedSpec = try? FormatSpec.parse(field.spec, for: "")
        }
      }
      flush()
      pieces.append(.field(field))
      i = j + 1
    }
    flush()
    self.pieces = pieces
  }

  /// The argument a field name gives, and the attributes and items looked up from it.
  private static func readName(_ name: ArraySlice<Unicode.Scalar>, into field: Field) {
    var i = name.startIndex
    while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
    let head = String(String.UnicodeScalarView(name[name.startIndex..<i]))
    if head.isEmpty {
      field.argument = .automatic
    } else if head.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) {
      guard let index = Int(head) else {
        field.steps = [.invalid("Too many decimal digits in format string")]
        return
      }
      field.argument = .index(index)
    } else {
      field.argument = .keyword(head)
    }
    while i < name.endIndex {
      if name[i] == "." {
        var j = i + 1
        while j < name.endIndex && name[j] != "." && name[j] != "[" { j += 1 }
        guard j > i + 1 else {
          field.steps.append(.invalid("Empty attribute in format string"))
          return
        }
        field.steps.append(.attribute(String(String.UnicodeScalarView(name[(i + 1)..<j]))))
        i = j
      } else {
        var j = i + 1
        while j < name.endIndex && name[j] != "]" { j += 1 }
        guard j < name.endIndex else {
          field.steps.append(.invalid("Missing ']' in format string"))
          return
        }
        let key = String(String.UnicodeScalarView(name[(i + 1)..<j]))
        guard !key.isEmpty else {
          field.steps.append(.invalid("Empty attribute in format string"))
          return
        }
        let isIndex = key.unicodeScalars.allSatisfy { $0 >= "0" && $0 <= "9" }
        field.steps.append(.item(isIndex ? Int(key).map { .int($0) } ?? .str(key) : .str(key)))
        i = j + 1
        if i < name.endIndex && name[i] != "." && name[i] != "[" {
          field.steps.append(
            .invalid("Only '.' or '[' may follow ']' in format field specifier"))
          return
        }
      }
    }
  }

  /// Automatic numbering's next index, and whether fields were numbered by hand or
  /// automatically (CPython refuses to mix them).
  struct Numbering {
    var next = 0
    var manual: Bool?
  }

  func apply(
    _ positional: ArraySlice<Value>, _ keywords: [(name: String, value: Value)],
    _ interp: Interpreter
  ) throws(PyException) -> String {
    var numbering = Numbering()
    return try apply(positional, keywords, &numbering, depth: 2, interp)
  }

  private func apply(
    _ positional: ArraySlice<Value>, _ keywords: [(name: String, value: Value)],
    _ numbering: inout Numbering, depth: Int, _ interp: Interpreter
  ) throws(PyException) -> String {
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let text): out += text
      case .failure(let message): throw .valueError(message)
      case .field(let field):
        var value = try argument(field.argument, positional, keywords, &numbering)
        for step in field.steps {
          switch step {
          case .attribute(let name): value = try interp.getAttribute(value, name)
          case .item(let key): value = try interp.getItem(value, key)
          case .invalid(let message): throw .valueError(message)
          }
        }
        if let conversion = field.conversion {
          switch conversion {
          case "r": value = .str(try interp.repr(value))
          case "s": value = .str(try interp.str(value))
          case "a": value = .str(PyStr.asciiEscaped(try interp.repr(value)))
          default: throw .valueError("Unknown conversion specifier \(conversion)")
          }
        }
        if let nested = field.nestedSpec {
          guard depth > 1 else { throw .valueError("Max string recursion exceeded") }
          let spec = try nested.apply(positional, keywords, &numbering, depth: depth - 1, interp)
          out += try interp.format(value, spec)
        } else if field.spec.isEmpty {
          out += try Compiler.fieldText(value, interp)
        } else if let parsed = field.parsedSpec, case .float(let d) = value {
          out += try parsed.apply(toFloat: d)
        } else if let parsed = field.parsedSpec, case .int(let i) = value {
          out += try parsed.apply(toInt: i)
        } else {
          out += try interp.format(value, field.spec)
        }
      }
    }
    return out
  }

  private func argument(
    _ argument: Field.Argument, _ positional: ArraySlice<Value>,
    _ keywords: [(name: String, value: Value)], _ numbering: inout Numbering
  ) throws(PyException) -> Value {
    let index: Int
    switch argument {
    case .keyword(let name):
      guard let found = keywords.first(where: { $0.name == name }) else {
        throw .keyError(.str(name))
      }
      return found.value
    case .automatic:
      if numbering.manual == true {
        throw .valueError(
          "cannot switch from manual field specification to automatic field numbering")
      }
      numbering.manual = false
      index = numbering.next
      numbering.next += 1
    case .index(let i):
      if numbering.manual == false {
        throw .valueError(
          "cannot switch from automatic field numbering to manual field specification")
      }
      numbering.manual = true
      index = i
    }
    guard index < positional.count else {
      throw .indexError("Replacement index \(index) out of range for positional args tuple")
    }
    return positional[positional.startIndex + index]
  }
}
