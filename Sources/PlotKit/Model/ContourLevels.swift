/// Contour levels when none are given: MaxNLocator(n + 1) with steps 1, 1.5, 2, 2.5, 3, 4,
/// 5, 6, 8, 10 over [zmin, zmax], keeping one level at or below zmin and one at or above
/// zmax (matplotlib's `_autolev`).
public enum ContourLevels {
  public static func auto(_ zmin: Double, _ zmax: Double, count n: Int, filled: Bool) -> [Double] {
    let locator = MaxNLocator(
      nbins: max(1, n + 1), steps: [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10], minTicks: 1)
    let levels = locator.ticks(zmin, zmax)
    var i0 = 0, i1 = levels.count
    if let under = levels.lastIndex(where: { $0 < zmin }) { i0 = under }
    if let over = levels.firstIndex(where: { $0 > zmax }) { i1 = over + 1 }
    if i1 - i0 < 3 { (i0, i1) = (0, levels.count) }
    return Array(levels[i0..<i1])
  }
}
