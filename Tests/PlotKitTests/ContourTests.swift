import PlotKit
import Testing

/// Filled contour bands: the pieces of a band join into outline rings that cover exactly the
/// grid's area between them.
@Suite struct ContourTests {
  func grid(_ n: Int, _ f: (Double, Double) -> Double) -> (x: [Double], y: [Double], z: [Double]) {
    var x: [Double] = [], y: [Double] = [], z: [Double] = []
    for r in 0..<n {
      for c in 0..<n {
        let (u, v) = (Double(c) / Double(n - 1), Double(r) / Double(n - 1))
        x.append(u)
        y.append(v)
        z.append(f(u, v))
      }
    }
    return (x, y, z)
  }

  func area(_ ring: [(Double, Double)]) -> Double {
    var s = 0.0
    for i in ring.indices {
      let (a, b) = (ring[i], ring[(i + 1) % ring.count])
      s += a.0 * b.1 - b.0 * a.1
    }
    return s / 2
  }

  @Test func aConstantFieldIsOneRectangle() {
    let g = grid(5) { _, _ in 0.5 }
    let set = ContourSet(
      x: g.x, y: g.y, z: g.z, rows: 5, cols: 5, levels: [0, 1], filled: true,
      colormap: .viridis)
    #expect(set.paths[0].count == 1)
    #expect(set.paths[0][0].count == 4)
    #expect(abs(area(set.paths[0][0]) - 1) < 1e-12)
  }

  @Test func bandsTileTheGrid() {
    let g = grid(30) { u, v in u * u + v }
    let levels = ContourLevels.auto(0, 2, count: 7, filled: true)
    let set = ContourSet(
      x: g.x, y: g.y, z: g.z, rows: 30, cols: 30, levels: levels, filled: true,
      colormap: .viridis)
    let total = set.paths.flatMap { $0 }.map(area).reduce(0, +)
    #expect(abs(total - 1) < 1e-9)
    // Each band is a handful of rings, not hundreds of cell pieces.
    #expect(set.paths.allSatisfy { $0.count <= 2 })
  }
}
