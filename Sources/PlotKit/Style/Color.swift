/// A color with alpha, components in 0...1.
public struct Color: Equatable, Sendable {
  public var r, g, b, a: Double

  public init(r: Double, g: Double, b: Double, a: Double = 1) {
    (self.r, self.g, self.b, self.a) = (r, g, b, a)
  }

  public static let black = Color(r: 0, g: 0, b: 0)
  public static let white = Color(r: 1, g: 1, b: 1)
  public static let none = Color(r: 0, g: 0, b: 0, a: 0)

  /// `#rrggbb`, each channel rounded, as matplotlib writes SVG colors.
  public var hex: String {
    func byte(_ v: Double) -> String {
      let n = Int((min(max(v, 0), 1) * 255).rounded())
      let digits = Array("0123456789abcdef")
      return String([digits[n / 16], digits[n % 16]])
    }
    return "#" + byte(r) + byte(g) + byte(b)
  }

  public func with(alpha: Double) -> Color { Color(r: r, g: g, b: b, a: alpha) }

  init?(hex s: String) {
    let digits = Array(s.dropFirst())
    func value(_ i: Int, _ width: Int) -> Double? {
      guard let n = Int(String(digits[i..<i + width]), radix: 16) else { return nil }
      return width == 1 ? Double(n * 17) / 255 : Double(n) / 255
    }
    switch digits.count {
    case 3, 4:
      guard let r = value(0, 1), let g = value(1, 1), let b = value(2, 1) else { return nil }
      self.init(r: r, g: g, b: b, a: digits.count == 4 ? value(3, 1) ?? 1 : 1)
    case 6, 8:
      guard let r = value(0, 2), let g = value(2, 2), let b = value(4, 2) else { return nil }
      self.init(r: r, g: g, b: b, a: digits.count == 8 ? value(6, 2) ?? 1 : 1)
    default: return nil
    }
  }
}

/// Matplotlib's color names: the default cycle ("tab10"), single letters, CSS4 names, gray
/// levels as strings ('0.8'), hex strings and 'C0'…'C9'.
public enum Colors {
  public static let cycle: [Color] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
  ].map { Color(hex: $0)! }

  static let letters: [Character: Color] = [
    "b": Color(r: 0, g: 0, b: 1), "g": Color(r: 0, g: 0.5, b: 0), "r": Color(r: 1, g: 0, b: 0),
    "c": Color(r: 0, g: 0.75, b: 0.75), "m": Color(r: 0.75, g: 0, b: 0.75),
    "y": Color(r: 0.75, g: 0.75, b: 0), "k": .black, "w": .white,
  ]

  /// A color string as matplotlib reads it.
  public static func parse(_ s: String) throws(PlotError) -> Color {
    if s.count == 1, let c = letters[s.first!] { return c }
    let lower = s.lowercased()
    if lower == "none" { return .none }
    if let hex = ColormapTable.named[lower], let c = Color(hex: hex) { return c }
    if s.hasPrefix("#"), let c = Color(hex: s) { return c }
    if s.hasPrefix("C"), let i = Int(s.dropFirst()), i >= 0 { return cycle[i % cycle.count] }
    if let v = Double(s), v >= 0, v <= 1 { return Color(r: v, g: v, b: v) }
    throw PlotError(
      "'\(s)' is not a valid value for color: supported inputs are (r, g, b) and (r, g, b, a) 0-1 float tuples; '#rrggbb', '#rrggbbaa', '#rgb', '#rgba' strings; named color strings; string reprs of 0-1 floats for grayscale values; 'C0', 'C1', ... strings for colors of the color cycle; and pairs combining one of the above with an alpha value"
    )
  }

  /// An RGB or RGBA tuple of floats in 0...1.
  public static func fromComponents(_ v: [Double]) throws(PlotError) -> Color {
    guard v.count == 3 || v.count == 4, v.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
      throw PlotError("RGBA values should be within 0-1 range")
    }
    return Color(r: v[0], g: v[1], b: v[2], a: v.count == 4 ? v[3] : 1)
  }
}

public struct PlotError: Error, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
