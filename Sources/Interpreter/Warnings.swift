/// Python's warnings, as the default filter shows them: each (category, message, location)
/// once, on stderr, as `file:line: Category: message` and the source line indented by two.
extension Interpreter {
  public func warn(_ category: String, _ message: String) {
    let frame = currentFrame?.takeUnretainedValue()
    let file = frame?.file ?? "<unknown>"
    let line = frame?.line ?? 0
    let key = "\(category)\u{1}\(message)\u{1}\(file)\u{1}\(line)"
    guard !shownWarnings.contains(key) else { return }
    shownWarnings.insert(key)
    var text = "\(file):\(line): \(category): \(message)\n"
    if let source = sourceLine(file, line) {
      let trimmed = source.drop(while: { $0 == " " || $0 == "\t" })
      if !trimmed.isEmpty { text += "  \(trimmed)\n" }
    }
    writeErr(text)
  }
}
