/// One component of an array subscript, as numpy understands it.
public enum IndexItem {
  case integer(Int)
  /// A Python slice; nil parts take their defaults.
  case slice(start: Int?, stop: Int?, step: Int?)
  case newAxis
  case ellipsis
  /// An integer array (fancy indexing).
  case integers(NDArray)
  /// A boolean mask.
  case mask(NDArray)

  /// `:`, every position of its axis.
  var isWholeSlice: Bool {
    if case .slice(nil, nil, nil) = self { return true }
    return false
  }

  public var isAdvanced: Bool {
    switch self {
    case .integers, .mask: return true
    default: return false
    }
  }
}

extension NDArray {
  /// `a[items]`: a view for basic indices (ints, slices, `None`, `...`), a copy for
  /// integer-array and boolean indices, with numpy's rules and messages.
  public func index(_ items: [IndexItem]) throws(NumKitError) -> NDArray {
    if !items.contains(where: { $0.isAdvanced }) { return try basicView(items) }
    // `x[idx]`, `x[idx, :]`: whole rows picked along the first axis.
    if case .integers(let index) = items[0], items.count <= ndim,
      items.dropFirst().allSatisfy(\.isWholeSlice), let rows = try gatheredRows(index)
    {
      return rows
    }
    var selected = fullMaskSelection(items)
    if selected == nil { selected = try advancedSelection(items) }
    let (shape, offsets) = selected.unsafelyUnwrapped
    try MemoryBudget.check(shape, dtype)
    let out = NDArray(uninitialized: shape, dtype: dtype)
    gather(offsets, into: out)
    return out
  }

  /// `a[items] = value`, broadcasting `value` to the selected shape and casting it.
  public func assign(_ items: [IndexItem], _ value: NDArray) throws(NumKitError) {
    if !items.contains(where: { $0.isAdvanced }) {
      let target = try basicView(items)
      let source = try NDArray.broadcastForAssignment(value, to: target.shape)
      // `a[1:, ::2] += x` assigns the view it just updated in place back to itself: numpy
      // skips copying values onto themselves, and so does this.
      if source.isSameView(as: target) { return }
      target.write(source)
      return
    }
    if value.size == 1 && value.ndim <= 1, items.count == 1,
      case .mask(let m) = items[0], m.dtype == .bool, m.shape == shape
    {
      fill(where: m, with: value.copy(as: dtype))
      return
    }
    if let (shape, offsets) = fullMaskSelection(items) {
      // numpy's own path for one mask of the array's shape, with its own messages.
      guard value.ndim <= 1 else {
        throw .type(
          "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has \(value.ndim) dimensions"
        )
      }
      guard value.size == 1 || value.size == shape[0] else {
        throw .value(
          "NumPy boolean array indexing assignment cannot assign \(value.size) input values to the \(shape[0]) output values where the mask is true"
        )
      }
      scatter(value.copy(as: dtype), to: offsets)
      return
    }
    // `x[idx] = rows`: whole rows written along the first axis.
    if case .integers(let index) = items[0], items.count <= ndim,
      items.dropFirst().allSatisfy(\.isWholeSlice), try scatterRows(index, value)
    {
      return
    }
    var broadcast: NDArray?
    let (_, offsets) = try advancedSelection(items) { (shape) throws(NumKitError) in
      if value.size == 1 && value.ndim <= shape.count { return }
      broadcast = try? NDArray.broadcastForAssignment(value, to: shape)
      if broadcast == nil {
        throw .value(
          "shape mismatch: value array of shape \(ShapeText.compact(value.shape)) could not be broadcast to indexing result of shape \(ShapeText.compact(shape))"
        )
      }
    }
    // (`broadcast` nil: one value written to every selected element.) The values are copied
    // when their dtype differs or they share this array's memory (`a[i] = a[0]`).
    let source = broadcast ?? value
    scatter(
      source.dtype == dtype && source.storage !== storage ? source : source.copy(as: dtype),
      to: offsets)
  }

