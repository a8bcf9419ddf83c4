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
  /// is not raised here (see `raiseOrWarn`). `stackLevel` 1 is the running frame's line, 2
  /// its caller's, as `warnings.warn(stacklevel=)` counts.
  public func warn(_ category: String, _ message: String, stackLevel: Int = 1) {
    let chosen = action(for: category, message)
    if chosen == "ignore" { return }
    show(category, message, always: chosen == "always", stackLevel: stackLevel)
  }

  /// `warn`, raising the warning instead when a filter says "error".
  public func raiseOrWarn(_ category: String, _ message: String, stackLevel: Int = 1)
    throws(PyException)
  {
    let chosen = action(for: category, message)
    switch chosen {
    case "ignore": return
    case "error":
      throw PyException(warningClass(category) ?? .userWarning, message)
    default: show(category, message, always: chosen == "always", stackLevel: stackLevel)
    }
  }

  /// `warnings.warn_explicit` without a registry, as CPython's compiler gives its
  /// SyntaxWarnings: at a place in the program's source rather than the running frame's,
  /// and shown each time (nothing records that it was).
  public func warnExplicit(_ category: String, _ message: String, file: String, line: Int) {
    if action(for: category, message) == "ignore" { return }
    show(category, message, always: true, file: file, line: line)
  }

  /// Forgets which warnings were shown, as Python does whenever the filters change.
  public func resetShownWarnings() { shownWarnings.removeAll() }

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

  private func show(_ category: String, _ message: String, always: Bool, stackLevel: Int) {
    var frame = currentFrame?.takeUnretainedValue()
    var level = 1
    while level < stackLevel, let back = frame?.back {
      frame = back.takeUnretainedValue()
      level += 1
    }
    show(
      category, message, always: always, file: frame?.file ?? "<unknown>", line: frame?.line ?? 0)
  }

  private func show(_ category: String, _ message: String, always: Bool, file: String, line: Int) {
    let key = "\(category)\u{1}\(message)\u{1}\(file)\u{1}\(line)"
    guard always || !shownWarnings.contains(key) else { return }
    shownWarnings.insert(key)
    if let log = warningLogs.last {
      let cls = warningClass(category) ?? .userWarning
      log.items.append(
        .object(
          PyWarningMessage(
            message: PyException(cls, message), category: cls, filename: file, lineno: line)))
      return
    }
    var text = "\(file):\(line): \(category): \(message)\n"
    if let source = sourceLine(file, line) {
      let trimmed = source.drop(while: { $0 == " " || $0 == "\t" })
      if !trimmed.isEmpty { text += "  \(trimmed)\n" }
    }
    writeErr(text)
  }
}

/// One warning caught by `catch_warnings(record=True)`: Python's `warnings.WarningMessage`.
final class PyWarningMessage: PyObject {
  let message: PyException
  let category: PyClass
  let filename: String
  let lineno: Int

  init(message: PyException, category: PyClass, filename: String, lineno: Int) {
    self.message = message
    self.category = category
    self.filename = filename
    self.lineno = lineno
  }

  static let messageClass: PyClass = {
    let c = PyClass("WarningMessage", bases: [.object])
    c.moduleName = "warnings"
    return c
  }()

  override var pyClass: PyClass { PyWarningMessage.messageClass }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "message": return .object(message)
    case "category": return .object(category)
    case "filename": return .str(filename)
    case "lineno": return .int(lineno)
    case "line", "file", "source": return Value.none
    default: return try super.getAttribute(name, interp)
    }
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "{message : \(try interp.repr(.object(message))), category : \(PyStr.repr(category.name)), filename : \(PyStr.repr(filename)), lineno : \(lineno), line : None}"
  }
}
