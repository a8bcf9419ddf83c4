import Interpreter
import NumKit
import PlotKit

/// Conversions from Python arguments to PlotKit values, with matplotlib's error wording.
enum PlotArguments {
  static func check<T>(_ body: () throws(PlotError) -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch {
      throw .valueError(error.message)
    }
  }

  static func array(_ v: Value, _ interp: Interpreter) throws(PyException) -> NDArray {
    try NumpyBridge.array(from: v, dtype: .float64, interp)
  }

  static func doubles(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Double] {
    try NumpyBridge.doubles(v, interp)
  }

  /// A number given as `name`.
  static func double(_ v: Value, _ name: String, _ interp: Interpreter) throws(PyException)
    -> Double
  {
    guard let d = interp.numeric(v.scalarValue) else {
      throw .typeError("\(name) must be a number, not \(v.typeName)")
    }
    return d
  }

  /// A number from a keyword, if given (None counts as absent).
  static func number(_ a: Arguments, _ names: String..., interp: Interpreter) throws(PyException)
    -> Double?
  {
    for name in names {
      guard let v = a.keyword(name), !v.isNone else { continue }
      guard let d = interp.numeric(v.scalarValue) else {
        throw .typeError("\(name) must be a number, not \(v.typeName)")
      }
      return d
    }
    return nil
  }

  /// The color limits of a call: `norm=` (a `Normalize`, `'linear'` or None) or `vmin=` and
  /// `vmax=`, with matplotlib's errors for both at once and for other scales; `automatic`
  /// makes the normalisation from them (filling in from the data what neither gives), and a
  /// `Normalize` given takes the limits it ends up with, as matplotlib's autoscaling sets them.
  static func normalize(
    _ a: Arguments, _ interp: Interpreter, automatic: (Double?, Double?) -> Normalize
  ) throws(PyException) -> Normalize {
    let (vmin, vmax, object) = try limits(a, interp)
    let norm = automatic(vmin, vmax)
    if let object {
      object.vmin = object.vmin ?? norm.vmin
      object.vmax = object.vmax ?? norm.vmax
    }
    return norm
  }

  static func limits(_ a: Arguments, _ interp: Interpreter) throws(PyException)
    -> (Double?, Double?, PyNormalizeObject?)
  {
    let vmin = try number(a, "vmin", interp: interp)
    let vmax = try number(a, "vmax", interp: interp)
    guard let given = a.keyword("norm"), !given.isNone else { return (vmin, vmax, nil) }
    if let scale = given.as(PyStr.self)?.value {
      let scales = ["asinh", "function", "functionlog", "linear", "log", "logit", "symlog"]
      guard scales.contains(scale) else {
        throw .valueError("'\(scale)' is not a valid value for norm.")
      }
      guard scale == "linear" else {
        throw .notImplemented(
          "norm='\(scale)' is not supported: NumBook maps colors linearly (norm='linear' or a Normalize)"
        )
      }
      return (vmin, vmax, nil)
    }
    guard let norm = given.as(PyNormalizeObject.self) else {
      throw .typeError(
        "'norm' must be an instance of matplotlib.colors.Norm, str or None, not a \(given.typeName)"
      )
    }
    if vmin != nil || vmax != nil {
      throw .valueError(
        "Passing a Normalize instance simultaneously with vmin/vmax is not supported.  Please pass vmin/vmax as arguments to the norm object when creating it"
      )
    }
    return (norm.vmin, norm.vmax, norm)
  }

  /// `alpha=`: None, or a number in [0, 1] (matplotlib's `Artist.set_alpha` errors).
  static func alpha(_ a: Arguments, interp: Interpreter) throws(PyException) -> Double? {
    guard let v = a.keyword("alpha"), !v.isNone else { return nil }
    guard let d = interp.numeric(v.scalarValue) else {
      throw .typeError("alpha must be numeric or None, not <class '\(v.typeName)'>")
    }
    guard d >= 0 && d <= 1 else {
      throw .valueError("alpha (\(try interp.repr(v.scalarValue))) is outside 0-1 range")
    }
    return d
  }

