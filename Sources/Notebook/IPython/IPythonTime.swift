import Foundation

/// Durations as IPython's execution magics print them (`IPython.core.magics.execution`):
/// `_format_time`, the `CPU times`/`Wall time` lines of `%time`, and `%timeit`'s summary.
enum IPythonTime {
  /// `_format_time`: `precision` significant digits in s, ms, µs or ns (the unit chosen by
  /// the value's power of ten), or `1min 3s`-style parts from a minute on.
  static func format(_ seconds: Double, precision: Int = 3) -> String {
    if seconds >= 60 {
      var parts: [String] = []
      var left = seconds
      for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
        let value = Int(left / length)
        if value > 0 {
          left = left.truncatingRemainder(dividingBy: length)
          parts.append("\(value)\(suffix)")
        }
        if left < 1 { break }
      }
      return parts.joined(separator: " ")
    }
    let order = seconds > 0 ? min(-Int((log10(seconds).rounded(.down) / 3).rounded(.down)), 3) : 3
    let scaled = seconds * [1, 1e3, 1e6, 1e9][max(order, 0)]
    return String(format: "%.*g", Int32(precision), scaled) + " "
      + ["s", "ms", "µs", "ns"][max(order, 0)]
  }

  /// `%timeit`'s line: mean and standard deviation of the per-loop times of the runs.
  static func timeitSummary(perLoop timings: [Double], loops: Int, precision: Int) -> String {
    let mean = timings.reduce(0, +) / Double(timings.count)
    let variance = timings.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(timings.count)
    let runs = timings.count
    return
      "\(format(mean, precision: precision)) ± \(format(variance.squareRoot(), precision: precision)) per loop (mean ± std. dev. of \(runs) run\(runs == 1 ? "" : "s"), \(grouped(loops)) loop\(loops == 1 ? "" : "s") each)"
  }

  /// An integer with thousands separators (`{:,}`).
  static func grouped(_ n: Int) -> String {
    let digits = Array(String(n.magnitude))
    var out = n < 0 ? "-" : ""
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(d)
    }
    return out
  }

  /// The process's user and system CPU seconds so far.
  static func cpuTimes() -> (user: Double, system: Double) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
  }

  /// Seconds on the monotonic clock.
  static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
