import Interpreter
import NumKit
import PlotKit

/// Titles, labels, limits, ticks, scales, legend, grid and axis switches of an Axes
/// (`ax.set_title`, ...); pyplot's `title`, `xlim`, ... call these on the current axes.
enum AxesDecorationMethods {
  typealias Method = AxesPlotMethods.Method

  static let table: [(String, Method)] = [
    ("set_title", setTitle), ("set_xlabel", setXLabel), ("set_ylabel", setYLabel),
    ("set_xlim", setXLim), ("set_ylim", setYLim), ("get_xlim", getXLim), ("get_ylim", getYLim),
    ("get_xticks", tickQuery(labels: false, horizontal: true)),
    ("get_yticks", tickQuery(labels: false, horizontal: false)),
    ("get_xticklabels", tickQuery(labels: true, horizontal: true)),
    ("get_yticklabels", tickQuery(labels: true, horizontal: false)),
    ("set_xticks", setXTicks), ("set_yticks", setYTicks), ("set_xticklabels", setXTickLabels),
    ("set_yticklabels", setYTickLabels), ("set_xscale", setXScale), ("set_yscale", setYScale),
    ("legend", legend), ("grid", grid), ("axis", axis), ("set_aspect", setAspect),
    ("set_axis_off", setAxisOff), ("set_axis_on", setAxisOn), ("invert_yaxis", invertY),
    ("invert_xaxis", invertX), ("tick_params", tickParams), ("margins", margins),
    ("cla", clear), ("clear", clear), ("set", set), ("get_title", getTitle),
    ("get_xlabel", getXLabel), ("get_ylabel", getYLabel), ("set_facecolor", setFaceColor),
    ("label_outer", labelOuter), ("get_legend_handles_labels", handlesLabels), ("twinx", twinx),
    ("get_lines", getLines), ("get_images", getImages), ("minorticks_on", minorTicksOn),
    ("minorticks_off", minorTicksOff), ("get_legend", AxesChildren.getLegend),
  ]

  /// `ax.twinx()` (`plt.twinx(ax)`): a new axes sharing the x axis, its y axis on the right;
  /// it becomes the current axes.
  static func twinx(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let parent = (a.positional.first ?? a.keyword("ax"))?.as(PyAxesObject.self) ?? ax
    let figure = parent.figureObject
    let twin = figure.object(for: figure.figure.twinx(parent.axes))
    figure.currentAxes = twin
    return .object(twin)
  }

  static func setFaceColor(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let v = a.positional.first ?? a.keyword("color") else {
      throw .typeError("Axes.set_facecolor() missing 1 required positional argument: 'color'")
    }
    ax.axes.backgroundColor = try PlotArguments.color(v, interp)
    return .none
  }

  /// `label_outer()`: only the bottom row keeps x tick labels and x label, only the first
  /// column y ones.
  static func labelOuter(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let slot = ax.axes.slot
    if slot.row + slot.rowSpan < slot.rows {
      ax.axes.xaxis.hidesTickLabels = true
      ax.axes.xaxis.label = ""
    }
    if slot.col > 0 {
      ax.axes.yaxis.hidesTickLabels = true
      ax.axes.yaxis.label = ""
    }
    return .none
  }

  private static func label(_ a: Arguments, _ interp: Interpreter, _ name: String)
    throws(PyException) -> String
  {
    guard let v = a.positional.first ?? a.keyword("label") ?? a.keyword(name) else {
      throw .typeError("\(name)() missing 1 required positional argument: 'label'")
    }
    return try interp.str(v)
  }

  static func setTitle(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let text = try label(a, interp, "set_title")
    ax.axes.title = text
    if let s = try fontSize(a, interp) { ax.axes.titleSize = s }
    if let w = try fontWeight(a, interp) { ax.axes.titleWeight = w }
    if let c = try PlotArguments.color(a, "color", interp: interp) { ax.axes.titleColor = c }
    if let p = try PlotArguments.number(a, "pad", interp: interp) { ax.axes.titlePad = p }
    if let loc = try PlotArguments.string(a, "loc", interp: interp) {
      guard ["left", "center", "right"].contains(loc) else {
        throw .valueError(
          ValueChoice.refusal(loc, name: "loc", choices: ["left", "center", "right"]))
      }
      ax.axes.titleLoc = loc
    }
    return .object(PyAxisLabel(ax.axes, .title))
  }

