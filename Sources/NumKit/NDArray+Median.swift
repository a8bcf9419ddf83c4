/// `np.median`: the middle of the sorted values along an axis (the mean of the two middle ones
/// for an even count), NaN wherever a NaN is among the values, as numpy does.
extension NDArray {
  public func median(axis: Int?) throws(NumKitError) -> NDArray {
    let source = axis == nil ? reshapedView([size]) : self
    let a = try source.normalizeAxes([axis ?? 0])[0]
    let sorted = try source.sorted(axis: a)
    let n = source.shape[a]
    var items = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: ndim)
    if axis == nil { items = [.slice(start: nil, stop: nil, step: nil)] }
    items[a] = .slice(start: n == 0 ? 0 : (n - 1) / 2, stop: n / 2 + 1, step: nil)
    let middle = try sorted.index(items).reduce(.mean, axes: [a])
    guard dtype.isFloat, n > 0 else { return middle }
    // Sorting puts NaNs last: a lane whose last value is NaN has a NaN median.
    items[a] = .integer(n - 1)
    let hasNaN = try sorted.index(items).test(.isnan)
    let nan = NDArray([Double.nan], shape: [], dtype: middle.dtype)
    return try NDArray.select(hasNaN, nan, middle)
  }
}
