import Interpreter
import NumKit
import PlotKit

/// `ax.legend(...)` (`plt.legend`): which entries, where (`loc`, `bbox_to_anchor`), in how
/// many columns, and the box's text.
extension AxesDecorationMethods {
  static func legend(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    var legend = Legend()
    // matplotlib's forms: legend(labels), legend(handles, labels), handles=, labels=.
    let handlesValue = a.positional.count >= 2 ? a.positional[0] : a.keyword("handles")
    let labelsValue =
      a.positional.count >= 2 ? a.positional[1] : a.positional.first ?? a.keyword("labels")
    if let handlesValue, !handlesValue.isNone {
      legend.handles = try interp.collect(handlesValue).map { (h) throws(PyException) -> Artist in
        guard let artist = h.as(PyArtistObject.self)?.artist else {
          throw .typeError("Legend handles must be artists, not \(h.typeName)")
        }
        return artist
      }
    }
    if let labels = labelsValue, !labels.isNone {
      let items = try interp.collect(labels)
      if a.positional.count == 1 && items.contains(where: { $0.as(PyArtistObject.self) != nil }) {
        throw .typeError(
          "A single argument passed to legend() must be a list of labels, but found an Artist in there."
        )
      }
      legend.labels = try items.map { (v) throws(PyException) in try interp.str(v) }
    }
    if let loc = a.keyword("loc"), !loc.isNone {
      if let code = loc.asIndexLike.asInt {
        guard let l = Legend.Location(code: code) else {
          throw .valueError("\(code) is not a valid value for loc")
        }
        legend.location = l
      } else {
        let name = try interp.str(loc)
        guard let l = Legend.Location(rawValue: name) else {
          throw .valueError("\(PyStr.repr(name)) is not a valid value for loc.")
        }
        legend.location = l
      }
    }
    legend.fontSize = RcSettings(ax.figureObject.state).size("legend.fontsize")
    if let s = try fontSize(a, interp) { legend.fontSize = s }
    if let f = a.keyword("frameon"), !f.isNone { legend.frameOn = try interp.isTruthy(f) }
    // Spacings in font sizes, the frame's opacity and corners, the markers' scale.
    let spacings: [(String, WritableKeyPath<Legend, Double>)] = [
      ("borderpad", \.borderPad), ("labelspacing", \.labelSpacing),
      ("handlelength", \.handleLength), ("handletextpad", \.handleTextPad),
      ("columnspacing", \.columnSpacing), ("framealpha", \.frameAlpha),
      ("markerscale", \.markerScale),
    ]
    for (name, field) in spacings {
      if let v = a.keyword(name), !v.isNone {
        legend[keyPath: field] = try PlotArguments.double(v, name, interp)
      }
    }
    if let f = a.keyword("fancybox"), !f.isNone { legend.fancyBox = try interp.isTruthy(f) }
    if let v = a.keyword("labelcolor"), !v.isNone {
      if let name = v.as(PyStr.self)?.value, ["linecolor", "mfc", "markerfacecolor"].contains(name)
      {
        legend.labelColor = .lineColor
      } else if let name = v.as(PyStr.self)?.value, ["markeredgecolor", "mec"].contains(name) {
        throw .notImplemented("legend(labelcolor='\(name)') is not supported yet")
      } else {
        legend.labelColor = .color(try PlotArguments.color(v, interp))
      }
    }
    // A shadow makes the frame opaque unless framealpha says otherwise.
    if let s = a.keyword("shadow"), !s.isNone, try interp.isTruthy(s) {
      legend.shadow = true
      if a.keyword("framealpha")?.isNone ?? true { legend.frameAlpha = 1 }
    }
    if let t = try PlotArguments.string(a, "title", interp: interp) { legend.title = t }
    if let n = a.keyword("ncols") ?? a.keyword("ncol"), !n.isNone {
      guard case .int(let count) = n.asIndexLike, count > 0 else {
        throw .valueError("ncols must be a positive integer, not \(try interp.repr(n))")
      }
      legend.columns = count
    }
    if let b = a.keyword("bbox_to_anchor"), !b.isNone {
      let v = try PlotArguments.doubles(b, interp)
      guard v.count == 2 || v.count == 4 else {
        throw .valueError("Invalid bbox_to_anchor: give (x, y) or (x, y, width, height)")
      }
      legend.anchor = (v[0], v[1], v.count == 4 ? v[2] : 0, v.count == 4 ? v[3] : 0)
    }
    if legend.handles == nil && legend.labels == nil
      && !ax.axes.artists.contains(where: \.showsInLegend)
    {
      try interp.raiseOrWarn(
        "UserWarning",
        "No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument."
      )
    }
    ax.axes.legend = legend
    let o = PyArtistObject(TextArtist(x: 0, y: 0, text: ""), kind: PlotClasses.legend, axes: ax)
    ax.legendObject = o
    return .object(o)
  }
}
