import Interpreter
import NumKit

/// numpy's abstract scalar types (`np.generic`, `np.number`, `np.integer`, `np.floating`, ...)
/// above the concrete scalar classes, so `isinstance(x, np.floating)` and
/// `np.issubdtype(a.dtype, np.integer)` answer as in numpy; `np.float64` is also a Python
/// `float` subclass, as numpy's is (`isinstance(np.float64(1), float)` is True).
enum NumpyScalarTypes {
  static func abstract(_ name: String, _ bases: [PyClass]) -> PyClass {
    let c = PyClass(name, bases: bases)
    c.moduleName = "numpy"
    return c
  }

  static let generic = abstract("generic", [.object])
  static let number = abstract("number", [generic])
  static let integer = abstract("integer", [number])
  static let signedInteger = abstract("signedinteger", [integer])
  static let unsignedInteger = abstract("unsignedinteger", [integer])
  static let inexact = abstract("inexact", [number])
  static let floating = abstract("floating", [inexact])

  /// The bases of the concrete scalar class of `t` (numpy's hierarchy).
  static func bases(of t: DType) -> [PyClass] {
    switch t {
    case .bool: return [generic]
    case .uint8: return [unsignedInteger]
    case .int32, .int64: return [signedInteger]
    case .float32: return [floating]
    case .float64: return [floating, .float]
    }
  }

  static func install(in m: PyModule) {
    for c in [generic, number, integer, signedInteger, unsignedInteger, inexact, floating] {
      m.define(c.name, .object(c))
    }
  }
}