  static func broadcastForAssignment(_ value: NDArray, to shape: [Int]) throws(NumKitError)
    -> NDArray
  {
    // numpy drops leading size-1 axes of the value before broadcasting.
    var v = value
    while v.ndim > shape.count, v.shape.first == 1 {
      v = NDArray(
        storage: v.storage, shape: Array(v.shape.dropFirst()),
        strides: Array(v.strides.dropFirst()),
        offset: v.offset)
    }
    guard (try? Broadcast.shape(v.shape, shape)) == shape else {
      throw .value(
        "could not broadcast input array from shape \(ShapeText.compact(value.shape)) into shape \(ShapeText.compact(shape))"
      )
    }
    return Broadcast.view(v, to: shape)
  }

  // MARK: - Basic indexing (views)

  /// How an index uses the axes: the axes its items consume (each int or slice one, a mask
  /// its dimensions), the ints among them (axes dropped), the `None`s (axes added), and whether
  /// it has a `...`; checked as numpy checks it.
  private struct IndexUse {
    var consuming = 0
    var dropped = 0
    var added = 0
    var hasEllipsis = false
  }

  private func use(of items: [IndexItem]) throws(NumKitError) -> IndexUse {
    var use = IndexUse()
    for item in items {
      switch item {
      case .ellipsis:
        if use.hasEllipsis {
          throw .index("an index can only have a single ellipsis ('...')")
        }
        use.hasEllipsis = true
      case .newAxis: use.added += 1
      case .mask(let m): use.consuming += m.ndim
      case .integer: (use.consuming, use.dropped) = (use.consuming + 1, use.dropped + 1)
      default: use.consuming += 1
      }
    }
    guard use.consuming <= ndim else {
      throw .index(
        "too many indices for array: array is \(ndim)-dimensional, but \(use.consuming) were indexed"
      )
    }
    return use
  }

  /// Expands `...` into whole slices, and adds them for the axes after the last item.
  private func expand(_ items: [IndexItem]) throws(NumKitError) -> [IndexItem] {
    let use = try use(of: items)
    let whole = Array(
      repeating: IndexItem.slice(start: nil, stop: nil, step: nil), count: ndim - use.consuming)
    var out: [IndexItem] = []
    for item in items {
      if case .ellipsis = item { out += whole } else { out.append(item) }
    }
    if !use.hasEllipsis { out += whole }
    return out
  }

  /// A view for ints, slices, `...` and `None` (no advanced items). The axes no item names
  /// (at `...`, or after the last item) are kept whole. (Read in one pass: expanding `...` into
  /// an array of slices first took half of `a[0]`.)
  func basicView(_ items: [IndexItem]) throws(NumKitError) -> NDArray {
    let use = try use(of: items)
    // (Made at their final size: grown one append at a time they were allocated twice.)
    var shape: [Int] = []
    var strides: [Int] = []
    shape.reserveCapacity(ndim - use.dropped + use.added)
    strides.reserveCapacity(ndim - use.dropped + use.added)
    var offset = self.offset
    var axis = 0
    func keepWhole(_ count: Int) {
      for _ in 0..<count {
        shape.append(self.shape[axis])
        strides.append(self.strides[axis])
        axis += 1
      }
    }
    for item in items {
      switch item {
      case .integer(let i):
        offset += try NDArray.normalize(i, size: self.shape[axis], axis: axis) * self.strides[axis]
        axis += 1
      case .slice(let start, let stop, let step):
        let (first, count, by) = try NDArray.sliceBounds(start, stop, step, size: self.shape[axis])
        offset += first * self.strides[axis]
        shape.append(count)
        // (Wrapping: a step longer than the axis selects one element, its stride unused.)
        strides.append(self.strides[axis] &* by)
        axis += 1
      case .newAxis:
        shape.append(1)
        strides.append(0)
      case .ellipsis:
        keepWhole(ndim - use.consuming)
      case .integers, .mask:
        preconditionFailure("advanced items do not reach basicView")
      }
    }
    if !use.hasEllipsis { keepWhole(ndim - use.consuming) }
    return NDArray(storage: storage, shape: shape, strides: strides, offset: offset)
  }

  static func normalize(_ i: Int, size: Int, axis: Int) throws(NumKitError) -> Int {
    guard i >= -size && i < size else {
      throw .index("index \(i) is out of bounds for axis \(axis) with size \(size)")
    }
    return i < 0 ? i + size : i
  }

