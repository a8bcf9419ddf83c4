extension Interpreter {
  /// A call of a function that has a kernel (see `IntKernel`): the kernel runs when every
  /// argument is an int; otherwise, or when the kernel stops, the function's generic code
  /// runs on the same argument values. The function is borrowed: held by the caller, or left
  /// in its variable by arguments that run no code (`DirectArguments.arePlain`). It is
  /// retained only to run its generic code.
  @inline(never)
  func callKernel(
    borrowing function: Unmanaged<PyFunction>, _ args: DirectArguments, site: KernelSite,
    in caller: Frame
  ) throws(PyException) -> Value {
    var ints = (0, 0, 0)
    var other: Value?
    let ready = try args.intArguments(from: caller, into: &ints, otherwise: &other)
    if let other {
      site.missed()
      return try callAfterKernel(
        function.takeUnretainedValue(), args, ints, other, at: ready, in: caller)
    }
    let budget = recursionLimit - depth
    let kernel = function._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.code.intKernel!) }
    var result: Int?
    if budget > 0 {
      // (The untyped rethrow only ever carries an IntKernelExit.)
      do {
        result = try kernel._withUnsafeGuaranteedRef { (k) throws(IntKernelExit) -> Int? in
          guard k.isEnabled else { return nil }
          return try k.run(ints.0, ints.1, ints.2, budget: budget - 1)
        }
      } catch {
        if !(error as! IntKernelExit).keepsKernel {
          kernel._withUnsafeGuaranteedRef { $0.isEnabled = false }
        }
      }
    }
    if let result { return .int(result) }
    return try callAfterKernel(
      function.takeUnretainedValue(), args, ints, nil, at: args.count, in: caller)
  }

  /// `obj.method(args)` of a method with a kernel (see `MethodKernel`) on a plain instance
  /// borrowed from its variable, for arguments that run no code: the call's value, or nil
  /// when the generic call is to run instead (reading the arguments again changes nothing).
  @inline(never)
  func callMethodKernel(
    _ kernel: Unmanaged<MethodKernel>, arity: Int, receiver: Unmanaged<PyObject>,
    _ args: DirectArguments, site: KernelSite, in caller: Frame
  ) throws(PyException) -> Value? {
    let budget = recursionLimit - depth
    guard budget > 0,
      kernel._withUnsafeGuaranteedRef({ $0.isEnabled && $0.arity == arity })
    else { return nil }
    var ints = (0, 0, 0)
    var other: Value?
    _ = try args.intArguments(from: caller, into: &ints, otherwise: &other)
    if case .some = other {
      site.missed()
      return nil
    }
    let instance = Unmanaged<PyInstance>.fromOpaque(receiver.toOpaque())
    // (The untyped rethrow only ever carries an IntKernelExit.)
    do {
      let result = try kernel._withUnsafeGuaranteedRef { (k) throws(IntKernelExit) -> Int? in
        try k.run(instance, ints.0, ints.1, ints.2, budget: budget - 1)
      }
      if let result { return Value.int(result) }
      return Value.none
    } catch {
      if !(error as! IntKernelExit).keepsKernel {
        kernel._withUnsafeGuaranteedRef { $0.isEnabled = false }
      }
      return nil
    }
  }

  /// The generic call, once the arguments before `index` were found to be the ints `ints`:
  /// `value` is argument `index` (nil: there is none), and the rest are evaluated here.
  @inline(never)
  private func callAfterKernel(
    _ function: PyFunction, _ args: DirectArguments, _ ints: (Int, Int, Int), _ value: Value?,
    at index: Int, in caller: Frame
  ) throws(PyException) -> Value {
    let code = function.code
    let frame = code.takeFrame(for: function)
    if index > 0 { frame.slots.initialize(to: .int(ints.0)) }
    if index > 1 { (frame.slots + 1).initialize(to: .int(ints.1)) }
    if index > 2 { (frame.slots + 2).initialize(to: .int(ints.2)) }
    if let value {
      (frame.slots + index).initialize(to: value)
      do throws(PyException) {
        for i in index + 1..<args.count {
          (frame.slots + i).initialize(to: try args.value(i, from: caller))
        }
      } catch {
        code.recycle(frame)
        throw error
      }
    }
    return try run(frame, code)
  }
}

/// A call site's record of its calls that could not run a kernel because an argument was not
/// an int (`f(x)` of floats): after a few, the site calls its functions' generic code
/// directly, without looking at their arguments first.
final class KernelSite {
  private(set) var isTrying = true
  private var misses = 0

  func missed() {
    misses += 1
    if misses == 16 { isTrying = false }
  }
}
