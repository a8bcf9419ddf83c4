/// What running one cell produced, in order: what a report shows and a `.ipynb` stores.
public struct CellRecord {
  public enum Output: Equatable {
    case stream(name: String, text: String)
    /// The trailing expression's repr (Jupyter's text/plain execute_result), and its richer
    /// form when it has one (an `Image`, `HTML`, ...).
    case result(String, rich: RichContent?)
    case figure(svg: String, path: String)
    /// `display(obj)`: its text/plain form, and a richer one when it has one (HTML,
    /// Markdown, LaTeX).
    case display(text: String, rich: RichContent?)
    case error(name: String, value: String, traceback: String)
  }

  /// A displayed object's rich representation: its MIME type and content.
  public struct RichContent: Equatable {
    public let mime: String
    public let content: String
    public init(mime: String, content: String) {
      self.mime = mime
      self.content = content
    }
  }

  public var index: Int
  public var executed = false
  public var executionCount: Int?
  public var outputs: [Output] = []

  public init(index: Int) { self.index = index }

  /// Appends stream text, merging with the previous chunk of the same stream.
  public mutating func append(stream name: String, _ text: String) {
    if case .stream(let last, let previous)? = outputs.last, last == name {
      outputs[outputs.count - 1] = .stream(name: name, text: previous + text)
    } else {
      outputs.append(.stream(name: name, text: text))
    }
  }

  public var failed: Bool {
    outputs.contains { if case .error = $0 { true } else { false } }
  }
}
