/// Polygons between iso-lines of a gridded function. Each grid cell is split into two
/// triangles, over which the function is linear; a band inside a triangle is the triangle
/// clipped to lo ≤ z ≤ hi. All polygons keep the triangles' orientation, so the pieces of
/// one band drawn as one path join without seams.
enum Isobands {
  struct Grid {
    let x, y, z: [Double]
    let rows, cols: Int
  }

  private struct Vertex {
    var x, y, z: Double
  }

  /// The triangles of the grid, counter-clockwise in data coordinates when x and y increase.
  private static func triangles(_ g: Grid, skipping: Set<Int> = [], _ body: ([Vertex]) -> Void) {
    guard g.rows > 1, g.cols > 1 else { return }
    for r in 0..<(g.rows - 1) {
      for c in 0..<(g.cols - 1) where !skipping.contains(r * g.cols + c) {
        let i00 = r * g.cols + c, i01 = i00 + 1, i10 = i00 + g.cols, i11 = i10 + 1
        func v(_ i: Int) -> Vertex { Vertex(x: g.x[i], y: g.y[i], z: g.z[i]) }
        let corners = [v(i00), v(i01), v(i11), v(i10)]
        if corners.contains(where: { !$0.z.isFinite }) { continue }
        body([corners[0], corners[1], corners[2]])
        body([corners[0], corners[2], corners[3]])
      }
    }
  }

  /// Where the function crosses `level` on the edge a–b. Computed from the edge's end points
  /// in a fixed order, so both triangles sharing the edge get the same bits (the merged
  /// outline depends on it).
  private static func crossing(_ a: Vertex, _ b: Vertex, _ level: Double) -> Vertex {
    let (p, q) = (a.x, a.y) < (b.x, b.y) ? (a, b) : (b, a)
    let t = (level - p.z) / (q.z - p.z)
    return Vertex(x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y), z: level)
  }

  /// Keeps the part of a convex polygon where `sign * (z - level) >= 0`.
  private static func clip(_ poly: [Vertex], _ level: Double, keepAbove: Bool) -> [Vertex] {
    var out: [Vertex] = []
    func inside(_ v: Vertex) -> Bool { keepAbove ? v.z >= level : v.z <= level }
    for i in poly.indices {
      let a = poly[i], b = poly[(i + 1) % poly.count]
      if inside(a) { out.append(a) }
      if inside(a) != inside(b) { out.append(crossing(a, b, level)) }
    }
    return out
  }

  /// Whether x depends only on the column and y only on the row (a `meshgrid`).
  private static func isRectilinear(_ g: Grid) -> Bool {
    for r in 0..<g.rows {
      for c in 0..<g.cols
      where g.x[r * g.cols + c] != g.x[c] || g.y[r * g.cols + c] != g.y[r * g.cols] {
        return false
      }
    }
    return true
  }

  /// The band holding all of a cell, if one does.
  private static func band(of cell: [Double], _ levels: [Double]) -> Int? {
    guard cell.allSatisfy(\.isFinite), let lo = cell.min(), let hi = cell.max() else { return nil }
    for b in 0..<(levels.count - 1) where levels[b] <= lo && hi <= levels[b + 1] { return b }
    return nil
  }

  static func bands(_ g: Grid, _ levels: [Double]) -> [[[(Double, Double)]]] {
    guard levels.count >= 2 else { return [] }
    var result = Array(repeating: [[(Double, Double)]](), count: levels.count - 1)
    // On a rectilinear grid, runs of cells lying wholly in one band along a row become one
    // rectangle each (matplotlib's files are small; so should ours be). The other cells are
    // cut into triangles below.
    var whole = Set<Int>()
    if g.rows > 1 && g.cols > 1 && isRectilinear(g) {
      for r in 0..<(g.rows - 1) {
        var c = 0
        while c < g.cols - 1 {
          let i = r * g.cols + c
          guard
            let b = band(of: [g.z[i], g.z[i + 1], g.z[i + g.cols], g.z[i + g.cols + 1]], levels)
          else {
            c += 1
            continue
          }
          var end = c + 1
          while end < g.cols - 1 {
            let j = r * g.cols + end
            guard band(of: [g.z[j], g.z[j + 1], g.z[j + g.cols], g.z[j + g.cols + 1]], levels) == b
            else { break }
            end += 1
          }
          for k in c..<end { whole.insert(r * g.cols + k) }
          // The run's outline, through every grid vertex on its top and bottom edges, so
          // that its edges meet the neighbouring cells' edges exactly.
          let (y0, y1) = (g.y[r * g.cols], g.y[(r + 1) * g.cols])
          let bottom = (c...end).map { (g.x[$0], y0) }
          let top = (c...end).reversed().map { (g.x[$0], y1) }
          result[b].append(bottom + top)
          c = end
        }
      }
    }
    triangles(g, skipping: whole) { tri in
      let lo = tri.map(\.z).min()!, hi = tri.map(\.z).max()!
      for band in 0..<(levels.count - 1) where levels[band] <= hi && levels[band + 1] >= lo {
        if lo >= levels[band] && hi <= levels[band + 1] {
          result[band].append(tri.map { ($0.x, $0.y) })
          continue
        }
        let piece = clip(
          clip(tri, levels[band], keepAbove: true), levels[band + 1], keepAbove: false)
        if piece.count >= 3 { result[band].append(piece.map { ($0.x, $0.y) }) }
      }
    }
    return result.map(PolygonMerger.merge)
  }

  static func lines(_ g: Grid, _ levels: [Double]) -> [[[(Double, Double)]]] {
    var result = Array(repeating: [[(Double, Double)]](), count: levels.count)
    triangles(g) { tri in
      for (k, level) in levels.enumerated() {
        var points: [(Double, Double)] = []
        for i in 0..<3 {
          let a = tri[i], b = tri[(i + 1) % 3]
          if (a.z < level) != (b.z < level) {
            let t = (level - a.z) / (b.z - a.z)
            points.append((a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
          }
        }
        if points.count == 2 { result[k].append(points) }
      }
    }
    return result
  }
}
