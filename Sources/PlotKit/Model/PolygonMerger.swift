/// Joins polygons that tile a region into the region's outline rings. The pieces must share
/// orientation and their common edges must have bit-identical end points: every edge that
/// appears once in each direction is interior and cancels; the rest chain into rings, from
/// which collinear vertices are dropped. Filled with the nonzero rule, the rings cover what
/// the pieces covered, in far fewer vertices (a filled contour band becomes a few paths).
enum PolygonMerger {
  private struct Point: Hashable {
    let x: UInt64
    let y: UInt64
    init(_ p: (Double, Double)) { (x, y) = (p.0.bitPattern, p.1.bitPattern) }
    var value: (Double, Double) { (Double(bitPattern: x), Double(bitPattern: y)) }
  }

  private struct Edge: Hashable {
    let from: Point
    let to: Point
  }

  static func merge(_ polygons: [[(Double, Double)]]) -> [[(Double, Double)]] {
    var edges: [Edge: Int] = [:]
    for polygon in polygons {
      for i in polygon.indices {
        let a = Point(polygon[i]), b = Point(polygon[(i + 1) % polygon.count])
        if a == b { continue }
        let reverse = Edge(from: b, to: a)
        if let n = edges[reverse] {
          edges[reverse] = n == 1 ? nil : n - 1
        } else {
          edges[Edge(from: a, to: b), default: 0] += 1
        }
      }
    }
    // Outgoing boundary edges per vertex, in a fixed order so output is deterministic.
    var outgoing: [Point: [Point]] = [:]
    var starts: [Point] = []
    for (edge, count) in edges.sorted(by: { order($0.key, $1.key) }) {
      for _ in 0..<count {
        if outgoing[edge.from] == nil { starts.append(edge.from) }
        outgoing[edge.from, default: []].append(edge.to)
      }
    }
    var rings: [[(Double, Double)]] = []
    for start in starts {
      while let next = outgoing[start]?.popLast() {
        var ring = [start]
        var current = next
        while current != start {
          ring.append(current)
          guard let step = outgoing[current]?.popLast() else { break }
          current = step
        }
        let simplified = dropCollinear(ring.map(\.value))
        if simplified.count >= 3 { rings.append(simplified) }
      }
    }
    return rings
  }

  private static func order(_ a: Edge, _ b: Edge) -> Bool {
    (a.from.x, a.from.y, a.to.x, a.to.y) < (b.from.x, b.from.y, b.to.x, b.to.y)
  }

  /// Removes vertices lying on the straight line through their neighbours.
  private static func dropCollinear(_ ring: [(Double, Double)]) -> [(Double, Double)] {
    guard ring.count > 3 else { return ring }
    var out: [(Double, Double)] = []
    let n = ring.count
    for i in 0..<n {
      let p = ring[(i + n - 1) % n], q = ring[i], r = ring[(i + 1) % n]
      let cross = (q.0 - p.0) * (r.1 - q.1) - (q.1 - p.1) * (r.0 - q.0)
      let scale = abs(q.0 - p.0) + abs(q.1 - p.1) + abs(r.0 - q.0) + abs(r.1 - q.1)
      if abs(cross) > 1e-12 * scale * scale { out.append(q) }
    }
    return out
  }
}
