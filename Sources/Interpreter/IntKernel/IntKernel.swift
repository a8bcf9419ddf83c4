/// A function whose values are all ints, compiled a second time to code over plain machine
/// ints (`IntExpression`, `IntTest`, `IntStatement`): `def fib(n): return n if n < 2 else
/// fib(n - 1) + fib(n - 2)`, `def gcd(a, b): while b: a, b = ...`.
///
/// Such a function has no effect but its result: it reads only its own locals, does int
/// arithmetic and comparisons, and calls global functions of the same kind. So when kernel
/// code meets anything it does not handle (an overflow into a big int, a zero divisor, a
/// callee that is not such a function, the recursion limit, a pending interrupt, falling off
/// the end into `None`), it stops (`IntKernelExit`) and the call runs again from its start as
/// ordinary code, which then does what Python does, raising included. Nothing the kernel did
/// can be seen, so running the call twice cannot be told from running it once.
final class IntKernel {
  /// How many positional arguments a call passes (the kernel runs only for exactly these).
  let arity: Int
  /// The function's value: its body run over a locals buffer of `IntLocals.count` ints.
  let root: IntExpression
  /// Cleared when the kernel stopped for a reason that would recur (its generic code runs
  /// from then on: a stop deep in a recursion must not repeat at every level).
  var isEnabled = true

  /// A kernel that never runs (what a call site has seen before it saw any).
  static let none: IntKernel = {
    let kernel = IntKernel(arity: -1, root: IntConstant(0))
    kernel.isEnabled = false
    return kernel
  }()

  init(arity: Int, root: IntExpression) {
    self.arity = arity
    self.root = root
  }

  /// Runs the kernel with `arguments` as its first locals. `budget`: how many calls deep it
  /// may still go (the recursion limit less the caller's depth).
  @inline(__always)
  func run(_ a0: Int, _ a1: Int, _ a2: Int, budget: Int) throws(IntKernelExit) -> Int {
    var locals = IntLocals()
    return try withUnsafeMutablePointer(to: &locals) { (p) throws(IntKernelExit) -> Int in
      let l = UnsafeMutableRawPointer(p).assumingMemoryBound(to: Int.self)
      l[0] = a0
      l[1] = a1
      l[2] = a2
      return try root.value(l, budget)
    }
  }

  /// The object as a function whose kernel takes `arity` arguments and still runs, not
  /// retained.
  @inline(__always)
  static func function(_ o: Unmanaged<PyObject>, arity: Int) -> Unmanaged<PyFunction>? {
    o._withUnsafeGuaranteedRef { (object) -> Unmanaged<PyFunction>? in
      guard object.isExactly(PyFunction.self) else { return nil }
      let function = unsafeDowncast(object, to: PyFunction.self)
      guard let kernel = function.code.intKernel, kernel.isEnabled, kernel.arity == arity else {
        return nil
      }
      return .passUnretained(function)
    }
  }
}

/// Why kernel code stopped. `keepsKernel`: the stop says nothing about the function (a
/// pending interrupt, which the generic run raises at once).
struct IntKernelExit: Error {
  var keepsKernel = false
}

/// A kernel call's locals, on the machine stack: up to seven slots and the return value.
struct IntLocals {
  static let count = 8
  /// Where `return` leaves the value of a body of statements.
  static let resultIndex = 7
  var storage: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
}

typealias IntSlots = UnsafeMutablePointer<Int>
