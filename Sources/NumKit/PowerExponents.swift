/// numpy's power of a float array to one exponent for the whole array (`x ** 2`, `x ** 0.5`,
/// `np.power(x, -1.0)`): numpy's loop looks at the exponent first and, for -1, 0, 0.5, 1 and 2,
/// computes `1 / x`, `1`, `sqrt(x)`, `x` and `x * x` instead of calling `pow`. The values are
/// `pow`'s except for `sqrt`'s -0.0 and NaN where `pow(-0.0, 0.5)` is 0.0 and
/// `pow(-inf, 0.5)` is inf; and an element costs a multiply or a square root, not a call.
/// (numpy's scalar math, `np.float64(x) ** 0.5`, calls `pow`.)
enum PowerExponent {
  /// `a ** b` by the exponent's own operation, when `b` is one value that leaves `a`'s float
  /// dtype and shape as they are and is one of numpy's five; nil otherwise.
  static func known(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray? {
    guard a.dtype.isFloat, b.dtype == a.dtype, b.size == 1, b.ndim <= a.ndim else { return nil }
    switch b.double(at: 0) {
    case 2: return a.apply(.square)
    case 0.5: return a.apply(.sqrt)
    case 1: return a.copyKeepingLayout()
    case 0: return try NDArray.full(laidOutLike: a, NDArray([1], shape: []), dtype: a.dtype)
    case -1: return try NDArray.binary(.divide, NDArray([1], shape: [], dtype: a.dtype), a)
    default: return nil
    }
  }
}
