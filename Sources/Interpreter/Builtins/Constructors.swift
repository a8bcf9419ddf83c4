import FloatText

/// What calling a built-in type does: `int("3")`, `list(range(3))`, `dict(a=1)`.
enum Constructors {
  static func install() {
    installIterators()
    PyClass.int.constructor = { (a, interp) throws(PyException) in
      try a.expect("int", min: 0, max: 2)
      guard a.count > 0 else { return .int(0) }
      if a.count > 1 || a.keyword("base") != nil, try a[0].as(PyStr.self) == nil,
        try a[0].as(PyBytes.self) == nil
      {
        throw .typeError("int() can't convert non-string with explicit base")
      }
      switch try a[0] {
      case .int(let i): return .int(i)
      case .bool(let b): return .int(b ? 1 : 0)
      case .object(let o) where o is PyBigInt: return .object(o)
      case .float(let d): return try PyBigInt.integral(d)
      case .object(let o) where o is PyBytes:
        // `int(b'0644', 8)`: the bytes read as text (a bad literal names the bytes).
        var text = a
        text.positional[0] = .str(String(decoding: (o as! PyBytes).bytes, as: UTF8.self))
        do throws(PyException) {
          return try PyClass.int.constructor!(text, interp)
        } catch {
          guard error.isInstance(of: .valueError),
            let prefix = error.message(interp).split(
              separator: ":", maxSplits: 1
            ).first
          else { throw error }
          throw .valueError("\(prefix): \(try o.repr(interp))")
        }
      case .object(let o):
        if let s = o as? PyStr {
          // Plain decimal digits with an optional sign, the usual case, read directly.
          if a.count == 1, a.keywords.isEmpty, let v = Int(s.value) { return .int(v) }
          let baseValue = a.count > 1 ? try a[1] : a.keyword("base")
          guard baseValue.map({ if case .int = $0.asIndexLike { true } else { false } }) ?? true
          else {
            throw .typeError(
              "'\(baseValue!.typeName)' object cannot be interpreted as an integer")
          }
          let givenBase = baseValue?.asIndexLike.asInt ?? 10
          var base = givenBase
          guard base == 0 || (2...36).contains(base) else {
            throw .valueError("int() base must be >= 2 and <= 36, or 0")
          }
          let trimmed = s.value.trimmingCharacters(whitespace: true)
          // An underscore stands between two digits (or after a base prefix: '0x_ff'), as
          // in Python: not first, last or doubled.
          if trimmed.utf8.contains(UInt8(ascii: "_")) {
            let scalars = Array(trimmed.unicodeScalars)
            func isDigit(_ j: Int) -> Bool {
              guard scalars.indices.contains(j) else { return false }
              let properties = scalars[j].properties
              return properties.isAlphabetic || properties.numericType != nil
            }
            for (i, c) in scalars.enumerated() where c == "_" && !(isDigit(i - 1) && isDigit(i + 1))
            {
              throw .valueError(
                "invalid literal for int() with base \(givenBase): \(PyStr.repr(s.value))")
            }
          }
          var text = trimmed.replacingAll("_", with: "")
          // Any script's decimal digits count, as in Python (`int('٣')` is 3).
          if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            var ascii = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
              if scalar.properties.numericType == .decimal,
                let digit = scalar.properties.numericValue, let d = Int(exactly: digit)
              {
                ascii.append(Unicode.Scalar(UInt8(48 + d)))
              } else {
                ascii.append(scalar)
              }
            }
            text = String(ascii)
          }
          // Base 0 reads the literal's own prefix, as Python source does.
          if base == 0 {
            let body = text.drop { $0 == "+" || $0 == "-" }.lowercased()
            let sign = text.hasPrefix("-") ? "-" : ""
            for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
              base = radix
              text = sign + body.dropFirst(2)
            }
            if base == 0 { base = 10 }
          } else {
            // A prefix that names the base itself is allowed: int('0x1f', 16).
            let prefix = [16: "0x", 8: "0o", 2: "0b"][base]
            let body = text.drop { $0 == "+" || $0 == "-" }.lowercased()
            if let prefix, body.hasPrefix(prefix) {
              text = (text.hasPrefix("-") ? "-" : "") + body.dropFirst(2)
            }
          }
          if let v = Int(text, radix: base) { return .int(v) }
          guard let v = PyBigInt.parse(text[...], radix: base) else {
            throw .valueError(
              "invalid literal for int() with base \(givenBase): \(PyStr.repr(s.value))")
          }
          if base & (base - 1) != 0 && text.count > 4300 {
            throw .valueError(
              "Exceeds the limit (4300 digits) for integer string conversion: value has \(text.count) digits; use sys.set_int_max_str_digits() to increase the limit"
            )
          }
          return v
        }
        if let v = try o.getAttribute("__int__", interp) { return try interp.call(v, Arguments()) }
        throw .typeError(
          "int() argument must be a string, a bytes-like object or a real number, not '\(o.typeName)'"
        )
      case .none:
        throw .typeError(
          "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
      }
    }
    PyClass.float.constructor = { (a, interp) throws(PyException) in
      try a.expect("float", min: 0, max: 1)
      guard a.count > 0 else { return .float(0) }
      if let d = interp.numeric(try a[0]) { return .float(d) }
      if let big = try a[0].as(PyBigInt.self) { return .float(try PyBigInt.double(big.value)) }
      if let s = try a[0].as(PyStr.self) {
        // Plain decimal text ("3.25", "-1e-3"), the usual case: short ones exactly at once,
        // others read as they are (Swift and Python accept the same such texts).
        if let quick = DecimalFloat.quickValue(s.value) { return .float(quick) }
        if !s.value.isEmpty,
          s.value.utf8.allSatisfy({
            ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D || $0 == 0x65
              || $0 == 0x45
          }), let d = Double(s.value)
        {
          return .float(d)
        }
        let text = s.value.trimmingCharacters(whitespace: true).lowercased()
        switch text {
        case "nan", "+nan", "-nan": return .float(.nan)
        case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
        case "-inf", "-infinity": return .float(-.infinity)
        default:
          // Swift reads hexadecimal floats ("0x1f"); Python's float() does not. An
          // underscore must stand between two digits ("1_000.5", not "1__0" or "_1").
          let bytes = Array(text.utf8)
          func digit(_ i: Int) -> Bool {
            i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39
          }
          let underscoresFit = bytes.indices.allSatisfy {
            bytes[$0] != 0x5F || (digit($0 - 1) && digit($0 + 1))
          }
          if underscoresFit, !text.contains(where: { $0 == "x" || $0 == "X" }),
            let d = Double(text.replacingAll("_", with: ""))
          {
            return .float(d)
          }
          throw .valueError("could not convert string to float: \(PyStr.repr(s.value))")
        }
      }
      if case .object(let o) = try a[0] {
        if let d = o.floatConversion { return .float(d) }
        if let v = try o.getAttribute("__float__", interp) {
          return try interp.call(v, Arguments())
        }
      }
      throw .typeError(
        "float() argument must be a string or a real number, not '\(try a[0].typeName)'")
    }
    PyClass.bool.constructor = { (a, interp) throws(PyException) in
      .bool(a.count > 0 ? try interp.isTruthy(a[0]) : false)
    }
    PyClass.str.constructor = { (a, interp) throws(PyException) in
      let object = a.parameter(0, "object")
      var codec: [String?] = [nil, nil]
      for (i, name) in [(1, "encoding"), (2, "errors")] {
        guard let given = a.parameter(i, name) else { continue }
        guard let text = given.as(PyStr.self)?.value else {
          throw .typeError("str() argument '\(name)' must be str, not \(given.typeName)")
        }
        codec[i - 1] = text
      }
      // `str(b, encoding)`: the bytes decoded.
      if codec[0] != nil || codec[1] != nil {
        guard let object else { return .str("") }
        guard let bytes = object.as(PyBytes.self)?.bytes else {
          if object.as(PyStr.self) != nil { throw .typeError("decoding str is not supported") }
          throw .typeError("decoding to str: need a bytes-like object, \(object.typeName) found")
        }
        return .str(
          try TextCodec.decode(bytes, codec[0] ?? "utf-8", errors: codec[1] ?? "strict"))
      }
      guard let object else { return .str("") }
      return try PyClass.str.fixedConstructor.one(object, interp)
    }
    PyBytes.bytesClass.constructor = { (a, interp) throws(PyException) in
      try a.expect("bytes", min: 0, max: 3)
      let encoding = try a.parameter(1, "encoding").map { (v) throws(PyException) in
        try TextCodec.name(v, "bytes() argument 'encoding'")
      }
      let errors = try a.parameter(2, "errors").map { (v) throws(PyException) in
        try TextCodec.name(v, "bytes() argument 'errors'")
      }
      let given = a.parameter(0, "source")
      if let text = given?.as(PyStr.self) {
        guard let encoding else { throw .typeError("string argument without an encoding") }
        return .object(
          PyBytes(try TextCodec.encode(text.value, encoding, errors: errors ?? "strict")))
      }
      if encoding != nil { throw .typeError("encoding without a string argument") }
      if errors != nil { throw .typeError("errors without a string argument") }
      guard let source = given else { return .object(PyBytes([])) }
      if case .int(let n) = source {
        guard n >= 0 else { throw .valueError("negative count") }
        try SequenceBudget.check(n, 1)
        return .object(PyBytes([UInt8](repeating: 0, count: n)))
      }
      if let b = source.as(PyBytes.self) {
        return b.isExactly(PyBytes.self) ? source : .object(PyBytes(b.bytes))
      }
      let bytes = try interp.collect(source).map { (v) throws(PyException) -> UInt8 in
        guard case .int(let b) = v else {
          throw .typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
        guard let byte = UInt8(exactly: b) else {
          throw .valueError("bytes must be in range(0, 256)")
        }
        return byte
      }
      return .object(PyBytes(bytes))
    }
    PyClass.list.constructor = { (a, interp) throws(PyException) in
      if a.count > 1 { throw .typeError("list expected at most 1 argument, got \(a.count)") }
      return .list(a.count > 0 ? try interp.collect(a[0]) : [])
    }
    PyClass.tuple.constructor = { (a, interp) throws(PyException) in
      if a.count > 1 { throw .typeError("tuple expected at most 1 argument, got \(a.count)") }
      if let t = a.positional.first?.as(PyTuple.self) { return .object(t) }
      return .tuple(a.count > 0 ? try interp.collect(a[0]) : [])
    }
    PyClass.set.constructor = { (a, interp) throws(PyException) in
      if a.count > 1 { throw .typeError("set expected at most 1 argument, got \(a.count)") }
      guard a.count > 0 else { return .object(PySet()) }
      return .object(PySet(try SetAlgebra.table(of: a[0], interp), frozen: false))
    }
    PyClass.frozenset.constructor = { (a, interp) throws(PyException) in
      if let f = a.positional.first?.as(PySet.self), f.frozen { return .object(f) }
      guard a.count > 0 else { return .object(PySet(SetTable(), frozen: true)) }
      return .object(PySet(try SetAlgebra.table(of: a[0], interp), frozen: true))
    }
    PyClass.dict.constructor = { (a, interp) throws(PyException) in
      if a.count > 1 { throw .typeError("dict expected at most 1 argument, got \(a.count)") }
      let d = PyDict()
      if a.count > 0 { try d.update(from: a[0], interp) }
      for (k, v) in a.keywords { d.set(k, v) }
      return .object(d)
    }
    PyClass.range.constructor = { (a, _) throws(PyException) in
      try a.expect("range", min: 1, max: 3)
      let values = try (0..<a.count).map { (i) throws(PyException) in try a.int(i) }
      switch values.count {
      case 1: return .object(PyRange(start: 0, stop: values[0], step: 1))
      case 2: return .object(PyRange(start: values[0], stop: values[1], step: 1))
      default:
        guard values[2] != 0 else { throw .valueError("range() arg 3 must not be zero") }
        return .object(PyRange(start: values[0], stop: values[1], step: values[2]))
      }
    }
    PyClass.slice.constructor = { (a, _) throws(PyException) in
      try a.expect("slice", min: 1, max: 3)
      switch a.count {
      case 1: return .object(PySlice(.none, try a[0], .none))
      case 2: return .object(PySlice(try a[0], try a[1], .none))
      default: return .object(PySlice(try a[0], try a[1], try a[2]))
      }
    }
    PyClass.type.constructor = { (a, interp) throws(PyException) in
      if a.count == 3 { return try ClassCreation.fromType(a, interp) }
      guard a.count == 1 else { throw .typeError("type() takes 1 or 3 arguments") }
      return .object(Builtins.classOf(try a[0]))
    }
    PyClass.object.constructor = { (a, _) throws(PyException) in
      guard a.count == 0 && a.keywords.isEmpty else {
        throw .typeError("object() takes no arguments")
      }
      return .object(PyInstance(.object))
    }
    PyClass.float.method("is_integer") { (a, interp) throws(PyException) in
      let d = try NumberMethods.real(a, interp)
      return .bool(d.isFinite && d == d.rounded())
    }
    // (After the general constructors: the fixed forms fall back to them.)
    installFixedForms()
  }
}

