import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// The `time` module: the clocks (`time`, `perf_counter`, `monotonic`, `process_time`,
/// `thread_time` and their `_ns` forms), `sleep`, `localtime`/`gmtime`, `mktime`, `strftime`,
/// `ctime`, `asctime`.
enum TimeModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "time")
    m.define("time") { (_, _) throws(PyException) in .float(seconds(CLOCK_REALTIME)) }
    m.define("perf_counter") { (_, _) throws(PyException) in .float(seconds(CLOCK_MONOTONIC)) }
    // The other clocks, in seconds and in nanoseconds (`time_ns`, `perf_counter_ns`, ...).
    for (name, clock) in [
      ("time", CLOCK_REALTIME), ("perf_counter", CLOCK_MONOTONIC), ("monotonic", CLOCK_MONOTONIC),
      ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID),
    ] {
      if name != "time" && name != "perf_counter" {
        m.define(name) { (a, _) throws(PyException) in
          try a.expect(name, min: 0, max: 0)
          return .float(seconds(clock))
        }
      }
      m.define(name + "_ns") { (a, _) throws(PyException) in
        try a.expect(name + "_ns", min: 0, max: 0)
        var t = timespec()
        clock_gettime(clock, &t)
        return .int(t.tv_sec * 1_000_000_000 + t.tv_nsec)
      }
    }
    m.define("sleep") { (a, interp) throws(PyException) in
      try a.expect("sleep", min: 1, max: 1)
      guard let s = interp.numeric(try a[0].scalarValue) else {
        throw .typeError("'\(try a[0].typeName)' object cannot be interpreted as an integer")
      }
      guard s >= 0 else { throw .valueError("sleep length must be non-negative") }
      // In slices of at most 50 ms, so a cell timeout or Ctrl-C stops the sleep (as a signal
      // interrupts CPython's).
      let end = seconds(CLOCK_MONOTONIC) + s
      while true {
        try interp.raisePendingInterrupt()
        let left = end - seconds(CLOCK_MONOTONIC)
        guard left > 0 else { break }
        let slice = min(left, 0.05)
        var request = timespec(tv_sec: 0, tv_nsec: Int(slice * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 { request = remaining }
      }
      return .none
    }
    m.define("struct_time", .object(PyStructTime.structTimeClass))
    for (name, local) in [("localtime", true), ("gmtime", false)] {
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 0, max: 1)
        var stamp = try timestamp(a, interp)
        var t = tm()
        if local { localtime_r(&stamp, &t) } else { gmtime_r(&stamp, &t) }
        return .object(PyStructTime(t))
      }
    }
    // `ctime(secs)` and `asctime(t)`: C's fixed layout, `Thu Jan  1 00:00:00 1970`.
    m.define("ctime") { (a, interp) throws(PyException) in
      try a.expect("ctime", min: 0, max: 1)
      var stamp = try timestamp(a, interp)
      var t = tm()
      localtime_r(&stamp, &t)
      return .str(asctime(t))
    }
    m.define("asctime") { (a, interp) throws(PyException) in
      try a.expect("asctime", min: 0, max: 1)
      return .str(asctime(try brokenDown(a.count > 0 ? a[0] : nil)))
    }
    m.define("mktime") { (a, interp) throws(PyException) in
      try a.expect("mktime", min: 1, max: 1)
      guard var t = try a[0].as(PyStructTime.self)?.fields else {
        throw .typeError("Tuple or struct_time argument required")
      }
      return .float(Double(mktime(&t)))
    }
    m.define("strftime") { (a, interp) throws(PyException) in
      try a.expect("strftime", min: 1, max: 2)
      let pattern = try a.string(0, "strftime() argument 1")
      let t = try brokenDown(a.count > 1 ? a[1] : nil)
      let fields: DatetimeFormat.Fields = (
        Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min),
        Int(t.tm_sec), 0
      )
      return .str(DatetimeFormat.format(fields, pattern))
    }
    return m
  }

  /// The seconds argument of `localtime`, `gmtime` and `ctime` (now when absent or None).
  static func timestamp(_ a: Arguments, _ interp: Interpreter) throws(PyException) -> Int {
    guard a.count > 0, !a.positional[0].isNone else { return Int(seconds(CLOCK_REALTIME)) }
    guard let x = interp.numeric(try a[0].scalarValue), x.isFinite else {
      throw .typeError("'\(try a[0].typeName)' object cannot be interpreted as an integer")
    }
    return Int(x.rounded(.down))
  }

  /// The struct_time argument of `asctime` and `strftime` (the local time now when absent).
  static func brokenDown(_ given: Value?) throws(PyException) -> tm {
    guard let given else {
      var stamp = Int(seconds(CLOCK_REALTIME))
      var t = tm()
      localtime_r(&stamp, &t)
      return t
    }
    guard let fields = given.as(PyStructTime.self)?.fields else {
      throw .typeError("Tuple or struct_time argument required")
    }
    return fields
  }

  /// C's `asctime` layout, as CPython writes it (day of month padded by a space).
  static func asctime(_ t: tm) -> String {
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let day = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
    return "\(days[Int(t.tm_wday)]) \(months[Int(t.tm_mon)]) \(day) "
      + "\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
  }

  static func seconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }
}

/// `time.struct_time`: the nine fields of a broken-down time, by name or index.
final class PyStructTime: PyObject {
  let fields: tm

  init(_ fields: tm) { self.fields = fields }

  static let structTimeClass: PyClass = {
    let c = PyClass("struct_time", bases: [.object])
    c.moduleName = "time"
    c.namesModuleInMessages = true
    return c
  }()

  override var pyClass: PyClass { PyStructTime.structTimeClass }

  static let names = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst",
  ]

  var values: [Int] {
    let t = fields
    return [
      Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min),
      Int(t.tm_sec), (Int(t.tm_wday) + 6) % 7, Int(t.tm_yday) + 1, Int(t.tm_isdst),
    ]
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let parts = zip(PyStructTime.names, values).map { "\($0)=\($1)" }
    return "time.struct_time(" + parts.joined(separator: ", ") + ")"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    if let i = PyStructTime.names.firstIndex(of: name) { return .int(values[i]) }
    return try super.getAttribute(name, interp)
  }

  override func getItem(_ key: Value, _ interp: Interpreter) throws(PyException) -> Value {
    try PyTuple(values.map { .int($0) }).getItem(key, interp)
  }

  override func length(_ interp: Interpreter) throws(PyException) -> Int { 9 }

  override func makeIterator(_ interp: Interpreter) throws(PyException) -> PyIterator {
    try PyTuple(values.map { .int($0) }).makeIterator(interp)
  }
}
