import BigInt
import FloatText

/// The builtins namespace: functions, types, exception classes and constants.
extension Interpreter {
  func installBuiltins() {
    for c in [
      PyClass.int, .float, .bool, .str, .list, .tuple, .dict, .set, .frozenset, .range, .slice,
      .type, .object, .superType, .zipType, .enumerateType, .mapType, .filterType, .reversedType,
      PyBytes.bytesClass, PyByteArray.byteArrayClass, PyComplex.complexClass,
    ] {
      builtins[c.name] = .object(c)
    }
    for c in PyClass.builtinExceptions { builtins[c.name] = .object(c) }
    // Python 3's old names for OSError.
    for alias in ["IOError", "EnvironmentError"] { builtins[alias] = .object(PyClass.osError) }
    builtins["NotImplemented"] = .object(PyNotImplemented.shared)
    builtins["Ellipsis"] = .object(PyEllipsis.shared)
    func define(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
      builtins[name] = .object(PyBuiltinFunction(name, BuiltinKeywords.checked(name, body)))
    }
    func define(_ name: String, fixed: FixedArityEntries) {
      builtins[name] = .object(PyBuiltinFunction(name, fixed: fixed))
    }
    /// Bodies for the common argument counts, and `general` for any call (keywords, another
    /// count).
    func define(
      _ name: String, fixed: FixedArityEntries, general: @escaping PyBuiltinFunction.Body
    ) {
      builtins[name] = .object(
        PyBuiltinFunction(name, BuiltinKeywords.checked(name, general), fixed: fixed))
    }

    define("print") { (a, interp) throws(PyException) in
      let sep =
        try a.keyword("sep").flatMap { (v) throws(PyException) in v.isNone ? nil : try interp.str(v)
        } ?? " "
      let end =
        try a.keyword("end").flatMap { (v) throws(PyException) in v.isNone ? nil : try interp.str(v)
        } ?? "\n"
      let pieces = try a.positional.map { (v) throws(PyException) in try interp.str(v) }
      var target = a.keyword("file").flatMap { $0.isNone ? nil : $0 }
      // `sys.stdout = something`: print writes there, as Python does.
      if target == nil, let sys = interp.modules["sys"], let out = sys.globals.value(of: "stdout"),
        case .object(let o) = out, o !== interp.standardOutput
      {
        target = out
      }
      guard let target else {
        interp.writeOut(pieces.joined(separator: sep) + end)
        return .none
      }
      // One write per piece, separator and end, as CPython calls a file object's write.
      for (i, piece) in pieces.enumerated() {
        if i > 0 { _ = try interp.callMethod(target, "write", Arguments([.str(sep)])) }
        _ = try interp.callMethod(target, "write", Arguments([.str(piece)]))
      }
      _ = try interp.callMethod(target, "write", Arguments([.str(end)]))
      return .none
    }
    define(
      "len",
      fixed: FixedArityEntries(one: { (v, interp) throws(PyException) in
        guard case .object(let o) = v else {
          throw .typeError("object of type '\(v.typeName)' has no len()")
        }
        return .int(try o.length(interp))
      }))
    define(
      "repr",
      fixed: FixedArityEntries(one: { (v, interp) throws(PyException) in
        .str(try interp.repr(v))
      }))
    define("ascii") { (a, interp) throws(PyException) in
      // repr with every non-ASCII character escaped.
      try a.expect("ascii", min: 1, max: 1)
      return .str(PyStr.asciiEscaped(try interp.repr(a[0])))
    }
    define(
      "format",
      fixed: FixedArityEntries(
        one: { (v, interp) throws(PyException) in .str(try interp.format(v, "")) },
        two: { (v, spec, interp) throws(PyException) in
          .str(try interp.format(v, try spec.string("format() argument 2 must be str")))
        }))
    define(
      "abs",
      fixed: FixedArityEntries(one: { (v, interp) throws(PyException) in
        switch v {
        case .int(let i):
          if i == .min { return PyBigInt.make(-BigInt(i)) }
          return .int(abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(abs(d))
        default:
          if let big = v.as(PyBigInt.self) {
            return PyBigInt.make(BigInt(sign: .plus, magnitude: big.value.magnitude))
          }
          if case .object(let o) = v, let f = try o.getAttribute("__abs__", interp) {
            return try interp.call(f, Arguments())
          }
          throw .typeError("bad operand type for abs(): '\(v.typeName)'")
        }
      }))
    define(
      "round",
      fixed: FixedArityEntries(
        one: { (number, interp) throws(PyException) in try Rounding.round(number, nil, interp) },
        two: { (number, digits, interp) throws(PyException) in
          try Rounding.round(number, digits, interp)
        }),
      general: { (a, interp) throws(PyException) in
        try Rounding.round(
          a.required(0, "number", of: "round"), a.parameter(1, "ndigits"), interp)
      })
    define(
      "divmod",
      fixed: FixedArityEntries(two: { (x, y, interp) throws(PyException) in
        try Builtins.divmod(x, y, interp)
      }))
    define(
      "pow",
      fixed: FixedArityEntries(
        two: { (base, exponent, interp) throws(PyException) in
          try Builtins.power(base, exponent, nil, interp)
        },
        three: { (base, exponent, modulus, interp) throws(PyException) in
          try Builtins.power(base, exponent, modulus, interp)
        }),
      general: { (a, interp) throws(PyException) in
        try Builtins.power(
          a.required(0, "base", of: "pow"), a.required(1, "exp", of: "pow"),
          a.parameter(2, "mod"), interp)
      })
    define("vars") { (a, interp) throws(PyException) in
      try a.expect("vars", min: 0, max: 1)
      // No argument: the calling frame's locals, as locals() gives them.
      guard a.count == 1 else { return try interp.call(interp.builtins["locals"]!, Arguments()) }
      guard case .object(let o) = try a[0], let d = try o.getAttribute("__dict__", interp) else {
        throw .typeError("vars() argument must have __dict__ attribute")
      }
      return d
    }
    define(
      "sum",
      fixed: FixedArityEntries(
        one: { (items, interp) throws(PyException) in try Builtins.sum(items, .int(0), interp) },
        two: { (items, start, interp) throws(PyException) in
          try Builtins.sum(items, start, interp)
        }),
      general: { (a, interp) throws(PyException) in
        guard a.count > 0 else {
          throw .typeError("sum() takes at least 1 positional argument (0 given)")
        }
        return try Builtins.sum(a.positional[0], a.parameter(1, "start") ?? .int(0), interp)
      })
    for (name, op) in [("min", ComparisonOp.less), ("max", .greater)] {
      define(
        name,
        fixed: FixedArityEntries(
          one: { (items, interp) throws(PyException) in
            try Builtins.extremum(Arguments([items]), op, name, interp)
          },
          two: { (x, y, interp) throws(PyException) in try Builtins.extremum(x, y, op, interp) }),
        general: { (a, interp) throws(PyException) in try Builtins.extremum(a, op, name, interp) })
    }
    define("sorted") { (a, interp) throws(PyException) in
      if a.count != 1 { throw .typeError("sorted expected 1 argument, got \(a.count)") }
      return .list(
        try Sorting.sorted(
          try interp.collect(a[0]), key: a.keyword("key"),
          reverse: try interp.isTruthy(a.keyword("reverse") ?? .bool(false)), interp))
    }
    define("iter") { (a, interp) throws(PyException) in
      try a.expect("iter", min: 1, max: 2)
      guard a.count == 2 else { return .object(try interp.iterate(a[0])) }
      // iter(callable, sentinel): call until the sentinel comes back.
      let (function, sentinel) = (try a[0], try a[1])
      guard case .object(let o) = function, o.isCallable else {
        throw .typeError("iter(v, w): v must be callable")
      }
      var done = false
      return .object(
        PyGeneratorIterator { (interp) throws(PyException) in
          guard !done else { return nil }
          let v = try interp.call(function, Arguments([]))
          if try interp.equals(v, sentinel) {
            done = true
            return nil
          }
          return v
        })
    }
    define(
      "next",
      fixed: FixedArityEntries(
        one: { (it, interp) throws(PyException) in try Builtins.next(it, nil, interp) },
        two: { (it, fallback, interp) throws(PyException) in
          try Builtins.next(it, fallback, interp)
        }))
    // any() and all(): the first item whose truth is `decisive` decides.
    for (name, decisive) in [("any", true), ("all", false)] {
      define(
        name,
        fixed: FixedArityEntries(one: { (items, interp) throws(PyException) in
          if let sequence = PySequence.exact(items) {
            var decided = false
            try sequence.forEachLive { (v) throws(PyException) in
              decided = try interp.isTruthy(v) == decisive
              return !decided
            }
            return .bool(decided == decisive)
          }
          let it = try interp.iterate(items)
          while let v = try it.next(interp) {
            if try interp.isTruthy(v) == decisive { return .bool(decisive) }
          }
          return .bool(!decisive)
        }))
    }
    define(
      "isinstance",
      fixed: FixedArityEntries(two: { (v, type, _) throws(PyException) in
        .bool(try Builtins.isInstance(v, type))
      }))
    define(
      "issubclass",
      fixed: FixedArityEntries(two: { (v, second, _) throws(PyException) in
        guard let c = v.as(PyClass.self) else {
          throw .typeError("issubclass() arg 1 must be a class")
        }
        let targets =
          second.as(PyTuple.self)?.items
          ?? second.as(PyUnionType.self)?.members.map { .object($0) } ?? [second]
        // In order, as CPython tries them: a non-class after a match is never looked at.
        for target in targets {
          guard let t = target.as(PyClass.self) else {
            throw .typeError(
              "issubclass() arg 2 must be a class, a tuple of classes, or a union")
          }
          if c.isSubclass(of: t) { return .bool(true) }
        }
        return .bool(false)
      }))
    define(
      "hasattr",
      fixed: FixedArityEntries(two: { (v, name, interp) throws(PyException) in
        do throws(PyException) {
          _ = try interp.getAttribute(v, try Builtins.attributeName(name))
          return .bool(true)
        } catch {
          if error.isInstance(of: .attributeError) { return .bool(false) }
          throw error
        }
      }))
    define(
      "getattr",
      fixed: FixedArityEntries(
        two: { (v, name, interp) throws(PyException) in
          try interp.getAttribute(v, try Builtins.attributeName(name))
        },
        three: { (v, name, fallback, interp) throws(PyException) in
          do throws(PyException) {
            return try interp.getAttribute(v, try Builtins.attributeName(name))
          } catch {
            if error.isInstance(of: .attributeError) { return fallback }
            throw error
          }
        }))
    define(
      "setattr",
      fixed: FixedArityEntries(three: { (v, name, value, interp) throws(PyException) in
        try interp.setAttribute(v, try Builtins.attributeName(name), value)
        return .none
      }))
    define(
      "delattr",
      fixed: FixedArityEntries(two: { (v, name, interp) throws(PyException) in
        try interp.deleteAttribute(v, try Builtins.attributeName(name))
        return .none
      }))
    define(
      "callable",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        guard case .object(let o) = v else { return .bool(false) }
        return .bool(o.isCallable)
      }))
    define(
      "id",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        guard case .object(let o) = v else { return .int(v.asInt ?? 0) }
        // The object's address, as CPython's id (and the same number its repr shows).
        return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))))
      }))
    define("__import__") { (a, interp) throws(PyException) in
      // The named module imported; the top-level package is returned unless a fromlist asks
      // for the named one, as CPython's does.
      guard let name = try a[0].as(PyStr.self)?.value else {
        throw .typeError("__import__() argument 1 must be str, not \(try a[0].typeName)")
      }
      let module = try interp.importModule(name)
      let fromList = a.count > 3 ? try a[3] : a.keyword("fromlist") ?? .none
      guard name.contains("."), !(try interp.isTruthy(fromList)) else { return .object(module) }
      return .object(try interp.importModule(String(name.split(separator: ".")[0])))
    }
    define(
      "hash",
      fixed: FixedArityEntries(one: { (v, interp) throws(PyException) in
        // CPython's hash of numbers, tuples and frozensets; NumBook's own of str and objects.
        .int(PythonHash.of(v, key: try HashKey.from(v, interp)))
      }))
    define(
      "chr",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        let code = try Arguments.index(v)
        guard code >= 0, let s = UnicodeScalar(UInt32(clamping: code)) else {
          throw .valueError("chr() arg not in range(0x110000)")
        }
        return .str(String(s))
      }))
    define(
      "ord",
      fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
        guard let s = v.as(PyStr.self)?.value else {
          if let bytes = v.as(PyBytes.self)?.bytes {
            guard bytes.count == 1 else {
              throw .typeError(
                "ord() expected a character, but string of length \(bytes.count) found")
            }
            return .int(Int(bytes[0]))
          }
          throw .typeError("ord() expected string of length 1, but \(v.typeName) found")
        }
        guard s.unicodeScalars.count == 1 else {
          throw .typeError(
            "ord() expected a character, but string of length \(s.unicodeScalars.count) found")
        }
        return .int(Int(s.unicodeScalars.first!.value))
      }))
    for (name, radix, prefix) in [("bin", 2, "0b"), ("hex", 16, "0x"), ("oct", 8, "0o")] {
      define(
        name,
        fixed: FixedArityEntries(one: { (v, _) throws(PyException) in
          if let big = v.as(PyBigInt.self) { return Builtins.radix(big.value, radix, prefix) }
          return Builtins.radix(try Arguments.index(v), radix, prefix)
        }))
    }
    define("dir") { (a, interp) throws(PyException) in
      guard a.count > 0 else {
        return .list(interp.main.globals.definedNames.sorted().map { .str($0) })
      }
      let value = try a[0]
      let names =
        value.as(PyObject.self)?.attributeNames() ?? Builtins.classOf(value).allAttributeNames()
      return .list(names.map { .str($0) })
    }
    builtins["exit"] = .object(PyQuitter("exit"))
    builtins["quit"] = .object(PyQuitter("quit"))
    define("input") { (a, interp) throws(PyException) in
      let prompt = a.count > 0 ? try interp.str(a[0]) : ""
      if !prompt.isEmpty { interp.writeOut(prompt) }
      guard let line = interp.readLine(prompt) else {
        throw PyException(.eofError, "EOF when reading a line")
      }
      return .str(line)
    }
    define("open") { (a, interp) throws(PyException) in try PyFile.open(a, interp) }
    define("help") { (a, interp) throws(PyException) in
      guard a.count > 0 else {
        interp.writeOut("Type help(object) for help about object.\n")
        return .none
      }
      interp.writeOut(Builtins.helpText(try a[0], interp))
      return .none
    }
    for (name, mode) in [("eval", Interpreter.SourceMode.eval), ("exec", .exec)] {
      define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 1, max: 3)
        guard let source = try a[0].as(PyStr.self)?.value else {
          throw .typeError("\(name)() arg 1 must be a string, bytes or code object")
        }
        // Explicit globals and locals: searched (locals first) before the caller's globals.
        // One dict is used as it is (`exec(src, ns)` defines names in `ns`); with both, the
        // code runs in a merged copy.
        var dicts: [PyDict] = []
        for i in [1, 2] where a.count > i && !a.positional[i].isNone {
          guard let d = a.positional[i].as(PyDict.self) else {
            throw .typeError(i == 1 ? "globals must be a dict" : "locals must be a mapping")
          }
          dicts.append(d)
        }
        var namespace = dicts.first
        if dicts.count == 2 {
          let merged = PyDict()
          for d in dicts {
            for (k, v) in zip(d.keys, d.values) { try merged.set(k, v, interp) }
          }
          namespace = merged
        }
        return try interp.evaluate(source, mode, namespace: namespace)
      }
    }
    define("compile") { (_, _) throws(PyException) in
      throw .notImplemented("compile() is not supported in NumBook; use eval() or exec()")
    }
    define("locals") { (a, interp) throws(PyException) in
      try a.expect("locals", min: 0, max: 0)
      guard let frame = interp.currentFrame?.takeUnretainedValue() else { return .object(PyDict()) }
      return .object(interp.localVariables(of: frame))
    }
    // The decorator types: calling one wraps a function; `isinstance(x, property)` works.
    builtins["classmethod"] = .object(PyClass.classmethodType)
    builtins["staticmethod"] = .object(PyClass.staticmethodType)
    builtins["property"] = .object(PyClass.propertyType)
    define("globals") { (_, interp) throws(PyException) in
      var d: [String: Value] = [:]
      for n in interp.main.globals.definedNames { d[n] = interp.main.globals.value(of: n) }
      return .object(PyDict(stringKeys: d))
    }
  }
}

