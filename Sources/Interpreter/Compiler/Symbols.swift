import Syntax

/// What one scope binds and reads, found by walking its body (not its nested scopes' bodies,
/// whose free names are collected into `childFree`).
struct Symbols {
  var assigned: [String] = []
  private var assignedSet = Set<String>()
  var used = Set<String>()
  var globals = Set<String>()
  var nonlocals = Set<String>()
  /// Names read by nested functions, lambdas and comprehensions that they do not bind.
  var childFree = Set<String>()
  /// Whether the body yields (outside nested scopes): the function is a generator.
  var yields = false
  /// Names bound by `:=` here or in comprehensions within: a comprehension hands them to the
  /// scope around it (PEP 572).
  var namedTargets = Set<String>()
  /// The parameters (bound before the body).
  private var parameters = Set<String>()
  /// The first `global` or `nonlocal` statement of a name this scope already read, bound or
  /// took as a parameter, with CPython's message for it: compiling the scope raises it.
  private(set) var declarationError: (message: String, statement: Stmt)?
  /// The nonlocal names in the order declared, each with its first statement (where "no
  /// binding for nonlocal" points).
  private(set) var nonlocalStatements: [(name: String, statement: Stmt)] = []
  /// Names bound otherwise than by `import` (an import before `global` is allowed).
  private var boundHere = Set<String>()
  /// The first `global` or `nonlocal` statement of each name.
  private var directives: [String: Stmt] = [:]

  mutating func bind(_ name: String, imported: Bool = false) {
    if !imported { boundHere.insert(name) }
    if assignedSet.insert(name).inserted { assigned.append(name) }
  }

  private mutating func unbind(_ name: String) {
    guard assignedSet.remove(name) != nil else { return }
    assigned.removeAll { $0 == name }
  }

  /// Symbols of a function (or lambda, or comprehension) body with the given parameters.
  static func ofFunction(parameters: [String], body: [Stmt]) -> Symbols {
    var s = Symbols()
    for p in parameters { s.bind(p) }
    s.parameters = Set(parameters)
    s.visit(body)
    return s
  }

  /// The first misplaced `global` or `nonlocal` declaration, as a SyntaxError.
  func checkDeclarations() throws(SyntaxError) {
    if let (message, statement) = declarationError {
      throw SyntaxError.afterParsing(message, from: statement.location, to: statement.end)
    }
    // Both kinds for one name: found after the body, at the name's first declaration.
    for (name, _) in nonlocalStatements where globals.contains(name) {
      let statement = directives[name]!
      throw SyntaxError.afterParsing(
        "name '\(name)' is nonlocal and global", from: statement.location, to: statement.end)
    }
  }

  /// `global names` or `nonlocal names` at `statement`: the names declared, and the first
  /// misuse noted as CPython's symbol table words it.
  private mutating func declare(_ names: [String], global: Bool, at statement: Stmt) {
    let kind = global ? "global" : "nonlocal"
    for name in names {
      if directives[name] == nil { directives[name] = statement }
      if !global && !nonlocals.contains(name) { nonlocalStatements.append((name, statement)) }
      defer { if global { globals.insert(name) } else { nonlocals.insert(name) } }
      guard declarationError == nil else { continue }
      let problem: String? =
        if parameters.contains(name) {
          "is parameter and \(kind)"
        } else if used.contains(name) {
          "is used prior to \(kind) declaration"
        } else if boundHere.contains(name) {
          "is assigned to before \(kind) declaration"
        } else {
          nil
        }
      if let problem { declarationError = ("name '\(name)' \(problem)", statement) }
    }
  }

  /// Free names of a nested function scope, for the enclosing scope's analysis.
  static func freeNames(parameters: [String], body: [Stmt]) -> Set<String> {
    let s = ofFunction(parameters: parameters, body: body)
    let locals = Set(s.assigned).subtracting(s.globals).subtracting(s.nonlocals)
    return s.used.union(s.childFree).union(s.nonlocals).subtracting(locals).subtracting(s.globals)
  }

