/// The arrow of `annotate(..., arrowprops=...)`: from the edge of the text's box to the
/// annotated point, as matplotlib draws it: with an `arrowstyle`, a 1 pt line shrunk by 2 pt
/// at both ends with its head; without one, a filled arrow 4 pt wide with a 12 × 12 pt head,
/// shortened at both ends by the `shrink` fraction.
struct AnnotationArrow {
  let start: (Double, Double)
  let end: (Double, Double)
  let text: TextArtist

  init(from box: Rect, to target: (Double, Double), text: TextArtist) {
    self.text = text
    end = target
    // matplotlib starts an `arrowstyle` arrow at the text box's centre, and its plain arrow
    // at the box's corner or side midpoint closest to the target; either way the arrow
    // leaves a box 2 pt larger than the text's on every side.
    var origin = (box.midX, box.midY)
    if text.arrowStyle == nil {
      let xs = [box.x, box.midX, box.maxX], ys = [box.y, box.midY, box.maxY]
      origin = (
        xs.min { abs($0 - target.0) < abs($1 - target.0) }!,
        ys.min { abs($0 - target.1) < abs($1 - target.1) }!
      )
    }
    let padded = Rect(x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4)
    let (dx, dy) = (target.0 - origin.0, target.1 - origin.1)
    var t = 0.0
    // The largest step along the direction that stays inside the padded box.
    if dx != 0 { t = max(t, ((dx > 0 ? padded.maxX : padded.x) - origin.0) / dx) }
    if dy != 0 {
      let ty = ((dy > 0 ? padded.maxY : padded.y) - origin.1) / dy
      t = dx != 0 ? min(t, ty) : ty
    }
    start = (origin.0 + dx * max(0, min(t, 1)), origin.1 + dy * max(0, min(t, 1)))
    fullLength = (dx * dx + dy * dy).squareRoot()
  }

  /// From the arrow's origin to the target, for the `shrink` fraction.
  private let fullLength: Double

  func draw(_ doc: inout SVGDocument) {
    let (dx, dy) = (end.0 - start.0, end.1 - start.1)
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 0 else { return }
    let (ux, uy) = (dx / length, dy / length)
    let n = SVGNumber.format
    if let style = text.arrowStyle {
      // shrinkB is 2 pt, plus what keeps the 1 pt head's joint off the target:
      // (lw / 2) / sin(atan(2 / 4)).
      let back = 2 + 0.5 / (0.2 / (0.2 * 0.2 + 0.4 * 0.4).squareRoot())
      let a = (start.0 + 2 * ux, start.1 + 2 * uy), b = (end.0 - back * ux, end.1 - back * uy)
      let line = SVGStyle(stroke: text.arrowColor, strokeWidth: 1, cap: "round")
      doc.path(SVGNumber.polyline([a, b]), style: line.text)
      // Heads: 4 pt long, 2 pt to each side (mutation scale 10).
      func head(at tip: (Double, Double), pointing u: (Double, Double), filled: Bool) {
        let base = (tip.0 - 4 * u.0, tip.1 - 4 * u.1)
        let left = (base.0 - 2 * u.1, base.1 + 2 * u.0)
        let right = (base.0 + 2 * u.1, base.1 - 2 * u.0)
        let d =
          "M \(n(left.0)) \(n(left.1)) \nL \(n(tip.0)) \(n(tip.1)) \nL \(n(right.0)) \(n(right.1)) \n"
          + (filled ? "z\n" : "")
        let s =
          filled
          ? SVGStyle(fill: text.arrowColor, stroke: text.arrowColor, strokeWidth: 1)
          : SVGStyle(stroke: text.arrowColor, strokeWidth: 1, cap: "round")
        doc.path(d, style: s.text)
      }
      if style.hasSuffix(">") { head(at: b, pointing: (ux, uy), filled: style.contains("|")) }
      if style.hasPrefix("<") { head(at: a, pointing: (-ux, -uy), filled: style.contains("|")) }
      return
    }
    let shrink = text.arrowShrink * fullLength
    let a = (start.0 + shrink * ux, start.1 + shrink * uy)
    let tip = (end.0 - shrink * ux, end.1 - shrink * uy)
    let span = length - 2 * shrink
    guard span > 0 else { return }
    let headLength = min(12, span)
    let base = (tip.0 - headLength * ux, tip.1 - headLength * uy)
    let (px, py) = (-uy, ux)
    let points = [
      (a.0 + 2 * px, a.1 + 2 * py), (base.0 + 2 * px, base.1 + 2 * py),
      (base.0 + 6 * px, base.1 + 6 * py), tip, (base.0 - 6 * px, base.1 - 6 * py),
      (base.0 - 2 * px, base.1 - 2 * py), (a.0 - 2 * px, a.1 - 2 * py),
    ]
    let style = SVGStyle(fill: text.arrowColor, stroke: text.arrowColor, strokeWidth: 1)
    doc.path(SVGNumber.polyline(points, closed: true), style: style.text)
  }
}
