#if canImport(Glibc)
  import Glibc
#endif

/// Matplotlib's marker shapes, as SVG path data for a given marker size (centred on 0, 0,
/// y down).
public enum MarkerShape: String, Sendable, CaseIterable {
  case point = ".", pixel = ",", circle = "o", square = "s", triangleUp = "^"
  case triangleDown = "v", triangleLeft = "<", triangleRight = ">", diamond = "D"
  case thinDiamond = "d", star = "*", pentagon = "p", hexagon = "h", plusFilled = "P"
  case xFilled = "X", cross = "x", plus = "+", vline = "|", hline = "_"

  public var isFilled: Bool { ![.cross, .plus, .vline, .hline].contains(self) }

  var lineJoin: String { self == .circle || self == .point ? "round" : "miter" }

  /// Path data for a marker of `size` points.
  func path(size: Double) -> String {
    let r = size / 2
    let n = SVGNumber.format
    func polygon(_ points: [(Double, Double)]) -> String {
      SVGNumber.polyline(points, closed: true)
    }
    func regular(_ count: Int, radius: Double, inner: Double? = nil) -> [(Double, Double)] {
      let steps = inner == nil ? count : 2 * count
      return (0..<steps).map { k in
        let angle = Double.pi / 2 + 2 * Double.pi * Double(k) / Double(steps)
        let rad = inner != nil && k % 2 == 1 ? inner! : radius
        return (rad * cos(angle), -rad * sin(angle))
      }
    }
    switch self {
    case .circle: return Self.circle(radius: r)
    case .point: return Self.circle(radius: size / 4)
    case .pixel: return polygon([(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)])
    case .square: return polygon([(-r, r), (r, r), (r, -r), (-r, -r)])
    case .triangleUp: return polygon([(0, -r), (-r, r), (r, r)])
    case .triangleDown: return polygon([(0, r), (r, -r), (-r, -r)])
    case .triangleLeft: return polygon([(-r, 0), (r, -r), (r, r)])
    case .triangleRight: return polygon([(r, 0), (-r, r), (-r, -r)])
    case .diamond:
      let d = r * 2.0.squareRoot()
      return polygon([(0, -d), (-d, 0), (0, d), (d, 0)])
    case .thinDiamond:
      let d = r * 2.0.squareRoot()
      return polygon([(0, -d), (-0.6 * d, 0), (0, d), (0.6 * d, 0)])
    case .star: return polygon(regular(5, radius: r, inner: r * 0.381966))
    case .pentagon: return polygon(regular(5, radius: r))
    case .hexagon: return polygon(regular(6, radius: r))
    case .plusFilled:
      let w = r / 3
      return polygon([
        (-w, -r), (w, -r), (w, -w), (r, -w), (r, w), (w, w), (w, r), (-w, r), (-w, w), (-r, w),
        (-r, -w), (-w, -w),
      ])
    case .xFilled:
      let w = r / 3 / 2.0.squareRoot()
      let pts: [(Double, Double)] = [
        (0, -2 * w), (r - w, -r - w), (r + w, -r + w), (2 * w, 0), (r + w, r - w), (r - w, r + w),
        (0, 2 * w), (-r + w, r + w), (-r - w, r - w), (-2 * w, 0), (-r - w, -r + w),
        (-r + w, -r - w),
      ]
      return polygon(pts)
    case .cross:
      return "M \(n(-r)) \(n(r)) \nL \(n(r)) \(n(-r)) \nM \(n(-r)) \(n(-r)) \nL \(n(r)) \(n(r)) \n"
    case .plus: return "M \(n(-r)) 0 \nL \(n(r)) 0 \nM 0 \(n(r)) \nL 0 \(n(-r)) \n"
    case .vline: return "M 0 \(n(r)) \nL 0 \(n(-r)) \n"
    case .hline: return "M \(n(-r)) 0 \nL \(n(r)) 0 \n"
    }
  }

  /// A circle as four cubic Béziers.
  static func circle(radius r: Double) -> String {
    let k = 0.5522847498 * r
    let n = SVGNumber.format
    return """
      M 0 \(n(r)) \nC \(n(k)) \(n(r)) \(n(r)) \(n(k)) \(n(r)) 0 \n\
      C \(n(r)) \(n(-k)) \(n(k)) \(n(-r)) 0 \(n(-r)) \n\
      C \(n(-k)) \(n(-r)) \(n(-r)) \(n(-k)) \(n(-r)) 0 \n\
      C \(n(-r)) \(n(k)) \(n(-k)) \(n(r)) 0 \(n(r)) \nz\n
      """
  }
}
