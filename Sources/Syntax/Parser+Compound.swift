extension Parser {
  // MARK: - Compound statements

  mutating func parseIf() throws(SyntaxError) -> Stmt {
    let start = location
    let keyword = checkKeyword("elif") ? "'elif' statement" : "'if' statement"
    advance()
    let test = try parseCondition()
    let body = try parseBlock(after: keyword, line: start.line)
    var orElse: [Stmt] = []
    if checkKeyword("elif") {
      orElse = [try parseIf()]
    } else if checkKeyword("else") {
      let elseLine = location.line
      advance()
      orElse = try parseBlock(after: "'else' statement", line: elseLine)
    }
    return Stmt(.if(test: test, body: body, orElse: orElse), at: start)
  }

  mutating func parseWhile() throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    let test = try parseCondition()
    let body = try parseBlock(after: "'while' statement", line: start.line)
    let orElse = try parseElseClause()
    return Stmt(.while(test: test, body: body, orElse: orElse), at: start)
  }

  /// An `if`, `elif` or `while` condition. `=` after it is CPython's guess of a mistyped
  /// comparison: `if x = 1:` "Maybe you meant '==' or ':=' instead of '='?", `if f() = 1:`
  /// "cannot assign to function call here. Maybe you meant '==' instead of '='?".
  mutating func parseCondition() throws(SyntaxError) -> Expr {
    let test = try parseNamedExpression()
    guard check("=") else { return test }
    var probe = self
    probe.advance()
    guard let value = try? probe.parseBitOr(), !probe.check("="), !probe.check(":=") else {
      return test
    }
    if case .name = test.kind {
      throw SyntaxError(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: test.location,
        to: value.end)
    }
    guard test.kind.readsAsComparisonOperand else { return test }
    throw SyntaxError(
      "cannot assign to \(test.kind.targetName) here. Maybe you meant '==' instead of '='?",
      from: test.location, to: test.end)
  }

  mutating func parseFor() throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    let target = try parseTargetList()
    guard acceptKeyword("in") else { throw error("invalid syntax") }
    let iterable = try parseExpressionList(allowStar: true)
    let body = try parseBlock(after: "'for' statement", line: start.line)
    let orElse = try parseElseClause()
    return Stmt(.for(target: target, iterable: iterable, body: body, orElse: orElse), at: start)
  }

  mutating func parseElseClause() throws(SyntaxError) -> [Stmt] {
    guard checkKeyword("else") else { return [] }
    let line = location.line
    advance()
    return try parseBlock(after: "'else' statement", line: line)
  }

  mutating func parseDecorated() throws(SyntaxError) -> Stmt {
    var decorators: [Expr] = []
    while accept("@") {
      decorators.append(try parseNamedExpression())
      guard current.kind == .newline else { throw error("invalid syntax") }
      advance()
    }
    if checkKeyword("def") { return try parseFunctionDef(decorators: decorators) }
    if checkKeyword("class") { return try parseClassDef(decorators: decorators) }
    throw error("invalid syntax")
  }

  mutating func parseFunctionDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    let name = try expectName()
    guard accept("(") else { throw error("expected '('") }
    let parameters = try parseParameters(closing: ")")
    try expect(")")
    let returns = accept("->") ? try parseExpression() : nil
    let body = try parseBlock(after: "function definition", line: start.line)
    let def = FunctionDef(
      name: name, parameters: parameters, body: body, decorators: decorators, returns: returns)
    return Stmt(.functionDef(def), at: start)
  }

  /// Parameters up to (not including) `closing`: `)` for `def`, `:` for `lambda`.
  mutating func parseParameters(closing: String) throws(SyntaxError) -> Parameters {
    var parameters = Parameters()
    var seenStar = false
    var seenDefault = false
    var names = Set<String>()
    var bareStar: SourceLocation?
    while !check(closing) {
      let start = location
      if check("**"), let bareStar, parameters.keywordOnly.isEmpty {
        throw SyntaxError("named arguments must follow bare *", at: bareStar)
      }
      if accept("**") {
        (parameters.varKeywords, parameters.varKeywordsAnnotation) = try parseParameterName(
          closing: closing, names: &names)
      } else if accept("*") {
        guard !seenStar else { throw SyntaxError("* argument may appear only once", at: start) }
        seenStar = true
        if check(",") || check(closing) {
          bareStar = start
        } else {
          (parameters.varArgs, parameters.varArgsAnnotation) = try parseParameterName(
            closing: closing, names: &names)
        }
      } else if accept("/") {
        guard !seenStar, parameters.positionalOnlyCount == 0, !parameters.positional.isEmpty
        else { throw SyntaxError("invalid syntax", at: start) }
        parameters.positionalOnlyCount = parameters.positional.count
      } else {
        guard parameters.varKeywords == nil else {
          throw SyntaxError("arguments cannot follow var-keyword argument", at: start)
        }
        let (name, annotation) = try parseParameterName(closing: closing, names: &names)
        var defaultValue: Expr?
        if accept("=") {
          defaultValue = try parseExpression()
          if !seenStar { seenDefault = true }
        } else if seenDefault && !seenStar {
          throw SyntaxError("non-default argument follows default argument", at: start)
        }
        let parameter = Parameters.Parameter(
          name: name, defaultValue: defaultValue, location: start, annotation: annotation)
        if seenStar {
          parameters.keywordOnly.append(parameter)
        } else {
          parameters.positional.append(parameter)
        }
      }
      if !accept(",") { break }
    }
    if let bareStar, parameters.keywordOnly.isEmpty {
      throw SyntaxError("named arguments must follow bare *", at: bareStar)
    }
    return parameters
  }

  /// A parameter's name, and its annotation (`x: T`, in a `def`).
  private mutating func parseParameterName(closing: String, names: inout Set<String>)
    throws(SyntaxError) -> (String, Expr?)
  {
    let start = location
    let name = try expectName()
    let annotation = closing == ")" && accept(":") ? try parseExpression() : nil
    guard names.insert(name).inserted else {
      var e = SyntaxError("duplicate argument '\(name)' in function definition", at: start)
      e.foundAfterParsing = true
      throw e
    }
    return (name, annotation)
  }

  mutating func parseClassDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    let name = try expectName()
    var bases: [Expr] = []
    var keywordNames: [String] = []
    var keywordValues: [Expr] = []
    if accept("(") {
      while !check(")") {
        if case .name(let keyword) = current.kind, peekKind() == .op("=") {
          advance()
          advance()
          keywordNames.append(keyword)
          keywordValues.append(try parseExpression())
        } else {
          if !keywordNames.isEmpty {
            throw error("positional argument follows keyword argument")
          }
          bases.append(try parseExpression())
        }
        if !accept(",") { break }
      }
      try expect(")")
    }
    let body = try parseBlock(after: "class definition", line: start.line)
    var def = ClassDef(name: name, bases: bases, body: body, decorators: decorators)
    def.keywordNames = keywordNames
    def.keywordValues = keywordValues
    return Stmt(.classDef(def), at: start)
  }

  mutating func parseTry() throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    let body = try parseBlock(after: "'try' statement", line: start.line)
    var handlers: [TryStatement.Handler] = []
    while checkKeyword("except") {
      let handlerStart = location
      advance()
      var type: Expr?
      var name: String?
      if !check(":") {
        type = try parseExpressionList(allowStar: false)
        if acceptKeyword("as") { name = try expectName() }
      }
      let handlerBody = try parseBlock(after: "'except' statement", line: handlerStart.line)
      handlers.append(.init(type: type, name: name, body: handlerBody, location: handlerStart))
    }
    let orElse = handlers.isEmpty ? [] : try parseElseClause()
    var finally: [Stmt] = []
    if checkKeyword("finally") {
      let line = location.line
      advance()
      finally = try parseBlock(after: "'finally' statement", line: line)
    }
    if handlers.isEmpty && finally.isEmpty {
      throw error("expected 'except' or 'finally' block")
    }
    let statement = TryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally)
    return Stmt(.try(statement), at: start)
  }

  mutating func parseWith() throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    var items: [WithItem] = []
    repeat {
      let context = try parseExpression()
      let target = acceptKeyword("as") ? try parseTarget() : nil
      items.append(WithItem(context: context, target: target))
    } while accept(",")
    let body = try parseBlock(after: "'with' statement", line: start.line)
    return Stmt(.with(items: items, body: body), at: start)
  }

  // MARK: - Imports

  /// `a, b as c`; in `from m import (...)` (`parenthesised`) a trailing comma may end the
  /// list, which a bare `from m import a,` may not (CPython's own message).
  mutating func parseImportNames(dotted: Bool, parenthesised: Bool = false, from: Bool = false)
    throws(SyntaxError) -> [ImportName]
  {
    var names: [ImportName] = []
    repeat {
      if parenthesised && !names.isEmpty && check(")") { break }
      if from && !parenthesised && !names.isEmpty
        && (current.kind == .newline || current.kind == .endOfFile)
      {
        throw error("trailing comma not allowed without surrounding parentheses")
      }
      var name = try expectName()
      while dotted && accept(".") { name += "." + (try expectName()) }
      let alias = acceptKeyword("as") ? try expectName() : nil
      names.append(ImportName(name: name, alias: alias))
    } while accept(",")
    return names
  }

  mutating func parseFromImport() throws(SyntaxError) -> Stmt {
    let start = location
    advance()
    // Relative imports keep their leading dots in the module name (`..pkg`, `.`): the
    // interpreter resolves them against the importing module's package.
    var dots = 0
    while true {
      if accept(".") {
        dots += 1
      } else if accept("...") {
        dots += 3
      } else {
        break
      }
    }
    var module = ""
    if dots == 0 || !checkKeyword("import") {
      module = try expectName()
      while accept(".") { module += "." + (try expectName()) }
    }
    module = String(repeating: ".", count: dots) + module
    guard acceptKeyword("import") else { throw error("invalid syntax") }
    if accept("*") {
      return Stmt(.importFrom(module: module, names: [ImportName(name: "*")]), at: start)
    }
    let parenthesised = accept("(")
    let names = try parseImportNames(dotted: false, parenthesised: parenthesised, from: true)
    if parenthesised { try expect(")") }
    return Stmt(.importFrom(module: module, names: names), at: start)
  }
}
