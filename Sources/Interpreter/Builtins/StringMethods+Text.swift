/// More `str` methods: case tests and conversions, right-hand searches and splits,
/// partitions, lines and tabs, with CPython's results.
extension StringMethods {
  static func installMore() {
    let c = PyClass.str
    func receiver(_ a: Arguments) throws(PyException) -> String {
      try a.receiver(PyStr.self, "str").value
    }
    c.method("swapcase") { (a, _) throws(PyException) in
      .str(
        String(
          try receiver(a).map { ch in
            ch.isUppercase ? ch.lowercased() : ch.isLowercase ? ch.uppercased() : String(ch)
          }.joined()))
    }
    c.method("casefold") { (a, _) throws(PyException) in .str(TextCase.casefold(try receiver(a))) }
    for (name, test) in [
      ("isupper", { (s: String) in cased(s) && !s.contains { $0.isLowercase } }),
      ("islower", { (s: String) in cased(s) && !s.contains { $0.isUppercase } }),
      ("isalnum", { (s: String) in !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber } }),
      ("istitle", { (s: String) in isTitle(s) }),
      (
        "isnumeric",
        { (s: String) in
          !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
        }
      ),
      (
        "isdecimal",
        { (s: String) in
          !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }
        }
      ),
      ("isascii", { (s: String) in s.unicodeScalars.allSatisfy { $0.isASCII } }),
      (
        "isidentifier",
        { (s: String) in
          guard let first = s.unicodeScalars.first,
            first == "_" || first.properties.isXIDStart
          else { return false }
          return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
        }
      ),
      ("isprintable", { (s: String) in s.unicodeScalars.allSatisfy(PyStr.isPrintable) }),
    ] {
      c.method(name) { (a, _) throws(PyException) in .bool(test(try receiver(a))) }
    }
    c.method("removeprefix") { (a, _) throws(PyException) in
      try a.expectMethod("str.removeprefix", min: 1, max: 1)
      let (s, prefix) = (try receiver(a), try a.string(1, "must be str"))
      return .str(s.hasPrefix(prefix) ? String(s.dropFirst(prefix.count)) : s)
    }
    c.method("removesuffix") { (a, _) throws(PyException) in
      try a.expectMethod("str.removesuffix", min: 1, max: 1)
      let (s, suffix) = (try receiver(a), try a.string(1, "must be str"))
      return .str(s.hasSuffix(suffix) && !suffix.isEmpty ? String(s.dropLast(suffix.count)) : s)
    }
    // str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. A
    // static method: `s.maketrans(x, y)` on an instance takes no receiver either.
    c.attributes["maketrans"] = .object(
      PyStaticMethod(
        .object(
          PyBuiltinFunction("maketrans") { (a, interp) throws(PyException) in
            let table = PyDict()
            if a.count == 1 {
              guard let d = try a[0].as(PyDict.self) else {
                throw .typeError("if you give only one argument to maketrans it must be a dict")
              }
              for (k, v) in zip(d.keys, d.values) {
                if let text = k.as(PyStr.self)?.value, text.unicodeScalars.count == 1 {
                  try table.set(.int(Int(text.unicodeScalars.first!.value)), v, interp)
                } else {
                  try table.set(k, v, interp)
                }
              }
              return .object(table)
            }
            let from = Array(try a.string(0, "must be str").unicodeScalars)
            let to = Array(try a.string(1, "must be str").unicodeScalars)
            guard from.count == to.count else {
              throw .valueError("the first two maketrans arguments must have equal length")
            }
            for (x, y) in zip(from, to) {
              try table.set(.int(Int(x.value)), .int(Int(y.value)), interp)
            }
            if a.count > 2 {
              for z in try a.string(2, "must be str").unicodeScalars {
                try table.set(.int(Int(z.value)), .none, interp)
              }
            }
            return .object(table)
          })))
    c.method("translate") { (a, interp) throws(PyException) in
      try a.expectMethod("str.translate", min: 1, max: 1)
      let s = try receiver(a)
      let table = try a[1]
      var out = String.UnicodeScalarView()
      for scalar in s.unicodeScalars {
        let mapped: Value
        do throws(PyException) {
          mapped = try interp.getItem(table, .int(Int(scalar.value)))
        } catch {
          guard error.isInstance(of: .lookupError) else { throw error }
          out.append(scalar)
          continue
        }
        switch mapped {
        case .none: continue
        case .int(let code):
          guard let u = Unicode.Scalar(UInt32(clamping: code)) else {
            throw .valueError("character mapping must be in range(0x110000)")
          }
          out.append(u)
        default:
          guard let text = mapped.as(PyStr.self)?.value else {
            throw .typeError("character mapping must return integer, None or str")
          }
          out.append(contentsOf: text.unicodeScalars)
        }
      }
      return .str(String(out))
    }
    c.method("rfind") { (a, _) throws(PyException) in
      try a.expectMethod("str.rfind", min: 1, max: 3)
      guard let (text, offset) = try window(a) else { return .int(-1) }
      return .int(
        TextSearch.lastIndex(of: try a.string(1, "must be str"), in: text).map { $0 + offset } ?? -1
      )
    }
    c.method("rindex") { (a, _) throws(PyException) in
      try a.expectMethod("str.rindex", min: 1, max: 3)
      guard let (text, offset) = try window(a),
        let i = TextSearch.lastIndex(of: try a.string(1, "must be str"), in: text).map({
          $0 + offset
        })
      else {
        throw .valueError("substring not found")
      }
      return .int(i)
    }
    c.method("rsplit") { (a, _) throws(PyException) in
      let sep = try separator(a)
      let maxsplit = a.count > 2 ? try a.int(2) : (a.keyword("maxsplit")?.asInt ?? -1)
      // Splitting from the right is splitting the reversed text from the left.
      let reversedSep = sep.map { $0.scalarsReversed }
      let parts = split(try receiver(a).scalarsReversed, reversedSep, maxsplit)
      return .list(parts.reversed().map { .str($0.scalarsReversed) })
    }
    c.method("partition") { (a, _) throws(PyException) in
      let (s, sep) = (try receiver(a), try a.string(1, "must be str"))
      guard !sep.isEmpty else { throw .valueError("empty separator") }
      guard let i = TextSearch.firstIndex(of: sep, in: s) else {
        return .tuple([.str(s), .str(""), .str("")])
      }
      return .tuple(parts(s, at: i, sep))
    }
    c.method("rpartition") { (a, _) throws(PyException) in
      let (s, sep) = (try receiver(a), try a.string(1, "must be str"))
      guard !sep.isEmpty else { throw .valueError("empty separator") }
      guard let i = TextSearch.lastIndex(of: sep, in: s) else {
        return .tuple([.str(""), .str(""), .str(s)])
      }
      return .tuple(parts(s, at: i, sep))
    }
    c.method("splitlines") { (a, interp) throws(PyException) in
      let keep =
        try a.parameter(1, "keepends").map { (v) throws(PyException) in
          try interp.isTruthy(v)
        } ?? false
      var lines: [Value] = []
      var current = ""
      for ch in try receiver(a) {
        if ch.isNewline {
          lines.append(.str(keep ? current + String(ch) : current))
          current = ""
        } else {
          current.append(ch)
        }
      }
      if !current.isEmpty { lines.append(.str(current)) }
      return .list(lines)
    }
    c.method("expandtabs") { (a, _) throws(PyException) in
      let size =
        try a.parameter(1, "tabsize").map { (v) throws(PyException) in
          try Arguments.index(v)
        } ?? 8
      guard size <= Int(Int32.max) else {
        throw .overflow("Python int too large to convert to C int")
      }
      try SequenceBudget.check(size, 1)
      var out = ""
      var column = 0
      for ch in try receiver(a) {
        if ch == "\t" {
          let spaces = size > 0 ? size - column % size : 0
          out += String(filling: " ", count: spaces)
          column += spaces
        } else {
          out.append(ch)
          column = ch.isNewline ? 0 : column + 1
        }
      }
      return .str(out)
    }
  }

  /// The text before the separator found at scalar offset `i`, the separator, the rest.
  private static func parts(_ s: String, at i: Int, _ sep: String) -> [Value] {
    let scalars = Array(s.unicodeScalars)
    let end = i + sep.unicodeScalars.count
    var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
    before.append(contentsOf: scalars[..<i])
    after.append(contentsOf: scalars[end...])
    return [.str(String(before)), .str(sep), .str(String(after))]
  }

  /// Has at least one cased character.
  private static func cased(_ s: String) -> Bool { s.contains { $0.isUppercase || $0.isLowercase } }

  /// Uppercase only after uncased characters, lowercase only after cased ones.
  private static func isTitle(_ s: String) -> Bool {
    var previousCased = false
    var sawCased = false
    // (By code point, as CPython: a titlecase letter counts as an uppercase one.)
    for u in s.unicodeScalars {
      if u.properties.isUppercase || u.properties.generalCategory == .titlecaseLetter {
        if previousCased { return false }
        previousCased = true
        sawCased = true
      } else if u.properties.isLowercase {
        if !previousCased { return false }
        previousCased = true
        sawCased = true
      } else {
        previousCased = false
      }
    }
    return sawCased
  }

}
