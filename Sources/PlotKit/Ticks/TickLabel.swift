/// A tick label: plain text, or mathtext "mantissa × base^exponent" (log axes).
public struct TickLabel: Equatable, Sendable {
  public var text: String
  /// Set for log labels: the text is the base part ("10" or "2×10"), this the superscript.
  public var exponent: String?

  public init(_ text: String, exponent: String? = nil) {
    self.text = text
    self.exponent = exponent
  }

  static let exponentScale = 0.7
  /// Mathtext geometry, in em: the superscript's rise, the gap before it, the space after
  /// it, and how far the baseline sits below a horizontal label's top (or below the tick of
  /// a vertical axis' label).
  static let exponentRise = 0.413
  static let exponentGap = 0.00957
  static let trailingSpace = 0.0326
  static let baselineBelowTop = 0.8538
  static let baselineBelowTick = 0.4025
  /// The height of a mathtext label's box.
  static let mathtextHeight = 1.1802

  public var plain: String { exponent.map { "\(text)^\($0)" } ?? text }

  func width(size: Double) -> Double {
    guard let exponent else { return TextMetrics.width(text, size: size) }
    return TextMetrics.width(text, size: size) + TickLabel.exponentGap * size
      + TextMetrics.width(exponent, size: size * TickLabel.exponentScale)
      + TickLabel.trailingSpace * size
  }
}
