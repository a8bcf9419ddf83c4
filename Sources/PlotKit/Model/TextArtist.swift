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
  /// `bbox=dict(...)`: a box drawn behind the text.
  public var box: TextBox?

  public init(x: Double, y: Double, text: String) {
    self.x = x
    self.y = y
    self.text = text
  }

  public var dataLimits: DataLimits { DataLimits() }
}

/// The box behind a text (matplotlib's FancyBboxPatch of `Text.set_bbox`): the text's box
/// padded by `pad` × the font size, square or with round corners.
public struct TextBox: Sendable {
  public enum Style: String, Sendable { case square, round }
  public var style = Style.square
  /// Padding as a fraction of the font size (matplotlib: 4 pt for the default square box,
  /// 0.3 for a named style).
  public var pad = 0.3
  /// The corners' radius as a fraction of the font size (nil: the pad).
  public var roundingSize: Double?
  /// nil: no fill (`facecolor='none'`).
  public var faceColor: Color? = Color(r: 0x1f / 255.0, g: 0x77 / 255.0, b: 0xb4 / 255.0)
  /// nil: no edge.
  public var edgeColor: Color? = .black
  public var lineWidth = 1.0
  public var alpha: Double?

  public init() {}
}
