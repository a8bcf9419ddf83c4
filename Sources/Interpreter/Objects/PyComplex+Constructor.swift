/// `complex(real=0, imag=0)` and `complex(string)`, with CPython's errors.
extension PyComplex {
  static func install() {
    complexClass.constructor = { (a, interp) throws(PyException) in
      try a.expect("complex", min: 0, max: 2)
      let first = a.parameter(0, "real")
      let second = a.parameter(1, "imag")
      if let text = first?.as(PyStr.self)?.value {
        guard second == nil else {
          throw .typeError("complex() can't take second arg if first is a string")
        }
        guard let parsed = parse(text) else {
          throw .valueError("complex() arg is a malformed string")
        }
        return .object(PyComplex(parsed.0, parsed.1))
      }
      let real =
        try first.map { (v) throws(PyException) in
          try number(v, interp, "complex() first argument must be a string or a number")
        } ?? (0, 0)
      if second?.as(PyStr.self) != nil {
        throw .typeError("complex() second arg can't be a string")
      }
      let imag =
        try second.map { (v) throws(PyException) in
          try number(v, interp, "complex() second argument must be a number")
        } ?? (0, 0)
      // real + imag * 1j, each possibly complex (a part is added only when it came from a
      // complex: `complex(0.0, -0.0)` keeps its negative zero).
      let realIsComplex = first?.as(PyComplex.self) != nil
      let imagIsComplex = second?.as(PyComplex.self) != nil
      guard second != nil else { return .object(PyComplex(real.0, real.1)) }
      return .object(
        PyComplex(
          imagIsComplex ? real.0 - imag.1 : real.0, realIsComplex ? real.1 + imag.0 : imag.0))
    }
  }

  /// A number argument as a complex; an object's `__complex__` or `__float__` is asked.
  private static func number(_ v: Value, _ interp: Interpreter, _ refusal: String)
    throws(PyException) -> (Double, Double)
  {
    if let z = try operand(v) { return z }
    if case .object(let o) = v {
      for hook in ["__complex__", "__float__", "__index__"] {
        if let f = try o.getAttribute(hook, interp), o is PyInstance || hook == "__float__" {
          if let z = try operand(try interp.call(f, Arguments())) { return z }
        }
      }
    }
    throw .typeError("\(refusal), not '\(v.typeName)'")
  }

  /// `1+2j`, `(1-2J)`, `-j`, `1e3`, `infj`, `nan+nanj`, spaces around (and inside
  /// parentheses); nil for anything else.
  static func parse(_ text: String) -> (Double, Double)? {
    var chars = Array(text.unicodeScalars)
    func trim() {
      while let f = chars.first, f.properties.isWhitespace { chars.removeFirst() }
      while let l = chars.last, l.properties.isWhitespace { chars.removeLast() }
    }
    trim()
    if chars.first == "(" && chars.last == ")" && chars.count >= 2 {
      chars = Array(chars.dropFirst().dropLast())
      trim()
    }
    var i = 0
    func isJ(_ k: Int) -> Bool { k < chars.count && (chars[k] == "j" || chars[k] == "J") }
    /// A float (signed) starting at `i`: its value, and `i` moved past it.
    func float() -> Double? {
      var end = i
      if end < chars.count && (chars[end] == "+" || chars[end] == "-") { end += 1 }
      let lettersStart = end
      while end < chars.count && chars[end].properties.isAlphabetic && !isJ(end) { end += 1 }
      if end > lettersStart {
        let word = String(String.UnicodeScalarView(chars[i..<end])).lowercased()
        let bare = word.trimmingPrefix(while: { $0 == "+" || $0 == "-" })
        guard ["inf", "infinity", "nan"].contains(String(bare)), let d = Double(word) else {
          return nil
        }
        i = end
        return d
      }
      var digits = false
      while end < chars.count
        && (chars[end].properties.numericType == .decimal && chars[end].isASCII
          || chars[end] == "_")
      {
        digits = true
        end += 1
      }
      if end < chars.count && chars[end] == "." {
        end += 1
        while end < chars.count && chars[end].isASCII
          && chars[end].properties.numericType == .decimal
        {
          digits = true
          end += 1
        }
      }
      guard digits else { return nil }
      if end < chars.count && (chars[end] == "e" || chars[end] == "E") {
        var e = end + 1
        if e < chars.count && (chars[e] == "+" || chars[e] == "-") { e += 1 }
        let start = e
        while e < chars.count && chars[e].isASCII && chars[e].properties.numericType == .decimal {
          e += 1
        }
        if e > start { end = e }
      }
      let literal = String(String.UnicodeScalarView(chars[i..<end])).filter { $0 != "_" }
      guard let d = Double(literal) else { return nil }
      i = end
      return d
    }
    var real = 0.0
    var imag = 0.0
    if let x = float() {
      if isJ(i) {
        imag = x
        i += 1
      } else {
        real = x
        if i < chars.count && (chars[i] == "+" || chars[i] == "-") {
          let negative = chars[i] == "-"
          if isJ(i + 1) {
            imag = negative ? -1 : 1
            i += 2
          } else {
            guard let y = float(), isJ(i) else { return nil }
            imag = y
            i += 1
          }
        }
      }
    } else {
      var sign = 1.0
      if i < chars.count && (chars[i] == "+" || chars[i] == "-") {
        sign = chars[i] == "-" ? -1 : 1
        i += 1
      }
      guard isJ(i) else { return nil }
      imag = sign
      i += 1
    }
    return i == chars.count ? (real, imag) : nil
  }
}
