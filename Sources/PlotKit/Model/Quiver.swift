/// Arrows at points (`quiver`), sized as matplotlib sizes them: in units of the axes width
/// (`units='width'`), the shaft `0.06 / clip(sqrt(n), 8, 25)` wide, lengths autoscaled so a
/// typical arrow is about `1 / (1.8 * max(10, sqrt(n)))` of the width, unless `scale` or
/// `width` are given.
public final class QuiverCollection: Artist {
  public var x: [Double]
  public var y: [Double]
  public var u: [Double]
  public var v: [Double]
  public var color: Color
  public var alpha: Double?
  /// `angles='xy'`: directions drawn as the data's direction on screen; else as (u, v) on
  /// screen (`'uv'`).
  public var anglesXY = false
  public var pivot = Pivot.tail
  public var scale: Double?
  public var width: Double?
  public var headWidth = 3.0
  public var headLength = 5.0
  public var headAxisLength = 4.5
  public var label = ""
  public var zorder = 1.0

  public enum Pivot: String, Sendable {
    case tail, middle = "mid", tip
  }

  public init(x: [Double], y: [Double], u: [Double], v: [Double], color: Color) {
    self.x = x
    self.y = y
    self.u = u
    self.v = v
    self.color = color
  }

  public var dataLimits: DataLimits { DataLimits(x: x, y: y) }
}
