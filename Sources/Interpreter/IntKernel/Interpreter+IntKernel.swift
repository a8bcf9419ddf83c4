extension Interpreter {
  /// A call of a function that has a kernel (see `IntKernel`): the kernel runs when every
  /// argument is an int; otherwise, or when the kernel stops, the function's generic code
  /// runs on the same argument values.
  @inline(never)
  func callKernel(
    _ kernel: IntKernel, of function: PyFunction, _ args: DirectArguments, in caller: Frame
  ) throws(PyException) -> Value {
    var ints = (0, 0, 0)
    var other: Value?
    let ready = try args.intArguments(from: caller, into: &ints, otherwise: &other)
    if let other { return try callAfterKernel(function, args, ints, other, at: ready, in: caller) }
    let budget = recursionLimit - depth
    if kernel.isEnabled, budget > 0 {
      do throws(IntKernelExit) {
        return .int(try kernel.run(ints.0, ints.1, ints.2, budget: budget - 1))
      } catch {
        if !error.keepsKernel { kernel.isEnabled = false }
      }
    }
    return try callAfterKernel(function, args, ints, nil, at: args.count, in: caller)
  }

  /// `callKernel` of a function borrowed from the variable that holds it, for arguments that
  /// run no code (`DirectArguments.arePlain`): nothing can take the function out of its
  /// variable before the kernel has run. It is retained only to run its generic code.
  @inline(never)
  func callKernel(
    borrowing function: Unmanaged<PyFunction>, _ args: DirectArguments, in caller: Frame
  ) throws(PyException) -> Value {
    var ints = (0, 0, 0)
    var other: Value?
    let ready = try args.intArguments(from: caller, into: &ints, otherwise: &other)
    if let other {
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

  /// The generic call, once the arguments before `index` were found to be the ints `ints`:
  /// `value` is argument `index` (nil: there is none), and the rest are evaluated here.
  @inline(never)
  private func callAfterKernel(
    _ function: PyFunction, _ args: DirectArguments, _ ints: (Int, Int, Int), _ value: Value?,
    at index: Int, in caller: Frame
  ) throws(PyException) -> Value {
    let code = function.code
    let frame = code.takeFrame(for: function)
    do throws(PyException) {
      let known = [ints.0, ints.1, ints.2]
      for i in 0..<index { (frame.slots + i).initialize(to: .int(known[i])) }
      if let value {
        (frame.slots + index).initialize(to: value)
        for i in index + 1..<args.count {
          (frame.slots + i).initialize(to: try args.value(i, from: caller))
        }
      }
    } catch {
      code.recycle(frame)
      throw error
    }
    return try run(frame, code)
  }
}
