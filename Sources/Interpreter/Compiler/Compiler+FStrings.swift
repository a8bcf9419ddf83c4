import Syntax

/// f-strings: literal pieces and formatted fields.
extension Compiler {
  /// An f-string's code. A field that fails to format (`f'{x:d}'` of a float) is blamed on
  /// the whole f-string (`blame`), as CPython 3.11 underlines it.
  func compileFString(_ parts: [FStringPart], blame: SourceSpan?) throws(SyntaxError)
    -> ExpressionCode
  {
    typealias Piece = (Frame) throws(PyException) -> String
    if parts.count == 1,
      case .field(let e, let conversion, let spec, let selfDocumenting) = parts[0]
    {
      // `f'{x}'`: the field's text itself (its closure called directly: one kept in an
      // array is called through conversion thunks).
      let only = try compileField(e, conversion, spec, selfDocumenting ?? "")
      return { (f: Frame) throws(PyException) -> Value in
        do throws(PyException) {
          return .str(try only(f))
        } catch {
          throw Compiler.marked(error, blame)
        }
      }
    }
    // (Each piece in a struct: a closure kept in an array is called through conversion
    // thunks.)
    struct CompiledPiece { let run: Piece }
    var compiled: [CompiledPiece] = []
    for part in parts {
      switch part {
      case .literal(let s):
        compiled.append(CompiledPiece { (_: Frame) throws(PyException) -> String in s })
      case .field(let e, let conversion, let spec, let selfDocumenting):
        compiled.append(
          CompiledPiece(run: try compileField(e, conversion, spec, selfDocumenting ?? "")))
      }
    }
    let pieces = compiled
    return { (f: Frame) throws(PyException) -> Value in
      var out = ""
      do throws(PyException) {
        for piece in pieces { out += try piece.run(f) }
      } catch {
        throw Compiler.marked(error, blame)
      }
      return .str(out)
    }
  }

  private func compileField(
    _ e: Expr, _ conversion: Character?, _ spec: [FStringPart]?, _ prefix: String
  ) throws(SyntaxError) -> (Frame) throws(PyException) -> String {
    let interp = self.interp
    let value = try compile(e)
    var specCode: ExpressionCode?
    if let spec { specCode = try compileFString(spec, blame: nil) }
    let specExpr = specCode
    // `f'{x=}'` writes "x=" first; most fields have no such prefix to add.
    if prefix.isEmpty && conversion == nil && specExpr == nil {
      return { (f: Frame) throws(PyException) -> String in
        try Compiler.fieldText(value(f), interp)
      }
    }
    // `f'{loss:.4f}'`: a literal spec is read once, here (a spec Python refuses is left to
    // fail when the field is formatted, as there).
    if prefix.isEmpty && conversion == nil, let spec, spec.count == 1,
      case .literal(let text) = spec[0], let parsed = try? FormatSpec.parse(text, for: "")
    {
      return { (f: Frame) throws(PyException) -> String in
        switch try value(f) {
        case .float(let d): return try parsed.apply(toFloat: d)
        case .int(let i): return try parsed.apply(toInt: i)
        case let v: return try interp.format(v, text)
        }
      }
    }
    return { (f: Frame) throws(PyException) -> String in
      var v = try value(f)
      switch conversion {
      case "r": v = .str(try interp.repr(v))
      case "a": v = .str(PyStr.asciiEscaped(try interp.repr(v)))
      case "s": v = .str(try interp.str(v))
      default: break
      }
      guard let specExpr else { return prefix + (try Compiler.fieldText(v, interp)) }
      return prefix + (try interp.format(v, try interp.str(specExpr(f))))
    }
  }

  /// A field without a spec: `format(v, '')`, which for ints, floats, bools and strs is their
  /// str().
  @inline(__always)
  static func fieldText(_ v: Value, _ interp: Interpreter) throws(PyException) -> String {
    switch v {
    case .int(let i): return DecimalText.string(i)
    case .float, .bool: return try interp.str(v)
    case .object(let o) where o.isExactly(PyStr.self):
      return unsafeDowncast(o, to: PyStr.self).value
    default: return try interp.format(v, "")
    }
  }
}
