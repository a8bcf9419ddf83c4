import Interpreter
import PlotKit

/// pyplot's state machine: the current figure and axes, and where shown figures go.
public final class PyplotState {
  public var figures: [Figure] = []
  var current: Figure?
  var currentAxes: Axes?
  /// Receives each figure that `plt.show()` displays (the notebook writes it as SVG).
  public var show: (Figure) -> Void = { _ in }

  public init() {}

  func figure() -> Figure {
    if let current { return current }
    let f = Figure()
    figures.append(f)
    current = f
    return f
  }

  func axes() -> Axes {
    if let currentAxes { return currentAxes }
    let a = figure().addSubplot()
    currentAxes = a
    return a
  }

  /// Shows every open figure and closes them (what `plt.show()` does).
  public func showAll() {
    for f in figures { show(f) }
    closeAll()
  }

  public func closeAll() {
    figures.removeAll()
    current = nil
    currentAxes = nil
  }
}

/// `matplotlib.pyplot`.
enum PyplotModule {
  static func make(_ interp: Interpreter, _ state: PyplotState) -> PyModule {
    let m = PyModule(name: "matplotlib.pyplot")
    m.define("figure") { (a, interp) throws(PyException) in
      var size = (6.4, 4.8)
      if let fs = a.keyword("figsize") {
        let v = try interp.collect(fs).map { interp.numeric($0.scalarValue) ?? 0 }
        guard v.count == 2 else { throw .valueError("figsize must be a pair") }
        size = (v[0], v[1])
      }
      let f = Figure(figsize: size)
      state.figures.append(f)
      state.current = f
      state.currentAxes = nil
      return .none
    }
    m.define("subplot") { (a, interp) throws(PyException) in
      var spec = a.positional.compactMap(\.asInt)
      if spec.count == 1, spec[0] >= 111 {
        spec = [spec[0] / 100, spec[0] / 10 % 10, spec[0] % 10]
      }
      guard spec.count == 3, spec[2] >= 1, spec[2] <= spec[0] * spec[1] else {
        throw .valueError("subplot() takes (nrows, ncols, index) with 1 <= index <= nrows*ncols")
      }
      state.currentAxes = state.figure().addSubplot(rows: spec[0], cols: spec[1], index: spec[2])
      return .none
    }
    m.define("plot") { (a, interp) throws(PyException) in
      try plot(a, state.axes(), interp)
      return .none
    }
    for name in ["title", "xlabel", "ylabel"] {
      m.define(name) { (a, interp) throws(PyException) in
        let text = try interp.str(a[0])
        let axes = state.axes()
        switch name {
        case "title": axes.title = text
        case "xlabel": axes.xlabel = text
        default: axes.ylabel = text
        }
        return .none
      }
    }
    for name in ["xlim", "ylim"] {
      m.define(name) { (a, interp) throws(PyException) in
        let v = (a.count == 1 ? try interp.collect(a[0]) : a.positional)
          .compactMap { interp.numeric($0.scalarValue) }
        guard v.count == 2 else { throw .typeError("\(name)() takes (min, max)") }
        if name == "xlim" {
          state.axes().xlimit = (v[0], v[1])
        } else {
          state.axes().ylimit = (v[0], v[1])
        }
        return .none
      }
    }
    m.define("legend") { (_, _) throws(PyException) in
      state.axes().showLegend = true
      return .none
    }
    m.define("grid") { (a, interp) throws(PyException) in
      state.axes().showGrid = a.count == 0 ? true : try interp.isTruthy(a[0])
      return .none
    }
    m.define("show") { (_, _) throws(PyException) in
      state.showAll()
      return .none
    }
    m.define("savefig") { (a, interp) throws(PyException) in
      let path = try a.string(0, "fname")
      guard path.lowercased().hasSuffix(".svg") else {
        throw .valueError(
          "Format '\(path.split(separator: ".").last.map(String.init) ?? "")' is not supported (supported formats: svg)"
        )
      }
      guard FileAccess.write(state.figure().svg(), to: path) else {
        throw .fileNotFound(path)
      }
      return .none
    }
    m.define("close") { (_, _) throws(PyException) in
      state.closeAll()
      return .none
    }
    return m
  }

  /// `plot(y)`, `plot(x, y)`, `plot(x, y, 'r--')`, repeated groups, and keyword styles.
  static func plot(_ a: Arguments, _ axes: Axes, _ interp: Interpreter) throws(PyException) {
    var args = a.positional
    guard !args.isEmpty else { return }
    while !args.isEmpty {
      var x: [Double]?
      let first = try NumpyBridge.doubles(args.removeFirst(), interp)
      var y = first
      if let next = args.first, next.as(PyStr.self) == nil {
        x = first
        y = try NumpyBridge.doubles(args.removeFirst(), interp)
      }
      var style = FormatString()
      if let fmt = args.first?.as(PyStr.self) {
        args.removeFirst()
        style = try FormatString.parse(fmt.value)
      }
      var color = style.color
      if let c = a.keyword("color") ?? a.keyword("c") {
        let name = try interp.str(c)
        color = try plotCheck { () throws(PlotError) in try Colors.parse(name) }
      }
      let width =
        a.keyword("linewidth").flatMap { interp.numeric($0) }
        ?? a.keyword("lw").flatMap { interp.numeric($0) } ?? 1.5
      var lineStyle = style.lineStyle ?? (style.marker != nil ? LineStyle.none : .solid)
      if let ls = a.keyword("linestyle") ?? a.keyword("ls"), let s = ls.as(PyStr.self) {
        lineStyle = LineStyle(rawValue: s.value) ?? .solid
      }
      let label = try a.keyword("label").map { (v) throws(PyException) in try interp.str(v) }
      _ = try plotCheck { () throws(PlotError) in
        try axes.plot(
          x: x ?? (0..<y.count).map(Double.init), y: y, color: color, lineWidth: width,
          lineStyle: lineStyle, marker: style.marker, label: label)
      }
    }
  }

  static func plotCheck<T>(_ body: () throws(PlotError) -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch {
      throw .valueError(error.message)
    }
  }
}

/// A matplotlib format string such as `'ro-'` or `'b--'`.
struct FormatString {
  var color: String?
  var marker: Marker?
  var lineStyle: LineStyle?

  static func parse(_ s: String) throws(PyException) -> FormatString {
    var f = FormatString()
    var rest = Substring(s)
    for style in ["--", "-.", "-", ":"] where rest.contains(style) && f.lineStyle == nil {
      f.lineStyle = LineStyle(rawValue: style)
      rest = Substring(String(rest).replacingFirst(style))
    }
    for c in rest {
      if let color = Colors.letters[c] {
        f.color = color
      } else if let m = Marker(rawValue: String(c)) {
        f.marker = m
      } else {
        throw .valueError("'\(s)' is not a valid format string (unrecognized character '\(c)')")
      }
    }
    return f
  }
}

extension String {
  func replacingFirst(_ needle: String) -> String {
    guard let r = self[...].firstRange(of: needle) else { return self }
    return String(self[..<r.lowerBound] + self[r.upperBound...])
  }
}
