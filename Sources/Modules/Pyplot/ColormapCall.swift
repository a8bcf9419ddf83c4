import Interpreter
import NumKit
import PlotKit

/// `cmap(x)`, matplotlib's `Colormap.__call__`: a float in 0...1 picks the entry at
/// floor(x × N) (below 0 the first, above 1 the last, NaN transparent black), an int is the
/// entry's index itself; a number gives a tuple of four numpy floats, a list or array an
/// array of shape (..., 4). `alpha=` replaces the alpha channel, `bytes=True` gives uint8.
extension PyColormapObject {
  func colors(_ args: Arguments, _ interp: Interpreter) throws(PyException) -> Value {
    try args.expect("Colormap.__call__", min: 1, max: 3)
    let x = try args[0]
    var alpha: Double?
    if let v = args.parameter(1, "alpha"), !v.isNone {
      guard let a = try interp.floatValue(v) else {
        throw .typeError("alpha must be a float or None, not \(v.typeName)")
      }
      alpha = Swift.min(Swift.max(a, 0), 1)
    }
    let asBytes =
      try args.parameter(2, "bytes").map { (v) throws(PyException) in
        try interp.isTruthy(v)
      } ?? false
    let n = colormap.count
    func rgba(_ v: Double, index: Bool) -> [Double] {
      let t: Double
      if index {
        t = v < 0 ? -1 : v >= Double(n) ? 2 : (v + 0.5) / Double(n)
      } else {
        t = v
      }
      let c = colormap.color(t)
      if c == .none { return [0, 0, 0, 0] }
      return [c.r, c.g, c.b, alpha ?? c.a]
    }
    let array = try NumpyBridge.array(from: x, dtype: nil, interp)
    let isIndex = array.dtype.isInteger || array.dtype == .bool
    var values: [Double] = []
    values.reserveCapacity(array.size * 4)
    for i in 0..<array.size { values += rgba(array.double(at: i), index: isIndex) }
    var out = NDArray(values, shape: array.shape + [4])
    if asBytes {
      out = NDArray(values.map { Double(UInt8(clamping: Int($0 * 255))) }, shape: out.shape)
        .copy(as: .uint8)
    }
    guard array.ndim == 0 else { return .object(PyNDArray(out)) }
    return .tuple((0..<4).map { .object(PyNumpyScalar.make(out, position: $0)) })
  }
}
