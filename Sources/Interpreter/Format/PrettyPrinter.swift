/// IPython's pretty printer (`IPython.lib.pretty`), which Jupyter and IPython use to show a
/// cell's value: lists, tuples, dicts and sets that do not fit in 79 columns break after
/// each comma and indent under their opening bracket; everything else is its repr, with
/// multi-line reprs re-indented. The layout engine is the same Wadler-style algorithm
/// (text, breakables, groups broken outermost first) so the line breaks fall where
/// IPython's do.
public struct PrettyPrinter {
  private final class Group {
    let depth: Int
    var breakables: [Breakable] = []
    var wantBreak = false
    init(depth: Int) { self.depth = depth }
  }

  private final class Breakable {
    let separator: String
    let indentation: Int
    unowned let group: Group
    init(_ separator: String, indentation: Int, group: Group) {
      (self.separator, self.indentation, self.group) = (separator, indentation, group)
    }
  }

  private enum Item {
    case text(String, width: Int)
    case breakable(Breakable)

    var width: Int {
      switch self {
      case .text(_, let w): return w
      case .breakable(let b): return b.separator.unicodeScalars.count
      }
    }
  }

  static let maxWidth = 79
  static let maxSequenceLength = 1000

  private var output = ""
  private var outputWidth = 0
  private var bufferWidth = 0
  private var buffer: [Item] = []
  private var groupStack: [Group]
  /// Groups by depth, as IPython's GroupQueue keeps them.
  private var queue: [[Group]] = []
  private var indentation = 0

  private init() {
    let root = Group(depth: 0)
    groupStack = [root]
    enqueue(root)
  }

  /// The text Jupyter shows for `value`.
  public static func format(_ value: Value, _ interp: Interpreter) throws(PyException) -> String {
    var p = PrettyPrinter()
    var visiting = Set<ObjectIdentifier>()
    try p.pretty(value, interp, &visiting)
    p.flush()
    return p.output
  }

  // MARK: - Values

  private mutating func pretty(
    _ value: Value, _ interp: Interpreter, _ visiting: inout Set<ObjectIdentifier>
  ) throws(PyException) {
    if case .object(let object) = value {
      // IPython names functions with their signature, and classes by module and name.
      if let function = object as? PyFunction {
        let signature = function.signature(interp)
        let parameters = signature[(signature.firstIndex(of: "(") ?? signature.startIndex)...]
        text("<function __main__.\(function.qualifiedName)\(parameters)>")
        return
      }
      if let cls = object as? PyClass {
        text(cls.moduleName == "builtins" ? cls.name : "\(cls.moduleName).\(cls.name)")
        return
      }
    }
    guard case .object(let object) = value,
      object is PyList || object is PyTuple || object is PyDict || object is PySet
    else {
      try reprLines(value, interp)
      return
    }
    let id = ObjectIdentifier(object)
    let (open, close) =
      object is PyList ? ("[", "]") : object is PyTuple ? ("(", ")") : ("{", "}")
    if visiting.contains(id) {
      text(open + "..." + close)
      return
    }
    visiting.insert(id)
    defer { visiting.remove(id) }
    if let dict = object as? PyDict {
      beginGroup(1, "{")
      for (i, entry) in dict.storage.values.enumerated() {
        if i > 0 {
          text(",")
          breakable()
        }
        if i >= PrettyPrinter.maxSequenceLength {
          text("...")
          break
        }
        try pretty(entry.key, interp, &visiting)
        text(": ")
        try pretty(entry.value, interp, &visiting)
      }
      endGroup(1, "}")
      return
    }
    var items: [Value]
    if let set = object as? PySet {
      guard !set.storage.isEmpty else {
        text("set()")
        return
      }
      items = set.storage.elements
      items = (try? PrettyPrinter.sorted(items, interp)) ?? items
    } else {
      items = (object as! PySequence).items
    }
    beginGroup(open.count, open)
    for (i, item) in items.enumerated() {
      if i > 0 {
        text(",")
        breakable()
      }
      if i >= PrettyPrinter.maxSequenceLength {
        text("...")
        break
      }
      try pretty(item, interp, &visiting)
    }
    if items.count == 1 && object is PyTuple { text(",") }
    endGroup(open.count, close)
  }