  static func string(_ a: Arguments, _ names: String..., interp: Interpreter)
    throws(PyException) -> String?
  {
    for name in names {
      guard let v = a.keyword(name), !v.isNone else { continue }
      return try interp.str(v)
    }
    return nil
  }

  /// A color: a name or hex string, a gray level string, or an RGB(A) tuple of floats.
  static func color(_ v: Value, _ interp: Interpreter) throws(PyException) -> Color {
    if let s = v.as(PyStr.self) {
      let text = s.value
      return try check { () throws(PlotError) in try Colors.parse(text) }
    }
    let components = try doubles(v, interp)
    return try check { () throws(PlotError) in try Colors.fromComponents(components) }
  }

  static func color(_ a: Arguments, _ names: String..., interp: Interpreter) throws(PyException)
    -> Color?
  {
    for name in names {
      guard let v = a.keyword(name), !v.isNone else { continue }
      return try color(v, interp)
    }
    return nil
  }

  /// One color or a list of them.
  static func colors(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Color] {
    if v.as(PyStr.self) != nil { return [try color(v, interp)] }
    let items = try interp.collect(v)
    if items.allSatisfy({ $0.as(PyStr.self) != nil || $0.as(PyTuple.self) != nil }) {
      var out: [Color] = []
      for item in items { out.append(try color(item, interp)) }
      return out
    }
    return [try color(v, interp)]
  }

  /// `cmap=`: a name or colormap object; without one, `rcParams['image.cmap']` (which
  /// `plt.gray()` and `plt.set_cmap` set), viridis by default.
  static func colormap(_ a: Arguments, _ interp: Interpreter, defaults state: PyplotState?)
    throws(PyException) -> Colormap
  {
    guard let v = a.keyword("cmap"), !v.isNone else {
      guard let name = state?.rcParams.storage[.string("image.cmap")]?.value else {
        return .viridis
      }
      return try colormap(name, interp)
    }
    return try colormap(v, interp)
  }

  /// A colormap or its name, given as `parameter` (`cmap=`, or `get_cmap`'s `name`), with
  /// matplotlib's error for an unknown name and NotImplementedError for one of matplotlib's
  /// colormaps that NumBook has no table for.
  static func colormap(_ v: Value, _ interp: Interpreter, parameter: String = "cmap")
    throws(PyException) -> Colormap
  {
    if let object = v.as(PyColormapObject.self) { return object.colormap }
    guard let name = v.as(PyStr.self)?.value, Colormap.isKnown(name) else {
      let text = v.as(PyStr.self)?.value
      if let text, Colormap.matplotlibNames.contains(text) {
        throw .notImplemented(
          "the colormap \(PyStr.repr(text)) is not in NumBook yet (docs/plotting.md lists those it has)"
        )
      }
      var message = ValueChoice.refusal(
        given: try interp.repr(v), text: text, name: parameter,
        choices: Colormap.matplotlibNames.map { (PyStr.repr($0), $0) })
      if parameter == "cmap" {
        message +=
          "\nSee `matplotlib.bivar_colormaps()` and `matplotlib.multivar_colormaps()` for bivariate and multivariate colormaps"
      }
      throw .valueError(message)
    }
    return try check { () throws(PlotError) in try Colormap.named(name) }
  }

