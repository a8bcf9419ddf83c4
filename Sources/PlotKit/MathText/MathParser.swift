/// Reads a text with `$...$` math parts into one horizontal list of boxes, as matplotlib's
/// mathtext `Parser` does (its grammar, read by recursive descent; its parse actions, which
/// build the boxes as each piece is read, with the same spacing rules and constants).
struct MathParser {
  struct State {
    var font: String
    var fontSize: Double
  }

  private let fonts = MathFontSet.shared
  private var states: [State]
  private var s: [Character] = []
  private var pos = 0
  private var needsSpaceAfterSubsuper = false
  /// How deep groups nest now; past `maxDepth` the text is refused (a stack guard).
  private var depth = 0
  private static let maxDepth = 150
  private let c = MathConstants.self

  init(fontSize: Double, font: String = "default") {
    states = [State(font: font, fontSize: fontSize)]
  }

  private var state: State {
    get { states[states.count - 1] }
    set { states[states.count - 1] = newValue }
  }

  /// The whole text: plain parts in the text's font, math parts between unescaped dollars.
  static func parse(_ text: String, fontSize: Double, font: String = "default")
    throws(MathTextError) -> MathHList
  {
    var parser = MathParser(fontSize: fontSize, font: font)
    var parts: [MathNode] = []
    var plain = ""
    var math: [Character]?
    var chars = Array(text)
    chars.append("\u{0}")
    var i = 0
    while i < chars.count - 1 {
      let ch = chars[i]
      if math != nil {
        if ch == "\\" {
          math!.append(ch)
          math!.append(chars[i + 1])
          i += 2
          continue
        }
        if ch == "$" {
          parts.append(try parser.mathPart(math!))
          math = nil
        } else {
          math!.append(ch)
        }
      } else if ch == "\\" && chars[i + 1] == "$" {
        plain.append("$")
        i += 1
      } else if ch == "$" {
        parts.append(try parser.plainPart(plain))
        plain = ""
        math = []
      } else {
        plain.append(ch)
      }
      i += 1
    }
    parts.append(try parser.plainPart(plain))
    return MathHList(parts)
  }

  private mutating func plainPart(_ text: String) throws(MathTextError) -> MathNode {
    var chars: [MathNode] = []
    for ch in text {
      chars.append(try MathChar(String(ch), font: state.font, fontSize: state.fontSize))
    }
    let list = MathHList(chars)
    states.append(State(font: "normal", fontSize: state.fontSize))
    return list
  }

  private mutating func mathPart(_ text: [Character]) throws(MathTextError) -> MathNode {
    s = text
    pos = 0
    var nodes: [MathNode] = []
    skipSpaces()
    if pos == s.count { throw MathTextError.parse(s, at: 0, "Expected token") }
    while pos < s.count {
      guard let more = try token() else {
        throw MathTextError.parse(s, at: pos, "Expected end of text")
      }
      nodes += more
      skipSpaces()
    }
    states.removeLast()
    return MathHList(nodes)
  }

  // MARK: - Reading

  private mutating func skipSpaces() {
    while pos < s.count, s[pos] == " " || s[pos] == "\t" || s[pos] == "\n" { pos += 1 }
  }

  private func peek(_ offset: Int = 0) -> Character? {
    pos + offset < s.count ? s[pos + offset] : nil
  }

  /// The letters of a command at `pos` (`\frac` gives "frac"), or nil.
  private func commandWord() -> String? {
    guard peek() == "\\" else { return nil }
    var i = pos + 1
    var word = ""
    while i < s.count, s[i].isASCII, s[i].isLetter {
      word.append(s[i])
      i += 1
    }
    return word.isEmpty ? nil : word
  }

  private mutating func take(_ literal: String) -> Bool {
    let chars = Array(literal)
    guard pos + chars.count <= s.count, Array(s[pos..<(pos + chars.count)]) == chars else {
      return false
    }
    pos += chars.count
    return true
  }

  private mutating func expect(_ literal: String, _ what: String) throws(MathTextError) {
    skipSpaces()
    guard take(literal) else { throw MathTextError.parse(s, at: pos, "Expected \(what)") }
  }

  // MARK: - Tokens

