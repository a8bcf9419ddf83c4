import Interpreter
import PlotKit

/// `tick_params`: the marks, labels and spacing of an axes' ticks.
extension AxesDecorationMethods {
  static func tickParams(_ ax: PyAxesObject, _ a: Arguments, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    let which = try PlotArguments.string(a, "axis", interp: interp) ?? "both"
    guard ["x", "y", "both"].contains(which) else {
      throw .valueError(ValueChoice.refusal(which, name: "axis", choices: ["x", "y", "both"]))
    }
    let kind = try PlotArguments.string(a, "which", interp: interp) ?? "major"
    guard ["major", "minor", "both"].contains(kind) else {
      throw .valueError(
        ValueChoice.refusal(kind, name: "which", choices: ["major", "minor", "both"]))
    }
    if let s = try PlotArguments.number(a, "labelsize", interp: interp) {
      if which != "y" { ax.axes.xaxis.tickLabelSize = s }
      if which != "x" { ax.axes.yaxis.tickLabelSize = s }
    }
    if let r = try PlotArguments.number(a, "labelrotation", interp: interp) {
      if which != "y" { ax.axes.xaxis.tickLabelRotation = r }
    }
    // The marks: direction, length, width, colors, pad (major, minor or both).
    var direction: TickStyle.Direction?
    if let d = try PlotArguments.string(a, "direction", interp: interp) {
      guard let parsed = TickStyle.Direction(rawValue: d) else {
        throw .valueError(
          ValueChoice.refusal(d, name: "direction", choices: ["in", "out", "inout"]))
      }
      direction = parsed
    }
    let length = try PlotArguments.number(a, "length", interp: interp)
    let width = try PlotArguments.number(a, "width", interp: interp)
    let pad = try PlotArguments.number(a, "pad", interp: interp)
    let colors = try PlotArguments.color(a, "colors", interp: interp)
    let markColor = try PlotArguments.color(a, "color", interp: interp) ?? colors
    let labelColor = try PlotArguments.color(a, "labelcolor", interp: interp) ?? colors
    func update(_ style: inout TickStyle) {
      if let direction { style.direction = direction }
      if let length { style.length = length }
      if let width { style.width = width }
      if let pad { style.pad = pad }
      if let markColor { style.color = markColor }
      if let labelColor { style.labelColor = labelColor }
    }
    for horizontal in [true, false] where which == "both" || (which == "x") == horizontal {
      var axis = horizontal ? ax.axes.xaxis : ax.axes.yaxis
      if kind != "minor" { update(&axis.majorTicks) }
      if kind != "major" { update(&axis.minorTicks) }
      if horizontal {
        if let v = a.keyword("bottom"), !v.isNone { axis.ticksAtBottom = try interp.isTruthy(v) }
        if let v = a.keyword("top"), !v.isNone { axis.ticksAtTop = try interp.isTruthy(v) }
        if let v = a.keyword("labelbottom"), !v.isNone {
          axis.hidesTickLabels = !(try interp.isTruthy(v))
        }
        ax.axes.xaxis = axis
      } else {
        if let v = a.keyword("labelleft"), !v.isNone {
          axis.hidesTickLabels = !(try interp.isTruthy(v))
        }
        ax.axes.yaxis = axis
      }
    }
    for name in ["left", "right", "labeltop", "labelright", "gridOn", "grid_color"]
    where a.keyword(name) != nil {
      throw .notImplemented("tick_params(\(name)=...) is not supported yet")
    }
    return .none
  }
}
