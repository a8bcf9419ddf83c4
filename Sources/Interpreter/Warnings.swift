/// Python's warnings, as the default filter shows them: each (category, message, location)
/// once, on stderr, as `file:line: Category: message` and the source line indented by two.
/// The `warnings` module's filters (`filterwarnings`, `simplefilter`) choose per category and
/// message prefix: "ignore", "error" (raised as the category), "always", or the default.
public struct WarningFilter {
  public var action: String
  public var category: PyClass
  /// A prefix of the message, compared without case ("" matches every message).
  public var message: String

  public init(action: String, category: PyClass, message: String) {
    self.action = action
    self.category = category
    self.message = message.lowercased()
  }
}

extension Interpreter {
  /// Shows a warning (numpy's RuntimeWarnings, `warnings.warn`) as the filters say; "error"
  /// is not raised here (see `raiseOrWarn`).
  public func warn(_ category: String, _ message: String) {
    if action(for: category, message) == "ignore" { return }
    show(category, message, always: action(for: category, message) == "always")
  }

  /// `warn`, raising the warning instead when a filter says "error".
  public func raiseOrWarn(_ category: String, _ message: String) throws(PyException) {
    let chosen = action(for: category, message)
    switch chosen {
    case "ignore": return
    case "error":
      throw PyException(warningClass(category) ?? .userWarning, message)
    default: show(category, message, always: chosen == "always")
    }
  }

  private func warningClass(_ name: String) -> PyClass? {
    builtins[name]?.as(PyClass.self)
  }

  private func action(for category: String, _ message: String) -> String {
    let cls = warningClass(category)
    let lowered = message.lowercased()
    for filter in warningFilters {
      let matchesCategory = cls.map { $0.isSubclass(of: filter.category) } ?? true
      if matchesCategory && (filter.message.isEmpty || lowered.hasPrefix(filter.message)) {
        return filter.action
      }
    }
    return "default"
  }

  private func show(_ category: String, _ message: String, always: Bool) {
    let frame = currentFrame?.takeUnretainedValue()
    let file = frame?.file ?? "<unknown>"
    let line = frame?.line ?? 0
    let key = "\(category)\u{1}\(message)\u{1}\(file)\u{1}\(line)"
    guard always || !shownWarnings.contains(key) else { return }
    shownWarnings.insert(key)
    var text = "\(file):\(line): \(category): \(message)\n"
    if let source = sourceLine(file, line) {
      let trimmed = source.drop(while: { $0 == " " || $0 == "\t" })
      if !trimmed.isEmpty { text += "  \(trimmed)\n" }
    }
    writeErr(text)
  }
}