  /// One token: a space, a font switch, a nucleus with its scripts, or `\left...\right`.
  private mutating func token() throws(MathTextError) -> [MathNode]? {
    depth += 1
    defer { depth -= 1 }
    guard depth <= MathParser.maxDepth else {
      throw MathTextError.unsupported("math nested more than \(MathParser.maxDepth) levels deep")
    }
    skipSpaces()
    if let space = spaceCommand() { return [space] }
    if let word = commandWord() {
      if word == "hspace" {
        pos += 7
        try expect("{", "\\hspace{space}")
        skipSpaces()
        let start = pos
        while let ch = peek(), ch.isNumber || ch == "." || ch == "-" || ch == "+" { pos += 1 }
        guard let amount = Double(String(s[start..<pos])) else {
          throw MathTextError.parse(s, at: start, "Expected \\hspace{space}")
        }
        try expect("}", "\\hspace{space}")
        return [makeSpace(amount)]
      }
      if fonts.fontNames.contains(word) {
        pos += word.count + 1
        try setFont(word)
        return []
      }
    }
    if let node = try subsuper() { return [node] }
    if let word = commandWord() {
      throw MathTextError.parse(
        s, at: pos, kind: "ParseFatalException", "Unknown symbol: \\\(word)")
    }
    return nil
  }

  private mutating func setFont(_ name: String) throws(MathTextError) {
    state.font = name
  }

  private mutating func spaceCommand() -> MathNode? {
    var best: (String, Double)?
    for (name, width) in MathFontTable.spaceWidths {
      let chars = Array(name)
      guard pos + chars.count <= s.count, Array(s[pos..<(pos + chars.count)]) == chars else {
        continue
      }
      if name.count > (best?.0.count ?? 0) { best = (name, width) }
    }
    guard let (name, width) = best else { return nil }
    pos += name.count
    return makeSpace(width)
  }

  /// A nucleus and its sub- and superscripts and primes (or a lone nucleus).
  private mutating func subsuper() throws(MathTextError) -> MathNode? {
    skipSpaces()
    let start = pos
    let nucleus: MathNode? = peek() == "'" ? nil : try placeable()
    var scripts: [(Character, MathNode)] = []
    while true {
      skipSpaces()
      guard let op = peek(), op == "_" || op == "^" else { break }
      pos += 1
      skipSpaces()
      guard let arg = try placeable() else {
        throw MathTextError.parse(s, at: pos, "Expected placeable")
      }
      scripts.append((op, arg))
    }
    skipSpaces()
    var primes = 0
    while peek() == "'" {
      primes += 1
      pos += 1
    }
    guard nucleus != nil || !scripts.isEmpty || primes > 0 else { return nil }
    if scripts.isEmpty && primes == 0 { return nucleus }
    return try attachScripts(
      nucleus ?? MathBox(width: 0, height: 0, depth: 0), scripts, primes, at: start)
  }

