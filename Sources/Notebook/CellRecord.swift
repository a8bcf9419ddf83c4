/// What running one cell produced, in order: what a report shows and a `.ipynb` stores.
public struct CellRecord {
  public enum Output: Equatable {
    case stream(name: String, text: String)
    /// The trailing expression's repr (Jupyter's text/plain execute_result).
    case result(String)
    case figure(svg: String, path: String)
    case error(name: String, value: String, traceback: String)
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
