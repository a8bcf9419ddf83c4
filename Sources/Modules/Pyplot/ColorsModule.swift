import Interpreter
import NumKit
import PlotKit

/// `matplotlib.colors`: `ListedColormap`, `LinearSegmentedColormap.from_list`, `Normalize`,
/// `to_rgba`, `to_rgb`, `to_hex` and `is_color_like`, as matplotlib 3.11 gives them.
enum ColorsModule {
  static func make() -> PyModule {
    _ = classesReady
    let m = PyModule(name: "matplotlib.colors")
    m.define("ListedColormap", .object(PlotClasses.colormap))
    m.define("LinearSegmentedColormap", .object(PlotClasses.segmentedColormap))
    m.define("Normalize", .object(PlotClasses.normalize))
    m.define("to_rgba") { (a, interp) throws(PyException) in
      try a.expect("to_rgba", min: 1, max: 2)
      let alpha = try number(a.parameter(1, "alpha"), interp)
      return try rgba(try a[0], alpha: alpha, interp)
    }
    m.define("to_rgb") { (a, interp) throws(PyException) in
      try a.expect("to_rgb", min: 1, max: 1)
      let c = try color(try a[0], interp)
      return .tuple([.float(c.r), .float(c.g), .float(c.b)])
    }
    m.define("to_hex") { (a, interp) throws(PyException) in
      try a.expect("to_hex", min: 1, max: 2)
      let c = try color(try a[0], interp)
      let keepAlpha = try a.parameter(1, "keep_alpha").map { (v) throws(PyException) in
        try interp.isTruthy(v)
      }
      return .str(
        c.hex + (keepAlpha == true ? Color(r: c.a, g: 0, b: 0).hex.dropFirst().prefix(2) : ""))
    }
    m.define("is_color_like") { (a, interp) throws(PyException) in
      try a.expect("is_color_like", min: 1, max: 1)
      return .bool((try? color(try a[0], interp)) != nil)
    }
    return m
  }

  /// The classes' constructors and `from_list`, set once per process: the classes are shared
  /// by every interpreter, and setting them again at each import raced when two interpreters
  /// imported the module at once (the test suite runs programs in parallel, and crashed there).
  private static let classesReady: Bool = {
    PlotClasses.colormap.constructor = { (a, interp) throws(PyException) in
      try a.expect("ListedColormap", min: 1, max: 3)
      let given = try a[0]
      let name = try a.parameter(1, "name").map { (v) throws(PyException) in try interp.str(v) }
      var colors = try colorList(given, interp)
      if let n = a.parameter(2, "N")?.asInt, n > 0, !colors.isEmpty {
        colors = (0..<n).map { colors[$0 % colors.count] }
      }
      let object = PyColormapObject(
        Colormap(name: name ?? "unnamed", listing: colors), segmented: false)
      object.listed = given
      return .object(object)
    }
    PlotClasses.segmentedColormap.constructor = { (_, _) throws(PyException) in
      throw .notImplemented(
        "LinearSegmentedColormap(name, segmentdata) is not supported; "
          + "LinearSegmentedColormap.from_list(name, colors) is")
    }
    PlotClasses.segmentedColormap.attributes["from_list"] = .object(
      PyBuiltinFunction("from_list") { (a, interp) throws(PyException) in
        try a.expect("from_list", min: 2, max: 4)
        let name = try interp.str(try a[0])
        let (colors, positions) = try stops(try a[1], interp)
        let n = try a.parameter(2, "N").map { (v) throws(PyException) in try Arguments.index(v) }
        return .object(
          PyColormapObject(
            Colormap(name: name, interpolating: colors, at: positions, count: n ?? 256),
            segmented: true))
      })
    PlotClasses.normalize.constructor = { (a, interp) throws(PyException) in
      try a.expect("Normalize", min: 0, max: 3)
      let vmin = try number(a.parameter(0, "vmin"), interp)
      let vmax = try number(a.parameter(1, "vmax"), interp)
      let clip = try a.parameter(2, "clip").map { (v) throws(PyException) in
        try interp.isTruthy(v)
      }
      return .object(PyNormalizeObject(vmin: vmin, vmax: vmax, clip: clip ?? false))
    }
    return true
  }()

  /// A color, with matplotlib's error for anything else.
  static func color(_ v: Value, _ interp: Interpreter) throws(PyException) -> Color {
    do throws(PyException) {
      return try PlotArguments.color(v, interp)
    } catch {
      throw .valueError("Invalid RGBA argument: \(try interp.repr(v))")
    }
  }

  /// `to_rgba`: four floats, except that a base color letter, a `C<n>` cycle color or an RGB
  /// tuple keeps the int alpha 1 matplotlib gives them.
  static func rgba(_ v: Value, alpha: Double?, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    let c = try color(v, interp)
    var a: Value = .float(alpha ?? c.a)
    if alpha == nil, c.a == 1 {
      let text = v.as(PyStr.self)?.value
      let baseLetter = text.map { $0.count == 1 && "bgrcmykw".contains($0) } ?? false
      let cycle = text.map { $0.hasPrefix("C") && Int($0.dropFirst()) != nil } ?? false
      let rgbTuple = text == nil && (v.as(PyTuple.self)?.items.count == 3)
      if baseLetter || cycle || rgbTuple { a = .int(1) }
    }
    if c == .none, alpha != nil { a = .float(0) }
    return .tuple([.float(c.r), .float(c.g), .float(c.b), a])
  }