  /// An axis label's `fontsize`, `fontweight`, `color` and `labelpad`.
  static func labelStyle(_ axis: inout AxisState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    if let v = a.keyword("labelpad"), !v.isNone {
      axis.labelPad = try PlotArguments.double(v, "labelpad", interp)
    }
    if let s = try fontSize(a, interp) { axis.labelSize = s }
    if let w = try fontWeight(a, interp) { axis.labelWeight = w }
    if let c = try PlotArguments.color(a, "color", interp: interp) { axis.labelColor = c }
  }

  /// `fontweight=`/`weight=`: a name (`'bold'`, `'normal'`, `'light'`, ...) or a number
  /// 0–1000, as SVG's font-weight.
  static func fontWeight(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> String? {
    guard let v = a.keyword("fontweight") ?? a.keyword("weight"), !v.isNone else { return nil }
    if let n = interp.numeric(v.scalarValue) {
      guard n >= 0 && n <= 1000 else { throw .valueError("weight is invalid") }
      return String(Int(n))
    }
    let names: [String: String] = [
      "ultralight": "200", "light": "300", "normal": "normal", "regular": "normal",
      "book": "normal", "medium": "500", "roman": "normal", "semibold": "600",
      "demibold": "600", "demi": "600", "bold": "bold", "heavy": "800", "extra bold": "800",
      "black": "900",
    ]
    let name = try interp.str(v)
    guard let weight = names[name] else { throw .valueError("weight is invalid") }
    return weight
  }

  static func fontSize(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Double? {
    guard let v = a.keyword("fontsize") ?? a.keyword("size"), !v.isNone else { return nil }
    if let s = v.as(PyStr.self) {
      let named: [String: Double] = [
        "xx-small": 5.79, "x-small": 6.94, "small": 8.33, "medium": 10, "large": 12,
        "x-large": 14.4, "xx-large": 17.28, "larger": 12, "smaller": 8.33,
      ]
      guard let size = named[s.value] else {
        throw .valueError("\(PyStr.repr(s.value)) is not a valid font size")
      }
      return size
    }
    return interp.numeric(v.scalarValue)
  }

  static func setXLabel(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let text = try label(a, interp, "set_xlabel")
    ax.axes.xaxis.label = text
    try labelStyle(&ax.axes.xaxis, a, interp)
    return .object(PyAxisLabel(ax.axes, .xLabel))
  }

  static func setYLabel(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let text = try label(a, interp, "set_ylabel")
    ax.axes.yaxis.label = text
    try labelStyle(&ax.axes.yaxis, a, interp)
    if let v = a.keyword("rotation"), !v.isNone {
      ax.axes.yaxis.labelRotation = try rotationDegrees(v, interp)
    }
    return .object(PyAxisLabel(ax.axes, .yLabel))
  }

  static func getTitle(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .str(ax.axes.title) }

  static func getXLabel(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .str(ax.axes.xaxis.label) }

  static func getYLabel(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  { .str(ax.axes.yaxis.label) }

  /// `set_xlim(a, b)`, `set_xlim((a, b))`, `set_xlim(left=a)`, `set_xlim(right=b)`.
  static func limits(
    _ axis: inout AxisState, _ a: Arguments, _ interp: Interpreter, names: (String, String)
  ) throws(PyException) -> (Double?, Double?) {
    var low: Value? = a.keyword(names.0), high: Value? = a.keyword(names.1)
    if a.count == 1, let items = try? interp.collect(a.positional[0]) {
      guard items.count == 2 else { throw .valueError("limits must be a (min, max) pair") }
      (low, high) = (items[0], items[1])
    } else if a.count >= 2 {
      (low, high) = (a.positional[0], a.positional[1])
    } else if a.count == 1 {
      low = a.positional[0]
    }
    func number(_ v: Value?) throws(PyException) -> Double? {
      guard let v, !v.isNone else { return nil }
      guard let d = interp.numeric(v.scalarValue) else {
        throw .typeError("limits must be numbers, not \(v.typeName)")
      }
      guard d.isFinite else { throw .valueError("Axis limits cannot be NaN or Inf") }
      return d
    }
    let (lo, hi) = (try number(low), try number(high))
    if let lo { axis.fixedLow = lo }
    if let hi { axis.fixedHigh = hi }
    return (lo, hi)
  }

  static func setXLim(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    _ = try limits(&ax.axes.xaxis, a, interp, names: ("left", "right"))
    let (lo, hi) = ax.axes.xlim
    return .tuple([.float(lo), .float(hi)])
  }

  static func setYLim(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    _ = try limits(&ax.axes.yaxis, a, interp, names: ("bottom", "top"))
    let (lo, hi) = ax.axes.ylim
    return .tuple([.float(lo), .float(hi)])
  }

  static func getXLim(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let (lo, hi) = ax.axes.xlim
    return .tuple([float64(lo), float64(hi)])
  }

  static func getYLim(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let (lo, hi) = ax.axes.ylim
    return .tuple([float64(lo), float64(hi)])
  }

  /// matplotlib's limits are numpy float64 scalars.
  static func float64(_ v: Double) -> Value {
    NumpyBridge.wrap(NDArray([v], shape: []))
  }

  /// `set_xticks(ticks, labels=None)`; an empty list removes the ticks.
  static func ticks(_ axis: inout AxisState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    // (`xticks(rotation=45)` alone restyles the labels the axis has.)
    guard let t = a.positional.first ?? a.keyword("ticks") else {
      try tickLabelStyle(&axis, a, interp)
      return
    }
    let ticks = try PlotArguments.doubles(t, interp)
    if let l = (a.positional.count > 1 ? a.positional[1] : nil) ?? a.keyword("labels"), !l.isNone {
      let labels = try interp.collect(l).map { (v) throws(PyException) in try interp.str(v) }
      guard labels.count == ticks.count else {
        throw .valueError(
          "The number of FixedLocator locations (\(ticks.count)), usually from a call to set_ticks, does not match the number of labels (\(labels.count))."
        )
      }
      axis.fixedLabels = labels
    }
    axis.fixedTicks = ticks
    try tickLabelStyle(&axis, a, interp)
  }

  static func tickLabelStyle(_ axis: inout AxisState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    if let r = a.keyword("rotation"), !r.isNone {
      if let s = r.as(PyStr.self) {
        axis.tickLabelRotation = s.value == "vertical" ? 90 : 0
      } else {
        axis.tickLabelRotation = interp.numeric(r.scalarValue) ?? 0
      }
    }
    if let s = try fontSize(a, interp) { axis.tickLabelSize = s }
  }

  static func setXTicks(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try ticks(&ax.axes.xaxis, a, interp)
    return .list([])
  }

  static func setYTicks(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try ticks(&ax.axes.yaxis, a, interp)
    return .list([])
  }

  static func tickLabels(_ axis: inout AxisState, _ a: Arguments, _ interp: Interpreter)
    throws(PyException)
  {
    axis.fixedLabels = try interp.collect(try a[0]).map { (v) throws(PyException) in
      try interp.str(v)
    }
    try tickLabelStyle(&axis, a, interp)
  }

  static func setXTickLabels(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if ax.axes.xaxis.fixedTicks == nil {
      ax.axes.xaxis.fixedTicks = AxisTicksQuery.values(ax.axes, x: true)
    }
    try tickLabels(&ax.axes.xaxis, a, interp)
    return .list([])
  }

  static func setYTickLabels(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if ax.axes.yaxis.fixedTicks == nil {
      ax.axes.yaxis.fixedTicks = AxisTicksQuery.values(ax.axes, x: false)
    }
    try tickLabels(&ax.axes.yaxis, a, interp)
    return .list([])
  }

  static func scale(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> AxisState.Scale {
    let name = try interp.str(try a[0])
    guard let s = AxisState.Scale(rawValue: name) else {
      // matplotlib's other scales are refused as not drawn here; other names as matplotlib does.
      let scales = ["asinh", "function", "functionlog", "linear", "log", "logit", "symlog"]
      if scales.contains(name) {
        throw .notImplemented(
          "the \(PyStr.repr(name)) scale is not supported yet: NumBook draws 'linear' and 'log' axes"
        )
      }
      throw .valueError(ValueChoice.refusal(name, name: "scale", choices: scales))
    }
    return s
  }

  static func setXScale(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.xaxis.scale = try scale(a, interp)
    return .none
  }

  static func setYScale(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.yaxis.scale = try scale(a, interp)
    return .none
  }

  static func grid(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    try grid(
      ax.axes, a, interp, which: try PlotArguments.string(a, "axis", interp: interp) ?? "both")
    return .none
  }

  /// `ax.grid(...)`, or `ax.xaxis.grid(...)` / `ax.yaxis.grid(...)` for one axis (`which`).
  static func grid(_ axes: Axes, _ a: Arguments, _ interp: Interpreter, which: String)
    throws(PyException)
  {
    let styled = ["color", "c", "linestyle", "ls", "linewidth", "lw", "alpha"].contains {
      a.keyword($0) != nil
    }
    var on: Bool
    if let v = a.positional.first ?? a.keyword("visible") ?? a.keyword("b"), !v.isNone {
      on = try interp.isTruthy(v)
    } else {
      let current = which == "x" ? axes.gridX : which == "y" ? axes.gridY : axes.gridX || axes.gridY
      on = styled ? true : !current
    }
    if which != "y" { axes.gridX = on }
    if which != "x" { axes.gridY = on }
    if let c = try PlotArguments.color(a, "color", "c", interp: interp) { axes.gridColor = c }
    if let s = try PlotArguments.string(a, "linestyle", "ls", interp: interp) {
      axes.gridLineStyle = try PlotArguments.lineStyle(s)
    }
    if let w = try PlotArguments.number(a, "linewidth", "lw", interp: interp) {
      axes.gridLineWidth = w
    }
    if let al = try PlotArguments.alpha(a, interp: interp) { axes.gridAlpha = al }
  }

  static func axis(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    if let v = a.positional.first {
      if let s = v.as(PyStr.self) {
        switch s.value {
        case "off": ax.axes.axisOn = false
        case "on": ax.axes.axisOn = true
        case "equal":
          ax.axes.aspect = 1
          ax.axes.aspectAdjustsLimits = true
        case "scaled", "image":
          ax.axes.aspect = 1
          ax.axes.aspectAdjustsLimits = false
        case "square":
          // Equal aspect in a square box: both views as wide as the wider one, from their
          // current lower ends.
          ax.axes.aspect = 1
          ax.axes.aspectAdjustsLimits = false
          let (x, y) = (ax.axes.xlim, ax.axes.ylim)
          let edge = max(x.1 - x.0, y.1 - y.0)
          (ax.axes.xaxis.fixedLow, ax.axes.xaxis.fixedHigh) = (x.0, x.0 + edge)
          (ax.axes.yaxis.fixedLow, ax.axes.yaxis.fixedHigh) = (y.0, y.0 + edge)
        case "tight":
          ax.axes.xaxis.margin = 0
          ax.axes.yaxis.margin = 0
        case "auto": ax.axes.aspect = nil
        default:
          throw .valueError(
            "Unrecognized string \(PyStr.repr(s.value)) to axis; try 'on' or 'off'")
        }
      } else if case .bool(let b) = v {
        ax.axes.axisOn = b
      } else {
        let v = try PlotArguments.doubles(v, interp)
        guard v.count == 4 else {
          throw .typeError(
            "The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
        }
        (ax.axes.xaxis.fixedLow, ax.axes.xaxis.fixedHigh) = (v[0], v[1])
        (ax.axes.yaxis.fixedLow, ax.axes.yaxis.fixedHigh) = (v[2], v[3])
      }
    }
    let (x, y) = (ax.axes.xlim, ax.axes.ylim)
    return .tuple([float64(x.0), float64(x.1), float64(y.0), float64(y.1)])
  }

  static func setAspect(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let v = try a[0]
    if let s = v.as(PyStr.self) {
      ax.axes.aspect = s.value == "equal" ? 1 : nil
    } else {
      ax.axes.aspect = interp.numeric(v.scalarValue)
    }
    return .none
  }

  static func setAxisOff(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.axisOn = false
    return .none
  }

  static func setAxisOn(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.axisOn = true
    return .none
  }

  static func invertY(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.yaxis.inverted.toggle()
    return .none
  }

  static func invertX(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    ax.axes.xaxis.inverted.toggle()
    return .none
  }

  static func margins(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let values = try a.positional.map { (v) throws(PyException) in
      try PlotArguments.doubles(v, interp).first ?? 0.05
    }
    if let m = values.first {
      ax.axes.xaxis.margin = m
      ax.axes.yaxis.margin = values.count > 1 ? values[1] : m
    }
    if let x = try PlotArguments.number(a, "x", interp: interp) { ax.axes.xaxis.margin = x }
    if let y = try PlotArguments.number(a, "y", interp: interp) { ax.axes.yaxis.margin = y }
    return .none
  }

  static func clear(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    ax.axes.clear()
    // matplotlib's cla() reads the rcParams again.
    RcSettings(ax.figureObject.state).apply(to: ax.axes)
    return .none
  }

  /// `ax.set(title=..., xlabel=..., xlim=...)`: each keyword calls `set_<name>`.
  static func set(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    for (name, value) in a.keywords {
      guard let method = AxesMethodTable.lookup("set_" + name) else {
        throw .attributeError("Axes.set() got an unexpected keyword argument \(PyStr.repr(name))")
      }
      _ = try method(ax, Arguments([value]), interp)
    }
    return .none
  }

  static func handlesLabels(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let labelled = ax.axes.artists.filter { !$0.label.isEmpty && !$0.label.hasPrefix("_") }
    return .tuple([
      .list(labelled.map { AxesPlotMethods.handle($0, PlotClasses.line, ax) }),
      .list(labelled.map { .str($0.label) }),
    ])
  }
}

extension AxesDecorationMethods {
  /// `ax.minorticks_on()` (`plt.minorticks_on()`): minor ticks on both linear axes.
  static func minorTicksOn(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try minorTicks(ax, a, "minorticks_on", visible: true)
  }

  static func minorTicksOff(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    try minorTicks(ax, a, "minorticks_off", visible: false)
  }

  private static func minorTicks(_ ax: PyAxesObject, _ a: Arguments, _ name: String, visible: Bool)
    throws(PyException) -> Value
  {
    try a.expect(name, min: 0, max: 0)
    ax.axes.xaxis.minorTicksVisible = visible
    ax.axes.yaxis.minorTicksVisible = visible
    return .none
  }

  /// `ax.get_lines()`: the axes' lines, in drawing order.
  static func getLines(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .list(
      ax.axes.artists.filter { $0 is Line2D }.map {
        AxesPlotMethods.handle($0, PlotClasses.line, ax)
      })
  }

  /// `ax.get_images()`: the axes' images (`imshow`), in drawing order.
  static func getImages(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    .list(
      ax.axes.artists.filter { $0 is AxesImage }.map {
        AxesPlotMethods.handle($0, PlotClasses.image, ax)
      })
  }
}

/// The ticks an axis shows now (for `set_xticklabels` without `set_xticks`).
enum AxisTicksQuery {
  static func values(_ axes: Axes, x: Bool) -> [Double] {
    let (lo, hi) = x ? axes.xlim : axes.ylim
    let bins = 9
    return MaxNLocator(nbins: bins).ticks(lo, hi).filter { $0 >= min(lo, hi) && $0 <= max(lo, hi) }
  }
}

/// All Axes methods by name.
enum AxesMethodTable {
  static let methods: [String: AxesPlotMethods.Method] = {
    var m: [String: AxesPlotMethods.Method] = [:]
    for (name, f) in AxesPlotMethods.table + AxesLineMethods.table + AxesMeshMethods.table
      + AxesPatchMethods.table + AxesStackMethods.table
    {
      m[name] = MatplotlibKeywords.checked(name, f)
    }
    for (name, f) in AxesDecorationMethods.table + AxesTickFormatMethods.table
      + PatchesModule.axesMethods + AxesQueries.table + PyBbox.axesMethods
      + AxesAutoscaleMethods.table
    {
      m[name] = MatplotlibKeywords.checked(name, f)
    }
    return m
  }()

  static func lookup(_ name: String) -> AxesPlotMethods.Method? { methods[name] }
}
