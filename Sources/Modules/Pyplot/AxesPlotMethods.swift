import Interpreter
import NumKit
import PlotKit

/// The data-drawing methods of an Axes (`ax.plot`, `ax.scatter`, ...), shared by pyplot's
/// functions of the same names, which call them on the current axes.
enum AxesPlotMethods {
  typealias Method = (PyAxesObject, Arguments, Interpreter) throws(PyException) -> Value

  static let table: [(String, Method)] = [
    ("plot", plot), ("semilogy", semilogy), ("semilogx", semilogx), ("loglog", loglog),
    ("scatter", scatter), ("bar", bar), ("barh", barh), ("hist", hist), ("imshow", imshow),
    ("contourf", contourf), ("contour", contour), ("fill_between", fillBetween),
    ("errorbar", errorbar), ("axhline", axhline), ("axvline", axvline), ("text", text),
    ("annotate", annotate), ("quiver", quiver),
  ]

  static func handle(_ a: Artist, _ kind: PyClass, _ ax: PyAxesObject) -> Value {
    .object(PyArtistObject(a, kind: kind, axes: ax))
  }

  // MARK: plot

  /// `plot(y)`, `plot(x, y)`, `plot(x, y, 'r--')`, repeated groups; a 2-D y draws a line per
  /// column. Returns the list of lines.
  static func plot(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    var args = a.positional
    var made: [Value] = []
    while !args.isEmpty {
      let first = args.removeFirst()
      var xValue: Value?
      var yValue = first
      if let next = args.first, next.as(PyStr.self) == nil {
        xValue = first
        yValue = args.removeFirst()
      }
      var format = FormatString()
      if let fmt = args.first?.as(PyStr.self) {
        args.removeFirst()
        format = try FormatString.parse(fmt.value)
      }
      let y = try PlotArguments.array(yValue, interp)
      let columns = y.ndim == 2 ? y.shape[1] : 1
      let rows = y.ndim == 0 ? 1 : y.shape[0]
      let yFlat = (0..<y.size).map { y.double(at: $0) }
      let x: [Double]
      if let xValue {
        x = try PlotArguments.coordinates(xValue, &ax.axes.xaxis, interp)
      } else {
        x = (0..<rows).map(Double.init)
      }
      guard x.count == rows else {
        throw .valueError(
          "x and y must have same first dimension, but have shapes (\(x.count),) and \(ShapeText.tuple(y.shape))"
        )
      }
      // A color given (by the format or a keyword) leaves the color cycle where it is.
      let keywordColor = try PlotArguments.color(a, "color", "c", interp: interp)
      let given = format.color ?? keywordColor
      for c in 0..<columns {
        let ys = (0..<rows).map { yFlat[$0 * columns + c] }
        let line = try PlotArguments.check { () throws(PlotError) in
          try ax.axes.plot(x: x, y: ys, color: given)
        }
        if format.marker != nil && format.lineStyle == nil { line.lineStyle = .none }
        if let s = format.lineStyle { line.lineStyle = s }
        line.marker = format.marker
        let rc = RcSettings(ax.figureObject.state)
        (line.lineWidth, line.markerSize) = (rc.lineWidth, rc.markerSize)
        try style(line, a, interp)
        // The data as matplotlib keeps it (integers stay integers; x, when not given, floats
        // from 0).
        let data = LineData.of(line)
        data.integralX = xValue.map { integral($0, interp) } ?? false
        data.integralY = integral(yValue, interp)
        let object = PyArtistObject(line, kind: PlotClasses.line, axes: ax)
        // What matplotlib keeps: a keyword's value, a format's letter, a 'CN' format's RGBA.
        object.colorSpec =
          a.keyword("color") ?? a.keyword("c")
          ?? format.colorText.map { text in
            text.hasPrefix("C")
              ? .tuple([.float(line.color.r), .float(line.color.g), .float(line.color.b), .int(1)])
              : .str(text)
          }
        made.append(.object(object))
      }
    }
    return .list(made)
  }

  /// Whether a value converts to an integer numpy array (categories and the like: no).
  static func integral(_ v: Value, _ interp: Interpreter) -> Bool {
    if let array = v.as(PyNDArray.self)?.array { return array.dtype.isInteger }
    return (try? NumpyBridge.array(from: v, dtype: nil, interp).dtype.isInteger) ?? false
  }

