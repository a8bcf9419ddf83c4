/// `str()` and `repr()` of arrays exactly as numpy 2 prints them (no summarisation yet).
public enum ArrayPrinter {
  public static var lineWidth = 75

  /// `print(a)`: `[[1 2]\n [3 4]]`.
  public static func str(_ a: NDArray) -> String {
    let format = ElementFormatter(a)
    if a.ndim == 0 { return format.format(0).trimmingLeadingSpaces() }
    return formatArray(a, format.format, lineWidth: lineWidth, prefix: " ", separator: " ")
  }

  /// `repr(a)`: `array([[1, 2],\n       [3, 4]])`, with `dtype=` for non-default types.
  public static func repr(_ a: NDArray) -> String {
    let format = ElementFormatter(a)
    let showType = !(a.dtype == .float64 || a.dtype == .int64 || a.dtype == .bool)
    let typeSuffix = showType ? ", dtype=\(a.dtype.rawValue))" : ")"
    if a.ndim == 0 {
      return "array(" + format.format(0).trimmingLeadingSpaces() + typeSuffix
    }
    if a.size == 0 {
      return "array([]" + (a.shape == [0] ? "" : ", shape=\(ShapeText.tuple(a.shape))")
        + (a.dtype == .float64 ? ")" : ", dtype=\(a.dtype.rawValue))")
    }
    let body = formatArray(
      a, format.format, lineWidth: lineWidth - typeSuffix.count, prefix: "       ",
      separator: ", ")
    return "array(" + body + typeSuffix
  }

  /// numpy's `_formatArray`: nested brackets, hanging indents, wrapping at the line width.
  static func formatArray(
    _ a: NDArray, _ format: (Int) -> String, lineWidth: Int, prefix: String, separator: String
  ) -> String {
    let trimmedSeparator = String(separator.trimmingTrailing())
    func recurse(_ axis: Int, _ flatBase: Int, _ hanging: String, _ width: Int) -> String {
      let count = a.shape[axis]
      let inner = a.shape[(axis + 1)...].reduce(1, *)
      let nextHanging = hanging + " "
      let nextWidth = width - 1
      var s = ""
      if axis == a.ndim - 1 {
        // numpy reserves room for the separator or the closing bracket, whichever is wider.
        let elementWidth = width - max(trimmedSeparator.count, 1)
        var line = hanging
        for i in 0..<count {
          let word = format(flatBase + i)
          if line.count + word.count > elementWidth && line.count > hanging.count {
            s += line.trimmingTrailing() + "\n"
            line = hanging
          }
          line += word
          if i < count - 1 { line += separator }
        }
        s += line
      } else {
        let lineSeparator = trimmedSeparator + String(repeating: "\n", count: a.ndim - axis - 1)
        for i in 0..<count {
          s += hanging + recurse(axis + 1, flatBase + i * inner, nextHanging, nextWidth)
          if i < count - 1 { s += lineSeparator }
        }
      }
      return "[" + s.dropFirst(hanging.count) + "]"
    }
    return recurse(0, 0, prefix, lineWidth)
  }

  /// A numpy scalar's `str()` (`1.5`, `3`, `True`) from a 0-d array.
  public static func scalarStr(_ a: NDArray) -> String {
    switch a.dtype {
    case .float64: return PythonFloatText.repr(a.double(at: 0))
    case .float32: return PythonFloatText.repr32(Float(a.double(at: 0)))
    case .int32, .int64: return String(a.int(at: 0))
    case .bool: return a.bool(at: 0) ? "True" : "False"
    }
  }

  /// A numpy scalar's `repr()` (`np.float64(1.5)`, `np.int64(3)`, `np.True_`).
  public static func scalarRepr(_ a: NDArray) -> String {
    if a.dtype == .bool { return a.bool(at: 0) ? "np.True_" : "np.False_" }
    return "np.\(a.dtype.rawValue)(\(scalarStr(a)))"
  }
}

extension String {
  func trimmingTrailing() -> Substring {
    var s = self[...]
    while s.last == " " { s = s.dropLast() }
    return s
  }

  func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}