  /// The colors of a list, tuple or N x 3 (N x 4) array.
  private static func colorList(_ v: Value, _ interp: Interpreter) throws(PyException) -> [Color] {
    if let array = v.as(PyNDArray.self)?.array, array.ndim == 2 {
      return try (0..<array.shape[0]).map { (i) throws(PyException) in
        let row = (0..<array.shape[1]).map { array.double(at: i * array.shape[1] + $0) }
        return try PlotArguments.check { () throws(PlotError) in try Colors.fromComponents(row) }
      }
    }
    return try interp.collect(v).map { (item) throws(PyException) in try color(item, interp) }
  }

  /// `from_list`'s colors: plain colors evenly spaced from 0 to 1 (as numpy's linspace places
  /// them), or `(position, color)` pairs.
  private static func stops(_ v: Value, _ interp: Interpreter) throws(PyException)
    -> ([Color], [Double])
  {
    let items = try interp.collect(v)
    guard !items.isEmpty else { throw .valueError("No colors given") }
    if let pairs = try? items.map({ (item) throws(PyException) -> (Double, Color) in
      guard let pair = item.as(PyTuple.self)?.items, pair.count == 2,
        let position = interp.numeric(pair[0]),
        pair[1].as(PyStr.self) != nil
          || pair[1].as(PyTuple.self) != nil
      else { throw .typeError("not a pair") }
      return (position, try color(pair[1], interp))
    }) {
      return (pairs.map(\.1), pairs.map(\.0))
    }
    let colors = try items.map { (item) throws(PyException) in try color(item, interp) }
    let n = colors.count
    let step = n > 1 ? 1 / Double(n - 1) : 0
    var positions = (0..<n).map { Double($0) * step }
    if n > 1 { positions[n - 1] = 1 }
    return (colors, positions)
  }

  private static func number(_ v: Value?, _ interp: Interpreter) throws(PyException) -> Double? {
    guard let v, !v.isNone else { return nil }
    guard let d = interp.numeric(v.scalarValue) else {
      throw .typeError("must be real number, not \(v.typeName)")
    }
    return d
  }
}

/// `matplotlib.colors.Normalize`: maps vmin...vmax to 0...1; a plotting call given it as
/// `norm=` takes its limits, and fills in the ones left None from the data.
final class PyNormalizeObject: PyObject {
  var vmin: Double?
  var vmax: Double?
  let clip: Bool

  init(vmin: Double?, vmax: Double?, clip: Bool) {
    (self.vmin, self.vmax, self.clip) = (vmin, vmax, clip)
  }

  override var pyClass: PyClass { PlotClasses.normalize }
  override var isCallable: Bool { true }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "vmin": return vmin.map { .float($0) } ?? Value.none
    case "vmax": return vmax.map { .float($0) } ?? Value.none
    case "clip": return .bool(clip)
    case "scaled":
      let scaled = vmin != nil && vmax != nil
      return .object(PyBuiltinFunction("scaled") { (_, _) throws(PyException) in .bool(scaled) })
    case "inverse":
      return .object(
        PyBuiltinFunction("inverse") { [self] (a, interp) throws(PyException) in
          let (low, high) = try limits()
          let span = try interp.binary(.subtract, .float(high), .float(low))
          return try interp.binary(
            .add, .float(low), try interp.binary(.multiply, try a[0], span))
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  override func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter)
    throws(PyException)
  {
    switch name {
    case "vmin": vmin = value.isNone ? nil : interp.numeric(value.scalarValue)
    case "vmax": vmax = value.isNone ? nil : interp.numeric(value.scalarValue)
    default: try super.setAttribute(name, value, interp)
    }
  }

  private func limits() throws(PyException) -> (Double, Double) {
    guard let vmin, let vmax else {
      throw .valueError("Not invertible until both vmin and vmax are set")
    }
    return (vmin, vmax)
  }

  /// `norm(x)`: (x - vmin) / (vmax - vmin), clipped to 0...1 with `clip=True`; a number gives
  /// a numpy float, an array an array (matplotlib's is a masked array).
  override func call(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    try args.expect("Normalize.__call__", min: 1, max: 2)
    let x = try NumpyBridge.array(from: try args[0], dtype: nil, interp)
    let values = (0..<x.size).map { x.double(at: $0) }
    if vmin == nil || vmax == nil {
      let finite = values.filter(\.isFinite)
      if vmin == nil { vmin = finite.min() }
      if vmax == nil { vmax = finite.max() }
    }
    let (low, high) = try limits()
    guard low <= high else { throw .valueError("minvalue must be less than or equal to maxvalue") }
    let out = values.map { v -> Double in
      guard high > low else { return 0 }
      let t = (v - low) / (high - low)
      return clip ? Swift.min(Swift.max(t, 0), 1) : t
    }
    let result = NDArray(out, shape: x.shape)
    guard x.ndim == 0 else { return .object(PyNDArray(result)) }
    return .object(PyNumpyScalar.make(result, position: 0))
  }
}
