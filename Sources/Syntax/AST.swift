/// The abstract syntax tree. Every node carries the location where it starts.
///
/// The tree is only an intermediate form: the interpreter compiles it to closures over slots.

public struct Expr: Sendable {
  public var kind: ExprKind
  public var location: SourceLocation
  /// Where the expression ends (just after its last token); tracebacks underline the span.
  public var end: SourceLocation

  public init(_ kind: ExprKind, at location: SourceLocation, end: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
    self.end = end ?? location
  }
}

public indirect enum ExprKind: Sendable {
  case name(String)
  case int(Int)
  /// An int literal beyond 64 bits: its digits and their radix.
  case bigInt(String, radix: Int)
  case float(Double)
  /// `2.5j`: a complex number with no real part.
  case imaginary(Double)
  case string(String)
  case fstring([FStringPart])
  case bytes([UInt8])
  case bool(Bool)
  case none
  case ellipsis
  case binary(BinaryOperator, Expr, Expr)
  case unary(UnaryOperator, Expr)
  /// `a < b <= c`: the first operand, then each operator with its right operand.
  case compare(Expr, [(CompareOperator, Expr)])
  case and(Expr, Expr)
  case or(Expr, Expr)
  case not(Expr)
  case conditional(test: Expr, then: Expr, orElse: Expr)
  case call(Expr, [Argument])
  case attribute(Expr, String)
  case `subscript`(Expr, Expr)
  case slice(lower: Expr?, upper: Expr?, step: Expr?)
  case tuple([Expr])
  case list([Expr])
  case set([Expr])
  case dict([DictItem])
  case starred(Expr)
  case lambda(Parameters, Expr)
  case comprehension(ComprehensionKind, [ComprehensionClause])
  /// `yield value` (`yield` alone: nil); makes the enclosing function a generator.
  case yield(Expr?)
  /// `yield from iterable`.
  case yieldFrom(Expr)
  /// `name := value`: binds the name (in a comprehension: in the enclosing function or
  /// module, as PEP 572 says) and is the value.
  case namedExpr(String, Expr)
}

public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//"
  case modulo = "%", power = "**", matrixMultiply = "@"
  case leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
}

public enum UnaryOperator: String, Sendable {
  case negate = "-", plus = "+", invert = "~"
}

