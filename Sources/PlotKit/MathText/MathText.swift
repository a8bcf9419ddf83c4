/// Texts with `$...$` math, as matplotlib treats them: which texts are math, their extent
/// for layout, and the first error met while drawing (drawing itself does not throw).
public enum MathText {
  /// matplotlib's `is_math_text`: an even, non-zero number of unescaped dollars.
  public static func isMath(_ s: some StringProtocol) -> Bool {
    guard s.contains("$") else { return false }
    var n = 0
    var previous: Character = " "
    for c in s {
      if c == "$" && previous != "\\" { n += 1 }
      previous = c
    }
    return n > 0 && n % 2 == 0
  }

  /// The first mathtext error met since `takeFailure()`; the text is drawn as plain text.
  nonisolated(unsafe) private static var failure: MathTextError?
  nonisolated(unsafe) private static var cache: [String: MathLayout] = [:]

  public static func takeFailure() -> MathTextError? {
    defer { failure = nil }
    return failure
  }

  /// The layout of `s` at `size`, or nil (the error kept for `takeFailure`).
  static func layout(_ s: String, size: Double) -> MathLayout? {
    let key = "\(size)|\(s)"
    if let hit = cache[key] { return hit }
    do throws(MathTextError) {
      let layout = try MathLayout(s, size: size)
      if cache.count > 4096 { cache.removeAll() }
      cache[key] = layout
      return layout
    } catch {
      if failure == nil { failure = error }
      return nil
    }
  }

  /// Checks `s` lays out, for callers that want the error at once.
  public static func validate(_ s: String, size: Double) throws(MathTextError) {
    guard isMath(s) else { return }
    _ = try MathLayout(s, size: size)
  }

  /// Width, height and descent matplotlib's SVG backend lays the text out with: measured at
  /// 100 pt, each rounded up to a whole point there, then scaled to `size`.
  static func extent(_ s: String, size: Double) -> (width: Double, height: Double, descent: Double)?
  {
    guard let m = layout(s, size: 100) else { return nil }
    let (w, h, d) = (m.width.rounded(.up), m.height.rounded(.up), m.depth.rounded(.up))
    return (w * size / 100, (h + d) * size / 100, d * size / 100)
  }
}