  mutating func visit(_ body: [Stmt]) {
    for stmt in body { visit(stmt) }
  }

  mutating func visit(_ stmt: Stmt) {
    switch stmt.kind {
    case .expression(let e): visit(e)
    case .assign(let targets, let value):
      visit(value)
      for t in targets { visitTarget(t) }
    case .augmentedAssign(let target, _, let value):
      visit(value)
      visit(target)
      visitTarget(target)
    case .annotatedAssign(let target, _, let value):
      if let value {
        visit(value)
        visitTarget(target)
      }
    case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
      visit(test)
      visit(body)
      visit(orElse)
    case .for(let target, let iterable, let body, let orElse):
      visit(iterable)
      visitTarget(target)
      visit(body)
      visit(orElse)
    case .break, .continue, .pass: break
    case .return(let e): if let e { visit(e) }
    case .functionDef(let def):
      bind(def.name)
      for d in def.decorators { visit(d) }
      visitDefaults(def.parameters)
      if let r = def.returns { visit(r) }
      childFree.formUnion(Symbols.freeNames(parameters: def.parameters.allNames, body: def.body))
    case .classDef(let def):
      bind(def.name)
      for b in def.bases + def.keywordValues { visit(b) }
      for d in def.decorators { visit(d) }
      let inner = Symbols.ofFunction(parameters: [], body: def.body)
      let classLocals = Set(inner.assigned)
      childFree.formUnion(inner.used.subtracting(classLocals).subtracting(inner.globals))
      childFree.formUnion(inner.childFree)
    case .import(let names):
      for n in names { bind(n.alias ?? String(n.name.split(separator: ".")[0]), imported: true) }
    case .importFrom(_, let names):
      for n in names where n.name != "*" { bind(n.alias ?? n.name, imported: true) }
    case .global(let names): declare(names, global: true, at: stmt)
    case .nonlocal(let names): declare(names, global: false, at: stmt)
    case .delete(let targets):
      for t in targets {
        visit(t)
        visitTarget(t)
      }
    case .assert(let test, let message):
      visit(test)
      if let message { visit(message) }
    case .raise(let e, let cause):
      if let e { visit(e) }
      if let cause { visit(cause) }
    case .try(let t):
      visit(t.body)
      for h in t.handlers {
        if let type = h.type { visit(type) }
        if let name = h.name { bind(name) }
        visit(h.body)
      }
      visit(t.orElse)
      visit(t.finally)
    case .with(let items, let body):
      for item in items {
        visit(item.context)
        if let t = item.target { visitTarget(t) }
      }
      visit(body)
    case .match(let subject, let cases):
      visit(subject)
      for c in cases {
        visitPattern(c.pattern)
        if let g = c.guardTest { visit(g) }
        visit(c.body)
      }
    }
  }

  /// Names a `case` pattern binds, and the values and classes it reads.
  mutating func visitPattern(_ p: Pattern) {
    switch p {
    case .value(let e), .singleton(let e): visit(e)
    case .capture(let name): bind(name)
    case .wildcard: break
    case .star(let name): if let name { bind(name) }
    case .sequence(let items), .or(let items): for i in items { visitPattern(i) }
    case .mapping(let keys, let patterns, let rest):
      for k in keys { visit(k) }
      for q in patterns { visitPattern(q) }
      if let rest { bind(rest) }
    case .classPattern(let cls, let positional, _, let keywords):
      visit(cls)
      for q in positional + keywords { visitPattern(q) }
    case .capturing(let inner, let name):
      visitPattern(inner)
      bind(name)
    }
  }

  /// What a `def` evaluates where it stands: defaults and annotations.
  mutating func visitDefaults(_ p: Parameters) {
    for param in p.positional + p.keywordOnly { if let d = param.defaultValue { visit(d) } }
    for a in p.annotations { visit(a.annotation) }
  }

