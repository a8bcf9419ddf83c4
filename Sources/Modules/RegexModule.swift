import Interpreter

/// `re` on Swift's `Regex` engine, matched code point by code point as Python matches:
/// `compile`, `search`, `match`, `fullmatch`, `findall`, `finditer`, `sub`, `subn`, `split`,
/// `escape`, the flags `I`, `M`, `S`, `X`, `A`, and Match objects (`group`, `groups`,
/// `groupdict`, `start`, `end`, `span`, `[i]`). Positions count code points. The pattern
/// syntax is Python's for everything learners write (classes, quantifiers, groups, named
/// groups `(?P<name>...)`, backreferences, lookarounds); a malformed pattern raises `re.error`
/// with Swift's description of the problem rather than Python's wording.
enum RegexModule {
  static let errorClass = PyClass.exception("error", .exception, module: "re")

  static let flags: [(String, Int)] = [
    ("IGNORECASE", 2), ("I", 2), ("MULTILINE", 8), ("M", 8), ("DOTALL", 16), ("S", 16),
    ("VERBOSE", 64), ("X", 64), ("ASCII", 256), ("A", 256), ("UNICODE", 32), ("U", 32),
  ]

  static func make() -> PyModule {
    let m = PyModule(name: "re")
    m.define("error", .object(errorClass))
    for (name, value) in flags { m.define(name, .int(value)) }
    m.define("compile") { (a, interp) throws(PyException) in
      .object(try pattern(a, interp, flagsAt: 1))
    }
    for name in ["search", "match", "fullmatch", "findall", "finditer", "split"] {
      m.define(name) { (a, interp) throws(PyException) in
        let p = try pattern(a, interp, flagsAt: name == "split" ? 3 : 2)
        return try p.call(name, Array(a.positional.dropFirst()), a.keywords, interp)
      }
    }
    for name in ["sub", "subn"] {
      m.define(name) { (a, interp) throws(PyException) in
        let p = try pattern(a, interp, flagsAt: 4)
        return try p.call(name, Array(a.positional.dropFirst()), a.keywords, interp)
      }
    }
    m.define("escape") { (a, _) throws(PyException) in
      let text = try a.string(0, "escape() argument")
      var out = ""
      // CPython 3.7+ escapes only the characters special in a pattern or in verbose mode.
      let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars)
      for scalar in text.unicodeScalars {
        if special.contains(scalar) { out.unicodeScalars.append("\\") }
        out.unicodeScalars.append(scalar)
      }
      return .str(out)
    }
    return m
  }

  /// The compiled pattern of argument 0 (a string or a Pattern), with flags at `flagsAt`.
  private static func pattern(_ a: Arguments, _ interp: Interpreter, flagsAt: Int)
    throws(PyException) -> PyPattern
  {
    let first = try a[0]
    if let p = first.as(PyPattern.self) { return p }
    let source = try a.string(0, "first argument")
    let flagValue = a.count > flagsAt ? a.positional[flagsAt] : (a.keyword("flags") ?? .int(0))
    guard case .int(let flags) = flagValue.asIndexLike else {
      throw .typeError("flags must be an int")
    }
    return try PyPattern(source, flags: flags)
  }
}

/// A compiled regular expression (`re.Pattern`).
final class PyPattern: PyObject {
  let source: String
  let flags: Int
  let regex: Regex<AnyRegexOutput>
  let groupCount: Int
  let groupNames: [String: Int]

  static let patternClass: PyClass = {
    let c = PyClass("Pattern", bases: [.object])
    c.moduleName = "re"
    c.namesModuleInMessages = true
    return c
  }()