  /// Anything that can carry scripts: a symbol, a group, a fraction, a root, a function...
  private mutating func placeable() throws(MathTextError) -> MathNode? {
    skipSpaces()
    guard let ch = peek() else { return nil }
    if ch == "{" { return try group(font: nil) }
    if ch != "\\" {
      if ch.isASCII {
        guard ch.isLetter || ch.isNumber || " +-*/<>=:,.;!?&'@()[]|".contains(ch) else {
          return nil
        }
      }
      let at = pos
      pos += 1
      return try symbol(String(ch), at: at)
    }
    let at = pos
    if let next = peek(1), "%${}[]_|".contains(next) {
      pos += 2
      return try symbol(
        next == "|" ? "\\|" : (next == "{" || next == "}" ? "\\\(next)" : String(next)), at: at)
    }
    if let next = peek(1), ["\"", "'", "`", "~", ".", "^"].contains(next) {
      pos += 2
      return try accent(String(next))
    }
    guard let word = commandWord() else { return nil }
    switch word {
    case "phantom", "llap", "rlap":
      pos += word.count + 1
      let body = try requiredGroup("\\\(word){value}", allowEmpty: true)
      switch word {
      case "phantom":
        body.isPhantom = true
        return body
      case "llap": return MathHList([MathKern(-body.width), body])
      default: return MathHList([body, MathKern(-body.width)])
      }
    case _ where MathFontTable.accents[word] != nil:
      pos += word.count + 1
      return try accent(word)
    case "widehat", "widetilde", "widebar":
      throw MathTextError.unsupported("\\\(word)")
    case _ where fonts.symbols[word] != nil && word != "left" && word != "right":
      pos += word.count + 1
      return try symbol("\\" + word, at: at)
    case _ where fonts.functionNames.contains(word):
      pos += word.count + 1
      return try function(word, at: at)
    case "operatorname":
      pos += word.count + 1
      return try operatorName(at: at)
    case _ where word.hasPrefix("math") && fonts.fontNames.contains(String(word.dropFirst(4))):
      pos += word.count + 1
      skipSpaces()
      guard peek() == "{" else { return nil }
      return try group(font: String(word.dropFirst(4)))
    case "frac", "dfrac", "binom":
      pos += word.count + 1
      let start = pos
      let num = try requiredGroup("\\\(word){num}{den}")
      let den = try requiredGroup("\\\(word){num}{den}", from: start)
      let thickness = underlineThickness
      if word == "binom" {
        return try fraction(num, den, rule: 0, display: false, delimiters: ("(", ")"))
      }
      return try fraction(num, den, rule: thickness, display: word == "dfrac", delimiters: nil)
    case "sqrt":
      pos += word.count + 1
      return try sqrt()
    case "overline":
      pos += word.count + 1
      return overline(try requiredGroup("\\overline{body}"))
    case "underline":
      pos += word.count + 1
      return underline(try requiredGroup("\\underline{body}"))
    case "overset", "underset":
      pos += word.count + 1
      let start = pos
      let annotation = try requiredGroup("\\\(word){annotation}{body}", allowEmpty: true)
      let body = try requiredGroup("\\\(word){annotation}{body}", allowEmpty: true, from: start)
      return genset(annotation, body, under: word == "underset")
    case "text":
      pos += word.count + 1
      return try text()
    case "boldsymbol":
      pos += word.count + 1
      return try boldsymbol()
    case "left":
      return try autoDelimiter()
    case "genfrac", "substack", "middle":
      throw MathTextError.unsupported("\\\(word)")
    default:
      return nil
    }
  }

  // MARK: - Parse actions

