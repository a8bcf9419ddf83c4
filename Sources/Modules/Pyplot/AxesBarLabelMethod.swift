import Interpreter
import PlotKit

/// `bar_label(container, labels=None, fmt='%g', label_type='edge', padding=0)`: a label per
/// bar, at its end (outside, `padding` points away) or its center, its value (the bar's
/// signed length) formatted as matplotlib 3.11 formats it (`fmt % value`, `fmt.format(value)`
/// or `fmt(value)`). Returns the labels.
enum AxesBarLabelMethod {
  static func barLabel(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let bars = try a[0].as(PyArtistObject.self)?.artist as? BarContainer else {
      throw .typeError("bar_label() needs the BarContainer that bar() or barh() returned")
    }
    let given = try a.parameter(1, "labels").flatMap { (v) throws(PyException) in
      v.isNone ? nil : try interp.collect(v)
    }
    let format = a.keyword("fmt") ?? .str("%g")
    let labelType = try PlotArguments.string(a, "label_type", interp: interp) ?? "edge"
    guard ["edge", "center"].contains(labelType) else {
      throw .valueError(
        "\(PyStr.repr(labelType)) is not a valid value for label_type. Supported values are 'edge', 'center'"
      )
    }
    // One padding for all bars, or one per bar.
    let paddings =
      try a.keyword("padding").map { (v) throws(PyException) in
        try PlotArguments.doubles(v, interp)
      } ?? [0]
    var made: [Value] = []
    for (i, bar) in bars.bars.enumerated() {
      let padding = paddings.count == 1 ? paddings[0] : i < paddings.count ? paddings[i] : 0
      let length = bars.horizontal ? bar.width : bar.height
      let (low, high) = bars.horizontal ? (bar.x, bar.x + bar.width) : (bar.y, bar.y + bar.height)
      let end = length >= 0 ? max(low, high) : min(low, high)
      let value = length
      var text: String
      if let given, i < given.count {
        text = try interp.str(given[i])
      } else if let f = format.as(PyStr.self)?.value {
        text =
          f.contains("{")
          ? try interp.str(try interp.callMethod(format, "format", Arguments([.float(value)])))
          : try interp.str(try interp.binary(.modulo, format, .float(value)))
      } else {
        text = try interp.str(try interp.call(format, with: .float(value)))
      }
      if length.isNaN { text = "" }
      let center = (bar.x + bar.width / 2, bar.y + bar.height / 2)
      let t: TextArtist
      if labelType == "center" {
        t = TextArtist(x: center.0, y: center.1, text: text)
        (t.horizontalAlignment, t.verticalAlignment) = ("center", "center")
      } else if bars.horizontal {
        t = TextArtist(x: end, y: center.1, text: text)
        t.offsetPoints = ((length < 0 ? -1 : 1) * padding, 0)
        (t.horizontalAlignment, t.verticalAlignment) = (length < 0 ? "right" : "left", "center")
      } else {
        t = TextArtist(x: center.0, y: end, text: text)
        t.offsetPoints = (0, (length < 0 ? -1 : 1) * padding)
        (t.horizontalAlignment, t.verticalAlignment) = ("center", length < 0 ? "top" : "bottom")
      }
      t.annotatedPoint = (t.x, t.y)
      try AxesPlotMethods.textStyle(t, a, interp)
      ax.axes.add(t)
      let handle = AxesPlotMethods.handle(t, PlotClasses.annotation, ax)
      made.append(handle)
    }
    return .list(made)
  }
}