  /// Names bound by an assignment target; subscripts and attributes only read.
  mutating func visitTarget(_ e: Expr) {
    switch e.kind {
    case .name(let n): bind(n)
    case .tuple(let items), .list(let items): for i in items { visitTarget(i) }
    case .starred(let inner): visitTarget(inner)
    case .attribute(let base, _): visit(base)
    case .subscript(let base, let index):
      visit(base)
      visit(index)
    default: visit(e)
    }
  }

  mutating func visit(_ e: Expr) {
    switch e.kind {
    case .name(let n): used.insert(n)
    case .int, .bigInt, .float, .imaginary, .string, .bytes, .bool, .none, .ellipsis: break
    case .fstring(let parts): visit(parts)
    case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b):
      visit(a)
      visit(b)
    case .unary(_, let a), .not(let a), .starred(let a), .attribute(let a, _): visit(a)
    case .compare(let first, let rest):
      visit(first)
      for (_, r) in rest { visit(r) }
    case .conditional(let t, let a, let b):
      visit(t)
      visit(a)
      visit(b)
    case .call(let f, let args):
      visit(f)
      for a in args { visit(a.value) }
    case .subscript(let a, let b):
      visit(a)
      visit(b)
    case .slice(let a, let b, let c):
      for x in [a, b, c] { if let x { visit(x) } }
    case .tuple(let items), .list(let items), .set(let items):
      for i in items { visit(i) }
    case .dict(let items):
      for item in items {
        switch item {
        case .pair(let k, let v):
          visit(k)
          visit(v)
        case .unpack(let d): visit(d)
        }
      }
    case .lambda(let params, let body):
      visitDefaults(params)
      let stmt = Stmt(.return(body), at: e.location)
      childFree.formUnion(Symbols.freeNames(parameters: params.allNames, body: [stmt]))
    case .comprehension(let kind, let clauses):
      // The first iterable is evaluated in this scope; the rest in the comprehension's own.
      if case .for(_, let iterable) = clauses.first { visit(iterable) }
      childFree.formUnion(Symbols.comprehensionFree(kind, clauses))
      for name in Symbols.ofComprehension(kind, clauses).namedTargets {
        bind(name)
        namedTargets.insert(name)
      }
    case .namedExpr(let name, let value):
      visit(value)
      bind(name)
      namedTargets.insert(name)
    case .yield(let value):
      yields = true
      if let value { visit(value) }
    case .yieldFrom(let iterable):
      yields = true
      visit(iterable)
    }
  }

  mutating func visit(_ parts: [FStringPart]) {
    for part in parts {
      if case .field(let e, _, let spec, _) = part {
        visit(e)
        if let spec { visit(spec) }
      }
    }
  }

  /// Free names of a comprehension's own scope, for the enclosing scope's analysis.
  static func comprehensionFree(_ kind: ComprehensionKind, _ clauses: [ComprehensionClause])
    -> Set<String>
  {
    let s = ofComprehension(kind, clauses)
    return s.used.union(s.childFree).subtracting(s.assigned)
  }

  /// Symbols of a comprehension's scope: its targets, conditions, element and every iterable
  /// but the first (which the enclosing scope evaluates).
  static func ofComprehension(_ kind: ComprehensionKind, _ clauses: [ComprehensionClause])
    -> Symbols
  {
    var s = Symbols()
    for (i, clause) in clauses.enumerated() {
      switch clause {
      case .for(let target, let iterable):
        if i > 0 { s.visit(iterable) }
        s.visitTarget(target)
      case .if(let test): s.visit(test)
      }
    }
    switch kind {
    case .list(let e), .set(let e), .generator(let e): s.visit(e)
    case .dict(let k, let v):
      s.visit(k)
      s.visit(v)
    }
    // `:=` inside binds in the enclosing scope: here the name is free.
    for name in s.namedTargets {
      s.unbind(name)
      s.used.insert(name)
    }
    return s
  }
}