  private mutating func symbol(_ raw: String, at loc: Int) throws(MathTextError) -> MathNode {
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

  private mutating func makeSpace(_ fraction: Double) -> MathKern {
    MathKern(quad(fontSize: state.fontSize) * fraction)
  }

  /// The width of the 'normal' font's m (mathtext's em).
  private func quad(fontSize: Double) -> Double {
    fonts.metrics("it", 0x6D, size: fontSize, slanted: true).advance
  }

  private var underlineThickness: Double { 0.75 / 12 * state.fontSize }

  private var xHeight: Double { c.xHeight * state.fontSize }

  private mutating func group(font: String?) throws(MathTextError) -> MathNode {
    let open = pos
    pos += 1  // "{"
    states.append(state)
    if let font { try setFont(font) }
    var nodes: [MathNode] = []
    while true {
      skipSpaces()
      if peek() == "}" {
        pos += 1
        break
      }
      guard pos < s.count, let more = try token() else {
        throw MathTextError.parse(s, at: pos < s.count ? pos : s.count, "Expected end_group")
      }
      nodes += more
    }
    _ = open
    states.removeLast()
    return MathHList(nodes)
  }

  /// `{tokens}` as a command's argument (no new font scope, as matplotlib's).
  /// Errors in the braces themselves are reported where the command's arguments start
  /// (`start`, else here), as pyparsing's `cmd` reports them.
  private mutating func requiredGroup(
    _ command: String, allowEmpty: Bool = false, from start: Int? = nil
  ) throws(MathTextError) -> MathHList {
    let start = start ?? pos
    skipSpaces()
    guard take("{") else { throw MathTextError.parse(s, at: start, "Expected \(command)") }
    var nodes: [MathNode] = []
    var count = 0
    while true {
      skipSpaces()
      if peek() == "}" {
        if count == 0 && !allowEmpty {
          throw MathTextError.parse(s, at: start, "Expected \(command)")
        }
        pos += 1
        break
      }
      guard pos < s.count, let more = try token() else {
        throw MathTextError.parse(s, at: start, "Expected \(command)")
      }
      nodes += more
      count += 1
    }
    return MathHList(nodes)
  }

  private mutating func function(_ name: String, at loc: Int) throws(MathTextError) -> MathNode {
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

  /// Lists made by `\lim`, `\max`...: their scripts go above and below.
  private var overUnderLists: Set<ObjectIdentifier> = []

  private mutating func operatorName(at loc: Int) throws(MathTextError) -> MathNode {
    try expect("{", "\\operatorname{name}")
    states.append(state)
    state.font = "rm"
    var nodes: [MathNode] = []
    var count = 0
    while true {
      skipSpaces()
      if peek() == "}" {
        pos += 1
        break
      }
      guard pos < s.count, let more = try token() else {
        throw MathTextError.parse(s, at: pos, "Expected \\operatorname{name}")
      }
      for node in more {
        if let ch = node as? MathChar {
          ch.font = "rm"
          try ch.updateMetrics()
        }
        nodes.append(node)
      }
      count += more.count
    }
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

  private mutating func text() throws(MathTextError) -> MathNode {
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

  private mutating func accent(_ name: String) throws(MathTextError) -> MathNode {
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

  private mutating func boldsymbol() throws(MathTextError) -> MathNode {
    try expect("{", "\\boldsymbol{value}")
    var nodes: [MathNode] = []
    while true {
      skipSpaces()
      if peek() == "}" {
        pos += 1
        break
      }
      guard pos < s.count, let more = try token() else {
        throw MathTextError.parse(s, at: pos, "Expected \\boldsymbol{value}")
      }
      for node in more {
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
        nodes.append(node)
      }
    }
    return MathHList(nodes)
  }

  // MARK: - Scripts

  private mutating func attachScripts(
    _ nucleusIn: MathNode, _ scripts: [(Character, MathNode)], _ primes: Int, at loc: Int
  ) throws(MathTextError) -> MathNode {
    var sub: MathNode?
    var sup: MathNode?
    for (op, arg) in scripts {
      if op == "_" {
        if sub != nil {
          throw MathTextError.parse(s, at: loc, kind: "ParseFatalException", "Double subscript")
        }
        sub = arg
      } else {
        if sup != nil {
          throw MathTextError.parse(s, at: loc, kind: "ParseFatalException", "Double superscript")
        }
        sup = arg
      }
    }
    let ruleThickness = underlineThickness
    let xHeight = self.xHeight
    if primes > 0 {
      let list = (sup as? MathHList) ?? MathHList(sup.map { [$0] } ?? [])
      for _ in 0..<primes {
        list.children.append(try MathChar("\\prime", font: state.font, fontSize: state.fontSize))
      }
      list.kern()
      list.pack()
      sup = list
    }
    var nucleus = nucleusIn
    if isOverUnder(nucleus) {
      var vlist: [MathNode] = []
      var shift = 0.0
      var width = nucleus.width
      if let sup {
        sup.shrink()
        width = max(width, sup.width)
      }
      if let sub {
        sub.shrink()
        width = max(width, sub.width)
      }
      let gap = ruleThickness * 3
      if let sup {
        let h = MathHList.centred([sup])
        h.pack(width, exactly: true)
        vlist += [h, MathBox(width: 0, height: 0, depth: gap)]
      }
      let h = MathHList.centred([nucleus])
      h.pack(width, exactly: true)
      vlist.append(h)
      if let sub {
        let h = MathHList.centred([sub])
        h.pack(width, exactly: true)
        vlist += [MathBox(width: 0, height: 0, depth: gap), h]
        shift = h.height + gap + nucleus.depth
      }
      let v = MathVList(vlist)
      v.shiftAmount = shift
      let spacing: [MathNode] =
        needsSpaceAfterSubsuper ? [makeSpace(MathFontTable.spaceWidths["\\,"]!)] : []
      needsSpaceAfterSubsuper = false
      return MathHList([v] + spacing)
    }
    var last: MathNode = nucleus
    if let list = nucleus as? MathHList {
      var children = list.children
      if !children.isEmpty {
        if children.count >= 2, children.last is MathKern, children[children.count - 2] is MathChar
        {
          children.removeLast()
        }
        last = children.last!
        if let ch = last as? MathChar { ch.width = ch.metrics.advance }
      }
      nucleus = MathHList(children, kern: false)
    } else {
      if let ch = nucleus as? MathChar { ch.width = ch.metrics.advance }
      nucleus = MathHList([nucleus])
    }
    let lastHeight = last.height
    let dropsub = (last as? MathChar).map { fonts.dropSubSymbols.contains($0.symbol) } ?? false
    let lastBaseline = dropsub ? last.depth : 0
    var superKern = c.delta * xHeight
    var subKern = c.delta * xHeight
    if (last as? MathChar)?.isSlanted == true {
      superKern += c.delta * xHeight
      superKern += c.deltaSlanted * (lastHeight - xHeight * 2 / 3)
      if dropsub {
        subKern = (3 * c.delta - c.deltaIntegral) * lastHeight
        superKern = (3 * c.delta + c.deltaIntegral) * lastHeight
      } else {
        subKern = 0
      }
    }
    var shiftUp = 0.0
    var shiftDown = 0.0
    if !nucleus.isCharNode {
      let shrunkXHeight = c.xHeight * state.fontSize * MathNode.shrinkFactor
      shiftUp = nucleus.height - c.supDrop * shrunkXHeight
      shiftDown = nucleus.depth + c.subDrop * shrunkXHeight
    }
    let x: MathList
    if let sup {
      let up = MathHList([MathKern(superKern), sup])
      up.shrink()
      shiftUp =
        dropsub
        ? lastHeight - c.subDrop * xHeight
        : max(shiftUp, c.sup1 * xHeight, up.depth + xHeight / 4)
      if let sub {
        let down = MathHList([MathKern(subKern), sub])
        down.shrink()
        shiftDown = dropsub ? lastBaseline + c.subDrop * xHeight : max(shiftDown, c.sub2 * xHeight)
        var clearance = 4 * ruleThickness - ((shiftUp - up.depth) - (down.height - shiftDown))
        if clearance > 0 {
          shiftDown += clearance
          clearance = xHeight * 4 / 5 - shiftUp + up.depth
          if clearance > 0 {
            shiftUp += clearance
            shiftDown -= clearance
          }
        }
        let v = MathVList([up, MathKern((shiftUp - up.depth) - (down.height - shiftDown)), down])
        v.shiftAmount = shiftDown
        x = v
      } else {
        up.shiftAmount = -shiftUp
        x = up
      }
    } else {
      let down = MathHList([MathKern(subKern), sub!])
      down.shrink()
      shiftDown =
        dropsub
        ? lastBaseline + c.subDrop * xHeight
        : max(shiftDown, c.sub1 * xHeight, down.height - xHeight * 4 / 5)
      down.shiftAmount = shiftDown
      x = down
    }
    if !dropsub { x.width += c.scriptSpace * xHeight }
    let spacing: [MathNode] =
      needsSpaceAfterSubsuper ? [makeSpace(MathFontTable.spaceWidths["\\,"]!)] : []
    needsSpaceAfterSubsuper = false
    return MathHList([nucleus, x] + spacing)
  }

  private func isOverUnder(_ node: MathNode) -> Bool {
    if let ch = node as? MathChar { return fonts.overUnderSymbols.contains(ch.symbol) }
    return overUnderLists.contains(ObjectIdentifier(node))
  }

  // MARK: - Fractions, roots, lines, delimiters

  private mutating func fraction(
    _ num: MathHList, _ den: MathHList, rule: Double, display: Bool,
    delimiters: (String, String)?
  ) throws(MathTextError) -> MathNode {
    let thickness = underlineThickness
    let axisHeight = c.axisHeight * state.fontSize
    var xHeight = self.xHeight
    if !display {
      xHeight *= MathNode.shrinkFactor
      num.shrink()
      den.shrink()
    }
    let cnum = MathHList.centred([num])
    let cden = MathHList.centred([den])
    let width = max(num.width, den.width)
    cnum.pack(width, exactly: true)
    cden.pack(width, exactly: true)
    let v: MathVList
    if rule > 0 {
      let numShift = (display ? c.num1 : c.num2) * xHeight
      let denShift = (display ? c.denom1 : c.denom2) * xHeight
      let minimum = display ? 3 * rule : rule
      let delta = rule / 2
      let numClearance = max((numShift - cnum.depth) - (axisHeight + delta), minimum)
      let denClearance = max((axisHeight - delta) - (cden.height - denShift), minimum)
      v = MathVList([
        cnum, MathBox(width: 0, height: 0, depth: numClearance),
        MathRule.horizontal(thickness: rule), MathBox(width: 0, height: 0, depth: denClearance),
        cden,
      ])
      v.shiftAmount = cden.height + denClearance + delta - axisHeight
    } else {
      let numShift = (display ? c.num1 : c.num3) * xHeight
      let denShift = (display ? c.denom1 : c.denom2) * xHeight
      let minimum = (display ? 7 : 3) * thickness
      let natural = (numShift - cnum.depth) - (cden.height - denShift)
      v = MathVList([cnum, MathBox(width: 0, height: 0, depth: max(natural, minimum)), cden])
      v.shiftAmount = denShift
      if natural < minimum { v.shiftAmount += (minimum - natural) / 2 }
    }
    let result = MathHList([
      MathBox(width: thickness, height: 0, depth: 0), v,
      MathBox(width: thickness, height: 0, depth: 0),
    ])
    guard let (left, right) = delimiters else { return result }
    return try sizedDelimiters(left, [result], right)
  }

  private mutating func sqrt() throws(MathTextError) -> MathNode {
    skipSpaces()
    var root: MathHList?
    if peek() == "[" {
      pos += 1
      var nodes: [MathNode] = []
      while true {
        skipSpaces()
        if peek() == "]" {
          pos += 1
          break
        }
        guard pos < s.count, let more = try token() else {
          throw MathTextError.parse(s, at: pos, "Expected \\sqrt{value}")
        }
        nodes += more
      }
      root = MathHList(nodes)
    }
    let body = try requiredGroup("\\sqrt{value}")
    let thickness = underlineThickness
    let check = try autoHeightChar(
      "\\__sqrt__", height: body.height - body.shiftAmount + 5 * thickness,
      depth: body.depth + body.shiftAmount)
    let height = check.height - check.shiftAmount
    let depth = check.depth + check.shiftAmount
    let padded = MathHList([
      MathBox(width: 2 * thickness, height: 0, depth: 0), body,
      MathBox(width: 2 * thickness, height: 0, depth: 0),
    ])
    let right = MathVList([MathRule.horizontal(thickness: thickness), MathGlue.fill(), padded])
    right.pack(height + state.fontSize / 12 * 72 / 100, exactly: true, maxDepth: depth)
    let rootBox: MathNode
    if let root {
      root.shrink()
      root.shrink()
      rootBox = root
    } else {
      rootBox = MathBox(width: 0.5 * check.width, height: 0, depth: 0)
    }
    let rootList = MathVList([MathHList([rootBox])])
    rootList.shiftAmount = -height * 0.6
    return MathHList([rootList, MathKern(-0.5 * check.width), check, right])
  }

  private func overline(_ body: MathHList) -> MathNode {
    let thickness = underlineThickness
    let height = body.height - body.shiftAmount + 3 * thickness
    let depth = body.depth + body.shiftAmount
    let right = MathVList([
      MathRule.horizontal(thickness: thickness), MathGlue.fill(), MathHList([body]),
    ])
    right.pack(height + state.fontSize / 12 * 72 / 100, exactly: true, maxDepth: depth)
    return MathHList([right])
  }

  private func underline(_ body: MathHList) -> MathNode {
    let thickness = underlineThickness
    let v = MathVList([
      MathHList([body]), MathKern(3 * thickness), MathRule.horizontal(thickness: thickness),
    ])
    let total = v.height + v.depth + thickness
    v.height = body.height
    v.depth = total - v.height
    return MathHList([v])
  }

  private func genset(_ annotation: MathHList, _ body: MathHList, under: Bool) -> MathNode {
    let thickness = underlineThickness
    annotation.shrink()
    let a = MathHList.centred([annotation])
    let b = MathHList.centred([body])
    let width = max(a.width, b.width)
    a.pack(width, exactly: true)
    b.pack(width, exactly: true)
    let gap = MathBox(width: 0, height: 0, depth: thickness * 3)
    if under {
      let v = MathVList([b, gap, a])
      v.shiftAmount = b.depth + a.height + thickness * 3
      return v
    }
    return MathVList([a, gap, b])
  }

  private mutating func autoDelimiter() throws(MathTextError) -> MathNode {
    pos += 5  // \left
    let left = try delimiter()
    var middle: [MathNode] = []
    while true {
      skipSpaces()
      if commandWord() == "right" {
        pos += 6
        break
      }
      guard pos < s.count, let more = try token() else {
        throw MathTextError.parse(s, at: pos, "Expected \\right")
      }
      middle += more
    }
    let right = try delimiter()
    return try sizedDelimiters(left, middle, right)
  }

  private mutating func delimiter() throws(MathTextError) -> String {
    skipSpaces()
    if let word = commandWord(), fonts.delimiters.contains("\\" + word) {
      pos += word.count + 1
      return "\\" + word
    }
    if let a = peek(), let b = peek(1), fonts.delimiters.contains(String([a, b])) {
      pos += 2
      return String([a, b])
    }
    if let a = peek(), fonts.delimiters.contains(String(a)) {
      pos += 1
      return String(a)
    }
    throw MathTextError.parse(s, at: pos, "Expected a delimiter")
  }

  private mutating func sizedDelimiters(_ front: String, _ middle: [MathNode], _ back: String)
    throws(MathTextError) -> MathNode
  {
    let height = middle.map(\.height).max() ?? 0
    let depth = middle.map(\.depth).max() ?? 0
    let factor: Double? = middle.isEmpty ? 1 : nil
    var parts: [MathNode] = []
    if front != "." {
      parts.append(try autoHeightChar(front, height: height, depth: depth, factor: factor))
    }
    parts += middle
    if back != "." {
      parts.append(try autoHeightChar(back, height: height, depth: depth, factor: factor))
    }
    return MathHList(parts)
  }

  /// A delimiter or radical as tall as the material beside it (matplotlib's
  /// `AutoHeightChar`): the first of DejaVu Sans's glyph and STIX's larger cuts tall enough,
  /// a STIX cut scaled to the exact height.
  private func autoHeightChar(
    _ symbol: String, height: Double, depth: Double, factor: Double? = nil
  ) throws(MathTextError) -> MathHList {
    guard let (fontList, code) = MathFontTable.sizedAlternatives[symbol] else {
      throw MathTextError.unsupported("the delimiter \(symbol) sized to its contents")
    }
    let alternatives = fontList.split(separator: " ").map(String.init)
    let glyph = String(UnicodeScalar(code)!)
    let xHeight = self.xHeight
    let target = height + depth
    var font = alternatives[0]
    var char = try MathChar(glyph, font: font, fontSize: state.fontSize)
    for candidate in alternatives {
      font = candidate
      char = try MathChar(glyph, font: font, fontSize: state.fontSize)
      if char.height + char.depth >= target - 0.2 * xHeight { break }
    }
    var shift = 0.0
    if font != "0" || alternatives.count == 1 {
      let scale = factor ?? target / (char.height + char.depth)
      char = try MathChar(glyph, font: font, fontSize: state.fontSize * scale)
      shift = depth - char.depth
    }
    let list = MathHList([char])
    list.shiftAmount = shift
    return list
  }
}

/// matplotlib's `DejaVuSansFontConstants` (ratios of the x-height), the x-height and math
/// axis in em, and the small Greek letters' names, from the generated table.
enum MathConstants {
  private static let table = MathFontTable.constants
  static let xHeight = table["x_height"]!
  static let scriptSpace = table["script_space"]!
  static let delta = table["delta"]!
  static let deltaSlanted = table["delta_slanted"]!
  static let deltaIntegral = table["delta_integral"]!
  static let supDrop = table["supdrop"]!
  static let subDrop = table["subdrop"]!
  static let sup1 = table["sup1"]!
  static let sub1 = table["sub1"]!
  static let sub2 = table["sub2"]!
  static let num1 = table["num1"]!
  static let num2 = table["num2"]!
  static let num3 = table["num3"]!
  static let denom1 = table["denom1"]!
  static let denom2 = table["denom2"]!
  static let axisHeight = table["axis_height"]!
  static let smallGreek = Set(MathFontTable.smallGreek.split(separator: " ").map(String.init))
}
