/// Drops the vertices of a long polyline that a viewer cannot see, as matplotlib does for
/// paths of 128 vertices or more: consecutive points that stay within 1/9 pt of the line
/// through the run's start are merged into the run's farthest points forward and backward.
/// A 10^6-point curve becomes a few hundred vertices; the drawing is the same.
enum PathSimplifier {
  static let threshold = 1.0 / 9
  static let minimumCount = 128

  /// `points` in SVG points; non-finite points break the line and are kept as breaks.
  static func simplify(_ points: [(Double, Double)]) -> [(Double, Double)] {
    guard points.count >= minimumCount else { return points }
    var out: [(Double, Double)] = []
    out.reserveCapacity(1024)
    var run: [(Double, Double)] = []
    for p in points {
      if p.0.isFinite && p.1.isFinite {
        run.append(p)
      } else {
        out += simplifyRun(run)
        out.append(p)
        run.removeAll(keepingCapacity: true)
      }
    }
    out += simplifyRun(run)
    return out
  }

  private static func simplifyRun(_ run: [(Double, Double)]) -> [(Double, Double)] {
    guard run.count > 2 else { return run }
    let limit = threshold * threshold
    var out = [run[0]]
    var anchor = run[0]
    // The direction of the current run, and its extreme points along it.
    var direction: (Double, Double)?
    var forward = 0.0, backward = 0.0
    var forwardPoint = run[0], backwardPoint: (Double, Double)?
    for p in run.dropFirst() {
      let dx = p.0 - anchor.0, dy = p.1 - anchor.1
      guard let d = direction else {
        if dx * dx + dy * dy > 0 {
          direction = (dx, dy)
          forward = dx * dx + dy * dy
          forwardPoint = p
        }
        continue
      }
      let norm2 = d.0 * d.0 + d.1 * d.1
      let cross = dx * d.1 - dy * d.0
      let along = dx * d.0 + dy * d.1
      if cross * cross / norm2 < limit {
        let projection2 = along * along / norm2
        if along > 0 {
          if projection2 > forward {
            forward = projection2
            forwardPoint = p
          }
        } else if projection2 > backward {
          backward = projection2
          backwardPoint = p
        }
        continue
      }
      // The point leaves the band: keep the run's extremes and start a new run there.
      out.append(forwardPoint)
      if let b = backwardPoint {
        out.append(b)
        anchor = b
      } else {
        anchor = forwardPoint
      }
      let ndx = p.0 - anchor.0, ndy = p.1 - anchor.1
      direction = (ndx, ndy)
      forward = ndx * ndx + ndy * ndy
      forwardPoint = p
      backward = 0
      backwardPoint = nil
    }
    out.append(forwardPoint)
    if let b = backwardPoint { out.append(b) }
    if let last = run.last, out.last! != last { out.append(last) }
    return out
  }
}
