import CSwiftRuntime

/// An n-dimensional array: a view (shape, strides, offset) onto shared storage.
///
/// Copying an `NDArray` copies the view, not the data: writes through either are seen by both,
/// as with numpy views. Strides and offset are in elements.
public struct NDArray {
  public let storage: ArrayStorage
  public var shape: [Int]
  public var strides: [Int]
  public var offset: Int

  public var dtype: DType { storage.dtype }
  public var ndim: Int { shape.count }
  public var size: Int { shape.reduce(1, *) }

  public init(storage: ArrayStorage, shape: [Int], strides: [Int], offset: Int = 0) {
    self.storage = storage
    self.shape = shape
    self.strides = strides
    self.offset = offset
  }

  /// A new zero-filled C-contiguous array.
  public init(zeros shape: [Int], dtype: DType) {
    self.init(
      storage: ArrayStorage.make(dtype: dtype, count: shape.reduce(1, *)), shape: shape,
      strides: NDArray.contiguousStrides(shape))
  }

  /// A new C-contiguous array whose contents are undefined: for results that are written in
  /// full before anyone reads them.
  public init(uninitialized shape: [Int], dtype: DType) {
    self.init(
      storage: ArrayStorage.make(dtype: dtype, count: shape.reduce(1, *), zeroed: false),
      shape: shape,
      strides: NDArray.contiguousStrides(shape))
  }

  /// `np.arange` of ints: `count` int64 values from `start` by `step`, written in place.
  public static func integerRange(count: Int, start: Int64 = 0, step: Int64 = 1) -> NDArray {
    let out = NDArray(uninitialized: [count], dtype: .int64)
    let p = out.storage.pointer(Int64.self)
    for i in 0..<count { p[i] = start &+ Int64(i) &* step }
    return out
  }

  public init(_ values: [Double], shape: [Int], dtype: DType = .float64) {
    self.init(zeros: shape, dtype: dtype)
    if dtype == .float64 {
      let p = storage.pointer(Double.self)
      for i in 0..<min(values.count, size) { p[i] = values[i] }
      return
    }
    for (i, v) in values.enumerated() { setFlat(i, v) }
  }

  public init(_ values: [Int], shape: [Int], dtype: DType = .int64) {
    self.init(zeros: shape, dtype: dtype)
    if dtype == .int64 {
      let p = storage.pointer(Int64.self)
      for i in 0..<min(values.count, size) { p[i] = Int64(values[i]) }
      return
    }
    for (i, v) in values.enumerated() { setFlat(i, Double(v), int: v) }
  }

  /// The strides of every 1-d C-order array, one shared buffer (a new `[1]` is an allocation
  /// and a free per result).
  private static let unitStrides = [1]

  /// The shapes `[n]` of short vectors, one shared buffer each, made at the first use:
  /// a row reduction of a small matrix (`a.argmax(axis=1)`) then allocates only its result.
  private static let vectorShapes = (0..<64).map { [$0] }

  /// The shape `[n]`: a shared one for a short vector, else a new array.
  @inline(__always) public static func vectorShape(_ n: Int) -> [Int] {
    n >= 0 && n < vectorShapes.count ? vectorShapes[n] : [n]
  }

