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
    /// Read from a `.nb`: the cell's exact text in the file (marker line to the line before
    /// the next marker) and what was parsed from it. Written back unchanged while the cell is.
    var original: (text: String, type: CellType, source: String, header: String)?

    public init(type: CellType, source: String, firstLine: Int, header: String) {
      (self.type, self.source, self.firstLine, self.header) = (type, source, firstLine, header)
    }

    public static func == (a: Cell, b: Cell) -> Bool {
      a.type == b.type && a.source == b.source && a.firstLine == b.firstLine
        && a.header == b.header
    }

    /// The file text of an unedited cell read from a `.nb`.
    var originalText: String? {
      guard let o = original, o.type == type, o.source == source, o.header == header else {
        return nil
      }
      return o.text
    }

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
  /// Read from a `.nb`: blank text before the first cell marker, kept for writing back.
  var preamble: String?

  public static func == (a: Document, b: Document) -> Bool {
    a.kind == b.kind && a.cells == b.cells && a.isIpynb == b.isIpynb
  }

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
    var chunkStart = 0
    func flush(upTo end: Int) {
      guard var cell = current else { return }
      let chunk = lines[chunkStart..<end].joined(separator: "\n")
      while body.last?.trimmingCharacters(in: .whitespacesAndNewlines) == "" { body.removeLast() }
      cell.source = body.joined(separator: "\n")
      if cell.type == .markdown {
        cell.source = body.map {
          $0.hasPrefix("# ") ? String($0.dropFirst(2)) : $0 == "#" ? "" : $0
        }
        .joined(separator: "\n")
      }
      cell.original = (chunk, cell.type, cell.source, cell.header)
      cells.append(cell)
      body = []
      chunkStart = end
    }
    for (i, line) in lines.enumerated() {
      if let header = markerHeader(line) {
        flush(upTo: i)
        chunkStart = i
        let type: Document.Cell.CellType = header.contains("[markdown]") ? .markdown : .code
        current = Document.Cell(type: type, source: "", firstLine: i + 2, header: header)
      } else {
        if current == nil {
          current = Document.Cell(type: .code, source: "", firstLine: 1, header: "")
        }
        body.append(line)
      }
    }
    flush(upTo: lines.count)
    // Leading text before the first marker that is only blank is not a cell.
    var preamble: String?
    if let first = cells.first, first.type == .code, first.header.isEmpty, first.firstLine == 1,
      first.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      preamble = first.original?.text
      cells.removeFirst()
    }
    var document = Document(kind: .notebook, cells: cells)
    document.preamble = preamble
    return document
  }

  /// The header after a cell marker, or nil when the line is not a marker. `%%` must end
  /// the line or be followed by a space (as jupytext reads it), so a comment such as
  /// `# %%time` inside a cell is text, not a new cell.
  static func markerHeader(_ line: String) -> String? {
    for marker in ["# %%", "#%%"] where line.hasPrefix(marker) {
      let rest = line.dropFirst(marker.count)
      guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
      return String(rest).trimmingCharacters(in: .whitespaces)
    }
    if line.hasPrefix("# In["), line.hasSuffix("]:") { return "" }
    return nil
  }

  /// The percent format for a document: `# %%` markers with their headers, markdown as `# `
  /// comment lines. Parsing this text gives the same cells back, and a file written this way
  /// round-trips byte for byte.
  public static func write(_ document: Document) -> String {
    // A document read from a .nb goes back as it was read, cell by cell, except for the
    // cells that changed, which are written in the canonical layout.
    if document.preamble != nil || document.cells.contains(where: { $0.original != nil }) {
      var parts = document.preamble.map { [$0] } ?? []
      for (i, cell) in document.cells.enumerated() {
        if let text = cell.originalText {
          parts.append(text)
        } else {
          var text = canonical(cell)
          if i < document.cells.count - 1 { text += "\n" }
          parts.append(text)
        }
      }
      return parts.joined(separator: "\n")
    }
    return document.cells.map(canonical).joined(separator: "\n")
  }

  /// One cell in the canonical layout: marker, source, newline.
  static func canonical(_ cell: Document.Cell) -> String {
    [cell].map { cell -> String in
      switch cell.type {
      case .code:
        return "# %%" + (cell.header.isEmpty ? "" : " " + cell.header) + "\n" + cell.source + "\n"
      case .markdown:
        let header = cell.header.isEmpty ? "[markdown]" : cell.header
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.isEmpty ? "#" : "# " + $0 }
        return "# %% " + header + "\n" + lines.joined(separator: "\n") + "\n"
      }
    }[0]
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
