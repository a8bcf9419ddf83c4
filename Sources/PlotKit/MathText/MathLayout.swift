/// A text with `$...$` math laid out as matplotlib's mathtext lays it out: each glyph and
/// rule placed relative to where the text starts, in points, y down (as the SVG writes them).
struct MathLayout {
  struct Glyph {
    let table: String
    let code: UInt32
    let size: Double
    let x: Double
    let y: Double
  }

  struct Rule {
    let x: Double
    let y: Double
    let width: Double
    let height: Double
  }

  var glyphs: [Glyph] = []
  var rules: [Rule] = []
  /// The outer box, unrounded.
  var width = 0.0
  var height = 0.0
  var depth = 0.0

  /// Lays out `text` at `size` points (matplotlib's `ship`: the two mutually recursive
  /// walks over horizontal and vertical lists, glue set as TeX sets it).
  init(_ text: String, size: Double) throws(MathTextError) {
    let box = try MathParser.parse(text, fontSize: size)
    width = box.width
    height = box.height
    depth = box.depth
    var walk = Walk(top: box.height)
    walk.horizontal(box)
    let roundedHeight = box.height.rounded(.up)
    glyphs = walk.glyphs.map {
      Glyph(table: $0.table, code: $0.code, size: $0.size, x: $0.x, y: $0.y - roundedHeight)
    }
    rules = walk.rules.map {
      // matplotlib's writer puts a rule's top where its bottom is, one point up.
      Rule(x: $0.x, y: $0.y + $0.height - roundedHeight - 1, width: $0.width, height: $0.height)
    }
  }

  private struct Walk {
    var h = 0.0
    var v = 0.0
    let top: Double
    var glyphs: [(table: String, code: UInt32, size: Double, x: Double, y: Double)] = []
    /// Rules by their bottom-left corner, y down from the box's top.
    var rules: [(x: Double, y: Double, width: Double, height: Double)] = []
    var phantom = 0

    init(top: Double) { self.top = top }

    private static func clamp(_ x: Double) -> Double { min(max(x, -1e9), 1e9) }

    /// How far a glue moves the walk in `box`: its natural size, plus the change in the
    /// box's glue set so far (TeX rounds the running amount, as matplotlib's `ship` does).
    static func advance(
      _ g: MathGlue, in box: MathList, _ glueDone: inout Double, _ glueTotal: inout Double
    ) -> Double {
      let before = glueDone
      if box.glueSign == 1 && g.stretchOrder == box.glueOrder {
        glueTotal += g.stretch
        glueDone = clamp(box.glueSet * glueTotal).rounded(.toNearestOrEven)
      } else if box.glueSign == -1 && g.shrinkOrder == box.glueOrder {
        glueTotal += g.shrinkBy
        glueDone = clamp(box.glueSet * glueTotal).rounded(.toNearestOrEven)
      }
      return g.natural - before + glueDone
    }

    mutating func horizontal(_ box: MathList) {
      var glueDone = 0.0
      var glueTotal = 0.0
      let baseline = v
      if box.isPhantom { phantom += 1 }
      defer { if box.isPhantom { phantom -= 1 } }
      for p in box.children {
        switch p {
        case let c as MathChar:
          if phantom == 0 {
            if c is MathAccent {
              glyphs.append(
                (c.table, c.code, c.fontSize, h - c.metrics.xmin, v + top + c.metrics.ymin))
            } else {
              glyphs.append((c.table, c.code, c.fontSize, h, v + top))
            }
          }
          h += c.width
        case is MathKern:
          h += p.width
        case let list as MathList:
          if list.children.isEmpty {
            h += list.width
          } else {
            let edge = h
            v = baseline + list.shiftAmount
            if let hl = list as? MathHList { horizontal(hl) } else { vertical(list) }
            h = edge + list.width
            v = baseline
          }
        case let rule as MathBox:
          var (rh, rd, rw) = (rule.height, rule.depth, rule.width)
          if rh.isInfinite { rh = box.height }
          if rd.isInfinite { rd = box.depth }
          if rh > 0 && rw > 0 && rule is MathRule && phantom == 0 {
            rules.append((h, baseline + rd + top - rh, rw, rh))
          }
          h += rw
        case let g as MathGlue:
          h += Walk.advance(g, in: box, &glueDone, &glueTotal)
        default:
          break
        }
      }
    }

    mutating func vertical(_ box: MathList) {
      var glueDone = 0.0
      var glueTotal = 0.0
      let left = h
      v -= box.height
      for p in box.children {
        switch p {
        case is MathKern:
          v += p.width
        case let list as MathList:
          if list.children.isEmpty {
            v += list.height + list.depth
          } else {
            v += list.height
            h = left + list.shiftAmount
            let saved = v
            list.width = box.width
            if let hl = list as? MathHList { horizontal(hl) } else { vertical(list) }
            v = saved + list.depth
            h = left
          }
        case let rule as MathBox:
          var (rh, rd, rw) = (rule.height, rule.depth, rule.width)
          if rw.isInfinite { rw = box.width }
          rh += rd
          if rh > 0 && rd > 0 {
            v += rh
            if rule is MathRule && phantom == 0 { rules.append((h, v + top - rh, rw, rh)) }
          }
        case let g as MathGlue:
          v += Walk.advance(g, in: box, &glueDone, &glueTotal)
        default:
          break
        }
      }
    }
  }
}