  public static func contiguousStrides(_ shape: [Int]) -> [Int] {
    // Literals for the common ranks: `[Int](repeating:count:)` looks up the array's generic
    // metadata at run time, a tenth of a small operation's cost.
    switch shape.count {
    case 0: return []
    case 1: return unitStrides
    case 2: return [max(shape[1], 1), 1]
    default: break
    }
    var strides = [Int](repeating: 1, count: shape.count)
    var s = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[i] = s
      s *= max(shape[i], 1)
    }
    return strides
  }

  /// True when `strides` are exactly the C-order strides of `shape` (checked without
  /// allocating the expected array).
  @inline(__always) public var hasCStrides: Bool {
    var expected = 1
    for axis in stride(from: ndim - 1, through: 0, by: -1) {
      if strides[axis] != expected { return false }
      expected *= max(shape[axis], 1)
    }
    return true
  }

  /// Whether this array has `other`'s dtype, shape and strides, and starts at its buffer's
  /// start: it can take `other`'s elements in place.
  public func isLaidOutLike(_ other: NDArray) -> Bool {
    dtype == other.dtype && offset == 0 && shape == other.shape && strides == other.strides
  }

  /// Whether this array is a C-ordered `dtype` array of `shape` from its buffer's start: what
  /// a new result of that layout would be.
  public func isFreshLayout(_ shape: [Int], _ dtype: DType) -> Bool {
    self.dtype == dtype && offset == 0 && self.shape == shape && hasCStrides
  }

  /// Whether this array and `other` are the same view of one buffer: the same elements, in
  /// the same places, of the same dtype.
  func isSameView(as other: NDArray) -> Bool {
    storage === other.storage && dtype == other.dtype && offset == other.offset
      && shape == other.shape && strides == other.strides
  }

  /// Whether this array holds the only reference to its buffer: no other array, view or
  /// holder of any kind shares it. (Asked of an array in a constant, which
  /// `isKnownUniquelyReferenced` cannot take, by the runtime's test behind it: a copy of the
  /// reference the compiler might make on the way could only make the answer false, which
  /// is always safe.)
  @inlinable public var ownsStorageAlone: Bool {
    swift_isUniquelyReferenced_nonNull_native(Unmanaged.passUnretained(storage).toOpaque())
  }

  /// An uninitialised array of `like`'s shape and (C-order) strides, sharing those arrays.
  public init(uninitializedLike like: NDArray, dtype: DType) {
    self.init(
      storage: ArrayStorage.make(dtype: dtype, count: like.size, zeroed: false),
      shape: like.shape,
      strides: like.strides)
  }

  /// True when the elements lie in C order one after another from `offset` (size-1 axes may
  /// have any stride). Allocates nothing: kernels test it on every call.
  @inline(__always) var stepsDensely: Bool {
    var expected = 1
    for axis in stride(from: ndim - 1, through: 0, by: -1) where shape[axis] != 1 {
      if strides[axis] != expected { return false }
      expected *= shape[axis]
    }
    return true
  }

  /// True when every element is the same storage element (a broadcast scalar).
  @inline(__always) var isBroadcastScalar: Bool {
    for axis in 0..<ndim where shape[axis] != 1 && strides[axis] != 0 { return false }
    return true
  }

  public var isContiguous: Bool {
    offset == 0 && hasCStrides && size == storage.count
  }

  // MARK: - Element access (slow path: printing, conversion, small arrays)

  /// Storage index of the element at position `flat` in C order.
  @inline(__always) public func storageIndex(flat: Int) -> Int {
    var rest = flat
    var index = offset
    for axis in stride(from: ndim - 1, through: 0, by: -1) {
      let n = shape[axis]
      index += (rest % n) * strides[axis]
      rest /= n
    }
    return index
  }

  public func double(at flat: Int) -> Double {
    let i = storageIndex(flat: flat)
    switch dtype {
    case .bool: return storage.pointer(Bool.self)[i] ? 1 : 0
    case .uint8: return Double(storage.pointer(UInt8.self)[i])
    case .int32: return Double(storage.pointer(Int32.self)[i])
    case .int64: return Double(storage.pointer(Int64.self)[i])
    case .float32: return Double(storage.pointer(Float.self)[i])
    case .float64: return storage.pointer(Double.self)[i]
    }
  }

  public func int(at flat: Int) -> Int {
    let i = storageIndex(flat: flat)
    switch dtype {
    case .bool: return storage.pointer(Bool.self)[i] ? 1 : 0
    case .uint8: return Int(storage.pointer(UInt8.self)[i])
    case .int32: return Int(storage.pointer(Int32.self)[i])
    case .int64: return Int(storage.pointer(Int64.self)[i])
    case .float32, .float64:
      let d = double(at: flat)
      return d.isFinite && abs(d) < 9.2e18 ? Int(d) : Int.min
    }
  }

  public func bool(at flat: Int) -> Bool {
    dtype.isInteger ? int(at: flat) != 0 : double(at: flat) != 0
  }

  /// Writes element `flat` (C order); integers keep full precision through `int`.
  public func setFlat(_ flat: Int, _ value: Double, int: Int? = nil) {
    let i = storageIndex(flat: flat)
    switch dtype {
    case .bool: storage.pointer(Bool.self)[i] = value != 0
    case .uint8:
      storage.pointer(UInt8.self)[i] = UInt8(truncatingIfNeeded: int ?? NDArray.toInt(value))
    case .int32:
      storage.pointer(Int32.self)[i] = Int32(truncatingIfNeeded: int ?? NDArray.toInt(value))
    case .int64: storage.pointer(Int64.self)[i] = Int64(int ?? NDArray.toInt(value))
    case .float32: storage.pointer(Float.self)[i] = Float(value)
    case .float64: storage.pointer(Double.self)[i] = value
    }
  }

  static func toInt(_ d: Double) -> Int { d.isFinite && abs(d) < 9.2e18 ? Int(d) : Int.min }

  // MARK: - Shape

  public func reshaped(_ newShape: [Int]) throws(NumKitError) -> NDArray {
    var shape = newShape
    // One pass: the unknown (-1) dimension, and the product of the others (nil on overflow:
    // such a product cannot equal the size, so the check below fails instead of trapping).
    var (unknownAt, unknowns, known): (Int, Int, Int?) = (-1, 0, 1)
    for (i, d) in shape.enumerated() {
      if d == -1 {
        (unknownAt, unknowns) = (i, unknowns + 1)
      } else if let k = known {
        let (r, overflow) = k.multipliedReportingOverflow(by: d)
        known = overflow ? nil : r
      }
    }
    if unknowns > 1 { throw .value("can only specify one unknown dimension") }
    if unknownAt >= 0, let known, known != 0, size % known == 0 { shape[unknownAt] = size / known }
    var fits = true
    var product = 1
    for d in shape {
      let (r, overflow) = product.multipliedReportingOverflow(by: d)
      if overflow || d < 0 { fits = false }
      product = r
    }
    guard fits, product == size else {
      throw .value(
        "cannot reshape array of size \(size) into shape \(ShapeText.requested(newShape))")
    }
    if shape == self.shape {
      return NDArray(storage: storage, shape: shape, strides: strides, offset: offset)
    }
    if let viewStrides = viewStrides(for: shape) {
      return NDArray(storage: storage, shape: shape, strides: viewStrides, offset: offset)
    }
    let base = copy()
    return NDArray(storage: base.storage, shape: shape, strides: NDArray.contiguousStrides(shape))
  }

  /// numpy's `ravel()` (C order): a view of elements that lie in C order one after another,
  /// else a copy.
  public var raveled: NDArray {
    if size == 0 || stepsDensely {
      return NDArray(storage: storage, shape: [size], strides: [1], offset: offset)
    }
    return copy().reshapedView([size])
  }

  /// Reverses the axes (a view), like `a.T`.
  public var transposed: NDArray {
    NDArray(storage: storage, shape: shape.reversed(), strides: strides.reversed(), offset: offset)
  }
}

/// Shapes as numpy prints them: `(2, 3)`, `(4,)`, `()`.
public enum ShapeText {
  public static func tuple(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// A requested shape as numpy's reshape error writes it: without spaces, an unknown (-1)
  /// dimension as `newaxis`, leading ones left out (`(4,newaxis)`, `(-1, 4)` as `(4)`).
  public static func requested(_ shape: [Int]) -> String {
    guard let first = shape.firstIndex(where: { $0 >= 0 }) else { return "()" }
    let parts = shape[first...].enumerated().map { i, d in i > 0 && d < 0 ? "newaxis" : String(d) }
    return "(" + parts.joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
  }

  /// Without spaces, as numpy's broadcasting error writes shapes: `(2,3)`.
  public static func compact(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
  }
}
