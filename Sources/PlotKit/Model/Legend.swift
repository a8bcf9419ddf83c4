/// A legend request: where, and which labels (nil: the artists' own labels).
public struct Legend {
  public enum Location: String, CaseIterable, Sendable {
    case best, upperRight = "upper right", upperLeft = "upper left", lowerLeft = "lower left"
    case lowerRight = "lower right", right, centerLeft = "center left"
    case centerRight = "center right", lowerCenter = "lower center"
    case upperCenter = "upper center", center

    /// Also matplotlib's numeric codes 0…10.
    public init?(code: Int) {
      guard code >= 0, code < Location.allCases.count else { return nil }
      self = Location.allCases[code]
    }
  }

  public var location = Location.best
  public var labels: [String]?
  /// The artists to show, when given (`legend(handles, labels)`); they may belong to another
  /// axes (a twin's lines in one legend).
  public var handles: [Artist]?
  public var fontSize = 10.0
  public var frameOn = true
  public var title = ""
  /// Columns (`ncols`): entries split in order, the first columns one longer when uneven.
  public var columns = 1
  /// `bbox_to_anchor` in axes fractions: the box (a point when width and height are 0) the
  /// legend is placed in at `location`, instead of the axes.
  public var anchor: (x: Double, y: Double, width: Double, height: Double)?
  /// matplotlib's spacings, in font sizes: inside the frame, between rows, the handle's
  /// length, between handle and label, between columns.
  public var borderPad = 0.4
  public var labelSpacing = 0.5
  public var handleLength = 2.0
  public var handleTextPad = 0.8
  public var columnSpacing = 2.0
  /// The frame's opacity, and round corners (`fancybox`).
  public var frameAlpha = 0.8
  public var fancyBox = true
  /// `labelcolor`: one color for every label, or each label in its artist's color
  /// ('linecolor'); nil: black.
  public enum LabelColor: Sendable {
    case color(Color)
    case lineColor
  }
  public var labelColor: LabelColor?
  /// `shadow=True`: a dark copy of the frame 2 pt right and down, under it.
  public var shadow = false
  /// Markers in the legend are this many times their size in the plot.
  public var markerScale = 1.0

  /// The labels' Text artists, once a program asked for them (`legend.get_texts()`): what
  /// they say, and their color, size and weight, are what the legend draws.
  public var texts: [TextArtist]?

  public init() {}

  /// The entries of a legend on `axes`: each artist shown with its label. Given handles
  /// (with their labels or the given ones), else the axes' labelled artists (bars after the
  /// rest, as matplotlib's handler order), or the given labels in order of the artists.
  public func entries(in axes: Axes) -> [(artist: Artist, label: String)] {
    if let handles {
      return Array(zip(handles, labels ?? handles.map(\.label)))
    }
    let artists = axes.artists
    if let labels {
      return Array(zip(artists.filter { !($0 is TextArtist) }, labels))
    }
    let ordered = artists.filter { !($0 is BarContainer) } + artists.filter { $0 is BarContainer }
    return ordered.filter { $0.showsInLegend && !($0 is TextArtist) }.map { ($0, $0.label) }
  }

  /// The color of the label of `artist`'s entry (`labelcolor`).
  public func labelColor(of artist: Artist) -> Color {
    switch labelColor {
    case .color(let c)?: return c
    case .lineColor?:
      switch artist {
      case let line as Line2D: return line.color
      case let s as SegmentCollection: return s.colors.first ?? .black
      case let s as ScatterCollection: return s.faceColors.first ?? .black
      default: return LegendPainter.patchStyle(artist).0
      }
    case nil: return .black
    }
  }
}
