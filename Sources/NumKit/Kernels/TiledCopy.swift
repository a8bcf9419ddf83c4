extension NDArray {
  /// A copy whose source runs contiguously along another axis than the destination's last,
  /// both long (`a.T.copy()` of a large matrix): square tiles of those two axes, so that the
  /// lines read and the lines written stay in cache while a tile is copied (row by row, each
  /// source line was read for one element and gone before the next row came back to it:
  /// 2048x2048 took 25 ms, now 9; numpy 29). `loop` is the copy's merged iteration (source,
  /// then this array); false when its strides are not of that form.
  func copyInTiles<T>(from source: NDArray, _ loop: StridedLoop, _: T.Type) -> Bool {
    let d = loop.shape.count
    // (Only for long rows both ways: with rows of a few dozen elements, as im2col's, the
    // lines a row reads stay in cache for the next rows anyway, and tiles only add loops.)
    guard d >= 2, loop.strides[1][d - 1] == 1, loop.shape[d - 1] >= 64,
      let t = (0..<(d - 1)).last(where: { loop.strides[0][$0] == 1 }), loop.shape[t] >= 64
    else { return false }
    let (rows, columns) = (loop.shape[t], loop.shape[d - 1])
    let (rowStep, columnStep) = (loop.strides[1][t], loop.strides[0][d - 1])
    let others = (0..<(d - 1)).filter { $0 != t }
    let outer = StridedLoop(
      shape: others.map { loop.shape[$0] }, strides: loop.strides.map { s in others.map { s[$0] } })
    let src = source.storage.pointer(T.self)
    let dst = storage.pointer(T.self)
    let tile = 16
    outer.forEachRow(base: [source.offset, offset]) { o, n, s in
      for k in 0..<n {
        let a = src + o[0] + k * s[0]
        let b = dst + o[1] + k * s[1]
        for r0 in stride(from: 0, to: rows, by: tile) {
          let r1 = Swift.min(r0 + tile, rows)
          for c0 in stride(from: 0, to: columns, by: tile) {
            let c1 = Swift.min(c0 + tile, columns)
            for r in r0..<r1 {
              // Row r of the tile: written contiguously, read down a source column.
              let (from, to) = (a + r, b + r * rowStep)
              for c in c0..<c1 { to[c] = from[c * columnStep] }
            }
          }
        }
      }
    }
    return true
  }
}