  /// IPython sorts a set's elements when they can be compared.
  private static func sorted(_ items: [Value], _ interp: Interpreter) throws(PyException)
    -> [Value]
  {
    var out = items
    var failure: PyException?
    out.sort { a, b in
      do throws(PyException) {
        return try interp.isTruthy(interp.compare(a, .less, b))
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
    return out
  }

  /// A repr, each of its lines after the first starting a new line at the current indent.
  private mutating func reprLines(_ value: Value, _ interp: Interpreter) throws(PyException) {
    let lines = try interp.repr(value).split(separator: "\n", omittingEmptySubsequences: false)
    beginGroup(0, "")
    for (i, line) in lines.enumerated() {
      if i > 0 { forcedBreak() }
      text(String(line))
    }
    endGroup(0, "")
  }

  // MARK: - Layout engine

  private mutating func enqueue(_ g: Group) {
    while g.depth > queue.count - 1 { queue.append([]) }
    queue[g.depth].append(g)
  }

  private mutating func dequeue() -> Group? {
    for d in queue.indices {
      let stack = queue[d]
      // IPython walks the stack from the end but deletes by that count from the front.
      for (i, g) in stack.reversed().enumerated() where !g.breakables.isEmpty {
        queue[d].remove(at: i)
        g.wantBreak = true
        return g
      }
      for g in stack { g.wantBreak = true }
      queue[d].removeAll()
    }
    return nil
  }

  private mutating func removeFromQueue(_ g: Group) {
    guard g.depth < queue.count, let i = queue[g.depth].firstIndex(where: { $0 === g }) else {
      return
    }
    queue[g.depth].remove(at: i)
  }

  private mutating func emit(_ item: Item) {
    switch item {
    case .text(let s, let w):
      output += s
      outputWidth += w
    case .breakable(let b):
      b.group.breakables.removeFirst()
      if b.group.wantBreak {
        output += "\n" + String(repeating: " ", count: b.indentation)
        outputWidth = b.indentation
        return
      }
      if b.group.breakables.isEmpty { removeFromQueue(b.group) }
      output += b.separator
      outputWidth += b.separator.unicodeScalars.count
    }
  }

  private mutating func breakOneGroup(_ g: Group) {
    while !g.breakables.isEmpty, !buffer.isEmpty {
      let item = buffer.removeFirst()
      bufferWidth -= item.width
      emit(item)
    }
    while let first = buffer.first, case .text = first {
      buffer.removeFirst()
      bufferWidth -= first.width
      emit(first)
    }
  }

  private mutating func breakOuterGroups() {
    while PrettyPrinter.maxWidth < outputWidth + bufferWidth {
      guard let g = dequeue() else { return }
      breakOneGroup(g)
    }
  }

  private mutating func text(_ s: String) {
    let width = s.unicodeScalars.count
    if buffer.isEmpty {
      output += s
      outputWidth += width
      return
    }
    if case .text(let previous, let w) = buffer[buffer.count - 1] {
      buffer[buffer.count - 1] = .text(previous + s, width: w + width)
    } else {
      buffer.append(.text(s, width: width))
    }
    bufferWidth += width
    breakOuterGroups()
  }

  private mutating func breakable() {
    let group = groupStack[groupStack.count - 1]
    if group.wantBreak {
      flush()
      output += "\n" + String(repeating: " ", count: indentation)
      outputWidth = indentation
      bufferWidth = 0
      return
    }
    let b = Breakable(" ", indentation: indentation, group: group)
    group.breakables.append(b)
    buffer.append(.breakable(b))
    bufferWidth += 1
    breakOuterGroups()
  }

  private mutating func forcedBreak() {
    if let g = dequeue() { breakOneGroup(g) }
    flush()
    output += "\n" + String(repeating: " ", count: indentation)
    outputWidth = indentation
    bufferWidth = 0
  }

  private mutating func beginGroup(_ indent: Int, _ open: String) {
    if !open.isEmpty { text(open) }
    let g = Group(depth: groupStack[groupStack.count - 1].depth + 1)
    groupStack.append(g)
    enqueue(g)
    indentation += indent
  }

  private mutating func endGroup(_ dedent: Int, _ close: String) {
    indentation -= dedent
    let g = groupStack.removeLast()
    if g.breakables.isEmpty { removeFromQueue(g) }
    if !close.isEmpty { text(close) }
  }

  private mutating func flush() {
    let items = buffer
    buffer.removeAll()
    for item in items { emit(item) }
    bufferWidth = 0
  }
}