  /// Python's `slice.indices`: the first index, the element count and the step.
  static func sliceBounds(_ start: Int?, _ stop: Int?, _ step: Int?, size: Int)
    throws(NumKitError) -> (Int, Int, Int)
  {
    let step = step ?? 1
    guard step != 0 else { throw .value("slice step cannot be zero") }
    func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
      guard var v else { return defaultValue }
      if v < 0 { v += size }
      return step > 0 ? min(max(v, 0), size) : min(max(v, -1), size - 1)
    }
    let first = clamp(start, step > 0 ? 0 : size - 1)
    let last = clamp(stop, step > 0 ? size : -1)
    // (By the step's magnitude: `-step` of `-2**63` overflows.)
    let span = step > 0 ? last - first : first - last
    let count = span > 0 ? Int(UInt(span - 1) / step.magnitude) + 1 : 0
    return (first, count, step)
  }

  // MARK: - Advanced indexing (copies)

  /// The result shape and the storage offset of each result element (C order) for a subscript
  /// with integer-array or boolean indices, following numpy: masks become the integer arrays of
  /// their true positions; plain integers count as (0-d) advanced indices; the advanced indices
  /// broadcast together, and their dimensions replace them in place when they are adjacent, or
  /// come first when slices separate them.
  /// `a[mask]` with one bool mask of the array's own shape, the commonest advanced index
  /// (`x[x < 0] = 0`): the selected offsets straight from the mask; nil for any other subscript.
  private func fullMaskSelection(_ items: [IndexItem]) -> ([Int], [Int])? {
    guard items.count == 1, case .mask(let m) = items[0], m.dtype == .bool, m.shape == shape
    else { return nil }
    let offsets = offsets(selectedBy: m)
    return ([offsets.count], offsets)
  }

  /// `checkShape` sees the selection's shape before the index arrays' bounds are checked
  /// (numpy refuses a value that does not broadcast to it first).
  func advancedSelection(
    _ raw: [IndexItem], checkShape: ((_ shape: [Int]) throws(NumKitError) -> Void)? = nil
  ) throws(NumKitError) -> ([Int], [Int]) {
    var items: [IndexItem] = []
    var plainIntegers: [(index: Int, axis: Int)] = []
    var axis = 0
    for item in try expand(raw) {
      switch item {
      case .mask(let m):
        let positions = try maskPositions(m, at: axis)
        items += positions
        axis += m.dtype == .bool ? m.ndim : 1
      case .integer(let i):
        plainIntegers.append((i, axis))
        items.append(.integers(NDArray([i], shape: [])))
        axis += 1
      case .newAxis:
        items.append(item)
      default:
        items.append(item)
        axis += 1
      }
    }
    // numpy's order: masks' shapes (above), plain integers' bounds, the index arrays'
    // broadcast, then their bounds.
    for (i, axis) in plainIntegers { _ = try NDArray.normalize(i, size: shape[axis], axis: axis) }
    // Walk the items against the axes: basic dims (slices, new axes) and advanced picks.
    var base = offset
    var basicDims: [(count: Int, stride: Int, beforeAdvanced: Bool)] = []
    var arrays: [(index: NDArray, size: Int, stride: Int, axis: Int)] = []
    var advancedRuns = 0
    var previousWasAdvanced = false
    axis = 0
    for item in items {
      switch item {
      case .integers(let a):
        if !previousWasAdvanced { advancedRuns += 1 }
        previousWasAdvanced = true
        arrays.append((a, shape[axis], strides[axis], axis))
        axis += 1
      case .slice(let start, let stop, let step):
        previousWasAdvanced = false
        let (first, count, by) = try NDArray.sliceBounds(start, stop, step, size: shape[axis])
        base += first * strides[axis]
        basicDims.append((count, strides[axis] &* by, arrays.isEmpty))
        axis += 1
      case .newAxis:
        previousWasAdvanced = false
        basicDims.append((1, 0, arrays.isEmpty))
      default:
        preconditionFailure("expanded items are slices, new axes or integer arrays")
      }
    }
    var indexShape = arrays[0].index.shape
    for a in arrays.dropFirst() {
      guard let s = try? Broadcast.shape(indexShape, a.index.shape) else {
        throw .index(
          "shape mismatch: indexing arrays could not be broadcast together with shapes "
            + arrays.filter { $0.index.ndim > 0 }.map { ShapeText.compact($0.index.shape) + " " }
            .joined())
      }
      indexShape = s
    }
    // Separated advanced indices put their dimensions first (numpy's rule).
    let adjacent = advancedRuns == 1
    let before = adjacent ? basicDims.filter(\.beforeAdvanced) : []
    let after = adjacent ? basicDims.filter { !$0.beforeAdvanced } : basicDims
    let selectionShape = before.map(\.count) + indexShape + after.map(\.count)
    try checkShape?(selectionShape)
    try MemoryBudget.check(indexShape, .int64)
    let indexCount = indexShape.reduce(1, *)
    var picks = [Int](repeating: 0, count: indexCount)
    for a in arrays {
      // Every index is checked against its axis: the broadcast values, or the array's own
      // when the broadcast selects nothing (numpy still refuses an index out of bounds).
      // The broadcast values read where they lie when they are int64 in C order (a copy
      // of 78 400 indexes took a tenth of `d[np.arange(n), i] = v`).
      let view = Broadcast.view(a.index, to: indexShape)
      let index = view.dtype == .int64 && view.stepsDensely ? view : view.copy(as: .int64)
      let ix = UnsafePointer(index.storage.pointer(Int64.self) + index.offset)
      let (size, stride) = (a.size, a.stride)
      // The bounds are checked in the same pass; the error, if any, is found after it.
      // Branch-free, so the loop vectorizes: -size <= i < size is i + size in [0, 2 size),
      // and a negative i counts from the end.
      var outOfBounds: UInt = 0
      let span = UInt(bitPattern: 2 &* size)
      picks.withUnsafeMutableBufferPointer { pick in
        for j in 0..<indexCount {
          let i = Int(ix[j])
          outOfBounds |= UInt(bitPattern: i &+ size) >= span ? 1 : 0
          pick[j] &+= (i &+ (size & (i >> 63))) &* stride
        }
      }
      withExtendedLifetime(index) {}
      if outOfBounds != 0 || indexCount == 0 {
        let checked = indexCount == 0 ? a.index.intValues : index.intValues
        if let bad = checked.first(where: { $0 < -a.size || $0 >= a.size }) {
          _ = try NDArray.normalize(bad, size: a.size, axis: a.axis)
        }
      }
    }
    let beforeOffsets = NDArray.offsets(of: before.map { ($0.count, $0.stride) })
    let afterOffsets = NDArray.offsets(of: after.map { ($0.count, $0.stride) })
    if before.isEmpty && after.isEmpty {
      // Only advanced indices: the picks are the offsets.
      if base != 0 { for j in 0..<indexCount { picks[j] &+= base } }
      return (indexShape, picks)
    }
    var result: [Int] = []
    result.reserveCapacity(beforeOffsets.count * indexCount * afterOffsets.count)
    for b in beforeOffsets {
      for p in picks {
        for c in afterOffsets { result.append(base + b + p + c) }
      }
    }
    return (selectionShape, result)
  }

  /// Every offset reached by these (count, stride) dimensions, in C order.
  private static func offsets(of dims: [(Int, Int)]) -> [Int] {
    var out = [0]
    for (count, stride) in dims {
      var next: [Int] = []
      next.reserveCapacity(out.count * count)
      for o in out {
        for i in 0..<count { next.append(o + i * stride) }
      }
      out = next
    }
    return out
  }

  /// Integer arrays of the positions where `mask` is true, one per mask axis.
  private func maskPositions(_ mask: NDArray, at axis: Int) throws(NumKitError) -> [IndexItem] {
    guard mask.dtype == .bool else { return [.integers(mask)] }
    let covered = Array(shape[axis..<min(axis + mask.ndim, ndim)])
    guard covered == mask.shape else {
      let dim = covered.indices.first { covered[$0] != mask.shape[$0] } ?? 0
      throw .index(
        "boolean index did not match indexed array along axis \(axis + dim); size of axis is \(covered[dim]) but size of corresponding boolean axis is \(mask.shape[dim])"
      )
    }
    let positions = NDArray.truePositions(mask)
    return positions.map { p in .integers(NDArray(p, shape: [p.count])) }
  }

  /// Writes `source` (already broadcast to this shape) into this view, casting.
  func write(_ source: NDArray) {
    switch source.dtype {
    case .bool: assign(from: source, Bool.self)
    case .uint8: assign(from: source, UInt8.self)
    case .int32: assign(from: source, Int32.self)
    case .int64: assign(from: source, Int64.self)
    case .float32: assign(from: source, Float.self)
    case .float64: assign(from: source, Double.self)
    }
  }
}
