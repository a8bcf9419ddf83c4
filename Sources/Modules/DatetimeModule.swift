import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `datetime`: `datetime` (now, construction, fields, arithmetic), `date` and `timedelta`, with
/// CPython's str and repr. Datetimes are naive local times with microsecond resolution.
enum DatetimeModule {
  static func make(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "datetime")
    m.define("datetime", .object(PyDatetime.datetimeClass))
    m.define("date", .object(PyDate.dateClass))
    m.define("timedelta", .object(PyTimedelta.timedeltaClass))
    return m
  }
}

/// A duration normalised as CPython does: days, seconds in [0, 86400), microseconds.
final class PyTimedelta: PyObject {
  let microseconds: Int  // total

  init(microseconds: Int) { self.microseconds = microseconds }

  static let timedeltaClass: PyClass = {
    let c = PyClass("timedelta", bases: [.object])
    c.moduleName = "datetime"
    c.namesModuleInMessages = true
    c.constructor = { (a, interp) throws(PyException) in
      let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
      let scale: [Double] = [86_400e6, 1e6, 1, 1e3, 60e6, 3600e6, 604_800e6]
      var total = 0.0
      func add(_ v: Value, _ i: Int) throws(PyException) {
        guard let x = try interp.floatValue(v) else {
          throw .typeError(
            "unsupported type for timedelta \(names[i]) component: \(v.typeName)")
        }
        if x.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if x.isInfinite { throw .overflow("cannot convert float infinity to integer") }
        total += x * scale[i]
      }
      for (i, v) in a.positional.enumerated() where i < names.count { try add(v, i) }
      for (name, v) in a.keywords {
        guard let i = names.firstIndex(of: name) else {
          throw .typeError("'\(name)' is an invalid keyword argument for __new__()")
        }
        try add(v, i)
      }
      // CPython keeps |days| <= 999999999; beyond a C int it fails converting first.
      let days = (total / 86_400e6).rounded(.down)
      guard abs(days) <= Double(Int32.max) else {
        throw .overflow("Python int too large to convert to C int")
      }
      guard abs(days) <= 999_999_999 else {
        throw .overflow("days=\(Int(days)); must have magnitude <= 999999999")
      }
      return .object(PyTimedelta(microseconds: Int(total.rounded(.toNearestOrEven))))
    }
    return c
  }()

  override var pyClass: PyClass { PyTimedelta.timedeltaClass }

  var parts: (days: Int, seconds: Int, micro: Int) {
    let day = 86_400_000_000
    let days = Int((Double(microseconds) / Double(day)).rounded(.down))
    let rest = microseconds - days * day
    return (days, rest / 1_000_000, rest % 1_000_000)
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    let (days, seconds, micro) = parts
    let clock =
      "\(seconds / 3600)" + ":" + Digits.two(seconds / 60 % 60)
      + ":" + Digits.two(seconds % 60)
    let fraction = micro == 0 ? "" : "." + String(String(micro + 1_000_000).dropFirst())
    let prefix = days == 0 ? "" : "\(days) day\(abs(days) == 1 ? "" : "s"), "
    return prefix + clock + fraction
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let (days, seconds, micro) = parts
    var fields: [String] = []
    if days != 0 { fields.append("days=\(days)") }
    if seconds != 0 { fields.append("seconds=\(seconds)") }
    if micro != 0 { fields.append("microseconds=\(micro)") }
    return "datetime.timedelta(\(fields.isEmpty ? "0" : fields.joined(separator: ", ")))"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    switch name {
    case "days": return .int(parts.days)
    case "seconds": return .int(parts.seconds)
    case "microseconds": return .int(parts.micro)
    case "total_seconds":
      return .object(
        PyBuiltinFunction(name) { [self] (_, _) throws(PyException) in
          .float(Double(self.microseconds) / 1e6)
        })
    default: return nil
    }
  }

  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let o = other.as(PyTimedelta.self) {
      let (a, b) = reflected ? (o.microseconds, microseconds) : (microseconds, o.microseconds)
      switch op {
      case .add: return .object(PyTimedelta(microseconds: a + b))
      case .subtract: return .object(PyTimedelta(microseconds: a - b))
      case .trueDivide: return .float(Double(a) / Double(b))
      default: return nil
      }
    }
    guard let n = try interp.floatValue(other), op == .multiply || (op == .trueDivide && !reflected)
    else { return nil }
    let value = op == .multiply ? Double(microseconds) * n : Double(microseconds) / n
    return .object(PyTimedelta(microseconds: Int(value.rounded(.toNearestOrEven))))
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PyTimedelta.self) else { return try super.compare(op, other, interp) }
    return try interp.compare(.int(microseconds), op, .int(o.microseconds))
  }
}

