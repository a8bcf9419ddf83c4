/// One str object per short ASCII text made lately, for the strs a program makes over and over
/// (the words of `line.split()` in a loop, `str(i)`): handing out a kept str costs a compare and
/// a retain, where a new one costs an allocation, its release and its free, and a kept str also
/// keeps its hash for the dict it is counted in.
///
/// A str is immutable, so sharing one is not visible to a program except through `is` and
/// `id()`, where Python promises nothing either (CPython shares its one-character strs and
/// interned names). `PyStr.appendInPlace` sees the extra reference and copies as usual.
///
/// Direct-mapped by the text's bits: a newer text takes the place of an older one with the same
/// hash. One per interpreter (reference counts are not atomic, so objects are never shared
/// between interpreters running on different threads).
final class ShortStrCache {
  private struct Entry {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var str: PyStr?
  }

  private static let count = 1024
  private let entries: UnsafeMutablePointer<Entry>
  /// `UTF8Text.smallFormHolds`, read once (each read of a lazy global is a `swift_once` call).
  let smallForm = UTF8Text.smallFormHolds

  init() {
    entries = .allocate(capacity: Self.count)
    entries.initialize(repeating: Entry(), count: Self.count)
  }

  deinit {
    entries.deinitialize(count: Self.count)
    entries.deallocate()
  }

  /// The str of the ASCII text held in Swift's small form as the two words `low` and `high`
  /// (`high`'s top byte says the form and the count: see `UTF8Text.shortASCII`). Only when
  /// `smallForm` holds.
  @inline(__always)
  func str(low: UInt64, high: UInt64) -> PyStr {
    let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    let entry = entries + Int(truncatingIfNeeded: mixed >> 54)
    if entry.pointee.low == low && entry.pointee.high == high, let str = entry.pointee.str {
      return str
    }
    let str = PyStr(ascii: unsafeBitCast((low, high), to: String.self))
    entry.pointee = Entry(low: low, high: high, str: str)
    return str
  }
}
