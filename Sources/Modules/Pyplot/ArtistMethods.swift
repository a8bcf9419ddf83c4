import Interpreter
import NumKit
import PlotKit

/// Methods of the handles plotting calls return (`line.set_data`, `im.set_clim`, ...).
enum ArtistMethods {
  typealias Method = (PyArtistObject, Arguments, Interpreter) throws(PyException) -> Value

  static let table: [(String, Method)] = [
    ("set_data", setData), ("set_xdata", setXData), ("set_ydata", setYData),
    ("get_xdata", getXData), ("get_ydata", getYData), ("set_color", setColor),
    ("get_color", getColor), ("set_label", setLabel), ("get_label", getLabel),
    ("set_alpha", setAlpha), ("set_clim", setClim), ("set_linewidth", setLineWidth),
    ("set_text", setText), ("get_text", getText), ("get_texts", getTexts),
    ("set_fontsize", setFontSize), ("get_fontsize", getFontSize), ("get_size", getFontSize),
    ("set_visible", setVisible),
    ("get_visible", getVisible),
    ("set_cmap", setCmap), ("get_cmap", getCmap), ("get_clim", getClim), ("get_array", getArray),
    ("remove", remove),
    ("get_linestyle", getLineStyle), ("get_ls", getLineStyle), ("get_linewidth", getLineWidth),
    ("get_lw", getLineWidth), ("get_marker", getMarker), ("get_markersize", getMarkerSize),
    ("set_linestyle", setLineStyle), ("set_ls", setLineStyle), ("set_lw", setLineWidth),
    ("set_marker", setMarker), ("set_markersize", setMarkerSize), ("set_ms", setMarkerSize),
  ]

  static func setLineStyle(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let style = try PlotArguments.lineStyle(try interp.str(try a[0]))
    if let line = o.artist as? Line2D {
      line.lineStyle = style
    } else if let segments = o.artist as? SegmentCollection {
      segments.lineStyle = style
    }
    return .none
  }

  static func setMarker(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    (o.artist as? Line2D)?.marker = try PlotArguments.marker(try interp.str(try a[0]))
    return .none
  }

  static func setMarkerSize(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let size = interp.numeric(try a[0]) { (o.artist as? Line2D)?.markerSize = size }
    return .none
  }

  /// A line's style as matplotlib names it (`'-'`, `'--'`, `':'`, `'-.'`, `'None'`).
  static func getLineStyle(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let line = o.artist as? Line2D else { return .str("-") }
    return .str(line.lineStyle == .none ? "None" : line.lineStyle.rawValue)
  }

  static func getLineWidth(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .float((o.artist as? Line2D)?.lineWidth ?? 1.5)
  }

  static func getMarker(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .str((o.artist as? Line2D)?.marker?.rawValue ?? "None")
  }

  static func getMarkerSize(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .float((o.artist as? Line2D)?.markerSize ?? 6)
  }

  static func setVisible(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try a.expect("set_visible", min: 1, max: 1)
    guard let axes = o.axesObject?.axes else { return .none }
    let id = ObjectIdentifier(o.artist)
    if try interp.isTruthy(a[0]) {
      axes.hiddenArtists.remove(id)
    } else {
      axes.hiddenArtists.insert(id)
    }
    return .none
  }

  static func getVisible(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .bool(!(o.axesObject?.axes.hiddenArtists.contains(ObjectIdentifier(o.artist)) ?? false))
  }

  private static func line(_ o: PyArtistObject) throws(PyException) -> Line2D {
    guard let l = o.artist as? Line2D else {
      throw .attributeError("'\(o.typeName)' object has no attribute for line data")
    }
    return l
  }

  static func setData(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let l = try line(o)
    l.x = try PlotArguments.doubles(try a[0], interp)
    l.y = try PlotArguments.doubles(try a[1], interp)
    LineData.of(l).x = try a[0]
    LineData.of(l).y = try a[1]
    return .none
  }

  static func setXData(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let l = try line(o)
    l.x = try PlotArguments.doubles(try a[0], interp)
    LineData.of(l).x = try a[0]
    return .none
  }

  static func setYData(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let l = try line(o)
    l.y = try PlotArguments.doubles(try a[0], interp)
    LineData.of(l).y = try a[0]
    return .none
  }

  static func getXData(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let l = try line(o)
    let d = LineData.of(l)
    return d.x ?? LineData.array(l.x, integral: d.integralX)
  }

  static func getYData(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let l = try line(o)
    let d = LineData.of(l)
    return d.y ?? LineData.array(l.y, integral: d.integralY)
  }

  static func setColor(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let c = try PlotArguments.color(try a[0], interp)
    o.colorSpec = try a[0]
    switch o.artist {
    case let l as Line2D: l.color = c
    case let s as ScatterCollection: s.faceColors = [c]
    case let b as BarContainer: b.colors = [c]
    case let p as PolygonPatch: p.color = c
    case let t as TextArtist: t.color = c
    default: break
    }
    return .none
  }

  static func getColor(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let spec = o.colorSpec, !spec.isNone { return spec }
    // A color from the cycle, as the cycle holds it (matplotlib 3.11's default holds RGB
    // tuples).
    guard let line = o.artist as? Line2D else { return .str("#000000") }
    if let cycler = o.axesObject?.axes.colorCycleSource as? PyCycler,
      let i = o.axesObject?.axes.colorCycle.firstIndex(of: line.color),
      let values = cycler.entries.first?.values, i < values.count
    {
      return values[i]
    }
    return .tuple([.float(line.color.r), .float(line.color.g), .float(line.color.b)])
  }

