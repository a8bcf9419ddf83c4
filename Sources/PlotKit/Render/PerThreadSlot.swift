import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A value each thread keeps apart from the others': the first error met while a figure is
/// drawn, which the call that drew it raises. Figures may be drawn on several threads at once
/// (the tests draw them so), and one drawing must not take up another's error.
public final class PerThreadSlot<Value>: @unchecked Sendable {
  private let values = Mutex<[UInt: Value]>([:])

  public init() {}

  private var thread: UInt { UInt(bitPattern: Int(bitPattern: pthread_self())) }

  /// Keeps `value` unless this thread already keeps one.
  public func keepFirst(_ value: Value) {
    let thread = self.thread
    values.withLock { if $0[thread] == nil { $0[thread] = value } }
  }

  /// This thread's value, emptying its place.
  public func take() -> Value? {
    let thread = self.thread
    return values.withLock { $0.removeValue(forKey: thread) }
  }
}
