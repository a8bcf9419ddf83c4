/// A built-in's bodies for calls with a fixed count of positional arguments and no keywords
/// (`len(xs)`, `isinstance(x, int)`, `s.upper()`, `d.get(k, 0)`; a method's receiver is
/// counted). A call site with that many plain arguments passes them as values: no argument
/// array is filled and emptied, and no count or keyword check runs. The general entry of the
/// same built-in (`PyBuiltinFunction.body`) checks the call, then runs these same bodies.
public struct FixedArityEntries {
  public typealias One = (Value, Interpreter) throws(PyException) -> Value
  public typealias Two = (Value, Value, Interpreter) throws(PyException) -> Value
  public typealias Three = (Value, Value, Value, Interpreter) throws(PyException) -> Value
  /// A method's body given its receiver apart from the rest of the call's arguments
  /// (`a.argmax(axis=1)`): no array holding the receiver first is made for it.
  public typealias Receiver = (Value, Arguments, Interpreter) throws(PyException) -> Value

  // Plain closure fields, not optionals: an optional closure is converted (a thunk allocated)
  // each time it is unwrapped. `arities` says which are real.
  let one: One
  let two: Two
  let three: Three
  let receiver: Receiver
  /// Whether `receiver` is real.
  let takesReceiver: Bool
  /// Bit n is set when there is a body for n arguments.
  let arities: UInt8

  public init(
    one: One? = nil, two: Two? = nil, three: Three? = nil, receiver: Receiver? = nil
  ) {
    // (`??` here crashes the compiler: a typed-throws closure in an autoclosure.)
    if let one { self.one = one } else { self.one = { _, _ throws(PyException) in .none } }
    if let two { self.two = two } else { self.two = { _, _, _ throws(PyException) in .none } }
    if let three {
      self.three = three
    } else {
      self.three = { _, _, _, _ throws(PyException) in .none }
    }
    if let receiver {
      self.receiver = receiver
    } else {
      self.receiver = { _, _, _ throws(PyException) in .none }
    }
    takesReceiver = receiver != nil
    arities = (one == nil ? 0 : 2) | (two == nil ? 0 : 4) | (three == nil ? 0 : 8)
  }

  public static let none = FixedArityEntries()

  /// Whether there is a body for `count` arguments.
  @inline(__always) func accepts(_ count: Int) -> Bool {
    count < 8 && arities & (1 << UInt8(truncatingIfNeeded: count)) != 0
  }

  /// The fewest and most arguments there are bodies for.
  var range: ClosedRange<Int> {
    let counts = (1...3).filter { accepts($0) }
    return (counts.first ?? 0)...(counts.last ?? 0)
  }

  /// Runs the body for `a`'s positional arguments (`accepts(a.count)` must hold).
  func run(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    let p = a.positional
    switch p.count {
    case 1: return try one(p[0], interp)
    case 2: return try two(p[0], p[1], interp)
    default: return try three(p[0], p[1], p[2], interp)
    }
  }

  /// The general entry of a built-in function or method named `name` with these bodies:
  /// CPython's errors for keywords (`checked` adds the generated rule first, where there is
  /// one) and for another argument count, then the body.
  func general(_ name: String, method: Bool) -> PyBuiltinFunction.Body {
    let entries = self
    let counts = range
    return { (a, interp) throws(PyException) in
      guard a.keywords.isEmpty, entries.accepts(a.count) else {
        if !a.keywords.isEmpty { throw .typeError("\(name)() takes no keyword arguments") }
        if method {
          try a.expectMethod(name, min: counts.lowerBound - 1, max: counts.upperBound - 1)
        } else {
          try a.expect(name, min: counts.lowerBound, max: counts.upperBound)
        }
        throw .typeError("\(name)() takes no form with \(a.count) arguments")
      }
      return try entries.run(a, interp)
    }
  }
}

extension DirectArguments {
  /// Calls `method`'s fixed-count body with `receiver` and these arguments (the caller
  /// checked that the body exists).
  @inline(__always) func callMethod(
    _ method: PyBuiltinFunction, receiver: Value, from caller: Frame, _ interp: Interpreter
  ) throws(PyException) -> Value {
    switch count {
    case 0: return try method.fixed.one(receiver, interp)
    case 1: return try method.fixed.two(receiver, try value(0, from: caller), interp)
    default:
      let first = try value(0, from: caller)
      return try method.fixed.three(receiver, first, try value(1, from: caller), interp)
    }
  }

  /// Calls `type`'s fixed-count constructor body for these arguments (the caller checked
  /// that the body exists).
  @inline(__always) func callConstructor(
    _ type: PyClass, from caller: Frame, _ interp: Interpreter
  ) throws(PyException) -> Value {
    switch count {
    case 1: return try type.fixedConstructor.one(try value(0, from: caller), interp)
    case 2:
      let first = try value(0, from: caller)
      return try type.fixedConstructor.two(first, try value(1, from: caller), interp)
    default:
      let first = try value(0, from: caller)
      let second = try value(1, from: caller)
      return try type.fixedConstructor.three(first, second, try value(2, from: caller), interp)
    }
  }

  /// Calls `function`'s fixed-count body for these arguments (the caller checked that the
  /// body exists).
  @inline(__always) func callFunction(
    _ function: PyBuiltinFunction, from caller: Frame, _ interp: Interpreter
  ) throws(PyException) -> Value {
    switch count {
    case 1: return try function.fixed.one(try value(0, from: caller), interp)
    case 2:
      let first = try value(0, from: caller)
      return try function.fixed.two(first, try value(1, from: caller), interp)
    default:
      let first = try value(0, from: caller)
      let second = try value(1, from: caller)
      return try function.fixed.three(first, second, try value(2, from: caller), interp)
    }
  }
}
