import NumKit

/// numpy's scalar math warns when an integer result does not fit its type ("overflow
/// encountered in scalar add"), then wraps it; array operations wrap silently, as numpy's do.
enum NumpyScalarOverflow {
  /// Whether `x op y`, computed exactly, leaves the range of the result's `dtype` (add,
  /// subtract, multiply, floor_divide: numpy checks those; power wraps without a word).
  static func overflows(_ op: ArithmeticOp, _ x: Int, _ y: Int, _ dtype: DType) -> Bool {
    guard let range = dtype.integerRange else { return false }
    let result: (partialValue: Int, overflow: Bool)
    switch op {
    case .add: result = x.addingReportingOverflow(y)
    case .subtract: result = x.subtractingReportingOverflow(y)
    case .multiply: result = x.multipliedReportingOverflow(by: y)
    case .floorDivide where y != 0:
      // Only the most negative value over -1 leaves the range (the floor of any other
      // quotient is nearer zero than the dividend).
      result = x.dividedReportingOverflow(by: y)
    default: return false
    }
    return result.overflow || !range.contains(result.partialValue)
  }

  /// Whether `-x` leaves the range: the most negative value of a signed type, any non-zero
  /// value of an unsigned one.
  static func negationOverflows(_ x: Int, _ dtype: DType) -> Bool {
    guard let range = dtype.integerRange else { return false }
    return range.lowerBound == 0 ? x != 0 : x == range.lowerBound
  }

  /// Whether `abs(x)` leaves the range: the most negative value of a signed type.
  static func absoluteOverflows(_ x: Int, _ dtype: DType) -> Bool {
    guard let range = dtype.integerRange, range.lowerBound < 0 else { return false }
    return x == range.lowerBound
  }
}
