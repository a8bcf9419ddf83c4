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
    return m
  }

  static func seconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }
}
