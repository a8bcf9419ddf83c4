import Testing

@testable import Syntax

@Suite struct LexerTests {
  @Test func indentAndDedent() throws {
    let kinds = try Lexer.tokenize("if x:\n    y = 1\nz\n").map(\.kind)
    #expect(
      kinds == [
        .keyword("if"), .name("x"), .op(":"), .newline, .indent, .name("y"), .op("="), .int(1),
        .newline, .dedent, .name("z"), .newline, .endOfFile,
      ])
  }

  @Test func bracketsJoinLines() throws {
    let kinds = try Lexer.tokenize("f(1,\n  2)\n").map(\.kind)
    #expect(!kinds.contains(.indent))
    #expect(kinds.filter { $0 == .newline }.count == 1)
  }

  @Test(arguments: [
    ("1_000", TokenKind.int(1000)), ("0x1f", .int(31)), ("0b101", .int(5)), ("1e-4", .float(1e-4)),
    (".5", .float(0.5)), ("'a\\tb'", .string("a\tb")), ("r'a\\tb'", .string("a\\tb")),
    ("'''x\ny'''", .string("x\ny")),
  ])
  func literals(_ source: String, _ expected: TokenKind) throws {
    #expect(try Lexer.tokenize(source).first?.kind == expected)
  }

  @Test func unindentMismatchIsIndentationError() {
    #expect(throws: SyntaxError.self) { try Lexer.tokenize("if x:\n    a\n  b\n") }
  }
}

@Suite struct ParserTests {
  /// A block header at the end of the input, however deeply nested, is incomplete (the REPL
  /// asks for more lines, as Python's `codeop` does); one followed by more code is an error.
  @Test(arguments: [
    ("def g():\n", true), ("def g():\n    for i in range(3):\n", true),
    ("class C:\n    def f(self):\n        if x:\n", true),
    ("def g():\n    for i in range(3):\nx = 1\n", false),
    ("def g():\n    match x:\n", true),
  ])
  func blockHeaderAtTheEndIsIncomplete(_ source: String, _ incomplete: Bool) {
    do throws(SyntaxError) {
      _ = try Parser.parse(source)
      Issue.record("expected an IndentationError")
    } catch {
      #expect(error.isIndentationError)
      #expect(error.isIncomplete == incomplete)
    }
  }

  /// Renders an expression with explicit parentheses to check precedence.
  func shape(_ e: Expr) -> String {
    switch e.kind {
    case .name(let n): return n
    case .int(let v): return String(v)
    case .binary(let op, let a, let b): return "(\(shape(a)) \(op.rawValue) \(shape(b)))"
    case .unary(let op, let a): return "(\(op.rawValue)\(shape(a)))"
    case .compare(let a, let rest):
      return "(\(shape(a))" + rest.map { " \($0.0.rawValue) \(shape($0.1))" }.joined() + ")"
    case .not(let a): return "(not \(shape(a)))"
    case .and(let a, let b): return "(\(shape(a)) and \(shape(b)))"
    case .or(let a, let b): return "(\(shape(a)) or \(shape(b)))"
    default: return "?"
    }
  }

  @Test(arguments: [
    ("1 + 2 * 3", "(1 + (2 * 3))"), ("-2 ** 2", "(-(2 ** 2))"), ("2 ** -1", "(2 ** (-1))"),
    ("a @ b + c", "((a @ b) + c)"), ("a | b & c", "(a | (b & c))"),
    ("not a == b and c", "((not (a == b)) and c)"), ("a < b <= c", "(a < b <= c)"),
    ("a or b and c", "(a or (b and c))"), ("1 - 2 - 3", "((1 - 2) - 3)"),
  ])
  func precedence(_ source: String, _ expected: String) throws {
    let module = try Parser.parse(source)
    guard case .expression(let e) = module.body.first?.kind else {
      Issue.record("not an expression")
      return
    }
    #expect(shape(e) == expected)
  }

  @Test(arguments: [
    ("x = (1,", "'(' was never closed"), ("if x\n  pass", "expected ':'"),
    ("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
    ("print 'hi'", "Missing parentheses in call to 'print'. Did you mean print(...)?"),
    ("def f():\nreturn 1", "expected an indented block after function definition on line 1"),
  ])
  func syntaxErrors(_ source: String, _ message: String) {
    do {
      _ = try Parser.parse(source)
      Issue.record("no error for \(source)")
    } catch {
      #expect(error.message == message)
    }
  }
}
