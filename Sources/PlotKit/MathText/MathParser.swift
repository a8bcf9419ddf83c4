/// Reads a text with `$...$` math parts into one horizontal list of boxes, as matplotlib's
/// mathtext `Parser` does (its grammar, read by recursive descent; its parse actions, which
/// build the boxes as each piece is read, with the same spacing rules and constants).
struct MathParser {
  struct State {
    var font: String
    var fontSize: Double
  }

  let fonts = MathFontSet.shared
  var states: [State]
  var s: [Character] = []
  var pos = 0
  var needsSpaceAfterSubsuper = false
  /// Lists made by `\lim`, `\max`...: their scripts go above and below.
  var overUnderLists: Set<ObjectIdentifier> = []
  /// How deep groups nest now; past `maxDepth` the text is refused (a stack guard).
  var depth = 0
  private static let maxDepth = 150
  let c = MathConstants.self

  init(fontSize: Double, font: String = "default") {
    states = [State(font: font, fontSize: fontSize)]
  }

  var state: State {
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

  mutating func plainPart(_ text: String) throws(MathTextError) -> MathNode {
    var chars: [MathNode] = []
    for ch in text {
      chars.append(try MathChar(String(ch), font: state.font, fontSize: state.fontSize))
    }
    let list = MathHList(chars)
    states.append(State(font: "normal", fontSize: state.fontSize))
    return list
  }

  mutating func mathPart(_ text: [Character]) throws(MathTextError) -> MathNode {
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

  mutating func skipSpaces() {
    while pos < s.count, s[pos] == " " || s[pos] == "\t" || s[pos] == "\n" { pos += 1 }
  }

  func peek(_ offset: Int = 0) -> Character? {
    pos + offset < s.count ? s[pos + offset] : nil
  }

  /// The letters of a command at `pos` (`\frac` gives "frac"), or nil.
  func commandWord() -> String? {
    guard peek() == "\\" else { return nil }
    var i = pos + 1
    var word = ""
    while i < s.count, s[i].isASCII, s[i].isLetter {
      word.append(s[i])
      i += 1
    }
    return word.isEmpty ? nil : word
  }

  mutating func take(_ literal: String) -> Bool {
    let chars = Array(literal)
    guard pos + chars.count <= s.count, Array(s[pos..<(pos + chars.count)]) == chars else {
      return false
    }
    pos += chars.count
    return true
  }

  mutating func expect(_ literal: String, _ what: String) throws(MathTextError) {
    skipSpaces()
    guard take(literal) else { throw MathTextError.parse(s, at: pos, "Expected \(what)") }
  }

  /// Tokens up to the closing `close` (consumed), each token's nodes apart (a font switch
  /// gives none). A missing closer is `message`'s error at `errorAt` (nil: where it was
  /// missed).
  mutating func tokens(until close: String, _ message: String, errorAt: Int? = nil)
    throws(MathTextError) -> [[MathNode]]
  {
    var out: [[MathNode]] = []
    while true {
      skipSpaces()
      if close == "\\right" ? commandWord() == "right" : peek().map(String.init) == close {
        pos += close.count
        return out
      }
      guard pos < s.count, let more = try token() else {
        throw MathTextError.parse(s, at: errorAt ?? pos, message)
      }
      out.append(more)
    }
  }

  // MARK: - Tokens

  /// One token: a space, a font switch, a nucleus with its scripts, or `\left...\right`.
  mutating func token() throws(MathTextError) -> [MathNode]? {
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

  mutating func setFont(_ name: String) throws(MathTextError) {
    state.font = name
  }

  mutating func spaceCommand() -> MathNode? {
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
  mutating func subsuper() throws(MathTextError) -> MathNode? {
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
  mutating func placeable() throws(MathTextError) -> MathNode? {
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
}