/// A naive datetime: microseconds since 0001-01-01, with the proleptic Gregorian calendar.
final class PyDatetime: PyObject {
  let fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, micro: Int)

  init(_ fields: (Int, Int, Int, Int, Int, Int, Int)) { self.fields = fields }

  static let datetimeClass: PyClass = {
    let c = PyClass("datetime", bases: [.object])
    c.moduleName = "datetime"
    c.namesModuleInMessages = true
    c.constructor = { (a, interp) throws(PyException) in
      guard a.count >= 3 else {
        throw .typeError(
          "function missing required argument '\(["year", "month", "day"][a.count])' (pos \(a.count + 1))"
        )
      }
      var v = [1, 1, 1, 0, 0, 0, 0]
      for i in 0..<min(a.count, 7) { v[i] = try a.int(i) }
      guard (1...12).contains(v[1]) else { throw .valueError("month must be in 1..12") }
      guard (1...daysIn(v[0], v[1])).contains(v[2]) else {
        throw .valueError("day is out of range for month")
      }
      return .object(PyDatetime((v[0], v[1], v[2], v[3], v[4], v[5], v[6])))
    }
    let now = PyBuiltinFunction("now") { (_, _) throws(PyException) in
      var t = timespec()
      clock_gettime(CLOCK_REALTIME, &t)
      // (The clock's own time is always within the C library's range.)
      return .object(local(seconds: t.tv_sec, micro: t.tv_nsec / 1000)!)
    }
    c.attributes["strptime"] = .object(
      PyBuiltinFunction("strptime") { (a, _) throws(PyException) in
        try a.expect("strptime", min: 2, max: 2)
        let text = try a.string(0, "strptime() argument 1")
        let pattern = try a.string(1, "strptime() argument 2")
        return .object(PyDatetime(try DatetimeParsing.parse(text, pattern)))
      })
    c.attributes["now"] = .object(now)
    c.attributes["today"] = .object(now)
    c.attributes["fromtimestamp"] = .object(
      PyBuiltinFunction("fromtimestamp") { (a, interp) throws(PyException) in
        try a.expect("fromtimestamp", min: 1, max: 1)
        guard let stamp = try interp.floatValue(a[0]), stamp.isFinite else {
          throw .typeError("'\(try a[0].typeName)' object cannot be interpreted as a timestamp")
        }
        // CPython's split: whole seconds toward zero, the fraction rounded half to even.
        guard abs(stamp) < 0x1p63 else {
          throw .overflow("timestamp out of range for platform time_t")
        }
        let whole = stamp.rounded(.towardZero)
        var (seconds, micro) = (Int(whole), Int(((stamp - whole) * 1e6).rounded(.toNearestOrEven)))
        if micro >= 1_000_000 {
          (seconds, micro) = (seconds + 1, micro - 1_000_000)
        } else if micro < 0 {
          (seconds, micro) = (seconds - 1, micro + 1_000_000)
        }
        guard let made = local(seconds: seconds, micro: micro) else {
          throw PyException(.osError, "[Errno 75] Value too large for defined data type")
        }
        let year = made.fields.year
        guard (1...9999).contains(year) else { throw .valueError("year \(year) is out of range") }
        return .object(made)
      })
    return c
  }()

  override var pyClass: PyClass { PyDatetime.datetimeClass }

  /// The local time of a POSIX timestamp.
  /// (Nil past the C library's range: `localtime_r` fails, as CPython's OSError reports.)
  static func local(seconds: Int, micro: Int) -> PyDatetime? {
    var stamp = seconds
    var t = tm()
    guard localtime_r(&stamp, &t) != nil else { return nil }
    return PyDatetime(
      (
        Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour),
        Int(t.tm_min), Int(t.tm_sec), micro
      ))
  }

  static func daysIn(_ year: Int, _ month: Int) -> Int {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  }

  /// Days since 0001-01-01 (CPython's ordinal minus one).
  static func ordinal(_ y: Int, _ m: Int, _ d: Int) -> Int {
    let years = y - 1
    var days = years * 365 + years / 4 - years / 100 + years / 400
    for month in 1..<m { days += daysIn(y, month) }
    return days + d - 1
  }

  var totalMicroseconds: Int {
    let f = fields
    let seconds =
      PyDatetime.ordinal(f.year, f.month, f.day) * 86_400 + f.hour * 3600 + f.minute * 60 + f.second
    return seconds * 1_000_000 + f.micro
  }

  static func from(microseconds: Int) -> PyDatetime {
    var days = microseconds / 86_400_000_000
    var rest = microseconds % 86_400_000_000
    if rest < 0 {
      rest += 86_400_000_000
      days -= 1
    }
    var year = 1 + days / 366
    while ordinal(year + 1, 1, 1) <= days { year += 1 }
    while ordinal(year, 1, 1) > days { year -= 1 }
    var month = 1
    while month < 12 && ordinal(year, month + 1, 1) <= days { month += 1 }
    let day = days - ordinal(year, month, 1) + 1
    let seconds = rest / 1_000_000
    return PyDatetime(
      (year, month, day, seconds / 3600, seconds / 60 % 60, seconds % 60, rest % 1_000_000))
  }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    let f = fields
    let date = Digits.four(f.year) + "-" + Digits.two(f.month) + "-" + Digits.two(f.day)
    let time = Digits.two(f.hour) + ":" + Digits.two(f.minute) + ":" + Digits.two(f.second)
    return date + " " + time
      + (f.micro == 0 ? "" : "." + String(String(f.micro + 1_000_000).dropFirst()))
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    let f = fields
    var values = [f.year, f.month, f.day, f.hour, f.minute, f.second, f.micro]
    while values.count > 5 && values.last == 0 { values.removeLast() }
    return "datetime.datetime(" + values.map(String.init).joined(separator: ", ") + ")"
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let f = fields
    switch name {
    case "year": return .int(f.year)
    case "month": return .int(f.month)
    case "day": return .int(f.day)
    case "hour": return .int(f.hour)
    case "minute": return .int(f.minute)
    case "second": return .int(f.second)
    case "microsecond": return .int(f.micro)
    case "strftime":
      return .object(
        PyBuiltinFunction("strftime") { (a, interp) throws(PyException) in
          try a.expect("strftime", min: 1, max: 1)
          guard let pattern = try a[0].as(PyStr.self)?.value else {
            throw .typeError("strftime() argument 1 must be str, not \(try a[0].typeName)")
          }
          return .str(DatetimeFormat.format(f, pattern))
        })
    case "isoformat":
      return .object(
        PyBuiltinFunction("isoformat") { [self] (a, interp) throws(PyException) in
          let separator = try a.count > 0 ? (a[0].as(PyStr.self)?.value ?? "T") : "T"
          let text = try self.str(interp)
          return .str(text.split(separator: " ", maxSplits: 1).joined(separator: separator))
        })
    case "weekday", "isoweekday": return DatetimeFormat.weekdayMethod(name, f)
    case "date":
      return .object(
        PyBuiltinFunction("date") { [self] (_, _) throws(PyException) in .object(self.date) })
    case "timestamp":
      return .object(
        PyBuiltinFunction("timestamp") { (_, _) throws(PyException) in
          // A naive datetime is local time.
          var t = tm()
          t.tm_year = Int32(f.year - 1900)
          t.tm_mon = Int32(f.month - 1)
          t.tm_mday = Int32(f.day)
          t.tm_hour = Int32(f.hour)
          t.tm_min = Int32(f.minute)
          t.tm_sec = Int32(f.second)
          t.tm_isdst = -1
          return .float(Double(mktime(&t)) + Double(f.micro) / 1e6)
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let o = other.as(PyDatetime.self), op == .subtract {
      let (a, b) = reflected ? (o, self) : (self, o)
      return .object(PyTimedelta(microseconds: a.totalMicroseconds - b.totalMicroseconds))
    }
    if let d = other.as(PyTimedelta.self), op == .add || (op == .subtract && !reflected) {
      let delta = op == .add ? d.microseconds : -d.microseconds
      return .object(PyDatetime.from(microseconds: totalMicroseconds + delta))
    }
    return nil
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PyDatetime.self) else { return try super.compare(op, other, interp) }
    return try interp.compare(.int(totalMicroseconds), op, .int(o.totalMicroseconds))
  }
}

/// Zero-padded numbers for dates and times.
enum Digits {
  static func two(_ v: Int) -> String { v >= 0 && v < 10 ? "0\(v)" : "\(v)" }
  static func four(_ v: Int) -> String {
    String(repeating: "0", count: max(0, 4 - "\(v)".count)) + "\(v)"
  }
}
