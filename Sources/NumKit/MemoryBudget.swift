#if canImport(Glibc)
  import Glibc
#endif

/// Refuses arrays that cannot fit in this machine's memory before trying to allocate them,
/// with numpy's MemoryError text (`Unable to allocate 74.5 GiB for an array with shape
/// (99999, 99999) and data type float64`). Sizes from user input pass through here.
public enum MemoryBudget {
  public static let physicalBytes: Int = {
    let pages = sysconf(Int32(_SC_PHYS_PAGES))
    let size = sysconf(Int32(_SC_PAGESIZE))
    return pages > 0 && size > 0 ? pages * size : 1 << 34
  }()

  public static func check(_ shape: [Int], _ dtype: DType) throws(NumKitError) {
    var bytes = dtype.itemSize
    var overflow = false
    for n in shape {
      guard n >= 0 else { throw .value("negative dimensions are not allowed") }
      let (product, o) = bytes.multipliedReportingOverflow(by: max(n, 0))
      bytes = product
      overflow = overflow || o
    }
    guard overflow || bytes > physicalBytes else { return }
    // (numpy's own check, before any allocation: the byte count overflows its intp.)
    if overflow {
      throw .value(
        "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
      )
    }
    let size = sizeText(bytes)
    throw .memory(
      "Unable to allocate \(size) for an array with shape \(ShapeText.tuple(shape)) and data type \(dtype.rawValue)"
    )
  }

  /// numpy's `_size_to_string`: binary units with three significant digits.
  static func sizeText(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    var unit = max(Int.bitWidth - bytes.leadingZeroBitCount - 1, 1) / 10
    var value = Double(bytes) / Double(1 << (unit * 10))
    if value.rounded() == 1024 {
      unit += 1
      value /= 1024
    }
    if unit == 0 { return "\(bytes) bytes" }
    return FormatG.threeSignificant(value) + " " + units[unit]
  }
}

/// `'{:#.3g}'.format(x)` for the sizes above: three significant digits, the point kept
/// (`7.28`, `74.5`, `728.`).
enum FormatG {
  static func threeSignificant(_ x: Double) -> String {
    let digits = x >= 100 ? 0 : x >= 10 ? 1 : 2
    let s = String(format3: x, digits)
    return digits == 0 ? s + "." : s
  }
}

extension String {
  fileprivate init(format3 x: Double, _ digits: Int) {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([Int32(digits), x]) { vsnprintf(&buffer, 64, "%.*f", $0) }
    self = String(cString: buffer)
  }
}
