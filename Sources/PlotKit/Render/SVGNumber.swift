import FloatText

/// Numbers as matplotlib writes them in SVG: fixed-point, up to 6 decimals, no trailing zeros.
enum SVGNumber {
  static func format(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    var s = CFormat.fixed(v, digits: 6)
    if s.contains(".") {
      while s.hasSuffix("0") { s.removeLast() }
      if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
  }

  /// Path data from points: "M x y \nL x y \n…".
  static func polyline(_ points: [(Double, Double)], closed: Bool = false) -> String {
    var d = ""
    d.reserveCapacity(points.count * 24)
    for (i, p) in points.enumerated() {
      d += (i == 0 ? "M " : "L ") + format(p.0) + " " + format(p.1) + " \n"
    }
    if closed { d += "z\n" }
    return d
  }
}
