import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// The `time` module: `time()`, `perf_counter()`, `sleep()`.
enum TimeModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "time")
    m.define("time") { (_, _) throws(PyException) in .float(seconds(CLOCK_REALTIME)) }
    m.define("perf_counter") { (_, _) throws(PyException) in .float(seconds(CLOCK_MONOTONIC)) }
    m.define("sleep") { (a, interp) throws(PyException) in
      try a.expect("sleep", min: 1, max: 1)
      guard let s = interp.numeric(try a[0].scalarValue) else {
        throw .typeError("'\(try a[0].typeName)' object cannot be interpreted as an integer")
      }
      guard s >= 0 else { throw .valueError("sleep length must be non-negative") }
      var request = timespec(tv_sec: Int(s), tv_nsec: Int((s - s.rounded(.down)) * 1e9))
      var remaining = timespec()
      while nanosleep(&request, &remaining) != 0 { request = remaining }
      return .none
    }
    m.define("struct_time", .object(PyStructTime.structTimeClass))
    for (name, local) in [("localtime", true), ("gmtime", false)] {
      m.define(name) { (a, interp) throws(PyException) in
        try a.expect(name, min: 0, max: 1)
        var stamp: Int
        if a.count > 0 && !a.positional[0].isNone {
          guard let x = interp.numeric(try a[0].scalarValue), x.isFinite else {
            throw .typeError("'\(try a[0].typeName)' object cannot be interpreted as an integer")
          }
          stamp = Int(x.rounded(.down))
        } else {
          stamp = Int(seconds(CLOCK_REALTIME))
        }
        var t = tm()
        if local { localtime_r(&stamp, &t) } else { gmtime_r(&stamp, &t) }
        return .object(PyStructTime(t))
      }
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
      var t = tm()
      if a.count > 1 {
        guard let given = try a[1].as(PyStructTime.self)?.fields else {
          throw .typeError("Tuple or struct_time argument required")
        }
        t = given
      } else {
        var stamp = Int(seconds(CLOCK_REALTIME))
        localtime_r(&stamp, &t)
      }
      let fields: DatetimeFormat.Fields = (
        Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min),
        Int(t.tm_sec), 0
      )
      return .str(DatetimeFormat.format(fields, pattern))
    }
    return m
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