  static func setLabel(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    o.artist.label = try interp.str(try a[0])
    return .none
  }

  static func getLabel(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .str(o.artist.label) }

  static func setAlpha(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let v = interp.numeric(try a[0])
    switch o.artist {
    case let l as Line2D: l.alpha = v
    case let s as ScatterCollection: s.alpha = v
    case let b as BarContainer: b.alpha = v
    case let p as PolygonPatch: p.alpha = v
    case let i as AxesImage: i.alpha = v
    default: break
    }
    return .none
  }

  static func setClim(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let m = o.artist as? ScalarMappable else { return .none }
    var v = try a.positional.map { (x) throws(PyException) in try PlotArguments.doubles(x, interp) }
      .flatMap { $0 }
    if v.count == 0 {
      v = [
        try PlotArguments.number(a, "vmin", interp: interp) ?? m.norm.vmin,
        try PlotArguments.number(a, "vmax", interp: interp) ?? m.norm.vmax,
      ]
    }
    guard v.count == 2 else { throw .valueError("set_clim takes (vmin, vmax)") }
    setLimits(m, v[0], v[1])
    return .none
  }

  /// A mappable's color limits changed (scatter points recolored).
  static func setLimits(_ m: ScalarMappable, _ vmin: Double, _ vmax: Double) {
    m.norm = Normalize(vmin: vmin, vmax: vmax)
    (m as? ScatterCollection)?.remap()
  }

  static func getCmap(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let m = o.artist as? ScalarMappable else { return .none }
    return .object(PyColormapObject(m.colormap))
  }

  static func getClim(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let m = o.artist as? ScalarMappable else { return .tuple([.none, .none]) }
    return .tuple([.float(m.norm.vmin), .float(m.norm.vmax)])
  }

  /// An image's data: its values (rows x cols), or its RGBA bytes (rows x cols x 4).
  static func getArray(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let image = o.artist as? AxesImage else {
      throw .attributeError("'\(o.kind.name)' object has no attribute 'get_array'")
    }
    switch image.pixels {
    case .scalar(let values):
      return NumpyBridge.wrap(NDArray(values, shape: [image.rows, image.cols]))
    case .rgba(let bytes):
      return NumpyBridge.wrap(
        NDArray(bytes.map(Double.init), shape: [image.rows, image.cols, 4], dtype: .uint8))
    }
  }

  static func setCmap(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let c = try PlotArguments.colormap(try a[0], interp)
    (o.artist as? AxesImage)?.colormap = c
    if let s = o.artist as? ScatterCollection {
      s.colormap = c
      s.remap()
    }
    return .none
  }

  static func setLineWidth(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let w = interp.numeric(try a[0]) { (o.artist as? Line2D)?.lineWidth = w }
    return .none
  }

  static func setText(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    (o.artist as? TextArtist)?.text = try interp.str(try a[0])
    return .none
  }

  static func getText(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let text = o.artist as? TextArtist else {
      throw .attributeError("'\(o.kind.name)' object has no attribute 'get_text'")
    }
    return .str(text.text)
  }

  /// A legend's labels as Text objects (made once; what they are set to is drawn).
  static func getTexts(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard o.kind === PlotClasses.legend, let ax = o.axesObject, var legend = ax.axes.legend
    else {
      throw .attributeError("'\(o.kind.name)' object has no attribute 'get_texts'")
    }
    let texts =
      legend.texts
      ?? legend.entries(in: ax.axes).map { entry in
        let text = TextArtist(x: 0, y: 0, text: entry.label)
        text.size = legend.fontSize
        text.color = legend.labelColor(of: entry.artist)
        return text
      }
    legend.texts = texts
    ax.axes.legend = legend
    if !o.legendTexts.elementsEqual(texts, by: { $0.artist === $1 }) {
      o.legendTexts = texts.map { PyArtistObject($0, kind: PlotClasses.text, axes: ax) }
    }
    return .list(o.legendTexts.map { .object($0) })
  }

  static func getFontSize(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let text = o.artist as? TextArtist else {
      throw .attributeError("'\(o.kind.name)' object has no attribute 'get_fontsize'")
    }
    return .float(text.size)
  }

  static func setFontSize(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if let s = interp.numeric(try a[0]) { (o.artist as? TextArtist)?.size = s }
    return .none
  }

  static func remove(_ o: PyArtistObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if o.kind === PlotClasses.legend {
      o.axesObject?.axes.legend = nil
    } else {
      o.axesObject?.axes.remove(o.artist)
    }
    return .none
  }
}

/// A line's data as the program gave it, which `get_xdata`/`get_ydata` return (matplotlib
/// keeps the original: integers stay integers, a list given to `set_xdata` a list).
final class LineData {
  /// Data given through `set_data`/`set_xdata`/`set_ydata`, as given.
  var x: Value?
  var y: Value?
  /// Whether `plot` was given integers (the arrays are made when asked for).
  var integralX = false
  var integralY = false

  static func of(_ line: Line2D) -> LineData {
    if let d = line.binding as? LineData { return d }
    let made = LineData()
    line.binding = made
    return made
  }

  /// `values` as the array `plot` keeps: int64 when the program gave integers.
  static func array(_ values: [Double], integral: Bool) -> Value {
    NumpyBridge.wrap(NDArray(values, shape: [values.count], dtype: integral ? .int64 : .float64))
  }
}
