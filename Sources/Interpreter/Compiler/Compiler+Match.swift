import Syntax

/// The `match` statement (PEP 634): the subject is evaluated once, then each `case` pattern is
/// tried in order; the first that matches (and whose guard holds) runs its body. Captured
/// names are bound as the pattern matches, as CPython does.
extension Compiler {
  typealias PatternCode = (Frame, Value) throws(PyException) -> Bool

  func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws(SyntaxError) -> StatementCode {
    let interp = self.interp
    let value = try compile(subject)
    let clauses = try cases.map {
      (c) throws(SyntaxError) -> (PatternCode, ExpressionCode?, StatementCode) in
      (
        try compilePattern(c.pattern),
        try c.guardTest.map { (g) throws(SyntaxError) in try compile(g) },
        try compileBlock(c.body)
      )
    }
    return { (f: Frame) throws(PyException) -> Completion in
      let v = try value(f)
      for (pattern, test, body) in clauses {
        guard try pattern(f, v) else { continue }
        if let test, !(try interp.isTruthy(try test(f))) { continue }
        return try body(f)
      }
      return .normal
    }
  }

  func compilePattern(_ pattern: Pattern) throws(SyntaxError) -> PatternCode {
    let interp = self.interp
    switch pattern {
    case .wildcard, .star(nil):
      return { _, _ throws(PyException) in true }
    case .capture(let name), .star(.some(let name)):
      let bind = store(name)
      return { (f, v) throws(PyException) in
        try bind(f, v)
        return true
      }
    case .value(let e):
      let expected = try compile(e)
      return { (f, v) throws(PyException) in try interp.equals(v, try expected(f)) }
    case .singleton(let e):
      let expected = try compile(e)
      return { (f, v) throws(PyException) in v.isIdentical(to: try expected(f)) }
    case .capturing(let inner, let name):
      let match = try compilePattern(inner)
      let bind = store(name)
      return { (f, v) throws(PyException) in
        guard try match(f, v) else { return false }
        try bind(f, v)
        return true
      }
    case .or(let alternatives):
      let codes = try alternatives.map { (p) throws(SyntaxError) in try compilePattern(p) }
      return { (f, v) throws(PyException) in
        for code in codes where try code(f, v) { return true }
        return false
      }
    case .sequence(let items):
      return try compileSequencePattern(items)
    case .mapping(let keys, let patterns, let rest):
      return try compileMappingPattern(keys, patterns, rest)
    case .classPattern(let cls, let positional, let names, let keywords):
      return try compileClassPattern(cls, positional, names, keywords)
    }
  }

  private func compileSequencePattern(_ items: [Pattern]) throws(SyntaxError) -> PatternCode {
    let interp = self.interp
    let starIndex = items.firstIndex { if case .star = $0 { true } else { false } }
    let codes = try items.map { (p) throws(SyntaxError) in try compilePattern(p) }
    return { (f, v) throws(PyException) in
      guard let elements = try Compiler.sequenceElements(v, interp) else { return false }
      guard let star = starIndex else {
        guard elements.count == codes.count else { return false }
        for (code, element) in zip(codes, elements) where !(try code(f, element)) { return false }
        return true
      }
      let after = codes.count - star - 1
      guard elements.count >= codes.count - 1 else { return false }
      for i in 0..<star where !(try codes[i](f, elements[i])) { return false }
      let restEnd = elements.count - after
      guard try codes[star](f, .object(PyList(Array(elements[star..<restEnd])))) else {
        return false
      }
      for i in 0..<after where !(try codes[star + 1 + i](f, elements[restEnd + i])) {
        return false
      }
      return true
    }
  }

  /// The elements of a subject that sequence patterns accept: lists, tuples, ranges, deques
  /// and named tuples, but never strings, bytes or mappings (PEP 634); nil for the rest.
  static func sequenceElements(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Value]? {
    guard case .object(let o) = v else { return nil }
    if let list = o as? PyList { return list.items }
    if let tuple = o as? PyTuple { return tuple.items }
    if o is PyRange { return try interp.collect(v) }
    let cls = o.pyClass
    if cls.mro.contains(where: { $0.name == "deque" }) || cls.lookup("_fields") != nil {
      return try interp.collect(v)
    }
    return nil
  }

  private func compileMappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?)
    throws(SyntaxError) -> PatternCode
  {
    let interp = self.interp
    let keyCodes = try keys.map { (k) throws(SyntaxError) in try compile(k) }
    let codes = try patterns.map { (p) throws(SyntaxError) in try compilePattern(p) }
    let bindRest = rest.map { store($0) }
    return { (f, v) throws(PyException) in
      guard let dict = v.as(PyDict.self) else { return false }
      var used: [Value] = []
      for (keyCode, code) in zip(keyCodes, codes) {
        let key = try keyCode(f)
        guard let item = try dict.get(key, interp), try code(f, item) else { return false }
        used.append(key)
      }
      if let bindRest {
        let remaining = PyDict()
        for (k, item) in zip(dict.keys, dict.values) {
          var taken = false
          for u in used where try interp.equals(u, k) { taken = true }
          if !taken { try remaining.set(k, item, interp) }
        }
        try bindRest(f, .object(remaining))
      }
      return true
    }
  }

  /// Classes whose single positional sub-pattern matches the subject itself (PEP 634).
  static let selfMatchingClasses: [PyClass] = [
    .bool, .int, .float, .str, .list, .tuple, .dict, .set, .frozenset,
  ]

  private func compileClassPattern(
    _ cls: Expr, _ positional: [Pattern], _ names: [String], _ keywords: [Pattern]
  ) throws(SyntaxError) -> PatternCode {
    let interp = self.interp
    let classCode = try compile(cls)
    let positionalCodes = try positional.map { (p) throws(SyntaxError) in try compilePattern(p) }
    let keywordCodes = try keywords.map { (p) throws(SyntaxError) in try compilePattern(p) }
    return { (f, v) throws(PyException) in
      guard let type = try classCode(f).as(PyClass.self) else {
        throw .typeError("called match pattern must be a type")
      }
      guard Builtins.classOf(v).isSubclass(of: type) else { return false }
      var attributes: [String] = []
      if !positionalCodes.isEmpty {
        if positionalCodes.count == 1, Compiler.selfMatchingClasses.contains(where: { $0 === type })
        {
          guard try positionalCodes[0](f, v) else { return false }
        } else {
          var matchArgs: [String] = []
          if let declared = type.lookup("__match_args__") {
            matchArgs = try interp.collect(declared).map { (n) throws(PyException) -> String in
              guard let s = n.as(PyStr.self) else {
                throw .typeError("__match_args__ elements must be strings (got \(n.typeName))")
              }
              return s.value
            }
          }
          guard positionalCodes.count <= matchArgs.count else {
            throw .typeError(
              "\(type.name)() accepts \(matchArgs.count) positional sub-pattern\(matchArgs.count == 1 ? "" : "s") (\(positionalCodes.count) given)"
            )
          }
          attributes = Array(matchArgs.prefix(positionalCodes.count))
        }
      }
      let all = attributes + names
      let codes = (attributes.isEmpty ? [] : positionalCodes) + keywordCodes
      for (name, code) in zip(all, codes) {
        let attribute: Value
        do throws(PyException) {
          attribute = try interp.getAttribute(v, name)
        } catch {
          if error.isInstance(of: .attributeError) { return false }
          throw error
        }
        guard try code(f, attribute) else { return false }
      }
      return true
    }
  }
}
