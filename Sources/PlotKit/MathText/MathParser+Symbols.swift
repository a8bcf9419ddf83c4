#if canImport(Glibc)
  import Glibc
#endif

/// The parse actions that make characters: symbols with matplotlib's spacing around
/// operators and after punctuation, functions (`\\sin`), `\\operatorname`, `\\text`, accents,
/// `\\boldsymbol`, groups and command arguments.
extension MathParser {
  mutating func symbol(_ raw: String, at loc: Int) throws(MathTextError) -> MathNode {
    let c = raw == "-" ? "\u{2212}" : raw
    let char = try MathChar(c, font: state.font, fontSize: state.fontSize)
    let before = s[..<loc]
    let previous = before.last { $0 != " " }.map(String.init) ?? ""
    if fonts.spacedSymbols.contains(c) {
      let atStart = before.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" }
      if needsSpaceAfterSubsuper
        || (fonts.binaryOperators.contains(c)
          && (atStart || previous == "{" || fonts.leftDelimiters.contains(previous)
            || fonts.relations.contains(previous)))
      {
        return char
      }
      return MathHList([makeSpace(0.2), char, makeSpace(0.2)])
    }
    if fonts.punctuation.contains(c) {
      let after = s[(loc + raw.count)...].first { $0 != " " }.map(String.init) ?? ""
      if c == "," && previous == "{" && after == "}" { return char }
      if c == ".", previous.first?.isNumber == true, after.first?.isNumber == true,
        previous.first!.isASCII, after.first!.isASCII
      {
        return char
      }
      return MathHList([char, makeSpace(0.2)])
    }
    return char
  }

  mutating func makeSpace(_ fraction: Double) -> MathKern {
    MathKern(quad(fontSize: state.fontSize) * fraction)
  }

  /// The width of the 'normal' font's m (mathtext's em).
  func quad(fontSize: Double) -> Double {
    fonts.metrics("it", 0x6D, size: fontSize, slanted: true).advance
  }

  var underlineThickness: Double { 0.75 / 12 * state.fontSize }

  var xHeight: Double { c.xHeight * state.fontSize }

  mutating func group(font: String?) throws(MathTextError) -> MathNode {
    pos += 1  // "{"
    states.append(state)
    if let font { try setFont(font) }
    let nodes = try tokens(until: "}", "Expected end_group").flatMap { $0 }
    states.removeLast()
    return MathHList(nodes)
  }

  /// `{tokens}` as a command's argument (no new font scope, as matplotlib's).
  /// Errors in the braces themselves are reported where the command's arguments start
  /// (`start`, else here), as pyparsing's `cmd` reports them.
  mutating func requiredGroup(
    _ command: String, allowEmpty: Bool = false, from start: Int? = nil
  ) throws(MathTextError) -> MathHList {
    let start = start ?? pos
    skipSpaces()
    guard take("{") else { throw MathTextError.parse(s, at: start, "Expected \(command)") }
    let parts = try tokens(until: "}", "Expected \(command)", errorAt: start)
    if parts.isEmpty && !allowEmpty {
      throw MathTextError.parse(s, at: start, "Expected \(command)")
    }
    return MathHList(parts.flatMap { $0 })
  }

  mutating func function(_ name: String, at loc: Int) throws(MathTextError) -> MathNode {
    states.append(state)
    state.font = "rm"
    var nodes: [MathNode] = []
    for ch in name { nodes.append(try MathChar(String(ch), font: "rm", fontSize: state.fontSize)) }
    let next = s[(loc + name.count + 1)...].first { $0 != " " }.map(String.init) ?? ""
    if !(fonts.delimiters.contains(next) || next == "^" || next == "_") {
      nodes.append(makeSpace(MathFontTable.spaceWidths["\\,"]!))
    }
    states.removeLast()
    needsSpaceAfterSubsuper = next == "^" || next == "_"
    let list = MathHList(nodes)
    if fonts.overUnderFunctions.contains(name) { overUnderLists.insert(ObjectIdentifier(list)) }
    return list
  }

  mutating func operatorName(at loc: Int) throws(MathTextError) -> MathNode {
    try expect("{", "\\operatorname{name}")
    states.append(state)
    state.font = "rm"
    var nodes = try tokens(until: "}", "Expected \\operatorname{name}").flatMap { $0 }
    for case let ch as MathChar in nodes {
      ch.font = "rm"
      try ch.updateMetrics()
    }
    let count = nodes.count
    let next =
      s[min(loc + count + 1 + "operatorname{}".count, s.count)...].first { $0 != " " }.map(
        String.init) ?? ""
    if !(fonts.delimiters.contains(next) || next == "^" || next == "_") {
      nodes.append(makeSpace(MathFontTable.spaceWidths["\\,"]!))
    }
    states.removeLast()
    needsSpaceAfterSubsuper = next == "^" || next == "_"
    return MathHList(nodes)
  }

  mutating func text() throws(MathTextError) -> MathNode {
    skipSpaces()
    guard take("{") else { throw MathTextError.parse(s, at: pos, "Expected \\text{...}") }
    var depth = 1
    var raw = ""
    while let ch = peek() {
      pos += 1
      if ch == "{" { depth += 1 }
      if ch == "}" {
        depth -= 1
        if depth == 0 { break }
      }
      raw.append(ch)
    }
    guard depth == 0 else { throw MathTextError.parse(s, at: pos, "Expected \\text{...}") }
    var nodes: [MathNode] = []
    for ch in raw { nodes.append(try MathChar(String(ch), font: "rm", fontSize: state.fontSize)) }
    return MathHList(nodes)
  }

  mutating func accent(_ name: String) throws(MathTextError) -> MathNode {
    guard let body = try placeable() else {
      throw MathTextError.parse(s, at: pos, "Expected sym")
    }
    let thickness = underlineThickness
    let mark = try MathAccent(
      "\\" + MathFontTable.accents[name]!, font: state.font, fontSize: state.fontSize)
    if name == "mathring" {
      mark.shrink()
      mark.shrink()
    }
    let centred = MathHList.centred([MathBox(width: body.width / 4, height: 0, depth: 0), mark])
    centred.pack(body.width, exactly: true)
    return MathVList([
      centred, MathBox(width: 0, height: 0, depth: thickness * 2), MathHList([body]),
    ])
  }

  mutating func boldsymbol() throws(MathTextError) -> MathNode {
    try expect("{", "\\boldsymbol{value}")
    let nodes = try tokens(until: "}", "Expected \\boldsymbol{value}").flatMap { $0 }
    for node in nodes {
      if let list = node as? MathHList, list.children.count > 1,
        let ch = list.children[1] as? MathChar
      {
        ch.font = "bf"
        try ch.updateMetrics()
      } else if let ch = node as? MathChar {
        let greek =
          ch.symbol.hasPrefix("\\")
          && MathConstants.smallGreek.contains(String(ch.symbol.dropFirst()))
        ch.font =
          (ch.symbol.count == 1 && ch.symbol.first!.isASCII && ch.symbol.first!.isLetter) || greek
          ? "bfit" : "bf"
        try ch.updateMetrics()
      }
    }
    return MathHList(nodes)
  }
}
