/// The built-in classes. Their methods are installed once per process by `installOnce()`.
extension PyClass {
  public static let int = PyClass("int", bases: [.object])
  public static let float = PyClass("float", bases: [.object])
  public static let bool = PyClass("bool", bases: [.int])
  public static let str = PyClass("str", bases: [.object])
  public static let list = PyClass("list", bases: [.object])
  public static let tuple = PyClass("tuple", bases: [.object])
  public static let dict = PyClass("dict", bases: [.object])
  public static let set = PyClass("set", bases: [.object])
  public static let range = PyClass("range", bases: [.object])
  public static let slice = PyClass("slice", bases: [.object])
  public static let noneType = PyClass("NoneType", bases: [.object])
  public static let function = PyClass("function", bases: [.object])
  public static let builtinFunction = PyClass("builtin_function_or_method", bases: [.object])
  public static let method = PyClass("method", bases: [.object])
  public static let module = PyClass("module", bases: [.object])
  public static let iterator = PyClass("iterator", bases: [.object])
  public static let ellipsisType = PyClass("ellipsis", bases: [.object])
}

enum BuiltinTypes {
  private static let installed: Bool = {
    StringMethods.install()
    ContainerMethods.install()
    Constructors.install()
    return true
  }()

  static func installOnce() { _ = installed }
}

extension PyClass {
  /// Adds a built-in method; `self` arrives as the first positional argument.
  func method(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
    attributes[name] = .object(PyBuiltinFunction("\(self.name).\(name)", body))
  }
}

extension Arguments {
  /// Checks the positional count with CPython's wording.
  public func expect(_ name: String, min: Int, max: Int) throws(PyException) {
    let n = positional.count
    if n < min || n > max {
      if min == max {
        throw .typeError(
          "\(name)() takes exactly \(min == 0 ? "no" : "\(min)") argument\(min == 1 ? "" : "s") (\(n) given)"
        )
      }
      throw .typeError(
        n < min
          ? "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)"
          : "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }

  /// Method form: the receiver is argument 0 and is not counted in messages.
  public func expectMethod(_ name: String, min: Int, max: Int) throws(PyException) {
    let n = positional.count - 1
    if n < min || n > max {
      if min == max {
        throw .typeError(
          "\(name)() takes \(min == 0 ? "no arguments" : "exactly one argument") (\(n) given)")
      }
      throw .typeError(
        n < min
          ? "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)"
          : "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
  }

  /// Argument `i` as an integer (ints, bools, anything with `__index__`).
  public func int(_ i: Int) throws(PyException) -> Int {
    guard case .int(let v) = positional[i].asIndexLike else {
      throw .typeError(
        "'\(positional[i].typeName)' object cannot be interpreted as an integer")
    }
    return v
  }

  public func string(_ i: Int, _ what: String) throws(PyException) -> String {
    guard let s = positional[i].as(PyStr.self) else {
      throw .typeError("\(what) must be str, not \(positional[i].typeName)")
    }
    return s.value
  }
}
