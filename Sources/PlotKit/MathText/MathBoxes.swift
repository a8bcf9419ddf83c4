/// The TeX box model as matplotlib's mathtext builds it: characters, kerns, glue, rules and
/// horizontal and vertical lists, each with width, height (above the baseline) and depth
/// (below), in points. Classes, because lists shrink and re-pack their children in place.
class MathNode {
  /// How many times the node was shrunk (sub- and superscripts shrink one level each).
  var level = 0
  var width = 0.0
  var height = 0.0
  var depth = 0.0

  static let shrinkFactor = MathFontTable.constants["shrink_factor"]!
  static let sizeLevels = Int(MathFontTable.constants["size_levels"]!)

  func shrink() { level += 1 }

  func kerning(before next: MathNode?) -> Double { 0 }

  /// TeX's `char_node`: no vertical list inside.
  var isCharNode: Bool { true }
}

/// A box with a physical extent: rules, empty boxes, lists.
class MathBox: MathNode {
  init(width: Double, height: Double, depth: Double) {
    super.init()
    self.width = width
    self.height = height
    self.depth = depth
  }

  override func shrink() {
    super.shrink()
    if level < MathNode.sizeLevels {
      width *= MathNode.shrinkFactor
      height *= MathNode.shrinkFactor
      depth *= MathNode.shrinkFactor
    }
  }
}

/// A solid rectangle (a fraction bar, a radical's overbar); an infinite dimension runs to
/// the enclosing box.
final class MathRule: MathBox {
  static func horizontal(thickness: Double) -> MathRule {
    MathRule(width: .infinity, height: thickness / 2, depth: thickness / 2)
  }
}

/// A kern: fixed space (horizontal in an hlist, vertical in a vlist).
final class MathKern: MathNode {
  init(_ width: Double) {
    super.init()
    self.width = width
  }

  override func shrink() {
    super.shrink()
    if level < MathNode.sizeLevels { width *= MathNode.shrinkFactor }
  }
}

/// Stretchable space: a natural width and stretch/shrink of an order of infinity.
final class MathGlue: MathNode {
  var natural: Double
  let stretch: Double
  let stretchOrder: Int
  let shrinkBy: Double
  let shrinkOrder: Int

  init(natural: Double = 0, stretch: Double, stretchOrder: Int, shrink: Double, shrinkOrder: Int) {
    self.natural = natural
    self.stretch = stretch
    self.stretchOrder = stretchOrder
    self.shrinkBy = shrink
    self.shrinkOrder = shrinkOrder
  }

  /// matplotlib's 'ss' glue (centring), 'fill' glue.
  static func centring() -> MathGlue {
    MathGlue(stretch: 1, stretchOrder: 1, shrink: -1, shrinkOrder: 1)
  }
  static func fill() -> MathGlue {
    MathGlue(stretch: 1, stretchOrder: 2, shrink: 0, shrinkOrder: 0)
  }

  override func shrink() {
    super.shrink()
    if level < MathNode.sizeLevels { natural *= MathNode.shrinkFactor }
  }
}

/// One glyph, with its font and size (matplotlib's `Char`). Its box is the ink; the rest of
/// the advance becomes a kern when it joins a list.
class MathChar: MathNode {
  let symbol: String
  /// The font the parser asked for ('normal', 'rm', 'it', 'default', ...): kerning applies
  /// between characters asked for in the same font.
  var font: String
  var fontSize: Double
  private(set) var table = "rm"
  private(set) var code: UInt32 = 0
  private(set) var metrics: MathMetrics!

  init(_ symbol: String, font: String, fontSize: Double) throws(MathTextError) {
    self.symbol = symbol
    self.font = font
    self.fontSize = fontSize
    super.init()
    try updateMetrics()
  }

  func updateMetrics() throws(MathTextError) {
    let fonts = MathFontSet.shared
    guard let glyph = fonts.resolve(symbol, font: font) else {
      throw MathTextError.unsupported(
        "the symbol \(symbol) (matplotlib draws it from the STIX fonts, which NumBook does not carry)"
      )
    }
    (table, code) = (glyph.table, glyph.code)
    metrics = fonts.metrics(table, code, size: fontSize, slanted: glyph.slanted)
    setBox()
  }

  func setBox() {
    width = symbol == " " ? metrics.advance : metrics.width
    height = metrics.iceberg
    depth = -(metrics.iceberg - metrics.height)
  }

  var isSlanted: Bool { metrics.slanted }

  override func kerning(before next: MathNode?) -> Double {
    var kern = 0.0
    if let next = next as? MathChar, next.font == font, next.fontSize == fontSize {
      kern = MathFontSet.shared.kern(table, code, next.code, size: fontSize)
    }
    return metrics.advance - width + kern
  }

  override func shrink() {
    super.shrink()
    if level < MathNode.sizeLevels {
      fontSize *= MathNode.shrinkFactor
      width *= MathNode.shrinkFactor
      height *= MathNode.shrinkFactor
      depth *= MathNode.shrinkFactor
    }
  }
}

