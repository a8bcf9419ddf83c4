/// A rectangle in SVG points (y grows downward).
public struct Rect: Equatable, Sendable {
  public var x, y, width, height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    (self.x, self.y, self.width, self.height) = (x, y, width, height)
  }

  public var maxX: Double { x + width }
  public var maxY: Double { y + height }
  public var midX: Double { x + width / 2 }
  public var midY: Double { y + height / 2 }

  public func union(_ o: Rect) -> Rect {
    let x0 = min(x, o.x), y0 = min(y, o.y)
    return Rect(x: x0, y: y0, width: max(maxX, o.maxX) - x0, height: max(maxY, o.maxY) - y0)
  }

  public func intersects(_ o: Rect) -> Bool {
    x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
  }

  public func contains(_ px: Double, _ py: Double) -> Bool {
    px >= x && px <= maxX && py >= y && py <= maxY
  }
}
