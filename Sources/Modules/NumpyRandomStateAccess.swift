import Interpreter
import NumKit

/// `get_state()` and `set_state(state)` of numpy's legacy generator: the MT19937 words, the
/// position in them and the pending second normal, as numpy's tuple (or its dict with
/// `legacy=False`). The words come out as an int64 array (NumBook has no uint32 dtype).
extension NumpyRandomModule {
  static func defineStateAccess(on m: PyModule, _ state: State) {
    m.define("get_state") { (a, interp) throws(PyException) in
      let legacy = try interp.isTruthy(
        (a.count > 0 ? try a[0] : a.keyword("legacy")) ?? .bool(true))
      let (key, position, gaussian) = state.random.savedState
      let words = Value.object(PyNDArray(NDArray(key.map { Int($0) }, shape: [key.count])))
      let hasGauss = Value.int(gaussian == nil ? 0 : 1)
      let gauss = Value.float(gaussian ?? 0)
      if legacy { return .tuple([.str("MT19937"), words, .int(position), hasGauss, gauss]) }
      let inner = PyDict()
      inner.set("key", words)
      inner.set("pos", .int(position))
      let outer = PyDict()
      outer.set("bit_generator", .str("MT19937"))
      outer.set("state", .object(inner))
      outer.set("has_gauss", hasGauss)
      outer.set("gauss", gauss)
      return .object(outer)
    }
    m.define("set_state") { (a, interp) throws(PyException) in
      guard let v = a.count > 0 ? try a[0] : a.keyword("state") else {
        throw .typeError("set_state() takes exactly 1 positional argument (0 given)")
      }
      var parts: [Value]
      if let d = v.as(PyDict.self) {
        guard let inner = try d.get(.str("state"), interp)?.as(PyDict.self),
          let key = try inner.get(.str("key"), interp),
          let pos = try inner.get(.str("pos"), interp)
        else { throw .valueError("state dictionary is not valid.") }
        parts = [try d.get(.str("bit_generator"), interp) ?? .str(""), key, pos]
        parts.append(try d.get(.str("has_gauss"), interp) ?? .int(0))
        parts.append(try d.get(.str("gauss"), interp) ?? .float(0))
      } else {
        guard let t = v.as(PySequence.self), t.items.count == 3 || t.items.count == 5 else {
          throw .valueError("state must be a dict or a tuple.")
        }
        parts = t.items
        if parts.count == 3 { parts += [.int(0), .float(0)] }
      }
      guard parts[0].as(PyStr.self)?.value == "MT19937" else {
        throw .valueError("set_state can only be used with legacy MT19937 state instances.")
      }
      let key = try NumpyFunctions.array(parts[1], interp)
      guard key.ndim == 1, key.size == 624 else {
        throw .valueError("state must be 624 elements")
      }
      guard case .int(let position) = parts[2].asIndexLike, position >= 0, position <= 624 else {
        throw .valueError("pos must be an integer between 0 and 624")
      }
      let words = (0..<624).map { UInt32(truncatingIfNeeded: key.int(at: $0)) }
      let hasGauss = try interp.isTruthy(parts[3])
      let gauss = interp.numeric(parts[4].scalarValue) ?? 0
      state.random.savedState = (words, position, hasGauss ? gauss : nil)
      return .none
    }
  }
}
