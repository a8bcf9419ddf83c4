import Interpreter

#if canImport(Glibc)
  import Glibc
#endif

/// `datetime.date`: a day of the proleptic Gregorian calendar, with CPython's str and repr,
/// fields, `strftime`, `isoformat`, weekdays, arithmetic with `timedelta` (its days) and
/// comparison; also `datetime.date()` of a datetime.
final class PyDate: PyObject {
  let year: Int
  let month: Int
  let day: Int

  init(_ year: Int, _ month: Int, _ day: Int) {
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// A checked date, with CPython's errors.
  static func make(_ year: Int, _ month: Int, _ day: Int) throws(PyException) -> PyDate {
    guard (1...9999).contains(year) else { throw .valueError("year \(year) is out of range") }
    guard (1...12).contains(month) else { throw .valueError("month must be in 1..12") }
    guard (1...PyDatetime.daysIn(year, month)).contains(day) else {
      throw .valueError("day is out of range for month")
    }
    return PyDate(year, month, day)
  }

  static let dateClass: PyClass = {
    let c = PyClass("date", bases: [.object])
    c.moduleName = "datetime"
    c.namesModuleInMessages = true
    c.constructor = { (a, interp) throws(PyException) in
      var v: [Int] = []
      for (i, name) in ["year", "month", "day"].enumerated() {
        guard let given = a.parameter(i, name) else {
          throw .typeError("function missing required argument '\(name)' (pos \(i + 1))")
        }
        v.append(try Arguments.index(given))
      }
      return .object(try make(v[0], v[1], v[2]))
    }
    c.attributes["today"] = .object(
      PyBuiltinFunction("today") { (_, _) throws(PyException) in
        var t = timespec()
        clock_gettime(CLOCK_REALTIME, &t)
        return .object(PyDatetime.local(seconds: t.tv_sec, micro: 0)!.date)
      })
    c.attributes["fromisoformat"] = .object(
      PyBuiltinFunction("fromisoformat") { (a, _) throws(PyException) in
        let text = try a.string(0, "fromisoformat: argument")
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]),
          let d = Int(parts[2])
        else { throw .valueError("Invalid isoformat string: \(PyStr.repr(text))") }
        return .object(try make(y, m, d))
      })
    return c
  }()

  override var pyClass: PyClass { PyDate.dateClass }

  var fields: DatetimeFormat.Fields { (year, month, day, 0, 0, 0, 0) }
  var ordinal: Int { PyDatetime.ordinal(year, month, day) }

  override func str(_ interp: Interpreter) throws(PyException) -> String {
    Digits.four(year) + "-" + Digits.two(month) + "-" + Digits.two(day)
  }

  override func repr(_ interp: Interpreter) throws(PyException) -> String {
    "datetime.date(\(year), \(month), \(day))"
  }

  override func hashKey(_ interp: Interpreter) throws(PyException) -> HashKey? {
    .tuple([.string("date"), .int(ordinal)])
  }

  override func getAttribute(_ name: String, _ interp: Interpreter) throws(PyException) -> Value? {
    let f = fields
    switch name {
    case "year": return .int(year)
    case "month": return .int(month)
    case "day": return .int(day)
    case "strftime":
      return .object(
        PyBuiltinFunction("strftime") { (a, _) throws(PyException) in
          try a.expect("strftime", min: 1, max: 1)
          return .str(DatetimeFormat.format(f, try a.string(0, "strftime() argument 1")))
        })
    case "isoformat":
      return .object(
        PyBuiltinFunction("isoformat") { [self] (_, interp) throws(PyException) in
          .str(try self.str(interp))
        })
    case "weekday", "isoweekday": return DatetimeFormat.weekdayMethod(name, f)
    case "replace":
      return .object(
        PyBuiltinFunction("replace") { [self] (a, _) throws(PyException) in
          func part(_ i: Int, _ name: String, _ current: Int) throws(PyException) -> Int {
            try a.parameter(i, name).map { (v) throws(PyException) in try Arguments.index(v) }
              ?? current
          }
          return .object(
            try PyDate.make(
              part(0, "year", year), part(1, "month", month), part(2, "day", day)))
        })
    default: return try super.getAttribute(name, interp)
    }
  }

  /// The date `days` after this one.
  func adding(days: Int) throws(PyException) -> PyDate {
    let moved = PyDatetime.from(microseconds: (ordinal + days) * 86_400_000_000)
    guard (1...9999).contains(moved.fields.year) else { throw .overflow("date value out of range") }
    return PyDate(moved.fields.year, moved.fields.month, moved.fields.day)
  }

  override func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    if let o = other.as(PyDate.self), op == .subtract {
      let (a, b) = reflected ? (o, self) : (self, o)
      return .object(PyTimedelta(microseconds: (a.ordinal - b.ordinal) * 86_400_000_000))
    }
    if let d = other.as(PyTimedelta.self), op == .add || (op == .subtract && !reflected) {
      // Whole days only, as CPython's date + timedelta.
      let days = d.microseconds.quotientAndRemainder(dividingBy: 86_400_000_000)
      let whole = days.quotient - (days.remainder < 0 ? 1 : 0)
      return .object(try adding(days: op == .add ? whole : -whole))
    }
    return nil
  }

  override func compare(_ op: ComparisonOp, _ other: Value, _ interp: Interpreter)
    throws(PyException) -> Value?
  {
    guard let o = other.as(PyDate.self) else { return try super.compare(op, other, interp) }
    return try interp.compare(.int(ordinal), op, .int(o.ordinal))
  }
}

extension PyDatetime {
  /// `dt.date()`.
  var date: PyDate { PyDate(fields.year, fields.month, fields.day) }
}
