#if canImport(Glibc)
  import Glibc
#endif

/// The `ord` of `np.linalg.norm`.
public enum NormOrder: Sendable, Equatable {
  case power(Double)
  case frobenius
  case nuclear
}

/// `np.linalg.norm(x, ord, axis, keepdims)` with numpy's definitions: integer arrays are
/// taken as float64; without `ord` and `axis` the 2-norm of the flattened array comes from
/// `dot(x, x)` as in numpy; vector norms over one axis, matrix norms (Frobenius, 1, -1, inf,
/// -inf) over two.
extension NDArray {
  public func norm(order: NormOrder?, axes: [Int]?, keepdims: Bool) throws(NumKitError) -> NDArray {
    let x = dtype.isFloat ? self : copy(as: .float64)
    if axes == nil {
      let plain =
        order == nil || (order == .frobenius && ndim == 2) || (order == .power(2) && ndim == 1)
      if plain {
        let flat = x.contiguous.reshapedView([x.size])
        let root = try NDArray.dot(flat, flat).apply(.sqrt)
        return keepdims ? root.reshapedView(Array(repeating: 1, count: ndim)) : root
      }
    }
    let axes = try x.normalizeAxes(axes ?? Array(0..<ndim))
    let magnitude = x.apply(.abs)
    switch axes.count {
    case 1:
      let p: Double
      switch order {
      case nil: p = 2
      case .power(let value): p = value
      default:
        throw .value("Invalid norm order '\(order == .frobenius ? "fro" : "nuc")' for vectors")
      }
      switch p {
      case .infinity: return try magnitude.reduce(.max, axes: axes, keepdims: keepdims)
      case -.infinity: return try magnitude.reduce(.min, axes: axes, keepdims: keepdims)
      case 0:
        let nonzero = try NDArray.compare(.notEqual, x, NDArray([0], shape: [], dtype: x.dtype))
        return try nonzero.copy(as: x.dtype).reduce(.sum, axes: axes, keepdims: keepdims)
      case 1: return try magnitude.reduce(.sum, axes: axes, keepdims: keepdims)
      case 2:
        let squares = try NDArray.binary(.multiply, x, x)
        return try squares.reduce(.sum, axes: axes, keepdims: keepdims).apply(.sqrt)
      default:
        let exponent = NDArray([p], shape: [], dtype: x.dtype)
        let powered = try NDArray.binary(.power, magnitude, exponent)
        let total = try powered.reduce(.sum, axes: axes, keepdims: keepdims)
        return try NDArray.binary(.power, total, NDArray([1 / p], shape: [], dtype: x.dtype))
      }
    case 2:
      let (row, column) = (axes[0], axes[1])
      // After reducing `first`, the other axis moves down by one if it came after it.
      func sumThenExtreme(sum first: Int, extreme second: Int, max: Bool) throws(NumKitError)
        -> NDArray
      {
        let sums = try magnitude.reduce(.sum, axes: [first], keepdims: true)
        return try sums.reduce(max ? .max : .min, axes: [second], keepdims: true)
          .dropping(axes: keepdims ? [] : [row, column])
      }
      switch order {
      case nil, .frobenius:
        let squares = try NDArray.binary(.multiply, x, x)
        return try squares.reduce(.sum, axes: axes, keepdims: keepdims).apply(.sqrt)
      case .power(1): return try sumThenExtreme(sum: row, extreme: column, max: true)
      case .power(-1): return try sumThenExtreme(sum: row, extreme: column, max: false)
      case .power(.infinity): return try sumThenExtreme(sum: column, extreme: row, max: true)
      case .power(-.infinity): return try sumThenExtreme(sum: column, extreme: row, max: false)
      case .power(2), .power(-2), .nuclear:
        guard x.ndim == 2 else {
          throw .value(
            "norm with ord=2, -2 or 'nuc' over two axes of a \(x.ndim)-d array is not supported yet"
          )
        }
        guard let s = LinearAlgebra.singularValues(x) else { throw .linalg("SVD did not converge") }
        let value: Double
        switch order {
        case .power(2): value = s.first ?? 0
        case .power(-2): value = s.last ?? 0
        default: value = s.reduce(0, +)
        }
        let result = NDArray([value], shape: [], dtype: x.dtype)
        return keepdims ? result.reshapedView([1, 1]) : result
      default: throw .value("Invalid norm order for matrices.")
      }
    default:
      throw .value("Improper number of dimensions to norm.")
    }
  }

  /// The array without the given size-1 axes.
  func dropping(axes: [Int]) -> NDArray {
    guard !axes.isEmpty else { return self }
    return reshapedView(shape.indices.filter { !axes.contains($0) }.map { shape[$0] })
  }
}
