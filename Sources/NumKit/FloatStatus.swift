#if canImport(Glibc)
  import Glibc
#endif

/// The processor's sticky floating-point exception flags, which numpy reads after each ufunc
/// to warn about division by zero, overflow and invalid operations (NaN from non-NaN).
public enum FloatStatus {
  public struct Raised: Sendable {
    public var divideByZero = false
    public var overflow = false
    public var invalid = false
    public var any: Bool { divideByZero || overflow || invalid }
  }

  public static func clear() {
    feclearexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID | FE_UNDERFLOW | FE_INEXACT)
  }

  public static func raised() -> Raised {
    let flags = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID)
    return Raised(
      divideByZero: flags & FE_DIVBYZERO != 0, overflow: flags & FE_OVERFLOW != 0,
      invalid: flags & FE_INVALID != 0)
  }
}
