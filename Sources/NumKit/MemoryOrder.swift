/// The order in which numpy visits an array's elements when it reduces all of them or writes
/// an element-wise result: its iterator's "K" order, the axes sorted by how far apart their
/// elements lie in memory (axes of length 1 and ties keep their C order).
extension NDArray {
  /// The axes from the one whose steps are longest to the one whose steps are shortest (by
  /// magnitude: a reversed axis is not flipped). C order (0, 1, ...) for a C-contiguous array.
  var memoryOrderAxes: [Int] { NDArray.memoryOrderAxes(of: [self]) }

  /// The memory order of operands of one shape (numpy's `npyiter_find_best_axis_ordering`):
  /// an insertion sort from the innermost axis, each axis moving inward past the axes whose
  /// steps its operands find longer than its own (see `stepsFurther`); axes no operand steps
  /// along (length 1, broadcast) are passed over.
  static func memoryOrderAxes(of operands: [NDArray]) -> [Int] {
    let ndim = operands[0].ndim
    var axes = Array(0..<ndim)
    for i in stride(from: ndim - 2, through: 0, by: -1) {
      let axis = axes[i]
      var position = i
      for j in (i + 1)..<ndim {
        guard let further = stepsFurther(axes[j], than: axis, in: operands) else { continue }
        if !further { break }
        position = j
      }
      if position != i {
        for k in i..<position { axes[k] = axes[k + 1] }
        axes[position] = axis
      }
    }
    return axes
  }

  /// Whether axis `inner` should lie outside axis `outer` in memory order (numpy's vote:
  /// operands that step along both axes decide; any that keeps the order wins, so conflicting
  /// layouts keep C order); nil when no operand steps along both.
  static func stepsFurther(_ inner: Int, than outer: Int, in operands: [NDArray]) -> Bool? {
    var decided: Bool? = nil
    for a in operands where a.shape[inner] != 1 && a.shape[outer] != 1 {
      let (si, so) = (a.strides[inner], a.strides[outer])
      guard si != 0 && so != 0 else { continue }
      if Swift.abs(si) <= Swift.abs(so) { return false }
      decided = true
    }
    return decided
  }

  /// numpy's sum of every element of a float array (`T` its element type): one pairwise sum
  /// when the elements, in memory order, lie at one fixed step (after merging axes that step
  /// as one); otherwise pairwise sums of runs of whole innermost rows (as many as fit in
  /// numpy's 8192-element buffer) added one after another.
  static func memoryOrderSum<T: BinaryFloatingPoint>(_ a: NDArray, _: T.Type) -> T {
    if a.size == 0 || a.stepsDensely { return pairwiseSum(a, T.self) }
    let axes = a.memoryOrderAxes.filter { a.shape[$0] != 1 }
    // Merge neighbouring axes (outer first) whose steps continue each other.
    var merged: [(length: Int, step: Int)] = []
    for axis in axes {
      let (n, s) = (a.shape[axis], a.strides[axis])
      if let last = merged.last, last.step == n * s {
        merged[merged.count - 1] = (last.length * n, s)
      } else {
        merged.append((n, s))
      }
    }
    let permuted = a.permuted(axes).copy()
    let p = UnsafePointer(permuted.storage.pointer(T.self))
    let n = a.size
    if merged.count <= 1 { return 0 + pairwise(p, n) }
    let row = merged[merged.count - 1].length
    let buffer = 8192
    let run = row <= buffer ? buffer / row * row : row
    var total: T = 0
    var start = 0
    while start < n {
      total += pairwise(p + start, Swift.min(run, n - start))
      start += run
    }
    return total
  }
}

/// numpy gives an element-wise result the memory order of its operands ("K" order: `x.T * 2`
/// is laid out as `x`, so `np.sum(x.T * 2)` adds in `x`'s order). `laidOutLike` computes `body`
/// over the operands (broadcast to one shape) with their axes in memory order, where the
/// result is made in C order, then puts the axes back: a view with the operands' layout.
enum ResultLayout {
  @inline(__always)
  static func laidOutLike(
    _ a: NDArray, _ b: NDArray, _ body: (NDArray, NDArray) throws(NumKitError) -> NDArray
  ) throws(NumKitError) -> NDArray? {
    // C-ordered operands (and scalars) keep C order: the common case, answered at once, with
    // nothing allocated (`a * 2.0` passes here on every call).
    if (a.ndim <= 1 || a.stepsDensely) && (b.ndim <= 1 || b.stepsDensely) { return nil }
    return try reordered(a, b, body)
  }