enum Builtins {
  /// help(obj): the signature and docstring, in pydoc's layout (not its full pages).
  static func helpText(_ v: Value, _ interp: Interpreter) -> String {
    func indent(_ doc: String?, _ prefix: String) -> String {
      guard let doc, !doc.isEmpty else { return "" }
      return doc.split(separator: "\n", omittingEmptySubsequences: false)
        .map { prefix + String($0).trimmingCharacters(whitespace: true) }.joined(separator: "\n")
        + "\n"
    }
    if let f = v.as(PyFunction.self) {
      return "Help on function \(f.code.name) in module __main__:\n\n\(f.signature(interp))\n"
        + indent(f.code.doc, "    ") + "\n"
    }
    if let f = v.as(PyBuiltinFunction.self) {
      if let page = f.documentedName(interp).flatMap(BuiltinDocs.help(of:)) { return page }
      return "Help on built-in function \(f.name) in module builtins:\n\n\(f.name)(...)\n\n"
    }
    // `help('a'.split)`: a built-in value's method, bound.
    if let m = v.as(PyBoundMethod.self), let f = m.function.as(PyBuiltinFunction.self),
      let page = f.documentedName(interp).flatMap(BuiltinDocs.boundHelp(of:))
    {
      return page
    }
    if let c = v.as(PyClass.self) {
      let doc = c.attributes["__doc__"]?.as(PyStr.self)?.value
      let bases = c.bases.map { $0.moduleName == "builtins" ? "builtins.\($0.name)" : $0.name }
      var out =
        "Help on class \(c.name) in module \(c.moduleName):\n\nclass \(c.name)(\(bases.joined(separator: ", ")))\n"
      out += indent(doc, " |  ")
      let methods = c.attributes.keys.filter { !$0.hasPrefix("__") || $0 == "__init__" }.sorted()
      for name in methods {
        if let f = c.attributes[name]?.as(PyFunction.self) {
          out += " |  \n |  \(f.signature(interp))\n" + indent(f.code.doc, " |      ")
        }
      }
      return out + "\n"
    }
    if let m = v.as(PyModule.self) {
      return "Help on module \(m.name):\n\nNAME\n    \(m.name)\n\nCONTENTS\n    "
        + m.globals.definedNames.filter { !$0.hasPrefix("_") }.sorted().joined(separator: ", ")
        + "\n\n"
    }
    let type = classOf(v)
    return "Help on \(type.name) object:\n\nclass \(type.name)\n\n"
  }