  init(_ source: String, flags: Int) throws(PyException) {
    self.source = source
    self.flags = flags
    var text = PyPattern.translated(source, multiline: flags & 8 != 0)
    if flags & 64 != 0 { text = "(?x)" + text }
    do {
      var r = try Regex(text).matchingSemantics(.unicodeScalar)
      if flags & 2 != 0 { r = r.ignoresCase() }
      if flags & 8 != 0 { r = r.anchorsMatchLineEndings() }
      if flags & 16 != 0 { r = r.dotMatchesNewlines() }
      if flags & 256 != 0 {
        r = r.asciiOnlyWordCharacters().asciiOnlyDigits().asciiOnlyWhitespace()
      }
      regex = r
    } catch {
      throw PyException(RegexModule.errorClass, "\(error)")
    }
    // Groups: count the capturing "(" (not "(?:", lookarounds or flags), and the names.
    var count = 0
    var names: [String: Int] = [:]
    let chars = Array(source)
    var i = 0
    var inClass = false
    while i < chars.count {
      let c = chars[i]
      if c == "\\" {
        i += 2
        continue
      }
      if inClass {
        if c == "]" { inClass = false }
      } else if c == "[" {
        inClass = true
      } else if c == "(" {
        if i + 1 < chars.count && chars[i + 1] == "?" {
          if i + 2 < chars.count && (chars[i + 2] == "P" || chars[i + 2] == "<")
            && i + 3 < chars.count && chars[i + 3] != "=" && chars[i + 3] != "!"
          {
            count += 1
            let start = chars[i + 2] == "P" ? i + 4 : i + 3
            if let close = chars[start...].firstIndex(of: ">") {
              names[String(chars[start..<close])] = count
            }
          }
        } else {
          count += 1
        }
      }
      i += 1
    }
    groupCount = count
    groupNames = names
  }

  override var pyClass: PyClass { PyPattern.patternClass }

