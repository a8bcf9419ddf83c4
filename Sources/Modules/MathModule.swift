import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// The `math` module.
enum MathModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "math")
    m.define("pi", .float(Double.pi))
    m.define("e", .float(M_E))
    m.define("inf", .float(.infinity))
    m.define("nan", .float(.nan))
    let functions: [(String, (Double) -> Double, (Double) -> Bool)] = [
      ("sqrt", sqrt, { $0 >= 0 }), ("exp", exp, { _ in true }), ("log", log, { $0 > 0 }),
      ("log10", log10, { $0 > 0 }), ("log2", log2, { $0 > 0 }), ("sin", sin, { _ in true }),
      ("cos", cos, { _ in true }), ("tan", tan, { _ in true }), ("tanh", tanh, { _ in true }),
      ("fabs", fabs, { _ in true }), ("atan", atan, { _ in true }),
    ]
    for (name, f, valid) in functions {
      m.define(name) { (a, interp) throws(PyException) in
        guard a.count == 1 else {
          throw .typeError("math.\(name)() takes exactly one argument (\(a.count) given)")
        }
        guard let x = interp.numeric(try a[0].scalarValue) else {
          throw .typeError("must be real number, not \(try a[0].typeName)")
        }
        guard valid(x) else { throw .valueError("math domain error") }
        if name == "exp" && f(x).isInfinite && x.isFinite { throw .overflow("math range error") }
        return .float(f(x))
      }
    }
    for (name, f) in [("floor", floor), ("ceil", ceil)] as [(String, (Double) -> Double)] {
      m.define(name) { (a, interp) throws(PyException) in
        if case .int = try a[0] { return try a[0] }
        guard let x = interp.numeric(try a[0].scalarValue), x.isFinite else {
          throw .valueError("cannot convert float NaN or infinity to integer")
        }
        return .int(Int(f(x)))
      }
    }
    m.define("pow") { (a, interp) throws(PyException) in
      .float(pow(interp.numeric(try a[0]) ?? .nan, interp.numeric(try a[1]) ?? .nan))
    }
    m.define("isnan") { (a, interp) throws(PyException) in
      .bool(interp.numeric(try a[0])?.isNaN ?? false)
    }
    m.define("isinf") { (a, interp) throws(PyException) in
      .bool(interp.numeric(try a[0])?.isInfinite ?? false)
    }
    return m
  }
}
