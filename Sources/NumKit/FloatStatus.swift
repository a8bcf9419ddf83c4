import CFloatFlags

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

    public init(divideByZero: Bool = false, overflow: Bool = false, invalid: Bool = false) {
      self.divideByZero = divideByZero
      self.overflow = overflow
      self.invalid = invalid
    }
  }

  public static func clear() {
    #if arch(x86_64)
      nk_sse_clear_flags()
    #else
      feclearexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID | FE_UNDERFLOW | FE_INEXACT)
    #endif
  }

  public static func raised() -> Raised {
    #if arch(x86_64)
      // MXCSR: invalid is bit 0, divide-by-zero bit 2, overflow bit 3.
      let flags = nk_sse_flags()
      return Raised(
        divideByZero: flags & 0x4 != 0, overflow: flags & 0x8 != 0, invalid: flags & 0x1 != 0)
    #else
      let flags = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID)
      return Raised(
        divideByZero: flags & FE_DIVBYZERO != 0, overflow: flags & FE_OVERFLOW != 0,
        invalid: flags & FE_INVALID != 0)
    #endif
  }

  /// Raises the overflow flag, as numpy's scalar math does for an integer result that does not
  /// fit its type (`np.int64(2**62) * 4`).
  public static func raiseOverflow() {
    #if arch(x86_64)
      nk_sse_set_flags(nk_sse_flags() | 0x8)
    #else
      feraiseexcept(FE_OVERFLOW)
    #endif
  }

  /// Runs a kernel that works out its own exception flags (which it returns) and leaves the
  /// processor's flags as they were plus those: the compiler may compute lanes the result
  /// never uses (a division of padding, say), and their flags must not show.
  static func kernel(_ body: () -> Raised) {
    #if arch(x86_64)
      let before = nk_sse_flags()
      let raised = body()
      var after = before
      if raised.invalid { after |= 0x1 }
      if raised.divideByZero { after |= 0x4 }
      if raised.overflow { after |= 0x8 }
      nk_sse_set_flags(after)
    #else
      let before = fetestexcept(FE_ALL_EXCEPT)
      let raised = body()
      feclearexcept(FE_ALL_EXCEPT)
      var after = before
      if raised.invalid { after |= FE_INVALID }
      if raised.divideByZero { after |= FE_DIVBYZERO }
      if raised.overflow { after |= FE_OVERFLOW }
      feraiseexcept(after)
    #endif
  }
}
