import Interpreter
import PlotKit

/// The Text of an axes' title or axis label: what `set_title`/`set_xlabel`/`set_ylabel`
/// return, `ax.title`, `ax.xaxis.label`, `ax.yaxis.get_label()`. Its setters change the label
/// drawn (`ax.xaxis.label.set_color('red')`, `ax.set_title('t').set_fontsize(16)`).
final class PyAxisLabel: PyObject {
  enum Kind { case title, xLabel, yLabel }
  let axes: Axes
  let kind: Kind

  init(_ axes: Axes, _ kind: Kind) {
    self.axes = axes
    self.kind = kind
  }

  /// A class of its own: Text's method table belongs to artist handles.
  static let labelClass = PlotClasses.make("Text", "matplotlib.text")
  override var pyClass: PyClass { PyAxisLabel.labelClass }

  private var text: String {
    get {
      switch kind {
      case .title: axes.title
      case .xLabel: axes.xaxis.label
      case .yLabel: axes.yaxis.label
      }
    }
    set {
      switch kind {
      case .title: axes.title = newValue
      case .xLabel: axes.xaxis.label = newValue
      case .yLabel: axes.yaxis.label = newValue
      }
    }
  }

  private var size: Double {
    get {
      switch kind {
      case .title: axes.titleSize
      case .xLabel: axes.xaxis.labelSize
      case .yLabel: axes.yaxis.labelSize
      }
    }
    set {
      switch kind {
      case .title: axes.titleSize = newValue
      case .xLabel: axes.xaxis.labelSize = newValue
      case .yLabel: axes.yaxis.labelSize = newValue
      }
    }
  }

  private func setColor(_ c: Color) {
    switch kind {
    case .title: axes.titleColor = c
    case .xLabel: axes.xaxis.labelColor = c
    case .yLabel: axes.yaxis.labelColor = c
    }
  }

  private func setWeight(_ w: String) {
    switch kind {
    case .title: axes.titleWeight = w
    case .xLabel: axes.xaxis.labelWeight = w
    case .yLabel: axes.yaxis.labelWeight = w
    }
  }

  /// matplotlib's unit position of the text before the figure is drawn.
  private var position: (String, String) {
    switch kind {
    case .title: ("0.5", "1.0")
    case .xLabel: ("0.5", "0")
    case .yLabel: ("0", "0.5")
    }
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "Text(\(position.0), \(position.1), \(PyStr.repr(text)))"
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String { try repr(interp) }

  /// Applies one Text property; false when NumBook does not apply that one to labels.
  private func apply(_ name: String, _ v: Value, _ interp: Interpreter) throws(PyException)
    -> Bool
  {
    switch name {
    case "text": text = try interp.str(v)
    case "color", "c": setColor(try PlotArguments.color(v, interp))
    case "fontsize", "size":
      let a = Arguments([], keywords: [("fontsize", v)])
      if let s = try AxesDecorationMethods.fontSize(a, interp) { size = s }
    case "fontweight", "weight":
      let a = Arguments([], keywords: [("fontweight", v)])
      if let w = try AxesDecorationMethods.fontWeight(a, interp) { setWeight(w) }
    case "rotation":
      guard kind == .yLabel else { return false }
      axes.yaxis.labelRotation = try AxesDecorationMethods.rotationDegrees(v, interp)
    default: return false
    }
    return true
  }

  private func setter(_ property: String) -> Value {
    .object(
      PyBuiltinFunction("Text.set_\(property)") { [self] (a, interp) throws(PyException) in
        try a.expect("set_\(property)", min: 1, max: 1)
        guard try apply(property, try a[0], interp) else {
          throw .notImplemented("Text.set_\(property) on an axis label is not supported yet")
        }
        return .none
      })
  }

  private func getter(_ name: String, _ body: @escaping () -> Value) -> Value {
    .object(PyBuiltinFunction("Text.\(name)") { (_, _) throws(PyException) in body() })
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "get_text": return getter(name) { [self] in .str(text) }
    case "get_fontsize", "get_size": return getter(name) { [self] in .float(size) }
    case "get_rotation":
      return getter(name) { [self] in
        .float(kind == .yLabel ? (axes.yaxis.labelRotation ?? 90) : 0)
      }
    case "get_position":
      return getter(name) { [self] in
        .tuple([.float(Double(position.0)!), .float(Double(position.1)!)])
      }
    case "set_text", "set_color", "set_fontsize", "set_size", "set_fontweight", "set_weight",
      "set_rotation":
      return setter(String(name.dropFirst(4)))
    case "set":
      return .object(
        PyBuiltinFunction("Text.set") { [self] (a, interp) throws(PyException) in
          for (key, v) in a.keywords where !(try apply(key, v, interp)) {
            throw .notImplemented("Text.set(\(key)=...) on an axis label is not supported yet")
          }
          return .none
        })
    default: return try super.getAttribute(name, interp)
    }
  }
}
