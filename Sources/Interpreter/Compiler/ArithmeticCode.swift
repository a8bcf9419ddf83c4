/// `+ - * / // %`, bitwise operators and shifts: int (and float) operands inline, everything
/// else through `Interpreter.binary`.
struct ArithmeticCode<Destination: ResultDestination>: OperandSpecializer {
  let op: BinaryOp
  let interp: Interpreter
  let span: SourceSpan?
  /// Where the result goes: anywhere, or the variable of an assignment `c = a + b`, whose old
  /// value an array operation may take the result into (`ResultTarget`). (A type parameter:
  /// the usual code captures nothing more.)
  let destination: Destination

  @inline(__always)
  func make<L: OperandReader, R: OperandReader>(_ left: L, _ right: R) -> CompiledExpression {
    let (interp, span, destination) = (self.interp, self.span, self.destination)
    switch op {
    case .add:
      return CompiledExpression { (f: Frame) throws(PyException) -> Value in
        if let i = left.int(f), let j = right.int(f) {
          let (r, overflow) = i.addingReportingOverflow(j)
          if !overflow { return .int(r) }
        }
        let (x, y) = (try left.read(f), try right.read(f))
        if case .int(let i) = x, case .int(let j) = y {
          let (r, overflow) = i.addingReportingOverflow(j)
          if !overflow { return .int(r) }
        } else if case .float(let i) = x, case .float(let j) = y {
          return .float(i + j)
        }
        return try ArithmeticCode.general(interp, .add, x, y, span, destination, f)
      }
    case .subtract:
      return CompiledExpression { (f: Frame) throws(PyException) -> Value in
        if let i = left.int(f), let j = right.int(f) {
          let (r, overflow) = i.subtractingReportingOverflow(j)
          if !overflow { return .int(r) }
        }
        let (x, y) = (try left.read(f), try right.read(f))
        if case .int(let i) = x, case .int(let j) = y {
          let (r, overflow) = i.subtractingReportingOverflow(j)
          if !overflow { return .int(r) }
        } else if case .float(let i) = x, case .float(let j) = y {
          return .float(i - j)
        }
        return try ArithmeticCode.general(interp, .subtract, x, y, span, destination, f)
      }
    case .multiply:
      return CompiledExpression { (f: Frame) throws(PyException) -> Value in
        if let i = left.int(f), let j = right.int(f) {
          let (r, overflow) = i.multipliedReportingOverflow(by: j)
          if !overflow { return .int(r) }
        }
        let (x, y) = (try left.read(f), try right.read(f))
        if case .int(let i) = x, case .int(let j) = y {
          let (r, overflow) = i.multipliedReportingOverflow(by: j)
          if !overflow { return .int(r) }
        } else if case .float(let i) = x, case .float(let j) = y {
          return .float(i * j)
        }
        return try ArithmeticCode.general(interp, .multiply, x, y, span, destination, f)
      }
    case .trueDivide:
      // Division by zero, and ints beyond 2^53 (Python divides those exactly), go the
      // general way.
      return CompiledExpression { (f: Frame) throws(PyException) -> Value in
        let (x, y) = (try left.read(f), try right.read(f))
        if case .float(let i) = x, case .float(let j) = y, j != 0 {
          return .float(i / j)
        } else if case .int(let i) = x, case .int(let j) = y, j != 0,
          i.magnitude <= 1 << 53, j.magnitude <= 1 << 53
        {
          return .float(Double(i) / Double(j))
        }
        return try ArithmeticCode.general(interp, .trueDivide, x, y, span, destination, f)
      }
    case .bitAnd, .bitOr, .bitXor, .leftShift, .rightShift:
      // Ints (`i & 255`, `x >> 1`): in place; shifts the int holds exactly (a negative or too
      // wide one, bools, sets, arrays go the general way).
      let op = self.op
      return CompiledExpression { (f: Frame) throws(PyException) -> Value in
        if let i = left.int(f), let j = right.int(f), let r = Arithmetic.bitwise(op, i, j) {
          return .int(r)
        }
        let (x, y) = (try left.read(f), try right.read(f))
        if case .int(let i) = x, case .int(let j) = y, let r = Arithmetic.bitwise(op, i, j) {
          return .int(r)
        }
        return try ArithmeticCode.general(interp, op, x, y, span, destination, f)
      }
    default:
      // `//` and `%` of ints: Python's floor rounding; zero and -1 divisors go the general way.
      // The operands looked at in place first (`x % 2` of a local).
      let op = self.op
      let modulo = op == .modulo
      return CompiledExpression { (f: Frame) throws(PyException) -> Value in
        if let i = left.int(f), let j = right.int(f), j != 0, j != -1 {
          let (q, r) = Arithmetic.floored(i, j)
          return .int(modulo ? r : q)
        }
        let (x, y) = (try left.read(f), try right.read(f))
        if case .int(let i) = x, case .int(let j) = y, j != 0, j != -1 {
          let (q, r) = Arithmetic.floored(i, j)
          return .int(modulo ? r : q)
        }
        return try ArithmeticCode.general(interp, op, x, y, span, destination, f)
      }
    }
  }

  /// Mixed, overflowing and object operands; failures carry the expression's span.
  @inline(never)
  static func general(
    _ interp: Interpreter, _ op: BinaryOp, _ x: Value, _ y: Value, _ span: SourceSpan?,
    _ destination: Destination, _ f: Frame
  ) throws(PyException) -> Value {
    do throws(PyException) {
      return try destination.binary(interp, op, x, y, f)
    } catch {
      throw Compiler.marked(error, span)
    }
  }
}

extension ArithmeticCode where Destination == AnyDestination {
  init(op: BinaryOp, interp: Interpreter, span: SourceSpan?) {
    self.init(op: op, interp: interp, span: span, destination: AnyDestination())
  }
}
