/// Fractions, roots, over- and underlines, `\\overset`/`\\underset`, and delimiters sized to
/// what they enclose.
extension MathParser {
  mutating func fraction(
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
    let (cnum, cden) = MathHList.centred(num, den)
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

  mutating func sqrt() throws(MathTextError) -> MathNode {
    skipSpaces()
    var root: MathHList?
    if peek() == "[" {
      pos += 1
      root = MathHList(try tokens(until: "]", "Expected \\sqrt{value}").flatMap { $0 })
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

  func overline(_ body: MathHList) -> MathNode {
    let thickness = underlineThickness
    let height = body.height - body.shiftAmount + 3 * thickness
    let depth = body.depth + body.shiftAmount
    let right = MathVList([
      MathRule.horizontal(thickness: thickness), MathGlue.fill(), MathHList([body]),
    ])
    right.pack(height + state.fontSize / 12 * 72 / 100, exactly: true, maxDepth: depth)
    return MathHList([right])
  }

  func underline(_ body: MathHList) -> MathNode {
    let thickness = underlineThickness
    let v = MathVList([
      MathHList([body]), MathKern(3 * thickness), MathRule.horizontal(thickness: thickness),
    ])
    let total = v.height + v.depth + thickness
    v.height = body.height
    v.depth = total - v.height
    return MathHList([v])
  }

  func genset(_ annotation: MathHList, _ body: MathHList, under: Bool) -> MathNode {
    let thickness = underlineThickness
    annotation.shrink()
    let (a, b) = MathHList.centred(annotation, body)
    let gap = MathBox(width: 0, height: 0, depth: thickness * 3)
    if under {
      let v = MathVList([b, gap, a])
      v.shiftAmount = b.depth + a.height + thickness * 3
      return v
    }
    return MathVList([a, gap, b])
  }

  mutating func autoDelimiter() throws(MathTextError) -> MathNode {
    pos += 5  // \left
    let left = try delimiter()
    let middle = try tokens(until: "\\right", "Expected \\right").flatMap { $0 }
    let right = try delimiter()
    return try sizedDelimiters(left, middle, right)
  }

  mutating func delimiter() throws(MathTextError) -> String {
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

  mutating func sizedDelimiters(_ front: String, _ middle: [MathNode], _ back: String)
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
  func autoHeightChar(
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
