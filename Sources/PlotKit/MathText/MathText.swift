import Synchronization

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

  /// Laid-out texts. Figures may be drawn on several threads (the tests do), so they sit
  /// behind a lock.
  private struct Shared {
    var cache: [String: MathLayout] = [:]
  }
  private static let shared = Mutex(Shared())
  /// The first mathtext error this thread met since `takeFailure()` (the text is then drawn
  /// as plain text).
  private static let failure = PerThreadSlot<MathTextError>()

  public static func takeFailure() -> MathTextError? { failure.take() }

  /// The layout of `s` at `size`, or nil (the error kept for `takeFailure`).
  static func layout(_ s: String, size: Double) -> MathLayout? {
    let key = "\(size)|\(s)"
    if let hit = shared.withLock({ $0.cache[key] }) { return hit }
    do throws(MathTextError) {
      let layout = try MathLayout(s, size: size)
      shared.withLock { state in
        if state.cache.count > 4096 { state.cache.removeAll() }
        state.cache[key] = layout
      }
      return layout
    } catch {
      failure.keepFirst(error)
      return nil
    }
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
