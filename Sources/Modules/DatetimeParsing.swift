import Interpreter

/// `datetime.strptime`: text read by a format as CPython's `_strptime` reads it (numbers of
/// one or two digits, four for `%Y`, up to six for `%f`; month and day names in the C locale,
/// any case; whitespace in the format matching any run of whitespace), with its errors.
enum DatetimeParsing {
  static func parse(_ text: String, _ pattern: String) throws(PyException)
    -> DatetimeFormat.Fields
  {
    let input = Array(text.unicodeScalars)
    var at = 0
    var f: DatetimeFormat.Fields = (1900, 1, 1, 0, 0, 0, 0)
    var pm: Bool?
    var dayOfYear: Int?
    func mismatch() -> PyException {
      .valueError("time data \(PyStr.repr(text)) does not match format \(PyStr.repr(pattern))")
    }
    /// Up to `most` digits (at least one) whose value lies in `range`, longest first.
    func number(_ most: Int, _ range: ClosedRange<Int>) throws(PyException) -> Int {
      var digits = 0
      while digits < most && at + digits < input.count
        && input[at + digits].properties.numericType == .decimal
        && input[at + digits].isASCII
      {
        digits += 1
      }
      for length in stride(from: digits, through: 1, by: -1) {
        let value = Int(String(String.UnicodeScalarView(input[at..<(at + length)]))) ?? -1
        if range.contains(value) {
          at += length
          return value
        }
      }
      throw mismatch()
    }
    /// One of `names` (or its first three letters), any case: its index.
    func name(_ names: [String], short: Bool) throws(PyException) -> Int {
      let rest = String(String.UnicodeScalarView(input[at...])).lowercased()
      for (i, full) in names.enumerated() {
        let word = short ? String(full.prefix(3)) : full
        if rest.hasPrefix(word.lowercased()) {
          at += word.unicodeScalars.count
          return i
        }
      }
      throw mismatch()
    }
    var chars = Array(pattern.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if c.properties.isWhitespace {
        while let next = chars.first, next.properties.isWhitespace { chars.removeFirst() }
        guard at < input.count, input[at].properties.isWhitespace else { throw mismatch() }
        while at < input.count && input[at].properties.isWhitespace { at += 1 }
        continue
      }
      guard c == "%" else {
        guard at < input.count, input[at] == c else { throw mismatch() }
        at += 1
        continue
      }
      guard let d = chars.popFirst() else {
        throw .valueError("stray % in format \(PyStr.repr(pattern))")
      }
      switch d {
      case "Y": f.year = try number(4, 0...9999)
      case "y":
        let y = try number(2, 0...99)
        f.year = y < 69 ? 2000 + y : 1900 + y
      case "m": f.month = try number(2, 1...12)
      case "d": f.day = try number(2, 1...31)
      case "H": f.hour = try number(2, 0...23)
      case "I": f.hour = try number(2, 1...12)
      case "M": f.minute = try number(2, 0...59)
      case "S": f.second = try number(2, 0...61)
      case "j": dayOfYear = try number(3, 1...366)
      case "f":
        let start = at
        let value = try number(6, 0...999_999)
        f.micro = value * [1, 100_000, 10_000, 1000, 100, 10, 1][at - start]
      case "b", "h": f.month = try name(DatetimeFormat.monthNames, short: true) + 1
      case "B": f.month = try name(DatetimeFormat.monthNames, short: false) + 1
      case "a": _ = try name(DatetimeFormat.dayNames, short: true)
      case "A": _ = try name(DatetimeFormat.dayNames, short: false)
      case "p": pm = try name(["AM", "PM"], short: false) == 1
      case "%":
        guard at < input.count, input[at] == "%" else { throw mismatch() }
        at += 1
      default:
        throw .valueError("'\(d)' is a bad directive in format \(PyStr.repr(pattern))")
      }
    }
    guard at == input.count else {
      let rest = String(String.UnicodeScalarView(input[at...]))
      throw .valueError("unconverted data remains: \(rest)")
    }
    if let pm { f.hour = f.hour % 12 + (pm ? 12 : 0) }
    if let dayOfYear {
      let moved = PyDatetime.from(
        microseconds: (PyDatetime.ordinal(f.year, 1, 1) + dayOfYear - 1) * 86_400_000_000)
      (f.month, f.day) = (moved.fields.month, moved.fields.day)
    }
    guard f.day <= PyDatetime.daysIn(f.year, f.month) else {
      throw .valueError("day is out of range for month")
    }
    return f
  }
}