  /// The Line2D keywords shared by plot, axhline, errorbar.
  static func style(_ line: Line2D, _ a: Arguments, _ interp: Interpreter) throws(PyException) {
    if let c = try PlotArguments.color(a, "color", "c", interp: interp) { line.color = c }
    if let w = try PlotArguments.number(a, "linewidth", "lw", interp: interp) { line.lineWidth = w }
    if let s = try PlotArguments.string(a, "linestyle", "ls", interp: interp) {
      line.lineStyle = try PlotArguments.lineStyle(s)
    }
    if let m = try PlotArguments.string(a, "marker", interp: interp) {
      line.marker = try PlotArguments.marker(m)
    }
    if let d = try PlotArguments.string(a, "drawstyle", "ds", interp: interp) {
      guard let drawStyle = DrawStyle(name: d) else {
        throw .valueError(
          "\(PyStr.repr(d)) is not a valid value for drawstyle. Supported values are 'default', 'steps-mid', 'steps-pre', 'steps-post', 'steps'"
        )
      }
      line.drawStyle = drawStyle
    }
    if let s = try PlotArguments.number(a, "markersize", "ms", interp: interp) {
      line.markerSize = s
    }
    if let c = try PlotArguments.color(a, "markerfacecolor", "mfc", interp: interp) {
      line.markerFaceColor = c
    }
    if let f = try PlotArguments.string(a, "fillstyle", interp: interp) {
      switch f {
      case "full": break
      case "none": line.markerFaceColor = Color(r: 0, g: 0, b: 0, a: 0)
      case "left", "right", "top", "bottom":
        throw .notImplemented("fillstyle='\(f)' (half-filled markers) is not supported yet")
      default:
        throw .valueError(
          ValueChoice.refusal(
            f, name: "fillstyle", choices: ["full", "left", "right", "bottom", "top", "none"]))
      }
    }
    if let d = a.keyword("dashes"), !d.isNone {
      let pattern = try PlotArguments.doubles(d, interp)
      line.dashes = pattern.isEmpty ? nil : pattern
      if !pattern.isEmpty && line.lineStyle == .solid { line.lineStyle = .dashed }
    }
    let caps = ["butt": "butt", "round": "round", "projecting": "square"]
    for (name, solid) in [("solid_capstyle", true), ("dash_capstyle", false)] {
      guard let c = try PlotArguments.string(a, name, interp: interp) else { continue }
      guard let cap = caps[c] else {
        throw .valueError(
          ValueChoice.refusal(c, name: "capstyle", choices: ["butt", "projecting", "round"]))
      }
      if solid { line.solidCap = cap } else { line.dashCap = cap }
    }
    if let c = try PlotArguments.color(a, "markeredgecolor", "mec", interp: interp) {
      line.markerEdgeColor = c
    }
    if let w = try PlotArguments.number(a, "markeredgewidth", "mew", interp: interp) {
      line.markerEdgeWidth = w
    }
    if let every = a.keyword("markevery") {
      line.markEvery = try PlotArguments.markEvery(every, count: line.x.count, interp)
    }
    line.alpha = try PlotArguments.alpha(a, interp: interp)
    if let l = try PlotArguments.string(a, "label", interp: interp) { line.label = l }
    if let z = try PlotArguments.number(a, "zorder", interp: interp) { line.zorder = z }
  }

  static func semilogy(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.yaxis.scale = .log
    return try plot(ax, a, interp)
  }

  static func semilogx(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.xaxis.scale = .log
    return try plot(ax, a, interp)
  }

  static func loglog(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.xaxis.scale = .log
    ax.axes.yaxis.scale = .log
    return try plot(ax, a, interp)
  }

  // MARK: scatter

