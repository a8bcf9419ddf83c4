import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A lookup-table colormap: value t in 0...1 → entry floor(t × N) (t = 1 → the last one);
/// below 0 the first entry, above 1 the last, NaN transparent.
public struct Colormap: Sendable {
  public let name: String
  let entries: [(Double, Double, Double)]

  public static func named(_ name: String) throws(PlotError) -> Colormap {
    if let c = cache.withLock({ $0[name] }) { return c }
    guard let text = ColormapTable.tables[ColormapTable.aliases[name] ?? name] else {
      throw PlotError(ValueChoice.refusal(name, name: "cmap", choices: matplotlibNames))
    }
    let numbers = text.split(separator: " ").map { Double($0)! }
    let entries = stride(from: 0, to: numbers.count, by: 3).map {
      (numbers[$0], numbers[$0 + 1], numbers[$0 + 2])
    }
    let colormap = Colormap(name: name, entries: entries)
    cache.withLock { $0[name] = colormap }
    return colormap
  }

  /// Every colormap name matplotlib has (NumBook has tables for some of them).
  public static var matplotlibNames: [String] { ColormapTable.matplotlibNames }

  /// Whether NumBook has a table for `name` (without reading it).
  public static func isKnown(_ name: String) -> Bool {
    ColormapTable.tables[ColormapTable.aliases[name] ?? name] != nil
  }

  /// Parsed tables, so each colormap's text is read once per process.
  private static let cache = Mutex<[String: Colormap]>([:])

  public static let viridis = try! Colormap.named("viridis")

  public var count: Int { entries.count }

  /// The entry index for a normalised value (nil for NaN).
  func index(_ t: Double) -> Int? {
    guard !t.isNaN else { return nil }
    if t < 0 { return 0 }
    if t >= 1 { return entries.count - 1 }
    return min(Int(saturating: t * Double(entries.count)), entries.count - 1)
  }

  public func color(_ t: Double, alpha: Double = 1) -> Color {
    guard let i = index(t) else { return .none }
    let (r, g, b) = entries[i]
    return Color(r: r, g: g, b: b, a: alpha)
  }

  /// Image pixels are truncated from the float table, as matplotlib's are (not rounded).
  public func bytes(_ t: Double) -> (UInt8, UInt8, UInt8, UInt8) {
    guard let i = index(t) else { return (0, 0, 0, 0) }
    let (r, g, b) = entries[i]
    return (UInt8(r * 255), UInt8(g * 255), UInt8(b * 255), 255)
  }
}

/// Linear normalisation of data to 0...1 (vmin == vmax maps everything to 0).
public struct Normalize: Sendable, Equatable {
  public var vmin: Double
  public var vmax: Double

  public init(vmin: Double, vmax: Double) { (self.vmin, self.vmax) = (vmin, vmax) }

  /// vmin and vmax from the finite data, unless given.
  public init(data: [Double], vmin: Double? = nil, vmax: Double? = nil) {
    let finite = data.filter(\.isFinite)
    self.vmin = vmin ?? finite.min() ?? 0
    self.vmax = vmax ?? finite.max() ?? 1
  }

  public func callAsFunction(_ v: Double) -> Double {
    vmax == vmin ? 0 : (v - vmin) / (vmax - vmin)
  }
}