  /// `type(v)` for any value.
  static func classOf(_ v: Value) -> PyClass {
    switch v {
    case .none: return .noneType
    case .bool: return .bool
    case .int: return .int
    case .float: return .float
    case .object(let o): return o.pyClass
    }
  }

  static func isInstance(_ v: Value, _ type: Value) throws(PyException) -> Bool {
    // A class, the usual case, without trying the other kinds first.
    if case .object(let o) = type, o.isExactly(PyClass.self) {
      return classOf(v).isSubclass(of: unsafeDowncast(o, to: PyClass.self))
    }
    if let t = type.as(PyTuple.self) {
      for item in t.items where try isInstance(v, item) { return true }
      return false
    }
    if let u = type.as(PyUnionType.self) {
      return u.members.contains { classOf(v).isSubclass(of: $0) }
    }
    guard let c = type.as(PyClass.self) else {
      throw .typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
    return classOf(v).isSubclass(of: c)
  }

  /// `next(iterator)` and `next(iterator, default)`.
  static func next(_ iterator: Value, _ fallback: Value?, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let it = iterator.as(PyIterator.self) else {
      // An object of a class with `__next__` (the iterator protocol written in Python).
      guard let instance = iterator.as(PyInstance.self),
        instance.instanceClass.lookup("__next__") != nil
      else {
        throw .typeError("'\(iterator.typeName)' object is not an iterator")
      }
      do throws(PyException) {
        return try interp.callMethod(iterator, "__next__", Arguments([]))
      } catch {
        if error.isInstance(of: .stopIteration), let fallback { return fallback }
        throw error
      }
    }
    if let v = try it.next(interp) { return v }
    if let fallback { return fallback }
    // A generator's StopIteration carries what it returned.
    if let generator = it as? PyGenerator { throw generator.run.stopIteration() }
    throw .stopIteration()
  }

  /// The name argument of getattr, hasattr, setattr and delattr.
  static func attributeName(_ name: Value) throws(PyException) -> String {
    guard let s = name.as(PyStr.self) else {
      throw .typeError("attribute name must be string, not '\(name.typeName)'")
    }
    return s.value
  }

  static func radix<T: BinaryInteger>(_ v: T, _ r: Int, _ prefix: String) -> Value {
    .str((v < 0 ? "-" : "") + prefix + String(v.magnitude, radix: r))
  }
}

extension Builtins {
  /// `pow(base, exponent, modulus)` for ints, as Python computes it: the result takes the
  /// modulus's sign; a negative exponent uses the modular inverse.
  static func modularPower(_ base: Int, _ exponent: Int, _ modulus: Int) throws(PyException)
    -> Int
  {
    guard modulus != 0 else { throw .valueError("pow() 3rd argument cannot be 0") }
    // (A non-negative exponent with this modulus goes through big ints.)
    guard modulus != .min else {
      throw .overflow("pow() with a negative exponent and modulus -2**63 is not supported")
    }
    let m = Swift.abs(modulus)
    func multiply(_ x: Int, _ y: Int) -> Int {
      Int(UInt(m).dividingFullWidth(UInt(x).multipliedFullWidth(by: UInt(y))).remainder)
    }
    // Residues in 0..<m (adding m to a negative remainder cannot overflow).
    func residue(_ x: Int) -> Int {
      let r = x % m
      return r < 0 ? r + m : r
    }
    var b = residue(base)
    if exponent < 0 {
      // The inverse of b modulo m, by the extended Euclidean algorithm.
      var (r0, r1) = (m, b)
      var (t0, t1) = (0, 1)
      while r1 != 0 {
        let q = r0 / r1
        (r0, r1) = (r1, r0 - q * r1)
        (t0, t1) = (t1, t0 - q * t1)
      }
      guard r0 == 1 else { throw .valueError("base is not invertible for the given modulus") }
      b = residue(t0)
    }
    var result = 1 % m
    var e = exponent.magnitude
    while e > 0 {
      if e & 1 == 1 { result = multiply(result, b) }
      b = multiply(b, b)
      e >>= 1
    }
    return modulus < 0 && result != 0 ? result - m : result
  }
}