  static func scatter(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let x = try PlotArguments.doubles(try a[0], interp)
    let y = try PlotArguments.doubles(try a[1], interp)
    // matplotlib's default area: rcParams['lines.markersize'] squared (36 points²).
    let markerSize = RcSettings(ax.figureObject.state).markerSize
    var sizes = [markerSize * markerSize]
    if let s = a.keyword("s") ?? a.positional.dropFirst(2).first, !s.isNone {
      sizes = try PlotArguments.doubles(s, interp)
    }
    var marker = MarkerShape.circle
    if let m = try PlotArguments.string(a, "marker", interp: interp),
      let shape = try PlotArguments.marker(m)
    {
      marker = shape
    }
    var colors: [Color]?
    var values: [Double]?
    let cValue = a.keyword("c") ?? a.positional.dropFirst(3).first
    if let c = cValue, !c.isNone {
      if c.as(PyStr.self) != nil {
        colors = [try PlotArguments.color(c, interp)]
      } else {
        let arr = try? PlotArguments.array(c, interp)
        if let arr, arr.ndim <= 1, arr.size == x.count, !(arr.size == 3 && x.count != 3) {
          values = (0..<arr.size).map { arr.double(at: $0) }
        } else {
          colors = try PlotArguments.colors(c, interp)
        }
      }
    }
    if let c = try PlotArguments.color(a, "color", interp: interp) { colors = [c] }
    let collection = try PlotArguments.check { () throws(PlotError) in
      try ax.axes.scatter(
        x: x, y: y, colors: colors ?? (values != nil ? [.black] : nil), sizes: sizes,
        marker: marker)
    }
    if let values {
      collection.values = values
      collection.colormap = try PlotArguments.colormap(a, interp, defaults: ax.figureObject.state)
      collection.norm = try PlotArguments.normalize(a, interp) {
        Normalize(data: values, vmin: $0, vmax: $1)
      }
      collection.remap()
    }
    if let e = a.keyword("edgecolors") ?? a.keyword("edgecolor"), !e.isNone {
      if let s = e.as(PyStr.self), s.value == "face" {
        collection.edgeColors = nil
      } else {
        collection.edgeColors = try PlotArguments.colors(e, interp)
      }
    }
    if let w = try PlotArguments.number(a, "linewidths", "linewidth", "lw", interp: interp) {
      collection.lineWidth = w
    }
    collection.alpha = try PlotArguments.alpha(a, interp: interp)
    if let l = try PlotArguments.string(a, "label", interp: interp) { collection.label = l }
    if let z = try PlotArguments.number(a, "zorder", interp: interp) { collection.zorder = z }
    return handle(collection, PlotClasses.collection, ax)
  }

  // MARK: bar, barh, hist

  static func bar(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try bars(ax, a, interp, horizontal: false)
  }

  static func barh(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try bars(ax, a, interp, horizontal: true)
  }

  private static func bars(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, horizontal: Bool
  ) throws(PyException) -> Value {
    let positions =
      horizontal
      ? try PlotArguments.coordinates(try a[0], &ax.axes.yaxis, interp)
      : try PlotArguments.coordinates(try a[0], &ax.axes.xaxis, interp)
    let lengthValue =
      a.positional.count > 1 ? a.positional[1] : a.keyword(horizontal ? "width" : "height")
    guard let lengthValue else {
      throw .typeError(
        "\(horizontal ? "barh" : "bar")() missing 1 required positional argument: '\(horizontal ? "width" : "height")'"
      )
    }
    let lengths = try PlotArguments.doubles(lengthValue, interp)
    let thicknessName = horizontal ? "height" : "width"
    var thickness = [0.8]
    if let t = (a.positional.count > 2 ? a.positional[2] : nil) ?? a.keyword(thicknessName) {
      thickness = try PlotArguments.doubles(t, interp)
    }
    var base = [0.0]
    if let b = a.keyword(horizontal ? "left" : "bottom"), !b.isNone {
      base = try PlotArguments.doubles(b, interp)
    }
    var colors: [Color]?
    if let c = a.keyword("color"), !c.isNone { colors = try PlotArguments.colors(c, interp) }
    let alignEdge = try PlotArguments.string(a, "align", interp: interp) == "edge"
    let container = try PlotArguments.check { () throws(PlotError) in
      try ax.axes.bar(
        positions: positions, heights: lengths, width: thickness, bottom: base, color: colors,
        horizontal: horizontal, alignEdge: alignEdge)
    }
    try patchStyle(container, a, interp)
    // Which of the rectangles' numbers stay integers, as matplotlib's unit conversion and
    // numpy's arithmetic leave them: a length measured from an integer base, a thickness
    // from integer positions (or as given, beside categories), an edge-aligned start.
    func integral(_ v: Value?, default whole: Bool) -> Bool? {
      guard let v, !v.isNone else { return whole }
      return try? NumpyBridge.array(from: v, dtype: nil, interp).dtype.isInteger
    }
    let positionsWhole = integral(a.positional.first, default: false)
    let thicknessValue =
      (a.positional.count > 2 ? a.positional[2] : nil) ?? a.keyword(thicknessName)
    let baseWhole = integral(a.keyword(horizontal ? "left" : "bottom"), default: true) == true
    let lengthWhole = integral(lengthValue, default: false) == true && baseWhole
    let thicknessWhole =
      integral(thicknessValue, default: false) == true && positionsWhole != false
    let (along, across) = horizontal ? ("y", "x") : ("x", "y")
    let (length, thicknessField) = horizontal ? ("width", "height") : ("height", "width")
    for (field, whole) in [
      (along, positionsWhole == true && alignEdge), (across, baseWhole), (length, lengthWhole),
      (thicknessField, thicknessWhole),
    ] where whole {
      container.integerFields.insert(field)
    }
    // `yerr`/`xerr`: error bars at the bar ends (`ecolor` black by default, `capsize`).
    let yerr = a.keyword("yerr"), xerr = a.keyword("xerr")
    if yerr.map({ !$0.isNone }) ?? false || xerr.map({ !$0.isNone }) ?? false {
      let ends = container.bars.map { b in
        horizontal ? (b.x + b.width, b.y + b.height / 2) : (b.x + b.width / 2, b.y + b.height)
      }
      try errorBars(
        ax, a, interp, x: ends.map(\.0), y: ends.map(\.1), yerr: yerr, xerr: xerr,
        color: try PlotArguments.color(a, "ecolor", interp: interp) ?? .black, lineWidth: 1.5,
        zorder: 2)
    }
    if let labels = a.keyword("tick_label"), !labels.isNone {
      let names = try interp.collect(labels).map { (v) throws(PyException) in try interp.str(v) }
      if horizontal {
        ax.axes.yaxis.fixedTicks = positions
        ax.axes.yaxis.fixedLabels = names
      } else {
        ax.axes.xaxis.fixedTicks = positions
        ax.axes.xaxis.fixedLabels = names
      }
    }
    return handle(container, PlotClasses.bars, ax)
  }

