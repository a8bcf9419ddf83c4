/// Colormaps made from colors, as `matplotlib.colors` makes them.
extension Colormap {
  /// One entry per color (`ListedColormap(colors)`).
  public init(name: String, listing colors: [Color]) {
    self.init(name: name, entries: colors.map { ($0.r, $0.g, $0.b) })
  }

  /// `LinearSegmentedColormap.from_list(name, colors, N)`: `count` entries at evenly spaced
  /// points, each channel interpolated linearly between the colors placed at `positions`
  /// (increasing, 0 to 1), by the arithmetic of matplotlib's `_create_lookup_table`.
  public init(name: String, interpolating colors: [Color], at positions: [Double], count: Int) {
    let channels: [(Color) -> Double] = [\.r, \.g, \.b]
    var table = [[Double]](repeating: [], count: 3)
    for (c, channel) in channels.enumerated() {
      let y = colors.map(channel)
      guard count > 1 else {
        table[c] = [y[y.count - 1]]
        continue
      }
      let scale = Double(count - 1)
      let x = positions.map { $0 * scale }
      let step = 1 / scale
      var lut = [y[0]]
      for i in 1..<(count - 1) {
        let at = Double(i) * step * scale
        // The first stop at or after the point (numpy's searchsorted, side 'left').
        var k = 0
        while k < x.count - 1 && x[k] < at { k += 1 }
        let distance = (at - x[k - 1]) / (x[k] - x[k - 1])
        lut.append(distance * (y[k] - y[k - 1]) + y[k - 1])
      }
      lut.append(y[y.count - 1])
      table[c] = lut.map { Swift.min(Swift.max($0, 0), 1) }
    }
    self.init(
      name: name, entries: (0..<table[0].count).map { (table[0][$0], table[1][$0], table[2][$0]) })
  }

  /// The same entries in the opposite order, named `name_r` (`Colormap.reversed()`).
  public var reversed: Colormap {
    Colormap(
      name: name.hasSuffix("_r") ? String(name.dropLast(2)) : name + "_r",
      entries: entries.reversed())
  }

  /// The entries as colors.
  public var colors: [Color] { entries.map { Color(r: $0.0, g: $0.1, b: $0.2) } }
}
