import Foundation

/// A notebook as cells. Line numbers are 1-based lines of the file, so tracebacks point into it.
public struct Document: Equatable {
  public enum Kind: Equatable { case notebook, script }

  public struct Cell: Equatable {
    public enum CellType: Equatable { case code, markdown }
    public var type: CellType
    /// The cell's source, without its marker line.
    public var source: String
    /// File line of the first source line.
    public var firstLine: Int
    /// The text after `# %%` (title, tags), if any.
    public var header: String

    /// Tags from `tags=["parameters", ...]` in the header.
    public var tags: [String] {
      guard let r = header.range(of: "tags=[") else { return [] }
      let rest = header[r.upperBound...].prefix { $0 != "]" }
      return rest.split(separator: ",").map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
      }.filter { !$0.isEmpty }
    }

    /// The title after `# %%` (without tags or `[markdown]`).
    public var title: String {
      var text = header
      if let r = text.range(of: "tags=[") { text = String(text[..<r.lowerBound]) }
      return text.replacingOccurrences(of: "[markdown]", with: "").trimmingCharacters(
        in: .whitespaces)
    }
  }

  public var kind: Kind
  public var cells: [Cell]
  /// Read from a `.ipynb`: tracebacks show the line within the cell.
  public var isIpynb = false

  public init(kind: Kind, cells: [Cell]) {
    self.kind = kind
    self.cells = cells
  }

  /// The 1-based code-cell number holding a file line (cells are counted as Jupyter counts them:
  /// all cells, markdown included).
  public func cellNumber(ofLine line: Int) -> Int? {
    guard kind == .notebook else { return nil }
    var found: Int?
    for (i, cell) in cells.enumerated() where cell.firstLine <= line { found = i + 1 }
    return found
  }
}

/// The percent cell format (`# %%`, `# %% [markdown]`, `#%%`, `# In[ ]:`).
public enum PercentFormat {
  public static func parse(_ text: String) -> Document {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var cells: [Document.Cell] = []
    var current: Document.Cell?
    var body: [String] = []
    func flush() {
      guard var cell = current else { return }
      while body.last?.trimmingCharacters(in: .whitespacesAndNewlines) == "" { body.removeLast() }
      cell.source = body.joined(separator: "\n")
      if cell.type == .markdown {
        cell.source = body.map {
          $0.hasPrefix("# ") ? String($0.dropFirst(2)) : $0 == "#" ? "" : $0
        }
        .joined(separator: "\n")
      }
      cells.append(cell)
      body = []
    }
    for (i, line) in lines.enumerated() {
      if let header = markerHeader(line) {
        flush()
        let type: Document.Cell.CellType = header.contains("[markdown]") ? .markdown : .code
        current = Document.Cell(type: type, source: "", firstLine: i + 2, header: header)
      } else {
        if current == nil {
          current = Document.Cell(type: .code, source: "", firstLine: 1, header: "")
        }
        body.append(line)
      }
    }
    flush()
    // Leading text before the first marker that is only blank is not a cell.
    cells.removeAll {
      $0.type == .code && $0.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        && $0.header.isEmpty && $0.firstLine == 1
    }
    return Document(kind: .notebook, cells: cells)
  }

  /// The header after a cell marker, or nil when the line is not a marker.
  static func markerHeader(_ line: String) -> String? {
    for marker in ["# %%", "#%%"] where line.hasPrefix(marker) {
      return String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
    }
    if line.hasPrefix("# In["), line.hasSuffix("]:") { return "" }
    return nil
  }

  /// The percent format for a document: `# %%` markers with their headers, markdown as `# `
  /// comment lines. Parsing this text gives the same cells back, and a file written this way
  /// round-trips byte for byte.
  public static func write(_ document: Document) -> String {
    document.cells.map { cell -> String in
      switch cell.type {
      case .code:
        return "# %%" + (cell.header.isEmpty ? "" : " " + cell.header) + "\n" + cell.source + "\n"
      case .markdown:
        let header = cell.header.isEmpty ? "[markdown]" : cell.header
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.isEmpty ? "#" : "# " + $0 }
        return "# %% " + header + "\n" + lines.joined(separator: "\n") + "\n"
      }
    }.joined(separator: "\n")
  }

  /// A plain script: the code cells in order, markdown kept as comments.
  public static func writeScript(_ document: Document) -> String {
    document.cells.map { cell -> String in
      switch cell.type {
      case .code: return cell.source + "\n"
      case .markdown:
        return cell.source.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n") + "\n"
      }
    }.joined(separator: "\n")
  }

  /// A `.py` file: one code cell with script semantics.
  public static func script(_ text: String) -> Document {
    Document(
      kind: .script, cells: [Document.Cell(type: .code, source: text, firstLine: 1, header: "")])
  }
}