  static func patchStyle(_ c: BarContainer, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    if let e = try PlotArguments.color(a, "edgecolor", "ec", interp: interp) { c.edgeColor = e }
    if let w = try PlotArguments.number(a, "linewidth", "lw", interp: interp) { c.lineWidth = w }
    c.alpha = try PlotArguments.alpha(a, interp: interp)
    if let l = try PlotArguments.string(a, "label", interp: interp) { c.label = l }
  }

  static func hist(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let data = try PlotArguments.array(try a[0], interp)
    guard data.ndim <= 1 else {
      throw .valueError(
        "hist of several datasets (a 2-D array) is not supported; pass one 1-D array")
    }
    // matplotlib leaves NaN out of a histogram (with its weight).
    let all = (0..<data.size).map { data.double(at: $0) }
    let values = all.filter { !$0.isNaN }
    var weights: [Double]?
    if let w = a.keyword("weights"), !w.isNone {
      let given = try PlotArguments.doubles(w, interp)
      guard given.count == all.count else {
        throw .valueError("weights should have the same shape as x")
      }
      weights = zip(all, given).filter { !$0.0.isNaN }.map(\.1)
    }
    var bins = HistogramBins.count(10)
    if let b = a.keyword("bins") ?? a.positional.dropFirst().first, !b.isNone {
      if case .int(let n) = b.asIndexLike {
        bins = .count(n)
      } else if b.as(PyStr.self) != nil {
        // An estimator's name ('auto', 'fd', ...): numpy's edges for the data, as matplotlib
        // asks numpy for them.
        let numpy = try interp.importModule("numpy")
        let range = a.keyword("range") ?? .none
        let edges = try interp.callMethod(
          .object(numpy), "histogram_bin_edges",
          Arguments([.list(values.map { .float($0) }), b, range]))
        bins = .edges(try PlotArguments.doubles(edges, interp))
      } else {
        bins = .edges(try PlotArguments.doubles(b, interp))
      }
    }
    var range: (Double, Double)?
    if let r = a.keyword("range"), !r.isNone {
      let v = try PlotArguments.doubles(r, interp)
      guard v.count == 2 else { throw .valueError("range must be a (min, max) pair") }
      range = (v[0], v[1])
    }
    let density =
      try a.keyword("density").map { (v) throws(PyException) in try interp.isTruthy(v) } ?? false
    let color = try PlotArguments.color(a, "color", interp: interp)
    let rwidth = try PlotArguments.number(a, "rwidth", interp: interp) ?? 1
    let horizontal = try PlotArguments.string(a, "orientation", interp: interp) == "horizontal"
    let align = try PlotArguments.string(a, "align", interp: interp) ?? "mid"
    guard ["left", "mid", "right"].contains(align) else {
      throw .valueError(
        "\(PyStr.repr(align)) is not a valid value for align. Supported values are 'left', 'mid', 'right'"
      )
    }
    var bottom = [0.0]
    if let b = a.keyword("bottom"), !b.isNone { bottom = try PlotArguments.doubles(b, interp) }
    // `cumulative=True` (or a negative number: summed from the right).
    var cumulative = 0
    if let c = a.keyword("cumulative"), !c.isNone {
      if let d = interp.numeric(c.scalarValue), d < 0 {
        cumulative = -1
      } else if try interp.isTruthy(c) {
        cumulative = 1
      }
    }
    let result = try PlotArguments.check { () throws(PlotError) in
      try ax.axes.hist(
        values, bins: bins, range: range, weights: weights, density: density, color: color,
        relativeWidth: rwidth, horizontal: horizontal, cumulative: cumulative, align: align,
        bottom: bottom)
    }
    try patchStyle(result.bars, a, interp)
    if try PlotArguments.string(a, "histtype", interp: interp) == "step" {
      // One open outline along the tops (matplotlib's unfilled polygon, 1 pt, drawn as a
      // line); the bars stay, undrawn, for the limits and sticky edges.
      let color = result.bars.colors[0]
      result.bars.colors = [.none]
      result.bars.edgeColor = nil
      var along: [Double] = [result.edges[0]]
      var across: [Double] = [0]
      for (i, count) in result.counts.enumerated() {
        along += [result.edges[i], result.edges[i + 1]]
        across += [count, count]
      }
      along.append(result.edges[result.edges.count - 1])
      across.append(0)
      let outline = Line2D(
        x: horizontal ? across : along, y: horizontal ? along : across, color: color)
      outline.lineWidth = try PlotArguments.number(a, "linewidth", "lw", interp: interp) ?? 1
      outline.alpha = result.bars.alpha
      outline.label = result.bars.label
      result.bars.label = ""
      ax.axes.add(outline)
    }
    // log=True: the counts' axis in log scale, as matplotlib sets it.
    if let l = a.keyword("log"), !l.isNone, try interp.isTruthy(l) {
      if horizontal { ax.axes.xaxis.scale = .log } else { ax.axes.yaxis.scale = .log }
    }
    let counts = NumpyBridge.wrap(NDArray(result.counts, shape: [result.counts.count]))
    let edges = NumpyBridge.wrap(NDArray(result.edges, shape: [result.edges.count]))
    return .tuple([counts, edges, handle(result.bars, PlotClasses.bars, ax)])
  }

