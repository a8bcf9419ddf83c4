/// `np.loadtxt` / `np.genfromtxt` on text already read: rows of delimited numbers.
public struct TextTableOptions: Sendable {
  /// nil splits on runs of whitespace.
  public var delimiter: String?
  public var comments: String? = "#"
  /// Lines skipped at the start (comment and blank lines count).
  public var skipRows = 0
  public var usecols: [Int]?
  public var maxRows: Int?
  public var dtype: DType = .float64
  public var ndmin = 0
  /// genfromtxt: missing or unparsable values become nan instead of raising.
  public var missingAsNaN = false

  public init() {}
}

public enum TextTable {
  public static func load(_ text: String, _ options: TextTableOptions) throws(NumKitError)
    -> NDArray
  {
    var rows: [[String]] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines.dropFirst(options.skipRows) {
      if let max = options.maxRows, rows.count >= max { break }
      var content = Substring(line)
      if let marker = options.comments, let r = content.firstRange(of: marker) {
        content = content[..<r.lowerBound]
      }
      let trimmed = content.trimmingSpaces()
      if trimmed.isEmpty { continue }
      let fields: [Substring] =
        options.delimiter.map { trimmed.split(separator: $0, omittingEmptySubsequences: false) }
        ?? trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
      rows.append(fields.map { String($0.trimmingSpaces()) })
    }
    guard let first = rows.first else {
      return NDArray(zeros: [0], dtype: options.dtype)
    }
    let columns = first.count
    for (i, row) in rows.enumerated() where row.count != columns && !options.missingAsNaN {
      throw .value(
        "the number of columns changed from \(columns) to \(row.count) at row \(i + 1); use `usecols` to select a subset and avoid this error"
      )
    }
    let selected = options.usecols ?? Array(0..<columns)
    for c in selected where c >= columns || c < -columns {
      throw .value("invalid column index \(c) at row 1 with \(columns) columns")
    }
    let picks = selected.map { $0 < 0 ? $0 + columns : $0 }
    let out = NDArray(zeros: [rows.count, picks.count], dtype: options.dtype)
    for (r, row) in rows.enumerated() {
      for (k, c) in picks.enumerated() {
        let field = c < row.count ? row[c] : ""
        let flat = r * picks.count + k
        if options.dtype.isFloat {
          guard let v = parseFloat(field) else {
            if options.missingAsNaN {
              out.setFlat(flat, .nan)
              continue
            }
            throw .value(
              "could not convert string '\(field)' to \(options.dtype.rawValue) at row \(r), column \(c + 1)."
            )
          }
          out.setFlat(flat, v)
        } else {
          guard let v = Int(field) else {
            throw .value(
              "could not convert string '\(field)' to \(options.dtype.rawValue) at row \(r), column \(c + 1)."
            )
          }
          out.setFlat(flat, Double(v), int: v)
        }
      }
    }
    // numpy's _ensure_ndmin_ndarray: squeeze when above `ndmin`, then pad up to it
    // (atleast_1d, or atleast_2d transposed: a row of values becomes a column).
    var shape = out.shape
    if shape.count > options.ndmin { shape = shape.filter { $0 != 1 } }
    if shape.count < options.ndmin {
      shape = options.ndmin == 1 ? [1] : (shape.isEmpty ? [1, 1] : [shape[0], 1])
    }
    return out.reshapedView(shape)
  }

  /// numpy's float parsing: decimal and scientific forms, nan, inf; surrounding space allowed.
  static func parseFloat(_ s: String) -> Double? {
    switch s.lowercased() {
    case "nan", "+nan", "-nan": return .nan
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    default: return Double(s)
    }
  }
}

extension Substring {
  func trimmingSpaces() -> Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return s
  }
}
