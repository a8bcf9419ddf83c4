import FloatText
import Interpreter
import PlotKit

/// `cycler`: property cycles (`cycler(color=['r', 'g'])`) for `ax.set_prop_cycle` and
/// `rcParams['axes.prop_cycle']`, whose `by_key()['color']` gives the default colors.
/// NumBook draws color cycles; other properties raise NotImplementedError where applied.
final class PyCycler: PyObject {
  /// Each property and its values, in the order added (`+` appends).
  let entries: [(key: String, values: [Value])]
  /// How many cyclers were added to make this one (for the repr's parentheses).
  private let terms: [String]

  init(_ entries: [(key: String, values: [Value])], terms: [String]) {
    self.entries = entries
    self.terms = terms
  }

  static let cyclerClass = PlotClasses.make("Cycler", "cycler")
  override var pyClass: PyClass { PyCycler.cyclerClass }

  var count: Int { entries.first?.values.count ?? 0 }

  /// `cycler(key, values)` / `cycler(**kwargs)` / `cycler(a_cycler)`.
  static func make(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> PyCycler {
    if !a.positional.isEmpty && !a.keywords.isEmpty {
      throw .typeError(
        "cycler() can only accept positional OR keyword arguments -- not both.")
    }
    if a.count == 1 {
      guard let c = a.positional[0].as(PyCycler.self) else {
        throw .typeError("If only one positional argument given, it must be a Cycler instance.")
      }
      return c
    }
    if a.count == 2 { return try single(try interp.str(a.positional[0]), a.positional[1], interp) }
    if a.count > 2 {
      throw .typeError(
        "Only a single Cycler can be accepted as the lone positional argument. Use keyword arguments instead."
      )
    }
    var result: PyCycler?
    for (key, values) in a.keywords {
      let next = try single(key, values, interp)
      result = try result.map { (r) throws(PyException) in try r.adding(next) } ?? next
    }
    guard let result else { return PyCycler([], terms: []) }
    return result
  }

  private static func single(_ key: String, _ values: Value, _ interp: Interpreter)
    throws(PyException) -> PyCycler
  {
    let items = try interp.collect(values)
    let text = "cycler(\(PyStr.repr(key)), \(try interp.repr(.list(items))))"
    return PyCycler([(key, items)], terms: [text])
  }

  /// `a + b`: the properties side by side (equal lengths).
  func adding(_ other: PyCycler) throws(PyException) -> PyCycler {
    guard count == other.count else {
      throw .valueError("Can only add equal length cycles, not \(count) and \(other.count)")
    }
    let joined = "(\(terms.joined(separator: " + ")) + \(other.terms.joined(separator: " + ")))"
    return PyCycler(entries + other.entries, terms: [joined])
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    terms.joined(separator: " + ")
  }

  override func binary(
    _ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter
  ) throws(PyException) -> Value? {
    guard op == .add, !reflected, let c = other.as(PyCycler.self) else { return nil }
    return .object(try adding(c))
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int { count }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    let entries = self.entries
    return PyClosureIterator(count: count) { i in
      let d = PyDict()
      for (key, values) in entries { d.set(key, values[i]) }
      return .object(d)
    }
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "by_key":
      return .object(
        PyBuiltinFunction("Cycler.by_key") { [entries] (_, _) throws(PyException) in
          let d = PyDict()
          for (key, values) in entries { d.set(key, .list(values)) }
          return .object(d)
        })
    case "keys":
      let s = PySet(SetTable(), frozen: false)
      for (key, _) in entries { try s.insert(.str(key), interp) }
      return .object(s)
    default: return try super.getAttribute(name, interp)
    }
  }

  /// The colors of a cycle meant for drawing (matplotlib's aliases `c` accepted); its other
  /// properties are NotImplementedError, an unknown one matplotlib's TypeError.
  func colors(_ interp: Interpreter) throws(PyException) -> [Color] {
    var colors: [Color]?
    for (key, values) in entries {
      switch key {
      case "color", "c":
        colors = try values.map { (v) throws(PyException) in try PlotArguments.color(v, interp) }
      case "linestyle", "ls", "linewidth", "lw", "marker", "markersize", "ms", "alpha",
        "facecolor", "fc", "edgecolor", "ec", "markerfacecolor", "mfc", "markeredgecolor", "mec",
        "hatch", "dashes":
        throw .notImplemented(
          "set_prop_cycle with \(key) is not supported yet: NumBook cycles colors only")
      default: throw .typeError("Unknown artist property: \(key)")
      }
    }
    guard let colors, !colors.isEmpty else { return Colors.cycle }
    return colors
  }

  /// The colors of a color-only cycle given as names or number tuples (what rcParams
  /// holds), read without running Python; nil for anything else.
  var plainColors: [Color]? {
    guard entries.count == 1, entries[0].key == "color" || entries[0].key == "c" else {
      return nil
    }
    var out: [Color] = []
    for v in entries[0].values {
      if let text = v.as(PyStr.self)?.value, let c = try? Colors.parse(text) {
        out.append(c)
      } else if let items = v.as(PyTuple.self)?.items ?? v.as(PyList.self)?.items {
        let numbers = items.compactMap { (item: Value) -> Double? in
          switch item {
          case .float(let f): return f
          case .int(let i): return Double(i)
          default: return nil
          }
        }
        guard numbers.count == items.count, let c = try? Colors.fromComponents(numbers) else {
          return nil
        }
        out.append(c)
      } else {
        return nil
      }
    }
    return out.isEmpty ? nil : out
  }

  /// matplotlib's default: the tab10 colors as RGB tuples.
  static func standard() -> PyCycler {
    let colors: [Value] = Colors.cycle.map { .tuple([.float($0.r), .float($0.g), .float($0.b)]) }
    let text = "cycler('color', [\(colors.map(Self.tupleText).joined(separator: ", "))])"
    return PyCycler([("color", colors)], terms: [text])
  }

  private static func tupleText(_ v: Value) -> String {
    guard let items = v.as(PyTuple.self)?.items else { return "" }
    return "("
      + items.map { item in
        if case .float(let f) = item { return PythonFloat.repr(f) }
        return ""
      }.joined(separator: ", ") + ")"
  }

  /// The `cycler` module.
  static func module() -> PyModule {
    let m = PyModule(name: "cycler")
    m.define("cycler") { (a, interp) throws(PyException) in .object(try make(a, interp)) }
    m.define("Cycler", .object(cyclerClass))
    return m
  }

  /// `ax.set_prop_cycle(cycler)`, `(key, values)`, `(**kwargs)` or `(None)`.
  static func setPropCycle(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    if !a.positional.isEmpty && !a.keywords.isEmpty {
      throw .typeError("Cannot supply both positional and keyword arguments to this method.")
    }
    if a.count == 1 && a.positional[0].isNone {
      let standard = ax.figureObject.state?.rcParams.storage[.string("axes.prop_cycle")]?.value
        .as(PyCycler.self)
      ax.axes.colorCycle = try standard?.colors(interp) ?? Colors.cycle
      ax.axes.colorCycleSource = standard
      return .none
    }
    let cycler = try make(a, interp)
    ax.axes.colorCycle = try cycler.colors(interp)
    ax.axes.colorCycleSource = cycler
    return .none
  }
}