  // MARK: images and contours

  static func imshow(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let source = try NumpyBridge.array(from: try a[0], dtype: nil, interp)
    let shape = source.shape
    let isBytes = source.dtype.isInteger
    let values = (0..<source.size).map { source.double(at: $0) }
    let image: AxesImage
    let upper = try PlotArguments.string(a, "origin", interp: interp) != "lower"
    switch shape.count {
    case 2:
      image = AxesImage(rows: shape[0], cols: shape[1], pixels: .scalar(values), originUpper: upper)
      image.colormap = try PlotArguments.colormap(a, interp, defaults: ax.figureObject.state)
      image.norm = try PlotArguments.normalize(a, interp) {
        Normalize(data: values, vmin: $0, vmax: $1)
      }
    case 3 where shape[2] == 3 || shape[2] == 4:
      var bytes = [UInt8](repeating: 255, count: shape[0] * shape[1] * 4)
      for p in 0..<(shape[0] * shape[1]) {
        for ch in 0..<shape[2] {
          let v = values[p * shape[2] + ch]
          bytes[p * 4 + ch] = UInt8(isBytes ? min(max(v, 0), 255) : (min(max(v, 0), 1) * 255))
        }
      }
      image = AxesImage(rows: shape[0], cols: shape[1], pixels: .rgba(bytes), originUpper: upper)
    default:
      throw .typeError("Invalid shape \(ShapeText.tuple(shape)) for image data")
    }
    if let e = a.keyword("extent"), !e.isNone {
      let v = try PlotArguments.doubles(e, interp)
      guard v.count == 4 else { throw .valueError("extent must be (left, right, bottom, top)") }
      image.extent = (v[0], v[1], v[2], v[3])
    }
    image.alpha = try PlotArguments.alpha(a, interp: interp)
    let aspect = try PlotArguments.string(a, "aspect", interp: interp)
    if let s = try PlotArguments.string(a, "interpolation", interp: interp),
      !["nearest", "none", "antialiased", "auto", "bilinear", "bicubic"].contains(s)
    {
      throw .valueError("Unsupported interpolation \(PyStr.repr(s)) (use 'nearest')")
    }
    ax.axes.imshow(image, aspectEqual: aspect != "auto", originUpper: upper)
    return handle(image, PlotClasses.image, ax)
  }

