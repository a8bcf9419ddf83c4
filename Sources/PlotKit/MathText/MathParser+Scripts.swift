/// Sub- and superscripts and primes, placed by matplotlib's rules (TeX's, with its
/// DejaVu Sans constants): over and under big operators and `\\lim`, beside everything else.
extension MathParser {
  mutating func attachScripts(
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

  func isOverUnder(_ node: MathNode) -> Bool {
    if let ch = node as? MathChar { return fonts.overUnderSymbols.contains(ch.symbol) }
    return overUnderLists.contains(ObjectIdentifier(node))
  }
}
