/// The Swift types behind the dtypes, with conversions between them as numpy casts.
public protocol ArrayElement {
  init(element value: Bool)
  init(element value: UInt8)
  init(element value: Int32)
  init(element value: Int64)
  init(element value: Float)
  init(element value: Double)
  /// Calls the matching initializer for a value of any element type.
  init<E: ArrayElement>(element value: E)
  func convert<T: ArrayElement>(to: T.Type) -> T
}

extension ArrayElement {
  @inline(__always) public init<E: ArrayElement>(element value: E) {
    self = value.convert(to: Self.self)
  }
}

extension Bool: ArrayElement {
  public init(element value: Bool) { self = value }
  public init(element value: UInt8) { self = value != 0 }
  public init(element value: Int32) { self = value != 0 }
  public init(element value: Int64) { self = value != 0 }
  public init(element value: Float) { self = value != 0 }
  public init(element value: Double) { self = value != 0 }
  @inline(__always) public func convert<T: ArrayElement>(to: T.Type) -> T { T(element: self) }
}

extension Int32: ArrayElement {
  public init(element value: Bool) { self = value ? 1 : 0 }
  public init(element value: UInt8) { self = Int32(value) }
  public init(element value: Int32) { self = value }
  public init(element value: Int64) { self = Int32(truncatingIfNeeded: value) }
  public init(element value: Float) {
    self =
      value.isFinite
      ? Int32(truncatingIfNeeded: Int64(exactly: value.rounded(.towardZero)) ?? Int64.min) : .min
  }
  public init(element value: Double) {
    self = value.isFinite && abs(value) < 9.2e18 ? Int32(truncatingIfNeeded: Int64(value)) : .min
  }
  @inline(__always) public func convert<T: ArrayElement>(to: T.Type) -> T { T(element: self) }
}

extension Int64: ArrayElement {
  public init(element value: Bool) { self = value ? 1 : 0 }
  public init(element value: UInt8) { self = Int64(value) }
  public init(element value: Int32) { self = Int64(value) }
  public init(element value: Int64) { self = value }
  public init(element value: Float) {
    self = value.isFinite && abs(value) < 9.2e18 ? Int64(value) : .min
  }
  public init(element value: Double) {
    self = value.isFinite && abs(value) < 9.2e18 ? Int64(value) : .min
  }
  @inline(__always) public func convert<T: ArrayElement>(to: T.Type) -> T { T(element: self) }
}

extension Float: ArrayElement {
  public init(element value: Bool) { self = value ? 1 : 0 }
  public init(element value: UInt8) { self = Float(value) }
  public init(element value: Int32) { self = Float(value) }
  public init(element value: Int64) { self = Float(value) }
  public init(element value: Float) { self = value }
  public init(element value: Double) { self = Float(value) }
  @inline(__always) public func convert<T: ArrayElement>(to: T.Type) -> T { T(element: self) }
}

extension Double: ArrayElement {
  public init(element value: Bool) { self = value ? 1 : 0 }
  public init(element value: UInt8) { self = Double(value) }
  public init(element value: Int32) { self = Double(value) }
  public init(element value: Int64) { self = Double(value) }
  public init(element value: Float) { self = Double(value) }
  public init(element value: Double) { self = value }
  @inline(__always) public func convert<T: ArrayElement>(to: T.Type) -> T { T(element: self) }
}

/// numpy's uint8: integer casts wrap modulo 256, as C's do.
extension UInt8: ArrayElement {
  public init(element value: Bool) { self = value ? 1 : 0 }
  public init(element value: UInt8) { self = value }
  public init(element value: Int32) { self = UInt8(truncatingIfNeeded: value) }
  public init(element value: Int64) { self = UInt8(truncatingIfNeeded: value) }
  public init(element value: Float) { self.init(element: Double(value)) }
  public init(element value: Double) {
    self = value.isFinite && abs(value) < 9.2e18 ? UInt8(truncatingIfNeeded: Int64(value)) : 0
  }
  @inline(__always) public func convert<T: ArrayElement>(to: T.Type) -> T { T(element: self) }
}
