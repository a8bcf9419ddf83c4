#if canImport(Glibc)
  import Glibc
#endif

/// matplotlib's quiver arrows: each a polygon of 8 vertices around its point, in units of the
/// axes width, turned to the arrow's direction on screen.
struct QuiverGeometry {
  let quiver: QuiverCollection
  let geometry: AxesGeometry

  /// The arrows' vertices in SVG points (y down).
  func polygons() -> [[(Double, Double)]] {
    let q = quiver
    let n = min(q.x.count, q.y.count, q.u.count, q.v.count)
    guard n > 0 else { return [] }
    let span = 1.0  // the axes width, in units of the axes width
    let width = q.width ?? 0.06 * span / Swift.min(Swift.max(Double(n).squareRoot(), 8), 25)
    let magnitudes = (0..<n).map { hypot(q.u[$0], q.v[$0]) }
    let mean = magnitudes.reduce(0, +) / Double(n)
    let scale = q.scale ?? 1.8 * mean * Swift.max(10, Double(n).squareRoot()) / span
    let pixelsPerUnit = geometry.box.width
    // angles='xy': the direction of a small step along (u, v) in data space, on screen.
    let eps = [q.x.min()!, q.x.max()!, q.y.min()!, q.y.max()!].map(Swift.abs).max()! * 0.001
    return (0..<n).map { i in
      let length = magnitudes[i] * (1 / (scale * width))
      let theta: Double
      if q.anglesXY {
        let (x0, y0) = (geometry.px(q.x[i]), geometry.py(q.y[i]))
        let (x1, y1) = (geometry.px(q.x[i] + eps * q.u[i]), geometry.py(q.y[i] + eps * q.v[i]))
        theta = atan2(-(y1 - y0), x1 - x0)
      } else {
        theta = atan2(q.v[i], q.u[i])
      }
      let (c, s) = (cos(theta), sin(theta))
      let (px, py) = (geometry.px(q.x[i]), geometry.py(q.y[i]))
      return arrow(length).map { (ax, ay) in
        let rx = (ax * c - ay * s) * width * pixelsPerUnit
        let ry = (ax * s + ay * c) * width * pixelsPerUnit
        return (px + rx, py - ry)
      }
    }
  }

  /// One horizontal arrow of `length` shaft widths, tail at the origin (matplotlib's
  /// `_h_arrows`): shaft and head; a shaftless scaled head when shorter than the head; a
  /// small heptagon when shorter than one width.
  private func arrow(_ rawLength: Double) -> [(Double, Double)] {
    let q = quiver
    let length = Swift.min(Swift.max(rawLength, 0), 65536)
    let minShaft = 1.0 * q.headLength
    let order = [0, 1, 2, 3, 2, 1, 0, 0]
    var xs: [Double]
    var ys: [Double]
    if length < 1 {
      xs = (0..<8).map { cos(Double($0) * Double.pi / 3) * 0.5 }
      ys = (0..<8).map { sin(Double($0) * Double.pi / 3) * 0.5 }
      return Array(zip(xs, ys))
    }
    let half = [0.5, 0.5, 0.5 * q.headWidth, 0]
    if length < minShaft {
      let shrink = length / minShaft
      let x0 = [0, minShaft - q.headAxisLength, minShaft - q.headLength, minShaft]
      xs = order.map { x0[$0] * shrink }
      ys = order.enumerated().map { k, j in (k >= 3 && k < 7 ? -half[j] : half[j]) * shrink }
    } else {
      let x = [0, length - q.headAxisLength, length - q.headLength, length]
      xs = order.map { x[$0] }
      ys = order.enumerated().map { k, j in k >= 3 && k < 7 ? -half[j] : half[j] }
    }
    switch q.pivot {
    case .tail: break
    case .middle: xs = xs.map { $0 - 0.5 * xs[3] }
    case .tip: xs = xs.map { $0 - xs[3] }
    }
    return Array(zip(xs, ys))
  }
}

extension ArtistPainter {
  func draw(_ q: QuiverCollection, _ doc: inout SVGDocument) {
    let style = SVGStyle(fill: q.color.with(alpha: q.alpha ?? q.color.a))
    doc.open(doc.id("PolyCollection"))
    for polygon in QuiverGeometry(quiver: q, geometry: geometry).polygons() {
      doc.path(SVGNumber.polyline(polygon, closed: true), style: style.text, clip: clip)
    }
    doc.close()
  }
}