  static func contourf(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try contours(ax, a, interp, filled: true)
  }

  static func contour(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try contours(ax, a, interp, filled: false)
  }

  private static func contours(
    _ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter, filled: Bool
  ) throws(PyException) -> Value {
    var positional = a.positional
    let z: NDArray
    var x: [Double], y: [Double]
    if positional.count >= 3 {
      let xs = try PlotArguments.array(positional[0], interp)
      let ys = try PlotArguments.array(positional[1], interp)
      z = try PlotArguments.array(positional[2], interp)
      positional.removeFirst(3)
      guard z.ndim == 2 else { throw .typeError("Input z must be 2D, not \(z.ndim)D") }
      let (rows, cols) = (z.shape[0], z.shape[1])
      func grid(_ v: NDArray, along: Int) throws(PyException) -> [Double] {
        if v.ndim == 2 {
          guard v.shape == z.shape else {
            throw .typeError(
              "Shapes of x \(ShapeText.tuple(v.shape)) and z \(ShapeText.tuple(z.shape)) do not match"
            )
          }
          return (0..<v.size).map { v.double(at: $0) }
        }
        let n = along == 1 ? cols : rows
        guard v.ndim == 1, v.size == n else {
          throw .typeError(
            "Length of \(along == 1 ? "x" : "y") (\(v.size)) must match number of \(along == 1 ? "columns" : "rows") in z (\(n))"
          )
        }
        return (0..<(rows * cols)).map { v.double(at: along == 1 ? $0 % cols : $0 / cols) }
      }
      x = try grid(xs, along: 1)
      y = try grid(ys, along: 0)
    } else {
      z = try PlotArguments.array(try a[0], interp)
      positional.removeFirst()
      guard z.ndim == 2 else { throw .typeError("Input z must be 2D, not \(z.ndim)D") }
      let cols = z.shape[1]
      x = (0..<z.size).map { Double($0 % cols) }
      y = (0..<z.size).map { Double($0 / cols) }
    }
    guard z.shape[0] >= 2 && z.shape[1] >= 2 else {
      throw .typeError(
        "Input z must be at least a (2, 2) shaped array, but has shape (\(z.shape[0]), \(z.shape[1]))"
      )
    }
    let zValues = (0..<z.size).map { z.double(at: $0) }
    let finite = zValues.filter(\.isFinite)
    let (zmin, zmax) = (finite.min() ?? 0, finite.max() ?? 1)
    var levels: [Double]
    let levelArg = a.keyword("levels") ?? positional.first
    if let l = levelArg, !l.isNone, l.asIndexLike.asInt == nil {
      levels = try PlotArguments.doubles(l, interp)
    } else {
      let n = levelArg?.asIndexLike.asInt ?? 7
      levels = ContourLevels.auto(zmin, zmax, count: n, filled: filled)
    }
    let set = ContourSet(
      x: x, y: y, z: zValues, rows: z.shape[0], cols: z.shape[1], levels: levels, filled: filled,
      colormap: try PlotArguments.colormap(a, interp, defaults: ax.figureObject.state))
    if let c = a.keyword("colors"), !c.isNone {
      set.fixedColors = try PlotArguments.colors(c, interp)
    }
    let automatic = set.norm
    set.norm = try PlotArguments.normalize(a, interp) {
      Normalize(vmin: $0 ?? automatic.vmin, vmax: $1 ?? automatic.vmax)
    }
    set.alpha = try PlotArguments.alpha(a, interp: interp)
    if let w = try PlotArguments.number(a, "linewidths", interp: interp) { set.lineWidth = w }
    ax.axes.add(set)
    return handle(set, PlotClasses.contour, ax)
  }
}
