/// Element types, named as numpy names them.
public enum DType: String, Sendable, CaseIterable {
  case bool, uint8, int32, int64, float32, float64

  public var itemSize: Int {
    switch self {
    case .bool, .uint8: return 1
    case .int32, .float32: return 4
    case .int64, .float64: return 8
    }
  }

  /// The values an integer type holds (nil for bool and the floats).
  public var integerRange: ClosedRange<Int>? {
    switch self {
    case .uint8: return 0...255
    case .int32: return Int(Int32.min)...Int(Int32.max)
    case .int64: return Int.min...Int.max
    case .bool, .float32, .float64: return nil
    }
  }

  public var isFloat: Bool { self == .float32 || self == .float64 }
  public var isInteger: Bool { self == .int32 || self == .int64 || self == .uint8 }

  /// numpy's promotion for two array dtypes (`result_type`).
  public static func promote(_ a: DType, _ b: DType) -> DType {
    if a == b { return a }
    let order: [DType] = [.bool, .uint8, .int32, .int64, .float32, .float64]
    let (lo, hi) = order.firstIndex(of: a)! < order.firstIndex(of: b)! ? (a, b) : (b, a)
    // float32 holds every uint8 exactly, not every int32 or int64.
    if hi == .float32 && (lo == .int32 || lo == .int64) { return .float64 }
    return hi
  }
}

/// Errors NumKit throws; the numpy bridge maps them to Python exceptions.
public struct NumKitError: Error, Equatable, Sendable {
  /// `axis` is numpy's AxisError (both a ValueError and an IndexError).
  /// `linalg` is numpy.linalg.LinAlgError.
  /// `unsupported`: something numpy does that NumKit cannot (NotImplementedError).
  public enum Kind: Sendable { case value, index, type, axis, linalg, memory, unsupported }
  public var kind: Kind
  public var message: String

  public static func value(_ m: String) -> NumKitError { NumKitError(kind: .value, message: m) }
  public static func index(_ m: String) -> NumKitError { NumKitError(kind: .index, message: m) }
  public static func type(_ m: String) -> NumKitError { NumKitError(kind: .type, message: m) }
  public static func axis(_ m: String) -> NumKitError { NumKitError(kind: .axis, message: m) }
  public static func linalg(_ m: String) -> NumKitError { NumKitError(kind: .linalg, message: m) }
  public static func memory(_ m: String) -> NumKitError { NumKitError(kind: .memory, message: m) }
  public static func unsupported(_ m: String) -> NumKitError {
    NumKitError(kind: .unsupported, message: m)
  }
}
