import FloatText

#if canImport(Glibc)
  import Glibc
#endif

/// How an axis writes its tick labels when the user chose (matplotlib.ticker's formatters);
/// an axis without one uses ScalarFormatter (LogFormatter on a log axis).
public enum TickFormatter {
  /// ScalarFormatter, with options shared by reference as matplotlib's formatter object is
  /// (`ax.yaxis.get_major_formatter().set_useOffset(False)` changes the axis).
  case scalar(ScalarFormatting)
  /// NullFormatter: no labels.
  case null
  /// PercentFormatter(xmax, decimals, symbol).
  case percent(xmax: Double, decimals: Int?, symbol: String)
  /// FixedFormatter(seq): the i-th tick gets the i-th string.
  case fixed([String])
  /// Labels written by the caller for all the locator's ticks at once (FuncFormatter,
  /// FormatStrFormatter and StrMethodFormatter run Python code); `kind` names it.
  case custom(kind: String, ([Double]) -> [String])

  /// The labels of `locs` (every tick the locator gave, in order) on an axis viewing `view`,
  /// nil where a label is empty, and the text written beside the axis.
  public func labels(_ locs: [Double], view: (Double, Double)) -> (
    labels: [TickLabel?], offsetText: String
  ) {
    func texts(_ strings: [String]) -> [TickLabel?] {
      strings.map { $0.isEmpty ? nil : TickLabel($0) }
    }
    switch self {
    case .scalar(let options):
      let f = ScalarFormatter(locs: locs, view: view, options: options)
      return (texts(locs.map(f.label)), f.offsetText)
    case .null:
      return (locs.map { _ in nil }, "")
    case .percent(let xmax, let decimals, let symbol):
      let range = abs(view.1 - view.0)
      return (texts(locs.map { TickFormatter.percent($0, xmax, decimals, symbol, range) }), "")
    case .fixed(let strings):
      return (texts(locs.indices.map { $0 < strings.count ? strings[$0] : "" }), "")
    case .custom(_, let write):
      return (texts(write(locs)), "")
    }
  }

  /// The name of the matplotlib.ticker class this formatter is.
  public var kind: String {
    switch self {
    case .scalar: return "ScalarFormatter"
    case .null: return "NullFormatter"
    case .percent: return "PercentFormatter"
    case .fixed: return "FixedFormatter"
    case .custom(let kind, _): return kind
    }
  }

  /// matplotlib's PercentFormatter: `x` as a percentage of `xmax`, with as many decimals as
  /// the view's range needs (0 to 5) unless given.
  static func percent(
    _ x: Double, _ xmax: Double, _ decimals: Int?, _ symbol: String, _ range: Double
  ) -> String {
    let value = 100 * (x / xmax)
    var digits: Int
    if let decimals {
      digits = decimals
    } else {
      let scaled = 100 * (range / xmax)
      digits = scaled <= 0 ? 0 : Int(ceil(2 - log10(2 * scaled)))
      digits = min(5, max(0, digits))
    }
    return ScalarFormatter.minus(CFormat.fixed(value, digits: max(0, digits))) + symbol
  }
}

/// ScalarFormatter's settings (`ticklabel_format`, `set_scientific`, `set_powerlimits`,
/// `set_useOffset`): a class, so that the Python formatter object and the axis share them.
public final class ScalarFormatting {
  /// Whether an offset is worked out from the ticks; when false, `offset` is used as given.
  public var useOffset = true
  public var offset = 0.0
  /// Whether a power of ten may be factored out (style 'sci'; 'plain' turns it off).
  public var scientific = true
  /// The exponents at and beyond which it is (`scilimits`, rcParams axes.formatter.limits).
  public var powerLimits = (-5, 6)
  /// Labels and the offset as mathtext (`useMathText`): "$\\mathdefault{0.5}$", "×10^{−4}".
  public var useMathText = false

  public init() {}
}
