/// `str()` and `repr()` of arrays exactly as numpy 2 prints them: numpy's `_formatArray`
/// wrapping, summarisation with `...` above `threshold` elements, and the `shape=`/`dtype=`
/// extras of `repr`.
public enum ArrayPrinter {
  /// `print(a)`: `[[1 2]\n [3 4]]`.
  public static func str(_ a: NDArray, _ options: PrintOptions = PrintOptions()) -> String {
    if a.ndim == 0 {
      return ElementFormatter(a, shown: [0], options).format(0).trimmingLeadingSpaces()
    }
    if a.size == 0 { return "[]" }
    return array2string(a, options, lineWidth: options.lineWidth, prefix: "", separator: " ")
  }

  /// `np.array2string(a, separator=, prefix=)`: the body of `str` or `repr` with the caller's
  /// separator, continuation lines indented past `prefix` (which the caller prints first).
  public static func text(
    _ a: NDArray, _ options: PrintOptions, separator: String, prefix: String
  ) -> String {
    if a.ndim == 0 {
      return ElementFormatter(a, shown: [0], options).format(0).trimmingLeadingSpaces()
    }
    if a.size == 0 { return "[]" }
    return array2string(
      a, options, lineWidth: options.lineWidth, prefix: prefix, separator: separator)
  }

  /// `repr(a)`: `array([[1, 2],\n       [3, 4]])`, with `shape=` when summarised or empty and
  /// `dtype=` for types the values do not imply.
  public static func repr(_ a: NDArray, _ options: PrintOptions = PrintOptions()) -> String {
    let prefix = "array("
    let body: String
    if a.ndim == 0 {
      body = ElementFormatter(a, shown: [0], options).format(0).trimmingLeadingSpaces()
    } else if a.size == 0 {
      body = "[]"
    } else {
      body = array2string(
        a, options, lineWidth: options.lineWidth - 1, prefix: prefix, separator: ", ")
    }
    var extras: [String] = []
    if (a.size == 0 && a.shape != [0]) || a.size > options.threshold {
      extras.append("shape=\(ShapeText.tuple(a.shape))")
    }
    if !(a.dtype == .float64 || a.dtype == .int64 || a.dtype == .bool) || a.size == 0 {
      extras.append("dtype=\(a.dtype.rawValue)")
    }
    return closeRepr(body: body, extras: extras, options)
  }

  /// `array(` + body, then the extras (`shape=`, `dtype=`) after a comma, on the same line
  /// when they fit within the line width, else on the next, indented past `array(`.
  public static func closeRepr(body: String, extras: [String], _ options: PrintOptions)
    -> String
  {
    let prefix = "array("
    guard !extras.isEmpty else { return prefix + body + ")" }
    let head = prefix + body + ","
    let extra = extras.joined(separator: ", ") + ")"
    let lastLine =
      head.count
      - ((head.lastIndex(of: "\n")).map { head.distance(from: head.startIndex, to: $0) + 1 } ?? 0)
    let spacer =
      lastLine + extra.count + 1 > options.lineWidth
      ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return head + spacer + extra
  }

  /// numpy's array2string for a non-empty array of at least one dimension.
  static func array2string(
    _ a: NDArray, _ options: PrintOptions, lineWidth: Int, prefix: String, separator: String
  ) -> String {
    array2string(
      shape: a.shape, options, lineWidth: lineWidth, prefix: prefix, separator: separator
    ) { ElementFormatter(a, shown: $0, options).format }
  }

  /// array2string for elements already written (a string array's quoted items): `element`
  /// gives the text of the element at a flat (C-order) position.
  public static func array2string(
    shape: [Int], _ options: PrintOptions, lineWidth: Int, prefix: String, separator: String,
    element: @escaping (Int) -> String
  ) -> String {
    array2string(
      shape: shape, options, lineWidth: lineWidth, prefix: prefix, separator: separator
    ) { _ in element }
  }

  /// The elements shown (all, or the edge items of each axis when summarised), formatted by
  /// what `formatter` makes of those positions.
  static func array2string(
    shape: [Int], _ options: PrintOptions, lineWidth: Int, prefix: String, separator: String,
    formatter: ([Int]) -> (Int) -> String
  ) -> String {
    let size = shape.reduce(1, *)
    let summarise = size > options.threshold
    // The indices shown along each axis: all, or the edge items at both ends.
    let shownAxes: [[Int]] = shape.map { n in
      summarise && n > 2 * options.edgeItems
        ? Array(0..<options.edgeItems) + Array((n - options.edgeItems)..<n) : Array(0..<n)
    }
    let strides = NDArray.contiguousStrides(shape)
    var shownFlat: [Int] = [0]
    for (axis, indices) in shownAxes.enumerated() {
      shownFlat = shownFlat.flatMap { base in indices.map { base + $0 * strides[axis] } }
    }
    return formatArray(
      shape, formatter(shownFlat), shownAxes, summarise ? options.edgeItems : nil,
      lineWidth: lineWidth, hangingIndent: " " + String(repeating: " ", count: prefix.count),
      separator: separator)
  }

  /// numpy's `_formatArray`: nested brackets, hanging indents, wrapping, and the `...` rows
  /// and columns of summarised axes.
  static func formatArray(
    _ shape: [Int], _ format: (Int) -> String, _ shownAxes: [[Int]], _ edgeItems: Int?,
    lineWidth: Int, hangingIndent: String, separator: String
  ) -> String {
    let trimmedSeparator = String(separator.trimmingTrailing())
    let strides = NDArray.contiguousStrides(shape)
    let ndim = shape.count
    func recurse(_ axis: Int, _ flatBase: Int, _ hanging: String, _ width: Int) -> String {
      let indices = shownAxes[axis]
      let summarised = indices.count < shape[axis]
      let leading = summarised ? edgeItems! : indices.count
      let nextHanging = hanging + " "
      let nextWidth = width - 1
      var s = ""
      if axis == ndim - 1 {
        // numpy reserves room for the separator or the closing bracket, whichever is wider.
        let elementWidth = width - max(trimmedSeparator.count, 1)
        var line = hanging
        func add(_ word: String) {
          if line.count + word.count > elementWidth && line.count > hanging.count {
            s += line.trimmingTrailing() + "\n"
            line = hanging
          }
          line += word
        }
        for (k, i) in indices.enumerated() {
          if summarised && k == leading {
            add("...")
            line += separator
          }
          add(format(flatBase + i * strides[axis]))
          if k < indices.count - 1 { line += separator }
        }
        s += line
      } else {
        let lineSeparator = trimmedSeparator + String(repeating: "\n", count: ndim - axis - 1)
        for (k, i) in indices.enumerated() {
          if summarised && k == leading { s += hanging + "..." + lineSeparator }
          s += hanging + recurse(axis + 1, flatBase + i * strides[axis], nextHanging, nextWidth)
          if k < indices.count - 1 { s += lineSeparator }
        }
      }
      return "[" + s.dropFirst(hanging.count) + "]"
    }
    return recurse(0, 0, hangingIndent, lineWidth)
  }

  /// A numpy scalar's `str()` (`1.5`, `3`, `True`) from a 0-d array.
  public static func scalarStr(_ a: NDArray) -> String {
    switch a.dtype {
    case .float64: return PythonFloatText.repr(a.double(at: 0))
    case .float32: return PythonFloatText.repr32(Float(a.double(at: 0)))
    case .int32, .int64, .uint8: return String(a.int(at: 0))
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
