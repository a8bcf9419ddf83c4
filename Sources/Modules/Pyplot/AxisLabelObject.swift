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

  /// Where the label's properties live in the axes.
  private struct Fields {
    let text: ReferenceWritableKeyPath<Axes, String>
    let size: ReferenceWritableKeyPath<Axes, Double>
    let color: ReferenceWritableKeyPath<Axes, Color>
    let weight: ReferenceWritableKeyPath<Axes, String?>
  }

  private var fields: Fields {
    switch kind {
    case .title:
      Fields(text: \.title, size: \.titleSize, color: \.titleColor, weight: \.titleWeight)
    case .xLabel:
      Fields(
        text: \.xaxis.label, size: \.xaxis.labelSize, color: \.xaxis.labelColor,
        weight: \.xaxis.labelWeight)
    case .yLabel:
      Fields(
        text: \.yaxis.label, size: \.yaxis.labelSize, color: \.yaxis.labelColor,
        weight: \.yaxis.labelWeight)
    }
  }

  private var text: String {
    get { axes[keyPath: fields.text] }
    set { axes[keyPath: fields.text] = newValue }
  }

  private var size: Double {
    get { axes[keyPath: fields.size] }
    set { axes[keyPath: fields.size] = newValue }
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
    case "color", "c": axes[keyPath: fields.color] = try PlotArguments.color(v, interp)
    case "fontsize", "size":
      let a = Arguments([], keywords: [("fontsize", v)])
      if let s = try AxesDecorationMethods.fontSize(a, interp) { size = s }
    case "fontweight", "weight":
      let a = Arguments([], keywords: [("fontweight", v)])
      if let w = try AxesDecorationMethods.fontWeight(a, interp) {
        axes[keyPath: fields.weight] = w
      }
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

extension AxesDecorationMethods {
  /// A text's `rotation=`: degrees, or 'horizontal' (0) and 'vertical' (90), as
  /// matplotlib's `Text.set_rotation` reads it.
  static func rotationDegrees(_ v: Value, _ interp: Interpreter) throws(PyException) -> Double {
    if let s = v.as(PyStr.self) {
      switch s.value {
      case "horizontal": return 0
      case "vertical": return 90
      default:
        throw .valueError(
          "rotation must be 'vertical', 'horizontal' or a number, not \(s.value)")
      }
    }
    guard let n = interp.numeric(v.scalarValue) else {
      throw .valueError(
        "rotation must be 'vertical', 'horizontal' or a number, not \(try interp.str(v))")
    }
    return n.truncatingRemainder(dividingBy: 360) + (n < 0 ? 360 : 0)
  }
}
