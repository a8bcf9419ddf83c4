/// Text placed in data or axes coordinates (`text`, `annotate`).
public final class TextArtist: Artist {
  public enum Coordinates: Sendable { case data, axesFraction }
  public var x, y: Double
  public var text: String
  public var size = 10.0
  public var color = Color.black
  /// `fontweight` as SVG's font-weight (nil: normal).
  public var weight: String?
  /// An offset of the text from its point, in points (annotations' 'offset points').
  public var offsetPoints = (0.0, 0.0)
  public var horizontalAlignment = "left"
  public var verticalAlignment = "baseline"
  public var rotation = 0.0
  public var coordinates = Coordinates.data
  /// `annotate(..., xy=, arrowprops=)`: an arrow from the text to this data point.
  public var arrowTarget: (Double, Double)?
  /// `arrowprops`: an `arrowstyle` ('->', '-|>', '-', ...) draws a line with that head;
  /// without one, matplotlib's filled arrow (width 4, head 12 × 12 pt, `shrink` fraction).
  public var arrowStyle: String?
  public var arrowColor = Color.black
  public var arrowShrink = 0.0
  /// `annotate`'s annotated point: as matplotlib, the annotation is drawn only while that
  /// point is inside the axes.
  public var annotatedPoint: (Double, Double)?
  public var label = ""
  public var zorder = 3.0

  public init(x: Double, y: Double, text: String) {
    self.x = x
    self.y = y
    self.text = text
  }

  public var dataLimits: DataLimits { DataLimits() }
}
