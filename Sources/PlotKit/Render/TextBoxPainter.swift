#if canImport(Glibc)
  import Glibc
#endif

/// A text's box (`bbox=`), drawn before the text as matplotlib draws its FancyBboxPatch: the
/// text's box padded, square or with quadratic round corners, turned with the text.
enum TextBoxPainter {
  /// `lowerLeft`: the text box's lower-left corner in SVG points; `width`, `height`: the
  /// text's box; the box is turned by the text's rotation about that corner.
  static func draw(
    _ t: TextArtist, _ box: TextBox, lowerLeft: (Double, Double), width: Double,
    height: Double, _ doc: inout SVGDocument
  ) {
    let pad = box.pad * t.size
    let r = (box.roundingSize ?? box.pad) * t.size
    let (x0, y0, x1, y1) = (-pad, -pad, width + pad, height + pad)
    let theta = t.rotation * .pi / 180
    // A point of the text's frame (x along the text, y up) in SVG points.
    func place(_ x: Double, _ y: Double) -> (Double, Double) {
      (
        lowerLeft.0 + x * cos(theta) - y * sin(theta),
        lowerLeft.1 - (x * sin(theta) + y * cos(theta))
      )
    }
    let n = SVGNumber.format
    func point(_ x: Double, _ y: Double) -> String {
      let (px, py) = place(x, y)
      return "\(n(px)) \(n(py))"
    }
    var d: String
    switch box.style {
    case .square:
      d =
        "M \(point(x0, y0)) \nL \(point(x1, y0)) \nL \(point(x1, y1)) \nL \(point(x0, y1)) \nz\n"
    case .round:
      d = "M \(point(x0 + r, y0)) \nL \(point(x1 - r, y0)) \n"
      d += "Q \(point(x1, y0)) \(point(x1, y0 + r)) \nL \(point(x1, y1 - r)) \n"
      d += "Q \(point(x1, y1)) \(point(x1 - r, y1)) \nL \(point(x0 + r, y1)) \n"
      d += "Q \(point(x0, y1)) \(point(x0, y1 - r)) \nL \(point(x0, y0 + r)) \n"
      d += "Q \(point(x0, y0)) \(point(x0 + r, y0)) \nz\n"
    }
    var style = SVGStyle(fill: box.faceColor ?? Color(r: 0, g: 0, b: 0, a: 0))
    style.opacity = box.alpha
    if let edge = box.edgeColor, edge.a > 0 {
      style.stroke = edge
      if box.lineWidth != 1 { style.strokeWidth = box.lineWidth }
      style.join = "miter"
    }
    doc.open(doc.id("patch"))
    doc.path(d, style: style.text)
    doc.close()
  }
}
