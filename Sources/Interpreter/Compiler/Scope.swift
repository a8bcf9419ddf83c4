/// A compile-time scope: where each name it uses lives at run time.
final class Scope {
  enum Kind { case module, function, classBody }

  let kind: Kind
  let parent: Scope?
  let globalsTable: Globals
  let qualifiedPrefix: String
  /// Local slots (function scopes).
  var slots: [String: Int] = [:]
  /// Cells: this scope's captured locals first, then the free variables it captures.
  var cells: [String: Int] = [:]
  var ownCellCount = 0
  var freeNames: [String] = []
  var declaredGlobal = Set<String>()
  /// Names a class body binds (looked up in its namespace first).
  var classLocals = Set<String>()
  var loopDepth = 0
  /// The class whose body this is (class scopes), for `__private` name mangling.
  var className: String?

  /// Python's name mangling: `__x` inside class `C` becomes `_C__x`.
  func mangle(_ name: String) -> String {
    guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
    var scope: Scope? = self
    while let s = scope {
      if let c = s.className { return Scope.mangled(name, inClass: c) }
      scope = s.parent
    }
    return name
  }

  /// A `__private` name as written inside class `className`: `_Class__private` (the
  /// class's leading underscores dropped; a dunder or ordinary name as it is).
  static func mangled(_ name: String, inClass className: String) -> String {
    guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
    let stripped = className.drop { $0 == "_" }
    return stripped.isEmpty ? name : "_" + stripped + name
  }

  init(kind: Kind, parent: Scope?, globals: Globals, qualifiedPrefix: String) {
    self.kind = kind
    self.parent = parent
    self.globalsTable = globals
    self.qualifiedPrefix = qualifiedPrefix
  }

  enum Location {
    case local(Int)
    case cell(Int)
    case global(Int)
    /// Class bodies: the namespace, then globals and builtins.
    case classNamespace(String, globalSlot: Int)
  }

  /// Builds a function scope from its symbols: locals get slots, captured ones get cells.
  static func function(
    symbols: Symbols, parameters: [String], parent: Scope, name: String
  ) -> Scope {
    let scope = Scope(
      kind: .function, parent: parent, globals: parent.globalsTable,
      qualifiedPrefix: parent.childPrefix(name))
    scope.declaredGlobal = symbols.globals
    let locals = symbols.assigned.filter {
      !symbols.globals.contains($0) && !symbols.nonlocals.contains($0)
    }
    for name in parameters { scope.slots[name] = scope.slots.count }
    for name in locals where scope.slots[name] == nil { scope.slots[name] = scope.slots.count }
    for name in locals where symbols.childFree.contains(name) {
      scope.cells[name] = scope.ownCellCount
      scope.ownCellCount += 1
    }
    let wanted = symbols.used.union(symbols.childFree).union(symbols.nonlocals)
    for name in wanted.sorted() where scope.slots[name] == nil && !symbols.globals.contains(name) {
      if parent.resolvesAsEnclosed(name) { scope.freeNames.append(name) }
    }
    for (i, name) in scope.freeNames.enumerated() { scope.cells[name] = scope.ownCellCount + i }
    return scope
  }

  /// True when `name` is a local or free variable of this function scope or one enclosing it.
  func resolvesAsEnclosed(_ name: String) -> Bool {
    switch kind {
    case .module: return false
    case .classBody: return parent?.resolvesAsEnclosed(name) ?? false
    case .function:
      if declaredGlobal.contains(name) { return false }
      return slots[name] != nil || cells[name] != nil || (parent?.resolvesAsEnclosed(name) ?? false)
    }
  }

  func childPrefix(_ name: String) -> String {
    switch kind {
    case .module: return name
    case .classBody: return qualifiedPrefix + "." + name
    case .function: return qualifiedPrefix + ".<locals>." + name
    }
  }

  func locate(_ name: String) -> Location {
    switch kind {
    case .module:
      return .global(globalsTable.slot(for: name))
    case .classBody:
      if let c = cells[name], !classLocals.contains(name) { return .cell(c) }
      return .classNamespace(name, globalSlot: globalsTable.slot(for: name))
    case .function:
      if declaredGlobal.contains(name) { return .global(globalsTable.slot(for: name)) }
      if let c = cells[name] { return .cell(c) }
      if let s = slots[name] { return .local(s) }
      return .global(globalsTable.slot(for: name))
    }
  }

  /// The cells to capture when creating a closure whose scope has `freeNames`.
  func cellIndices(for freeNames: [String]) -> [Int] {
    freeNames.map { cells[$0]! }
  }
}
