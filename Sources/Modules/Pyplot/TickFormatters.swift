import Interpreter
import NumKit
import PlotKit

/// matplotlib.ticker's formatters: how tick labels are written. FuncFormatter,
/// FormatStrFormatter and StrMethodFormatter run Python code when the figure is drawn; an
/// exception there is raised by the `savefig` or `show` that drew it.
enum TickFormatters {
  static func define(in m: PyModule) {
    m.define("ScalarFormatter") { (a, interp) throws(PyException) in
      let options = ScalarFormatting()
      if let v = a.parameter(0, "useOffset"), !v.isNone { try setUseOffset(options, v, interp) }
      if let v = a.parameter(1, "useMathText"), !v.isNone {
        options.useMathText = try interp.isTruthy(v)
      }
      return .object(PyTickFormatter(.scalar(options)))
    }
    m.define("NullFormatter") { (a, _) throws(PyException) in
      try a.expect("NullFormatter", min: 0, max: 0)
      return .object(PyTickFormatter(.null))
    }
    m.define("FixedFormatter") { (a, interp) throws(PyException) in
      let seq = try a.required(0, "seq", of: "FixedFormatter")
      var strings: [String] = []
      for v in try interp.collect(seq) { strings.append(try interp.str(v)) }
      return .object(PyTickFormatter(.fixed(strings)))
    }
    m.define("FuncFormatter") { (a, interp) throws(PyException) in
      let function = try a.required(0, "func", of: "FuncFormatter")
      return .object(PyTickFormatter(function: function, interp))
    }
    m.define("FormatStrFormatter") { (a, interp) throws(PyException) in
      let format = try a.required(0, "fmt", of: "FormatStrFormatter")
      return .object(
        PyTickFormatter(
          custom("FormatStrFormatter") { [unowned interp] (x, _) throws(PyException) in
            try interp.str(try interp.binary(.modulo, format, AxesDecorationMethods.float64(x)))
          }))
    }
    m.define("StrMethodFormatter") { (a, interp) throws(PyException) in
      let format = try interp.str(try a.required(0, "fmt", of: "StrMethodFormatter"))
      return .object(PyTickFormatter(template: format, interp))
    }
    m.define("PercentFormatter") { (a, interp) throws(PyException) in
      let xmax = try a.parameter(0, "xmax").map { (v) throws(PyException) in
        try PlotArguments.double(v, "xmax", interp)
      }
      let decimals = try a.parameter(1, "decimals").flatMap { (v) throws(PyException) in
        v.isNone ? nil : try NumpyFunctions.int(v)
      }
      let symbol = try a.parameter(2, "symbol").map { (v) throws(PyException) in
        v.isNone ? "" : try interp.str(v)
      }
      if let v = a.parameter(3, "is_latex"), try interp.isTruthy(v) {
        throw .notImplemented("PercentFormatter(is_latex=True) is not supported yet")
      }
      return .object(
        PyTickFormatter(.percent(xmax: xmax ?? 100, decimals: decimals, symbol: symbol ?? "%")))
    }
  }

  /// `set_useOffset(val)`: True or False switches the automatic offset; a number is the
  /// offset (matplotlib's test is `isinstance(val, bool)`).
  static func setUseOffset(_ options: ScalarFormatting, _ v: Value, _ interp: Interpreter)
    throws(PyException)
  {
    if case .bool(let on) = v {
      options.useOffset = on
      options.offset = 0
    } else {
      options.useOffset = false
      options.offset = try PlotArguments.double(v, "useOffset", interp)
    }
  }

  /// An exception raised by Python code writing a label while a figure was drawn (the
  /// drawing itself cannot raise), for the call that drew it to raise.
  /// (Each thread's own: figures may be drawn on several threads, as the tests draw them.)
  static let failure = PerThreadSlot<PyException>()

  /// What `draw` gives, raising what a formatter raised while it ran, or the first math
  /// text that could not be laid out (matplotlib's ValueError for bad TeX).
  static func drawing<T>(_ draw: () -> T) throws(PyException) -> T {
    _ = failure.take()
    _ = MathText.takeFailure()
    let result = draw()
    if let raised = failure.take() { throw raised }
    switch MathText.takeFailure() {
    case .syntax(let message)?: throw .valueError(message)
    case .unsupported(let what)?: throw .notImplemented(MathTextError.unsupported(what).message)
    case nil: return result
    }
  }

  /// Labels written one tick at a time by `label(x, pos)`; the first exception is kept for
  /// `drawing` and the labels left empty.
  static func custom(
    _ kind: String, _ label: @escaping (Double, Int) throws(PyException) -> String
  ) -> TickFormatter {
    .custom(kind: kind) { locs in
      var out: [String] = []
      for (i, x) in locs.enumerated() {
        do throws(PyException) {
          out.append(try label(x, i))
        } catch {
          failure.keepFirst(error)
          out.append("")
        }
      }
      return out
    }
  }
}