/// An accent glyph: its box is its ink, wherever the font put it (matplotlib's `Accent`).
final class MathAccent: MathChar {
  override func setBox() {
    width = metrics.xmax - metrics.xmin
    height = metrics.ymax - metrics.ymin
    depth = 0
  }

  override func shrink() {
    super.shrink()
    try? updateMetrics()
  }
}

/// A horizontal or vertical list of nodes, packed to its natural size or to a given one.
class MathList: MathBox {
  var children: [MathNode]
  var shiftAmount = 0.0
  var glueSet = 0.0
  var glueSign = 0
  var glueOrder = 0
  var isPhantom = false

  init(_ children: [MathNode]) {
    self.children = children
    super.init(width: 0, height: 0, depth: 0)
  }

  /// Sets the glue for `extra` points beyond the natural size: stretched (extra > 0) or
  /// shrunk by the glue of the highest order of infinity present.
  func setGlue(extra: Double, stretch: [Double], shrink: [Double]) {
    guard extra != 0 else {
      glueSign = 0
      glueOrder = 0
      return
    }
    let totals = extra > 0 ? stretch : shrink
    glueOrder = (0..<totals.count).reversed().first { totals[$0] != 0 } ?? 0
    glueSign = extra > 0 ? 1 : -1
    if totals[glueOrder] != 0 { glueSet = extra / totals[glueOrder] } else { glueSign = 0 }
  }

  override func shrink() {
    for child in children { child.shrink() }
    super.shrink()
    if level < MathNode.sizeLevels {
      shiftAmount *= MathNode.shrinkFactor
      glueSet *= MathNode.shrinkFactor
    }
  }
}

final class MathHList: MathList {
  /// Makes the list: kerns between its characters, then its natural width plus `width`
  /// (or exactly `width`).
  init(_ children: [MathNode], width: Double = 0, exactly: Bool = false, kern: Bool = true) {
    super.init(children)
    if kern { self.kern() }
    pack(width, exactly: exactly)
  }

  static func centred(_ children: [MathNode]) -> MathHList {
    MathHList([MathGlue.centring()] + children + [MathGlue.centring()], kern: false)
  }

  /// `a` and `b` each centred in a list as wide as the wider of the two.
  static func centred(_ a: MathHList, _ b: MathHList) -> (MathHList, MathHList) {
    let (ca, cb) = (centred([a]), centred([b]))
    let width = max(a.width, b.width)
    ca.pack(width, exactly: true)
    cb.pack(width, exactly: true)
    return (ca, cb)
  }

  override var isCharNode: Bool { children.allSatisfy(\.isCharNode) }

  func kern() {
    var out: [MathNode] = []
    for (i, node) in children.enumerated() {
      out.append(node)
      let k = node.kerning(before: i + 1 < children.count ? children[i + 1] : nil)
      if k != 0 { out.append(MathKern(k)) }
    }
    children = out
  }

  func pack(_ w: Double = 0, exactly: Bool = false) {
    var (h, d, x) = (0.0, 0.0, 0.0)
    var stretch = [0.0, 0, 0, 0]
    var shrink = [0.0, 0, 0, 0]
    for p in children {
      switch p {
      case let c as MathChar:
        x += c.width
        h = max(h, c.height)
        d = max(d, c.depth)
      case let b as MathBox:
        x += b.width
        if b.height.isFinite && b.depth.isFinite {
          let s = (b as? MathList)?.shiftAmount ?? 0
          h = max(h, b.height - s)
          d = max(d, b.depth + s)
        }
      case let g as MathGlue:
        x += g.natural
        stretch[g.stretchOrder] += g.stretch
        shrink[g.shrinkOrder] += g.shrinkBy
      default:
        x += p.width
      }
    }
    height = h
    depth = d
    width = exactly ? w : w + x
    setGlue(extra: width - x, stretch: stretch, shrink: shrink)
  }
}

final class MathVList: MathList {
  init(_ children: [MathNode], height: Double = 0, exactly: Bool = false) {
    super.init(children)
    pack(height, exactly: exactly)
  }

  override var isCharNode: Bool { false }

  func pack(_ h: Double = 0, exactly: Bool = false, maxDepth: Double = .infinity) {
    var (w, d, x) = (0.0, 0.0, 0.0)
    var stretch = [0.0, 0, 0, 0]
    var shrink = [0.0, 0, 0, 0]
    for p in children {
      switch p {
      case let b as MathBox:
        x += d + b.height
        d = b.depth
        if b.width.isFinite { w = max(w, b.width + ((b as? MathList)?.shiftAmount ?? 0)) }
      case let g as MathGlue:
        x += d
        d = 0
        x += g.natural
        stretch[g.stretchOrder] += g.stretch
        shrink[g.shrinkOrder] += g.shrinkBy
      default:
        x += d + p.width
        d = 0
      }
    }
    width = w
    if d > maxDepth {
      x += d - maxDepth
      depth = maxDepth
    } else {
      depth = d
    }
    height = exactly ? h : h + x
    setGlue(extra: height - x, stretch: stretch, shrink: shrink)
  }
}