public enum CompareOperator: String, Sendable {
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "=="
  case notEqual = "!=", `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

public struct Argument: Sendable {
  public enum Kind: Sendable { case positional, keyword(String), star, doubleStar }
  public var kind: Kind
  public var value: Expr
}

public enum DictItem: Sendable {
  case pair(Expr, Expr)
  case unpack(Expr)
}

public enum FStringPart: Sendable {
  case literal(String)
  /// `{expr!conversion:spec}`; the spec may itself hold replacement fields.
  case field(Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

public enum ComprehensionKind: Sendable {
  case list(Expr)
  case set(Expr)
  case dict(Expr, Expr)
  case generator(Expr)
}

public enum ComprehensionClause: Sendable {
  case `for`(target: Expr, iterable: Expr)
  case `if`(Expr)
}

/// A function's parameter list: `def f(a, b=1, *args, c, d=2, **kw)`.
public struct Parameters: Sendable {
  public struct Parameter: Sendable {
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation
    /// `x: T`: the annotation (of a `def`'s parameter).
    public var annotation: Expr? = nil
  }
  public var positional: [Parameter] = []
  /// How many of `positional` come before a `/` (positional-only).
  public var positionalOnlyCount = 0
  public var varArgs: String?
  public var keywordOnly: [Parameter] = []
  public var varKeywords: String?
  /// `*args: T` and `**kwargs: T`.
  public var varArgsAnnotation: Expr?
  public var varKeywordsAnnotation: Expr?

  public init() {}

  /// The annotated parameters in CPython's order for `__annotations__`: positional (those
  /// after a `/` first), `*args`, keyword-only, `**kwargs`.
  public var annotations: [(name: String, annotation: Expr)] {
    var out: [(name: String, annotation: Expr)] = []
    let ordered = positional[positionalOnlyCount...] + positional[..<positionalOnlyCount]
    for p in ordered { if let a = p.annotation { out.append((p.name, a)) } }
    if let v = varArgs, let a = varArgsAnnotation { out.append((v, a)) }
    for p in keywordOnly { if let a = p.annotation { out.append((p.name, a)) } }
    if let k = varKeywords, let a = varKeywordsAnnotation { out.append((k, a)) }
    return out
  }

  /// Every parameter name in order of binding.
  public var allNames: [String] {
    positional.map(\.name) + (varArgs.map { [$0] } ?? []) + keywordOnly.map(\.name)
      + (varKeywords.map { [$0] } ?? [])
  }
}

// MARK: - Statements

public struct Stmt: Sendable {
  public var kind: StmtKind
  public var location: SourceLocation
  /// Where a simple statement ends (just after its last token; its start for a compound
  /// one): errors about the whole statement underline it.
  public var end: SourceLocation

  public init(_ kind: StmtKind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
    end = location
  }
}

public indirect enum StmtKind: Sendable {
  case expression(Expr)
  /// `a = b = value`: every target receives the value, left to right.
  case assign(targets: [Expr], value: Expr)
  case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
  case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
  case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
  case `break`
  case `continue`
  case pass
  case `return`(Expr?)
  case functionDef(FunctionDef)
  case classDef(ClassDef)
  case `import`([ImportName])
  case importFrom(module: String, names: [ImportName])
  case global([String])
  case nonlocal([String])
  case delete([Expr])
  case assert(test: Expr, message: Expr?)
  case raise(Expr?, cause: Expr?)
  case `try`(TryStatement)
  case with(items: [WithItem], body: [Stmt])
  /// `match subject:` with its `case` clauses, tried in order (PEP 634).
  case match(subject: Expr, cases: [MatchCase])
}

/// One `case pattern if guard:` clause.
public struct MatchCase: Sendable {
  public var pattern: Pattern
  public var guardTest: Expr?
  public var body: [Stmt]
}

/// A `case` pattern (PEP 634).
public indirect enum Pattern: Sendable {
  /// A literal or dotted name, compared with `==`.
  case value(Expr)
  /// `None`, `True` or `False`, compared with `is`.
  case singleton(Expr)
  /// A bare name: always matches and binds the subject.
  case capture(String)
  /// `_`: always matches, binds nothing.
  case wildcard
  /// `[p, q]`, `(p, q)` or `p, q`; at most one element is a `.star`.
  case sequence([Pattern])
  /// `*name` inside a sequence pattern (nil name for `*_`).
  case star(String?)
  /// `{key: p, **rest}`.
  case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
  /// `Class(p, name=q)`.
  case classPattern(Expr, positional: [Pattern], keywordNames: [String], keywords: [Pattern])
  /// `p | q`.
  case or([Pattern])
  /// `p as name`.
  case capturing(Pattern, String)
}

public struct FunctionDef: Sendable {
  public var name: String
  public var parameters: Parameters
  public var body: [Stmt]
  public var decorators: [Expr]
  /// `-> T`.
  public var returns: Expr? = nil
}

public struct ClassDef: Sendable {
  public var name: String
  public var bases: [Expr]
  public var body: [Stmt]
  public var decorators: [Expr]
  /// `class C(Base, metaclass=M, flag=True)`: the keyword arguments, in order.
  public var keywordNames: [String] = []
  public var keywordValues: [Expr] = []
}

public struct ImportName: Sendable {
  /// Dotted module path (`os.path`) or, in `from m import x`, the imported name (`*` for all).
  public var name: String
  public var alias: String?
}

public struct TryStatement: Sendable {
  public struct Handler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
  }
  public var body: [Stmt]
  public var handlers: [Handler]
  public var orElse: [Stmt]
  public var finally: [Stmt]
}

public struct WithItem: Sendable {
  public var context: Expr
  public var target: Expr?
}

/// A parsed module (a file, a cell, or one REPL input).
public struct Module: Sendable {
  public var body: [Stmt]
  public init(body: [Stmt]) { self.body = body }
}