extension String {
  func trimmingCharacters(whitespace: Bool) -> String {
    var s = self[...]
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}

extension PyDict {
  /// `dict(x)` / `d.update(x)`: another dict's entries, or an iterable of key-value pairs with
  /// CPython's errors for an element that is not a pair.
  func update(from source: Value, _ interp: Interpreter) throws(PyException) {
    if let o = source.as(PyDict.self) {
      // Into an empty dict (`dict(d)`): the other's table itself, shared until either changes
      // (entry by entry, 100 str keys took 5.1 µs, CPython 0.3).
      if storage.isEmpty {
        storage = o.storage
        return
      }
      for (h, pair) in o.storage { storage.set(h, key: pair.key, value: pair.value) }
      return
    }
    // Any other object with a `keys` method is a mapping, as CPython treats it: its keys,
    // each with `source[key]`.
    if case .object(let o) = source, !(o is PyTuple), !(o is PyList),
      let keys = try o.getAttribute("keys", interp)
    {
      for key in try interp.collect(try interp.call(keys, Arguments([]))) {
        try set(key, try interp.getItem(source, key), interp)
      }
      return
    }
    for (index, item) in try interp.collect(source).enumerated() {
      let iterator = try interp.iterate(
        item,
        notIterable: "cannot convert dictionary update sequence element #\(index) to a sequence")
      var pair: [Value] = []
      while let part = try iterator.next(interp) { pair.append(part) }
      guard pair.count == 2 else {
        throw .valueError(
          "dictionary update sequence element #\(index) has length \(pair.count); 2 is required"
        )
      }
      try set(pair[0], pair[1], interp)
    }
  }
}

extension Constructors {
  /// One-argument calls of the common types, given the value itself (each as the general
  /// constructor does it; that one still serves every other call).
  private static func installFixedForms() {
    PyClass.type.fixedConstructor = FixedArityEntries(one: { (v, _) throws(PyException) in
      .object(Builtins.classOf(v))
    })
    PyClass.bool.fixedConstructor = FixedArityEntries(one: { (v, interp) throws(PyException) in
      .bool(try interp.isTruthy(v))
    })
    PyClass.str.fixedConstructor = FixedArityEntries(one: { (v, interp) throws(PyException) in
      // `str(i)`, `str(x)`: ASCII text, known as such; a str itself, as CPython gives it.
      switch v {
      case .int(let i):
        let strs = interp.shortStrs
        if strs.smallForm, let words = DecimalText.smallFormWords(i) {
          return .object(strs.str(low: words.0, high: words.1))
        }
        return .object(PyStr(ascii: DecimalText.string(i)))
      case .float(let d): return .object(PyStr(ascii: PythonFloat.repr(d)))
      case .object(let o) where o.isExactly(PyStr.self): return v
      default: return .str(try interp.str(v))
      }
    })
    let float = PyClass.float.constructorBody
    PyClass.float.fixedConstructor = FixedArityEntries(one: { (v, interp) throws(PyException) in
      switch v {
      case .float: return v
      case .int(let i): return .float(Double(i))
      // `float("3.25")`: plain decimal text read at once (no argument array).
      case .object(let o) where o.isExactly(PyStr.self):
        if let quick = DecimalFloat.quickValue(unsafeDowncast(o, to: PyStr.self).value) {
          return .float(quick)
        }
        return try float(Arguments([v]), interp)
      case .object(let o):
        if let d = o.floatConversion { return .float(d) }
        return try float(Arguments([v]), interp)
      default: return try float(Arguments([v]), interp)
      }
    })
    let int = PyClass.int.constructorBody
    PyClass.int.fixedConstructor = FixedArityEntries(one: { (v, interp) throws(PyException) in
      switch v {
      case .int: return v
      case .float(let d) where d.isFinite: return PyBigInt.truncating(d)
      // `int('12345')`: a short decimal text read from its words (no argument array).
      case .object(let o) where o.isExactly(PyStr.self):
        let words = unsafeDowncast(o, to: PyStr.self).valueWords
        if let i = DecimalText.shortInt(words, smallForm: interp.shortStrs.smallForm) {
          return .int(i)
        }
        return try int(Arguments([v]), interp)
      default: return try int(Arguments([v]), interp)
      }
    })
    PyClass.list.fixedConstructor = FixedArityEntries(one: { (v, interp) throws(PyException) in
      .list(try interp.collect(v))
    })
    PyClass.tuple.fixedConstructor = FixedArityEntries(one: { (v, interp) throws(PyException) in
      if v.as(PyTuple.self) != nil { return v }
      return .tuple(try interp.collect(v))
    })
  }
}
