import Testing

@testable import Interpreter

/// Which functions get an int kernel (see `IntKernel`), and what becomes of it when a call
/// meets what it does not handle. (Their answers are checked against Python by the
/// `int_kernels` fixture.)
@Suite struct IntKernelTests {
  /// The kernel of global function `name` after running `source`.
  func kernel(_ name: String, after source: String) throws -> IntKernel? {
    let interp = Interpreter()
    interp.writeOut = { _ in }
    try interp.run(source, file: "prog.py")
    let function = try #require(interp.main.globals.value(of: name)?.as(PyFunction.self))
    return function.code.intKernel
  }

  static let withKernels = [
    "def f(a, b):\n    return abs(a - b) + max(a, b, 0) - min(a, b)",
    "def f(n):\n    return N + n",  // a global that must hold an int when read
    "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)",
    "def f(a, b):\n    while b:\n        a, b = b, a % b\n    return a",
    "def f(n):\n    '''doc'''\n    s = 0\n    while n > 0:\n        s += n & 3\n        n //= 2\n    return s",
    "def f(n):\n    t = 0\n    for i in range(1, n, 2):\n        if i > 50:\n            break\n        t += i * i\n    return t",
    "def f(x, y, z):\n    if x < y < z or not x:\n        return -x\n    elif y:\n        return g(y)\n    return z",
  ]

  static let withoutKernels = [
    "def f(n):\n    return n / 2",  // a float
    "def f(n):\n    return max(n)",  // max of an iterable
    "def f(n):\n    return n < 2",  // a bool
    "def f(n):\n    if n:\n        x = 1\n    return x",  // x may be unbound
    "def f(n):\n    print(n)\n    return n",  // an effect
    "def f(n, *rest):\n    return n",
    "def f(n=1):\n    return g(k=n)",
    "def f(a, b, c, d):\n    return a",  // four parameters
    "def f(n):\n    def g():\n        return n\n    return 1",  // a captured local
    "def f(n):\n    for i in range(n):\n        pass\n    return i",  // i may be unbound
    "def f(n):\n    for i in range(n):\n        pass\n    else:\n        n = 1\n    return n",
    "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t",
    "def f(n):\n    yield n",
  ]

  @Test(arguments: withKernels) func compiledWithKernel(_ source: String) throws {
    #expect(try kernel("f", after: source) != nil)
  }

  @Test(arguments: withoutKernels) func compiledWithoutKernel(_ source: String) throws {
    #expect(try kernel("f", after: source) == nil)
  }

  /// The method kernel of function `name` (a method, taken from its class) after `source`.
  func methodKernel(_ name: String, after source: String) throws -> MethodKernel? {
    let interp = Interpreter()
    interp.writeOut = { _ in }
    try interp.run(source, file: "prog.py")
    let c = try #require(interp.main.globals.value(of: "C")?.as(PyClass.self))
    let function = try #require(c.lookup(name)?.as(PyFunction.self))
    return function.code.methodKernel
  }

  static let withMethodKernels = [
    "class C:\n    def m(self, k):\n        self.n += k",
    "class C:\n    def m(self, a, b):\n        self.x = a * self.rate\n        self.y -= b\n        return a + b",
    "class C:\n    def m(self):\n        return self.w * self.h",
  ]

  static let withoutMethodKernels = [
    "class C:\n    def m(self, k):\n        self.n += k\n        self.n += 1",  // written twice
    "class C:\n    def m(self, k):\n        self.n = k\n        return self.n",  // read after write
    "class C:\n    def m(self, k):\n        self.n += k / 2",
    "class C:\n    def m(self, k):\n        self.items.append(k)",
    "class C:\n    def m(self, k):\n        other.n += k",
    "class C:\n    def m(self, k):\n        self.__n += k",
    "class C:\n    def m(self, k):\n        return self",
    "class C:\n    def m(self, k):\n        if k:\n            self.n += k",
  ]

  @Test(arguments: withMethodKernels) func compiledWithMethodKernel(_ source: String) throws {
    #expect(try methodKernel("m", after: source) != nil)
  }

  @Test(arguments: withoutMethodKernels) func compiledWithoutMethodKernel(_ source: String)
    throws
  {
    #expect(try methodKernel("m", after: source) == nil)
  }

  /// A method kernel that met an attribute holding something else than an int is not tried
  /// again; one that ran on ints stays.
  @Test func otherAttributeRetiresMethodKernel() throws {
    let c =
      "class C:\n    def __init__(self):\n        self.n = 0\n    def m(self, k):\n        self.n += k\no = C()\n"
    let kept = try #require(try methodKernel("m", after: c + "for i in range(3):\n    o.m(i)\n"))
    #expect(kept.isEnabled)
    let retired = try #require(
      try methodKernel("m", after: c + "o.n = 0.5\nfor i in range(3):\n    o.m(i)\n"))
    #expect(!retired.isEnabled)
  }

  /// An overflow hands the call to the generic code, which makes the big int, and the
  /// kernel is not tried again; a call that fits keeps it.
  @Test func overflowRetiresKernel() throws {
    let fact = "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\n"
    let kept = try #require(try kernel("fact", after: fact + "r = fact(20)\n"))
    #expect(kept.isEnabled)
    let retired = try #require(try kernel("fact", after: fact + "r = fact(25)\n"))
    #expect(!retired.isEnabled)
  }

  /// A call with an argument that is not an int runs the generic code and keeps the kernel.
  @Test func otherArgumentsKeepKernel() throws {
    let source = "def add(a, b):\n    return a + b\nr = add(1.5, 2)\nq = add('a', 'b')\n"
    let k = try #require(try kernel("add", after: source))
    #expect(k.isEnabled)
  }
}
