import BigInt

/// sum, pow and divmod on values (their builtins' fixed-count bodies and general entries
/// share these).
extension Builtins {
  /// `sum(items, start)`.
  static func sum(_ items: Value, _ start: Value, _ interp: Interpreter) throws(PyException)
    -> Value
  {
    // CPython refuses text and bytes as the start (join is the way).
    if start.as(PyStr.self) != nil {
      throw .typeError("sum() can't sum strings [use ''.join(seq) instead]")
    }
    if start.as(PyBytes.self) != nil {
      throw .typeError("sum() can't sum \(start.typeName) [use b''.join(seq) instead]")
    }
    var total = start
    if let sequence = PySequence.exact(items) {
      // A list or tuple of numbers: ints and floats added here.
      try sequence.forEachLive { (v) throws(PyException) in
        switch (total, v) {
        case (.int(let x), .int(let y)):
          let (r, overflow) = x.addingReportingOverflow(y)
          if !overflow {
            total = .int(r)
            return true
          }
        case (.float(let x), .float(let y)):
          total = .float(x + y)
          return true
        case (.float(let x), .int(let y)):
          total = .float(x + Double(y))
          return true
        default: break
        }
        total = try interp.binary(.add, total, v)
        return true
      }
      return total
    }
    let iterator = try interp.iterate(items)
    while let v = try iterator.next(interp) { total = try interp.binary(.add, total, v) }
    return total
  }

  /// `pow(base, exp)` and `pow(base, exp, mod)` (a `mod` of None is no modulus).
  static func power(_ base: Value, _ exponent: Value, _ modulus: Value?, _ interp: Interpreter)
    throws(PyException) -> Value
  {
    guard let modulus, !modulus.isNone else { return try interp.binary(.power, base, exponent) }
    // Anything but numbers: CPython's ternary refusal, naming all three.
    let operands = [base, exponent, modulus]
    if !operands.allSatisfy({ interp.numeric($0) != nil || $0.as(PyBigInt.self) != nil }) {
      throw .typeError(
        "unsupported operand type(s) for ** or pow(): "
          + operands.map { "'\($0.typeName)'" }.joined(separator: ", "))
    }
    // Big ints, and the one 64-bit modulus whose magnitude is not a 64-bit int, go exactly.
    let needsBig =
      [base, exponent, modulus].contains { $0.as(PyBigInt.self) != nil }
      || modulus.isIdentical(to: .int(.min))
    if needsBig,
      let b = PyBigInt.integer(base), let e = PyBigInt.integer(exponent),
      let m = PyBigInt.integer(modulus)
    {
      guard !m.isZero else { throw .valueError("pow() 3rd argument cannot be 0") }
      if e.sign == .minus && !e.isZero {
        // The inverse's power (`pow(3, -1, 2**64 + 1)`), taking the modulus's sign.
        let size = BigInt(m.magnitude)
        if size == 1 { return .int(0) }
        let reduced = (b % size + size) % size
        guard let inverse = reduced.inverse(size) else {
          throw .valueError("base is not invertible for the given modulus")
        }
        let r = inverse.power(-e, modulus: size)
        return PyBigInt.make(m.sign == .minus && !r.isZero ? r - size : r)
      }
      // Python's result takes the modulus's sign.
      var r = b.power(e, modulus: m)
      if !r.isZero && (r.sign == .minus) != (m.sign == .minus) { r += m }
      return PyBigInt.make(r)
    }
    guard case .int(let b) = base.asIndexLike, case .int(let e) = exponent.asIndexLike,
      case .int(let m) = modulus.asIndexLike
    else {
      throw .typeError("pow() 3rd argument not allowed unless all arguments are integers")
    }
    return .int(try modularPower(b, e, m))
  }

  /// `divmod(x, y)`: a class's `__divmod__` (or the other's `__rdivmod__`), else the floor
  /// quotient and the remainder.
  static func divmod(_ x: Value, _ y: Value, _ interp: Interpreter) throws(PyException) -> Value {
    if let instance = x.as(PyInstance.self),
      let v = try instance.callDunder("__divmod__", [y], interp),
      !v.isNotImplemented
    {
      return v
    }
    if let instance = y.as(PyInstance.self),
      let v = try instance.callDunder("__rdivmod__", [x], interp), !v.isNotImplemented
    {
      return v
    }
    // Numbers: their floor quotient and remainder. A class without `__divmod__` is refused
    // (its `__floordiv__` is not divmod's, as in CPython); other objects (numpy's) by their
    // `//` and `%`.
    func isNumber(_ v: Value) -> Bool {
      if case .object(let o) = v { return o is PyBigInt }
      return !v.isNone
    }
    if isNumber(x) && isNumber(y) {
      return .tuple([try interp.binary(.floorDivide, x, y), try interp.binary(.modulo, x, y)])
    }
    if x.as(PyInstance.self) == nil && y.as(PyInstance.self) == nil,
      let q = try interp.objectBinary(.floorDivide, x, y),
      let r = try interp.objectBinary(.modulo, x, y)
    {
      return .tuple([q, r])
    }
    throw .unsupportedOperands("divmod()", x, y)
  }
}