  /// `markevery=`: None, an int N (every N-th point), `(start, N)`, a slice, a list of
  /// indices or a boolean mask. Distances given as floats are NotImplementedError.
  static func markEvery(_ v: Value, count: Int, _ interp: Interpreter) throws(PyException)
    -> MarkEvery?
  {
    func distances() throws(PyException) -> PyException {
      PyException(
        .notImplementedError,
        "markevery=\(try interp.repr(v)): only whole-number steps, slices and index lists are supported (not distances)"
      )
    }
    if v.isNone { return nil }
    if case .int(let n) = v.scalarValue { return .stride(start: 0, step: n) }
    if case .float = v.scalarValue {
      throw try distances()
    }
    if case .bool(let b) = v { return b ? nil : .indices([]) }
    if let slice = v.as(PySlice.self) { return .indices(try slice.indices(count: count, interp)) }
    if let pair = v.as(PyTuple.self)?.items, pair.count == 2,
      case .int(let start) = pair[0].scalarValue, case .int(let step) = pair[1].scalarValue
    {
      return .stride(start: start, step: step)
    }
    let items = try interp.collect(v)
    if !items.isEmpty, items.allSatisfy({ if case .bool = $0.scalarValue { true } else { false } })
    {
      guard items.count == count else {
        throw .valueError(
          "markevery=\(try interp.repr(v)) is iterable but not a valid numpy fancy index")
      }
      return .mask(items.map { if case .bool(let b) = $0.scalarValue { b } else { false } })
    }
    var list: [Int] = []
    for item in items {
      guard case .int(let i) = item.scalarValue else {
        throw try distances()
      }
      list.append(i)
    }
    return .indices(list)
  }

  static func marker(_ s: String) throws(PyException) -> MarkerShape? {
    if s == "None" || s == "none" || s.isEmpty { return nil }
    guard let m = MarkerShape(rawValue: s) else {
      throw .valueError("Unrecognized marker style \(PyStr.repr(s))")
    }
    return m
  }

  static func lineStyle(_ s: String) throws(PyException) -> LineStyle {
    guard let style = LineStyle(name: s) else {
      throw .valueError(
        "\(PyStr.repr(s)) is not a valid value for ls."
      )
    }
    return style
  }

  /// x values that may be strings: categories on the axis.
  static func coordinates(_ v: Value, _ axis: inout AxisState, _ interp: Interpreter)
    throws(PyException) -> [Double]
  {
    // Lists, tuples and string arrays can hold category names.
    if let strings = v.as(PyStrArray.self), strings.shape.count == 1 {
      return strings.items.map { axis.category($0) }
    }
    if let sequence = v.as(PySequence.self), !sequence.items.isEmpty,
      sequence.items.allSatisfy({ $0.as(PyStr.self) != nil })
    {
      let items = sequence.items
      return items.map { axis.category($0.as(PyStr.self)!.value) }
    }
    return try doubles(v, interp)
  }
}

extension Value {
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}

/// A matplotlib format string such as `'ro-'` or `'b--'`: [marker][line][color] in any order.
struct FormatString {
  var color: Color?
  /// The color as written (`'r'`, `'C1'`), what matplotlib's `get_color` gives back.
  var colorText: String?
  var marker: MarkerShape?
  var lineStyle: LineStyle?

  static func parse(_ s: String) throws(PyException) -> FormatString {
    var f = FormatString()
    var rest = Substring(s)
    if rest.hasPrefix("C"), rest.count >= 2, let d = rest.dropFirst().first, d.isNumber {
      f.color = try PlotArguments.check { () throws(PlotError) in try Colors.parse("C\(d)") }
      f.colorText = "C\(d)"
      rest = rest.dropFirst(2)
    }
    for style in ["--", "-.", "-", ":"] where rest.contains(style) && f.lineStyle == nil {
      f.lineStyle = LineStyle(rawValue: style)
      rest = Substring(String(rest).replacingFirst(style))
    }
    for c in rest {
      if let color = try? Colors.parse(String(c)), c.isLetter, f.color == nil {
        f.color = color
        f.colorText = String(c)
      } else if let m = MarkerShape(rawValue: String(c)), f.marker == nil {
        f.marker = m
      } else {
        throw .valueError(
          "\(PyStr.repr(s)) is not a valid format string (unrecognized character \(PyStr.repr(String(c))))"
        )
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