  private static func reordered(
    _ a: NDArray, _ b: NDArray, _ body: (NDArray, NDArray) throws(NumKitError) -> NDArray
  ) throws(NumKitError) -> NDArray? {
    let shape = try Broadcast.shape(a.shape, b.shape)
    guard shape.count > 1 else { return nil }
    let (x, y) = (Broadcast.view(a, to: shape), Broadcast.view(b, to: shape))
    let axes = NDArray.memoryOrderAxes(of: [x, y])
    if axes == Array(0..<shape.count) { return nil }
    return try body(x.permuted(axes), y.permuted(axes)).permuted(inverse(axes))
  }

  /// `laidOutLike` for one operand.
  static func laidOutLike(_ a: NDArray, _ body: (NDArray) -> NDArray) -> NDArray? {
    if a.ndim <= 1 || a.stepsDensely { return nil }
    let axes = a.memoryOrderAxes
    if axes == Array(0..<a.ndim) { return nil }
    return body(a.permuted(axes)).permuted(inverse(axes))
  }

  /// The order that puts axes permuted by `axes` back.
  static func inverse(_ axes: [Int]) -> [Int] {
    var inverse = axes
    for (position, axis) in axes.enumerated() { inverse[axis] = position }
    return inverse
  }
}

extension NDArray {
  /// A view with axis `axes[i]` as axis i.
  func permuted(_ axes: [Int]) -> NDArray {
    NDArray(
      storage: storage, shape: axes.map { shape[$0] }, strides: axes.map { strides[$0] },
      offset: offset)
  }
}

extension NDArray {
  /// A copy laid out as this array is (numpy's order "K": `astype`, `np.array(a)`,
  /// `np.copy(a)`): a transposed array's copy is transposed too. `copy()` gives C order.
  public func copyKeepingLayout(as type: DType? = nil) -> NDArray {
    let type = type ?? dtype
    return ResultLayout.laidOutLike(self, { $0.copy(as: type) }) ?? copy(as: type)
  }
}

extension NDArray {
  /// An array of `like`'s shape filled with `value` (broadcast), laid out as `like` is (numpy's
  /// `zeros_like`, `ones_like`, `full_like`, `empty_like`, whose order is "K").
  public static func full(laidOutLike like: NDArray, _ value: NDArray, dtype: DType)
    throws(NumKitError) -> NDArray
  {
    try MemoryBudget.check(like.shape, dtype)
    let out =
      ResultLayout.laidOutLike(like, { NDArray(uninitialized: $0.shape, dtype: dtype) })
      ?? NDArray(uninitialized: like.shape, dtype: dtype)
    try out.assign([.ellipsis], value)
    return out
  }
}

extension NDArray {
  /// numpy's C_CONTIGUOUS: the elements lie in C order one after another (axes of length 1
  /// may have any stride).
  public var stepsInCOrder: Bool { stepsDensely }
}

extension NDArray {
  /// Whether the elements lie in Fortran order one after another (numpy's F_CONTIGUOUS).
  public var stepsInFortranOrder: Bool { transposed.stepsDensely }

  /// A copy in numpy's `order`: "C", "F" (Fortran), "A" (Fortran when this array is Fortran-
  /// ordered and not C-ordered, else C) or "K" (this array's layout); nil for another letter.
  public func copy(order: String) -> NDArray? {
    switch order {
    case "C": return copy()
    case "F": return ndim > 1 ? transposed.copy().transposed : copy()
    case "A": return copy(order: stepsInFortranOrder && !stepsDensely ? "F" : "C")
    case "K": return copyKeepingLayout()
    default: return nil
    }
  }
}