/// A matplotlib.ticker formatter. A ScalarFormatter's settings are shared with the axes using
/// it (`ax.yaxis.get_major_formatter().set_scientific(False)` changes the axis).
final class PyTickFormatter: PyObject {
  let formatter: TickFormatter

  init(_ formatter: TickFormatter) { self.formatter = formatter }

  /// FuncFormatter(func): `func(x, pos)` for each tick, its result as text.
  convenience init(function: Value, _ interp: Interpreter) {
    self.init(
      TickFormatters.custom("FuncFormatter") { [unowned interp] (x, pos) throws(PyException) in
        // (Its result as the label's text: None is no text.)
        let label = try interp.call(
          function, Arguments([AxesDecorationMethods.float64(x), .int(pos)]))
        return label.isNone ? "" : try interp.str(label)
      })
  }

  /// StrMethodFormatter(fmt): `fmt.format(x=x, pos=pos)`, with a Unicode minus in the
  /// formatted fields (not in the template's own text), as matplotlib writes them.
  convenience init(template: String, _ interp: Interpreter) {
    let pieces = TemplatePieces(template)
    self.init(
      TickFormatters.custom("StrMethodFormatter") { [unowned interp] (x, pos) throws(PyException) in
        let arguments = Arguments(
          [], keywords: [("x", AxesDecorationMethods.float64(x)), ("pos", .int(pos))])
        var text = ""
        for piece in pieces.pieces {
          switch piece {
          case .literal(let s): text += s
          case .field(let field):
            let formatted = try interp.callMethod(.str(field), "format", arguments)
            text += String(try interp.str(formatted).map { $0 == "-" ? "\u{2212}" : $0 })
          }
        }
        return text
      })
  }

  override var pyClass: PyClass { TickerModule.classes[formatter.kind]! }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "<matplotlib.ticker.\(formatter.kind) object at \(Interpreter.address(of: self))>"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    guard case .scalar(let options) = formatter else { return try super.getAttribute(name, interp) }
    func method(_ body: @escaping (Value) throws(PyException) -> Void) -> Value {
      .object(
        PyBuiltinFunction("ScalarFormatter.\(name)") { (a, _) throws(PyException) in
          try a.expect(name, min: 1, max: 1)
          try body(a.positional[0])
          return .none
        })
    }
    switch name {
    case "set_scientific":
      return method { (v) throws(PyException) in options.scientific = try interp.isTruthy(v) }
    case "set_powerlimits":
      return method { (v) throws(PyException) in
        options.powerLimits = try AxesTickFormatMethods.powerLimits(v, interp)
      }
    case "set_useOffset":
      return method { (v) throws(PyException) in
        try TickFormatters.setUseOffset(options, v, interp)
      }
    case "set_useMathText":
      return method { (v) throws(PyException) in options.useMathText = try interp.isTruthy(v) }
    case "get_useOffset":
      return .object(
        PyBuiltinFunction("ScalarFormatter.get_useOffset") { (_, _) throws(PyException) in
          .bool(options.useOffset)
        })
    case "get_useMathText":
      return .object(
        PyBuiltinFunction("ScalarFormatter.get_useMathText") { (_, _) throws(PyException) in
          .bool(options.useMathText)
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}

/// A `str.format` template cut into its literal text and its replacement fields
/// (`"{x:.1f} m"` is the field `{x:.1f}` and the text " m"); doubled braces are literal.
struct TemplatePieces {
  enum Piece {
    case literal(String)
    case field(String)
  }
  private(set) var pieces: [Piece] = []

  init(_ template: String) {
    var literal = ""
    var field = ""
    var depth = 0
    var chars = Array(template)[...]
    while let c = chars.popFirst() {
      if depth == 0 {
        if (c == "{" || c == "}") && chars.first == c {
          chars.removeFirst()
          literal.append(c)
        } else if c == "{" || c == "}" {
          if !literal.isEmpty { pieces.append(.literal(literal)) }
          literal = ""
          if c == "}" {
            // A lone closing brace: `format` refuses it, with Python's words.
            pieces.append(.field("}"))
          } else {
            field = "{"
            depth = 1
          }
        } else {
          literal.append(c)
        }
      } else {
        field.append(c)
        if c == "{" { depth += 1 }
        if c == "}" { depth -= 1 }
        if depth == 0 { pieces.append(.field(field)) }
      }
    }
    // An unclosed field is left to `format` to refuse, with Python's words.
    if depth > 0 { pieces.append(.field(field)) }
    if !literal.isEmpty { pieces.append(.literal(literal)) }
  }
}