  /// Python's anchors in Swift's syntax: `$` (outside a class, without MULTILINE) also matches
  /// before a final newline, and `\Z` is the very end (Swift's `\z`).
  static func translated(_ source: String, multiline: Bool) -> String {
    var out = ""
    var inClass = false
    var chars = source.makeIterator()
    while let c = chars.next() {
      if c == "\\" {
        guard let next = chars.next() else {
          out.append(c)
          break
        }
        out += next == "Z" && !inClass ? "\\z" : "\\" + String(next)
        continue
      }
      if inClass {
        if c == "]" { inClass = false }
      } else if c == "[" {
        inClass = true
      } else if c == "$" && !multiline {
        out += "(?=\\n?\\z)"
        continue
      }
      out.append(c)
    }
    return out
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let names = [
      (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"),
      (256, "ASCII"),
    ].filter { flags & $0.0 != 0 }.map { "re." + $0.1 }
    let flagText = names.isEmpty ? "" : ", " + names.joined(separator: "|")
    return "re.compile(\(PyStr.repr(source))\(flagText))"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "pattern": return .str(source)
    case "flags": return .int(flags | 32)
    case "groups": return .int(groupCount)
    case "groupindex":
      let d = PyDict()
      for (k, v) in groupNames.sorted(by: { $0.value < $1.value }) { d.set(k, .int(v)) }
      return .object(d)
    case "search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn":
      return .object(
        PyBuiltinFunction(name) { [self] (a, interp) throws(PyException) in
          try call(name, a.positional, a.keywords, interp)
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  private func text(_ v: Value) throws(PyException) -> String {
    guard let s = v.as(PyStr.self) else {
      throw .typeError("expected string or bytes-like object, got '\(v.typeName)'")
    }
    return s.value
  }

  func call(
    _ name: String, _ args: [Value], _ keywords: [(name: String, value: Value)],
    _ interp: Interpreter
  ) throws(PyException) -> Value {
    func argument(_ i: Int, _ key: String) -> Value? {
      i < args.count ? args[i] : keywords.first { $0.name == key }?.value
    }
    switch name {
    case "search", "match", "fullmatch":
      guard let value = argument(0, "string") else {
        throw .typeError("\(name)() missing required argument 'string' (pos 1)")
      }
      let s = try text(value)
      let found: Regex<AnyRegexOutput>.Match?
      do {
        switch name {
        case "match": found = try regex.prefixMatch(in: s)
        case "fullmatch": found = try regex.wholeMatch(in: s)
        default: found = try regex.firstMatch(in: s)
        }
      } catch {
        throw PyException(RegexModule.errorClass, "\(error)")
      }
      return found.map { .object(PyMatch($0, in: s, pattern: self)) } ?? .none
    case "findall", "finditer":
      guard let value = argument(0, "string") else {
        throw .typeError("\(name)() missing required argument 'string' (pos 1)")
      }
      let s = try text(value)
      let matches = s.matches(of: regex).map { PyMatch($0, in: s, pattern: self) }
      if name == "finditer" {
        return .object(PyClosureIterator(count: matches.count) { .object(matches[$0]) })
      }
      return .list(
        matches.map { m in
          switch groupCount {
          case 0: return m.group(0)
          case 1: return m.group(1, default: .str(""))
          default: return .tuple((1...groupCount).map { m.group($0, default: .str("")) })
          }
        })
    case "sub", "subn":
      guard let replacement = argument(0, "repl"), let value = argument(1, "string") else {
        throw .typeError("\(name)() missing required argument")
      }
      let s = try text(value)
      let limit = argument(2, "count")?.asInt ?? 0
      var out = ""
      var position = s.startIndex
      var done = 0
      for match in s.matches(of: regex) {
        if limit > 0 && done == limit { break }
        let m = PyMatch(match, in: s, pattern: self)
        out += String(s[position..<match.range.lowerBound])
        if replacement.as(PyStr.self) != nil {
          out += try expand(try text(replacement), m)
        } else {
          out += try text(try interp.call(replacement, Arguments([.object(m)])))
        }
        position = match.range.upperBound
        done += 1
      }
      out += String(s[position...])
      return name == "sub" ? .str(out) : .tuple([.str(out), .int(done)])
    case "split":
      guard let value = argument(0, "string") else {
        throw .typeError("split() missing required argument 'string' (pos 1)")
      }
      let s = try text(value)
      let limit = argument(1, "maxsplit")?.asInt ?? 0
      var pieces: [Value] = []
      var position = s.startIndex
      var done = 0
      for match in s.matches(of: regex) {
        if limit > 0 && done == limit { break }
        let m = PyMatch(match, in: s, pattern: self)
        pieces.append(.str(String(s[position..<match.range.lowerBound])))
        if groupCount > 0 { pieces += (1...groupCount).map { m.group($0, default: .none) } }
        position = match.range.upperBound
        done += 1
      }
      pieces.append(.str(String(s[position...])))
      return .list(pieces)
    default:
      throw .attributeError("'re.Pattern' object has no attribute '\(name)'")
    }
  }

  /// A replacement template: `\1`, `\g<1>`, `\g<name>`, and the usual escapes.
  private func expand(_ template: String, _ m: PyMatch) throws(PyException) -> String {
    var out = ""
    let chars = Array(template)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      guard c == "\\", i + 1 < chars.count else {
        out.append(c)
        i += 1
        continue
      }
      let next = chars[i + 1]
      if next.isNumber {
        var digits = String(next)
        i += 2
        if i < chars.count, chars[i].isNumber {
          digits.append(chars[i])
          i += 1
        }
        let n = Int(digits)!
        guard n <= groupCount else {
          throw PyException(RegexModule.errorClass, "invalid group reference \(n)")
        }
        out += (try? text(m.group(n, default: .str("")))) ?? ""
        continue
      }
      if next == "g", i + 2 < chars.count, chars[i + 2] == "<",
        let close = chars[(i + 3)...].firstIndex(of: ">")
      {
        let key = String(chars[(i + 3)..<close])
        let index = Int(key) ?? groupNames[key]
        guard let index, index <= groupCount else {
          throw .indexError("unknown group name '\(key)'")
        }
        out += (try? text(m.group(index, default: .str("")))) ?? ""
        i = close + 1
        continue
      }
      switch next {
      case "n": out += "\n"
      case "t": out += "\t"
      case "\\": out += "\\"
      default: out += "\\" + String(next)
      }
      i += 2
    }
    return out
  }
}

/// A match (`re.Match`): groups by number or name, positions in code points.
final class PyMatch: PyObject {
  let ranges: [Range<String.Index>?]
  let string: String
  let pattern: PyPattern

  static let matchClass: PyClass = {
    let c = PyClass("Match", bases: [.object])
    c.moduleName = "re"
    c.namesModuleInMessages = true
    return c
  }()

  init(_ match: Regex<AnyRegexOutput>.Match, in string: String, pattern: PyPattern) {
    self.string = string
    self.pattern = pattern
    ranges = (0...pattern.groupCount).map { $0 < match.output.count ? match.output[$0].range : nil }
  }

  override var pyClass: PyClass { PyMatch.matchClass }

  func group(_ i: Int, default fallback: Value = .none) -> Value {
    guard i < ranges.count, let r = ranges[i] else { return fallback }
    return .str(String(string[r]))
  }

  private func offset(_ index: String.Index) -> Int {
    string.unicodeScalars.distance(from: string.startIndex, to: index)
  }

  private func index(_ key: Value) throws(PyException) -> Int {
    if case .int(let i) = key.asIndexLike, i >= 0, i <= pattern.groupCount { return i }
    if let name = key.as(PyStr.self)?.value, let i = pattern.groupNames[name] { return i }
    throw .indexError("no such group")
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let r = ranges[0]!
    let matched = try interp.repr(group(0))
    return
      "<re.Match object; span=(\(offset(r.lowerBound)), \(offset(r.upperBound))), match=\(matched)>"
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    group(try index(key))
  }

  override func isTruthy(_ interp: Interpreter) throws(PyException) -> Bool { true }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "string": return .str(string)
    case "re": return .object(pattern)
    case "lastindex":
      return (1..<ranges.count).last { ranges[$0] != nil }.map { .int($0) } ?? Value.none
    case "group":
      return .object(
        PyBuiltinFunction("group") { [self] (a, _) throws(PyException) in
          if a.count == 0 { return group(0) }
          if a.count == 1 { return group(try index(a.positional[0])) }
          var items: [Value] = []
          for v in a.positional { items.append(group(try index(v))) }
          return .tuple(items)
        })
    case "groups":
      return .object(
        PyBuiltinFunction("groups") { [self] (a, _) throws(PyException) in
          let fallback = a.count > 0 ? a.positional[0] : (a.keyword("default") ?? .none)
          guard pattern.groupCount > 0 else { return .tuple([]) }
          return .tuple((1...pattern.groupCount).map { group($0, default: fallback) })
        })
    case "groupdict":
      return .object(
        PyBuiltinFunction("groupdict") { [self] (a, _) throws(PyException) in
          let fallback = a.count > 0 ? a.positional[0] : (a.keyword("default") ?? .none)
          let d = PyDict()
          for (key, i) in pattern.groupNames.sorted(by: { $0.value < $1.value }) {
            d.set(key, group(i, default: fallback))
          }
          return .object(d)
        })
    case "start", "end", "span":
      return .object(
        PyBuiltinFunction(name) { [self] (a, _) throws(PyException) in
          let i = a.count > 0 ? try index(a.positional[0]) : 0
          guard let r = ranges[i] else {
            return name == "span" ? .tuple([.int(-1), .int(-1)]) : .int(-1)
          }
          let (s, e) = (offset(r.lowerBound), offset(r.upperBound))
          switch name {
          case "start": return .int(s)
          case "end": return .int(e)
          default: return .tuple([.int(s), .int(e)])
          }
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
